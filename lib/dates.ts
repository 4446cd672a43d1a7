/**
 * Dates of the content: parsed from the forms found in real files, shown in French, Europe/Paris.
 * https://moment.github.io/luxon/#/parsing
 */
import { DateTime, IANAZone } from "luxon";
import ui from "../_data/ui.json" with { type: "json" };

export const TIME_ZONE = "Europe/Paris";

const HOUR = 3_600_000;

/** Years in which Europe/Paris follows the EU's summer time (Directive 2000/84/EC, the same rule since 1996). */
const EU_RULE_YEARS = { first: 1996, last: 2099 };

/** The last Sunday of a month (0-based), at 01:00 UTC: when EU summer time starts (March) or ends (October). */
function lastSundayAtOneUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month + 1, 0, 1));
  return lastDay.getTime() - lastDay.getUTCDay() * 24 * HOUR;
}

/**
 * Europe/Paris for luxon. Luxon asks Intl for the offset of every instant it builds (formatToParts:
 * the costliest step of reading a date, 0.6 s at 10,000 files). Between 1996 and 2099 the offset
 * follows the EU rule, computed here; a test compares it with the IANA zone around every change, so
 * a change of the time zone database shows. Other years ask Intl once per hour: since 1970 Paris
 * has changed offset only on whole UTC hours.
 */
class ParisZone extends IANAZone {
  private readonly offsets = new Map<number, number>();

  constructor() {
    super(TIME_ZONE);
  }

  override offset(ts: number): number {
    if (!(ts >= 0)) return super.offset(ts);
    const year = new Date(ts).getUTCFullYear();
    if (year >= EU_RULE_YEARS.first && year <= EU_RULE_YEARS.last) {
      return ts >= lastSundayAtOneUtc(year, 2) && ts < lastSundayAtOneUtc(year, 9) ? 120 : 60;
    }
    const hour = Math.floor(ts / HOUR);
    let offset = this.offsets.get(hour);
    if (offset === undefined) {
      offset = super.offset(hour * HOUR);
      this.offsets.set(hour, offset);
    }
    return offset;
  }
}

/** The zone to give luxon; `TIME_ZONE` is its name, for text. */
export const PARIS = new ParisZone();

/**
 * A page made at the build time stays right until an instant it was compared with comes (an
 * embargo lifts, a deadline or an event ends): the preview keeps each file's page until then.
 * Comparisons with the build time go through `sinceNow`, which notes that instant.
 */
let nextChange = Infinity;

/** `instant` minus `now` in milliseconds; a result that is not negative may change as time passes. */
export function sinceNow(instant: DateTime, now: DateTime): number {
  const ms = instant.toMillis();
  if (ms >= now.toMillis()) nextChange = Math.min(nextChange, ms);
  return ms - now.toMillis();
}

/** Runs `work` and tells the first instant at which its comparisons with the build time could turn out otherwise. */
export function withTimeLimit<T>(work: () => T): { result: T; validUntil: number } {
  const outer = nextChange;
  nextChange = Infinity;
  try {
    const result = work();
    return { result, validUntil: nextChange };
  } finally {
    nextChange = Math.min(outer, nextChange);
  }
}

const MIN_YEAR = 1990;
const MAX_YEAR = 2100;

export interface ContentDate {
  /** The instant, in Europe/Paris. */
  value: DateTime;
  /** True when the source gave a day without a time. */
  dateOnly: boolean;
}

const DATE_ONLY = /^\d{4}-\d{2}-\d{2}$/;
const FORMATS = [
  "yyyy-MM-dd HH:mm:ss ZZ",
  "yyyy-MM-dd HH:mm:ss Z",
  "yyyy-MM-dd HH:mm:ssZZ",
  "yyyy-MM-dd HH:mm ZZ",
  "yyyy-MM-dd HH:mm:ss",
  "yyyy-MM-dd HH:mm",
];

/** `2022-10-25 16:46:00 +02:00`, the form of nearly every real file, rewritten as ISO 8601. */
const SPACED = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2}(?::\d{2})?)\s*([+-]\d{2}:?\d{2})?$/;

/** Each date is parsed several times (schema, page, checks): parse a given text once. */
const parsedDates = new Map<string, ContentDate | null>();

/** Parses a front matter date; returns null when it is not a real date between 1990 and 2100. */
export function parseContentDate(input: unknown): ContentDate | null {
  if (typeof input !== "string") return parseDate(input);
  let parsed = parsedDates.get(input);
  if (parsed === undefined) {
    parsed = parseDate(input);
    parsedDates.set(input, parsed);
  }
  return parsed;
}

function parseDate(input: unknown): ContentDate | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return checkRange({ value: DateTime.fromJSDate(input).setZone(PARIS), dateOnly: false });
  }
  if (typeof input !== "string") return null;
  const text = input.trim().replace(/\s+Z$/i, " +00:00").replace(/(\d)Z$/i, "$1+00:00");
  if (DATE_ONLY.test(text)) {
    return checkRange({ value: DateTime.fromISO(text, { zone: PARIS }), dateOnly: true });
  }
  const spaced = SPACED.exec(text);
  let parsed = DateTime.fromISO(spaced ? `${spaced[1]}T${spaced[2]}${spaced[3] ?? ""}` : text, { zone: PARIS, setZone: false });
  for (const format of FORMATS) {
    if (parsed.isValid) break;
    parsed = DateTime.fromFormat(text, format, { zone: PARIS });
  }
  return checkRange({ value: parsed.setZone(PARIS), dateOnly: false });
}

