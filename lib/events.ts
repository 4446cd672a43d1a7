/** An agenda event as the pages and calendars show it, built from a validated source file. */
import type { DateTime } from "luxon";
import { chapeau, leadImage, type Picture } from "./communiques.ts";
import { report, type SourceDocument } from "./content.ts";
import { eventEndExclusive, eventTime, frenchDateRange, isoDateTime, parseContentDate, sinceNow, type ContentDate, type EventTime } from "./dates.ts";
import { RenderedBody, renderMarkdown } from "./markdown.ts";
import type { EventData } from "./schema.ts";
import { slugFromFileName } from "./slug.ts";
import { cleanTitle } from "./text.ts";
import type { Uploads } from "./uploads.ts";

export const AGENDA_URL = "/agenda/";
export const AGENDA_CALENDAR_URL = `${AGENDA_URL}agenda.ics`;

/** One line of the "Informations pratiques" block. */
export interface PracticalInfo {
  label: string;
  text: string;
  /** https://…, mailto:… or a path of the site; absent when the source gives no usable link. */
  href?: string;
}

/** Where the event stands relative to the build: it decides the agenda's order. */
export type EventStatus = "upcoming" | "past" | "undated";

export interface AgendaEvent {
  source: string;
  slug: string;
  url: string;
  title: string;
  /** Publication date: the event's DTSTAMP in calendars, its `datePublished`. */
  published: ContentDate;
  /** Absent when the source's dates are missing or unreadable (the checker says so). */
  time?: EventTime;
  /** "du 1er au 15 décembre 2022", "le 8 octobre 2024 de 9 h à 12 h". */
  dateLabel?: string;
  /** `datetime` of the start: `2024-10-08T09:00:00+02:00`, or `2024-10-08` for a whole day. */
  startIso?: string;
  endIso?: string;
  /** The event's own calendar file, when it has dates. */
  icsUrl?: string;
  status: EventStatus;
  category?: string;
  tags: string[];
  chapeauHtml: string;
  chapeauText: string;
  image?: Picture;
  place?: string;
  online: boolean;
  address: string[];
  mapUrl?: string;
  infos: PracticalInfo[];
  access: string[];
  body: RenderedBody;
  draft: boolean;
}

const EMAIL = /^(mailto:)?[^\s@/]+@[^\s@/]+\.[^\s@/]+$/i;

/** The href of a practical-information link: web address, e-mail address (→ mailto:), or null when unusable. */
export function infoHref(link: string): string | null {
  const value = link.trim();
  if (EMAIL.test(value)) return value.toLowerCase().startsWith("mailto:") ? value : `mailto:${value}`;
  if (/^https?:\/\/\S+$/i.test(value) || /^\/\S*$/.test(value)) return value;
  if (/^www\.\S+$/i.test(value)) return `https://${value}`;
  return null;
}

/** "En ligne", "Évènement 100% en ligne : en direct sur YouTube"… */
export function isOnline(place: string | undefined): boolean {
  return !!place && /\ben ligne\b/i.test(place);
}

function accessLine(entry: EventData["acces"] extends (infer T)[] | undefined ? T : never): string {
  if (typeof entry === "string") return cleanTitle(entry);
  const lines = (entry.lignes ?? []).map((l) => cleanTitle(l.nom)).filter(Boolean).join(", ");
  return [cleanTitle(entry.type ?? ""), lines].filter(Boolean).join(" : ");
}

function readEventDate(doc: SourceDocument, value: string | undefined, field: string, label: string): ContentDate | null {
  if (value === undefined) return null;
  const date = parseContentDate(value);
  if (!date) report(doc, "date-evenement-invalide", field, { value, label });
  return date;
}

/** Reads the start and end; missing or bogus dates are warnings and leave the event undated. */
function readTime(doc: SourceDocument, data: EventData): EventTime | undefined {
  if (data.event_start_date === undefined) {
    report(doc, "evenement-sans-date", "event_start_date");
    return undefined;
  }
  const start = readEventDate(doc, data.event_start_date, "event_start_date", "Date de début");
  const end = readEventDate(doc, data.event_end_date, "event_end_date", "Date de fin");
  if (!start) return undefined;
  if (end && end.value < start.value) report(doc, "fin-avant-debut", "event_end_date", { value: data.event_end_date });
  return eventTime(start, end);
}

function isoOf(value: DateTime, allDay: boolean): string {
  return isoDateTime({ value, dateOnly: allDay });
}

export function eventStatus(time: EventTime | undefined, now: DateTime): EventStatus {
  if (!time) return "undated";
  return sinceNow(eventEndExclusive(time), now) > 0 ? "upcoming" : "past";
}

/** Builds the page model; findings about dates, links and images are added to the document. */
export function toEvent(doc: SourceDocument, data: EventData, uploads: Uploads, now: DateTime): AgendaEvent {
  const slug = slugFromFileName(doc.absolutePath);
  const time = readTime(doc, data);
  const place = cleanTitle(data.lieu ?? "") || undefined;
  const address = (data.adresse ?? "").split(/\r?\n/).map(cleanTitle).filter(Boolean);
  const infos = (data.champs_informations ?? []).map((entry, i): PracticalInfo => {
    const text = cleanTitle(entry.contenu ?? "");
    const link = entry.lien?.trim();
    const href = link ? infoHref(link) : undefined;
    if (href === null) report(doc, "lien-invalide", `champs_informations[${i}].lien`, { value: link });
    return { label: cleanTitle(entry.intitule), text: text || (href ? link!.replace(/^mailto:/i, "") : ""), href: href ?? undefined };
  });
  const online = isOnline(place);
  return {
    source: doc.displayPath,
    slug,
    url: `${AGENDA_URL}${slug}/`,
    title: cleanTitle(data.title),
    published: parseContentDate(data.date)!,
    time,
    dateLabel: time ? frenchDateRange(time) : undefined,
    startIso: time ? isoOf(time.start, time.allDay) : undefined,
    endIso: time?.end ? isoOf(time.end, time.allDay) : undefined,
    icsUrl: time ? `${AGENDA_URL}${slug}.ics` : undefined,
    status: eventStatus(time, now),
    category: cleanTitle(data.categories?.[0] ?? "") || undefined,
    tags: [...new Set((data.tags ?? []).map(cleanTitle).filter(Boolean))],
    ...chapeau(data["chapeau-text"]),
    image: leadImage(doc, uploads, data["une-ou-diaporama"]),
    place,
    online,
    address,
    mapUrl: address.length && !online && data.afficher_la_carte !== false
      ? `https://www.openstreetmap.org/search?query=${encodeURIComponent(address.join(", "))}`
      : undefined,
    infos: infos.filter((info) => info.label || info.text),
    access: (data.acces ?? []).map(accessLine).filter(Boolean),
    body: new RenderedBody(doc.body, renderMarkdown),
    draft: data.published === false,
  };
}

/** Upcoming events soonest first, then past events newest first, then the undated ones. */
export function agendaOrder(events: AgendaEvent[]): AgendaEvent[] {
  const rank: Record<EventStatus, number> = { upcoming: 0, past: 1, undated: 2 };
  return [...events].sort((a, b) => {
    if (a.status !== b.status) return rank[a.status] - rank[b.status];
    const byStart = a.time && b.time ? a.time.start.toMillis() - b.time.start.toMillis() : 0;
    const byPublication = b.published.value.toMillis() - a.published.value.toMillis();
    const order = a.status === "upcoming" ? byStart : a.status === "past" ? -byStart : byPublication;
    return order || a.slug.localeCompare(b.slug);
  });
}
