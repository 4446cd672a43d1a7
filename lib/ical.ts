/**
 * iCalendar files (RFC 5545, https://www.rfc-editor.org/rfc/rfc5545) for the agenda. Everything
 * comes from the content, nothing from the clock: two builds write the same bytes.
 */
import type { DateTime } from "luxon";
import site from "../_data/site.json" with { type: "json" };
import { PARIS, TIME_ZONE } from "./dates.ts";
import type { AgendaEvent } from "./events.ts";
import { withoutControlCharacters } from "./text.ts";
import { absoluteUrl, siteHost } from "./urls.ts";

const CRLF = "\r\n";
const MAX_OCTETS = 75;

/** TEXT values (§3.3.11): backslash, semicolon and comma escaped, line breaks as `\n`, no control characters. */
export function escapeText(value: string): string {
  return withoutControlCharacters(value.replace(/\r\n?/g, "\n"))
    .replace(/\\/g, "\\\\")
    .replace(/;/g, "\\;")
    .replace(/,/g, "\\,")
    .replace(/\n/g, "\\n");
}

/** Folds a content line (§3.1): at most 75 octets a line, never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const character of line) {
    const size = Buffer.byteLength(character, "utf8");
    // Continuation lines start with a space, which counts in their 75 octets.
    if (octets + size > (parts.length ? MAX_OCTETS - 1 : MAX_OCTETS)) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += character;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** Europe/Paris since 1996: the only time zone the content uses (§3.6.5). */
const PARIS_TIMEZONE = [
  "BEGIN:VTIMEZONE",
  `TZID:${TIME_ZONE}`,
  "BEGIN:DAYLIGHT",
  "TZOFFSETFROM:+0100",
  "TZOFFSETTO:+0200",
  "TZNAME:CEST",
  "DTSTART:19700329T020000",
  "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU",
  "END:DAYLIGHT",
  "BEGIN:STANDARD",
  "TZOFFSETFROM:+0200",
  "TZOFFSETTO:+0100",
  "TZNAME:CET",
  "DTSTART:19701025T030000",
  "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
  "END:STANDARD",
  "END:VTIMEZONE",
];

/** The event's identifier: its slug at the site's host, the same at every build. */
export function eventUid(event: Pick<AgendaEvent, "slug">): string {
  return `${event.slug}@${siteHost()}`;
}

/** `DTSTART;VALUE=DATE:20221201` or `DTSTART;TZID=Europe/Paris:20241008T090000`. */
function dateProperty(name: string, value: DateTime, allDay: boolean): string {
  return allDay ? `${name};VALUE=DATE:${value.toFormat("yyyyMMdd")}` : `${name};TZID=${TIME_ZONE}:${value.setZone(PARIS).toFormat("yyyyMMdd'T'HHmmss")}`;
}

function eventLines(event: AgendaEvent): string[] {
  const time = event.time!;
  const url = absoluteUrl(event.url);
  const location = [event.place, ...event.address].filter(Boolean).join(", ");
  return [
    "BEGIN:VEVENT",
    `UID:${eventUid(event)}`,
    // The publication date, not the build time: DTSTAMP must not change when nothing did.
    `DTSTAMP:${event.published.value.toUTC().toFormat("yyyyMMdd'T'HHmmss'Z'")}`,
    dateProperty("DTSTART", time.start, time.allDay),
    // All-day events end on the day after the last one (DTEND is exclusive, §3.6.1).
    ...(time.allDay ? [dateProperty("DTEND", (time.end ?? time.start).plus({ days: 1 }), true)] : time.end ? [dateProperty("DTEND", time.end, false)] : []),
    `SUMMARY:${escapeText(event.title)}`,
    `DESCRIPTION:${escapeText([event.chapeauText, url].filter(Boolean).join("\n\n"))}`,
    ...(location ? [`LOCATION:${escapeText(location)}`] : []),
    ...(event.category ? [`CATEGORIES:${escapeText(event.category)}`] : []),
    `URL:${url}`,
    "END:VEVENT",
  ];
}

/** A whole calendar: the given events that have dates, by start (not by build time: same bytes every build). */
export function calendar(events: AgendaEvent[], name?: string): string {
  const dated = events
    .filter((e) => e.time)
    .sort((a, b) => a.time!.start.toMillis() - b.time!.start.toMillis() || a.slug.localeCompare(b.slug));
  const lines = [
    "BEGIN:VCALENDAR",
    "VERSION:2.0",
    `PRODID:-//${site.operator}//${site.name}//FR`,
    "CALSCALE:GREGORIAN",
    "METHOD:PUBLISH",
    ...(name ? [`X-WR-CALNAME:${escapeText(name)}`, `X-WR-TIMEZONE:${TIME_ZONE}`] : []),
    ...PARIS_TIMEZONE,
    ...dated.flatMap(eventLines),
    "END:VCALENDAR",
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