function checkRange(date: ContentDate): ContentDate | null {
  if (!date.value.isValid) return null;
  return date.value.year < MIN_YEAR || date.value.year > MAX_YEAR ? null : date;
}

/** The `datetime` attribute: `2022-10-25T16:46:00+02:00`, or `2022-10-25` for a day. */
export function isoDateTime(date: ContentDate): string {
  return date.dateOnly
    ? date.value.toISODate()!
    : date.value.toISO({ suppressMilliseconds: true, includeOffset: true })!;
}

/**
 * "25 octobre 2022", "1er décembre 2022". The month's name comes from ui.json, not from Intl: luxon
 * formats through Intl for each date (0.4 s at 10,000 files), and Node's ICU data can vary.
 */
export function frenchDate(value: DateTime): string {
  const local = value.setZone(PARIS);
  return `${local.day === 1 ? "1er" : local.day} ${ui.months[local.month - 1]} ${local.year}`;
}

/** "16 h 46", "9 h" (French typography for times). */
export function frenchTime(value: DateTime): string {
  const local = value.setZone(PARIS);
  return local.minute === 0 ? `${local.hour} h` : `${local.hour} h ${String(local.minute).padStart(2, "0")}`;
}

/**
 * When an event takes place. All-day events count in whole days, `end` being the last day
 * (inclusive); timed events have instants, `end` absent when the source gives only a start.
 */
export interface EventTime {
  start: DateTime;
  end?: DateTime;
  allDay: boolean;
}

/** A day with no time, or midnight: the old CMS wrote all-day events as `00:00:00`. */
function isWholeDay(date: ContentDate): boolean {
  const local = date.value.setZone(PARIS);
  return date.dateOnly || (local.hour === 0 && local.minute === 0 && local.second === 0);
}

/**
 * Reads an event's start and end. An end that is not after the start is dropped (the caller
 * reports it); a timed start with a whole-day end on a later day makes an all-day range.
 */
export function eventTime(start: ContentDate, end?: ContentDate | null): EventTime {
  const startLocal = start.value.setZone(PARIS);
  const endLocal = end?.value.setZone(PARIS);
  const sameDay = endLocal?.hasSame(startLocal, "day") ?? false;
  if (isWholeDay(start) || (end && isWholeDay(end) && !sameDay && endLocal! > startLocal)) {
    const first = startLocal.startOf("day");
    const last = endLocal?.startOf("day");
    return { start: first, end: last && last > first ? last : undefined, allDay: true };
  }
  return { start: startLocal, end: endLocal && endLocal > startLocal && !(end && isWholeDay(end)) ? endLocal : undefined, allDay: false };
}

/** The first instant after the event: the day after the last one, or the end (or start) time. */
export function eventEndExclusive(time: EventTime): DateTime {
  if (time.allDay) return (time.end ?? time.start).plus({ days: 1 }).startOf("day");
  return time.end ?? time.start;
}

/** "8 octobre", "1er décembre": a day without its year. */
function dayAndMonth(value: DateTime): string {
  return frenchDate(value).replace(/ \d{4}$/, "");
}

/**
 * An event's dates as people write them: "le 8 octobre 2024 de 9 h à 12 h",
 * "du 1er au 15 décembre 2022", "du 30 novembre au 2 décembre 2022".
 */
export function frenchDateRange(time: EventTime): string {
  const { start, end } = time;
  if (time.allDay) {
    if (!end) return `le ${frenchDate(start)}`;
    if (!start.hasSame(end, "year")) return `du ${frenchDate(start)} au ${frenchDate(end)}`;
    const first = start.hasSame(end, "month") ? (start.day === 1 ? "1er" : String(start.day)) : dayAndMonth(start);
    return `du ${first} au ${frenchDate(end)}`;
  }
  if (!end) return `le ${frenchDate(start)} à ${frenchTime(start)}`;
  if (start.hasSame(end, "day")) return `le ${frenchDate(start)} de ${frenchTime(start)} à ${frenchTime(end)}`;
  const first = start.hasSame(end, "year") ? dayAndMonth(start) : frenchDate(start);
  return `du ${first} à ${frenchTime(start)} au ${frenchDate(end)} à ${frenchTime(end)}`;
}

/** A sort key that compares as text in time order: the instant in UTC, ISO 8601. */
export function sortKey(value: DateTime): string {
  return value.toUTC().toISO({ suppressMilliseconds: true })!;
}

/** Newest first, then by slug: the order of the lists and the feeds. */
export const newestFirst = (a: { date: { value: DateTime }; slug: string }, b: { date: { value: DateTime }; slug: string }) =>
  b.date.value.toMillis() - a.date.value.toMillis() || a.slug.localeCompare(b.slug);
