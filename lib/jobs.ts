/** A job offer as the pages show it, built from a validated source file. */
import type { DateTime } from "luxon";
import metiers from "../_data/metiers.json" with { type: "json" };
import regions from "../_data/regions.json" with { type: "json" };
import type { PublishedPage, Term } from "./communiques.ts";
import { report, type SourceDocument } from "./content.ts";
import { frenchDate, isoDateTime, parseContentDate, sinceNow, type ContentDate } from "./dates.ts";
import { infoHref } from "./events.ts";
import { RenderedBody, renderMarkdown } from "./markdown.ts";
import type { JobData } from "./schema.ts";
import { slugFromFileName, slugify } from "./slug.ts";
import { cleanTitle, excerpt } from "./text.ts";
import { JOBS_URL } from "./urls.ts";

export interface Deadline {
  date: ContentDate;
  datetime: string;
  label: string;
}

/** Where the "Postuler" button leads. */
export interface ApplyAction {
  kind: "email" | "url";
  href: string;
  /** The address itself, shown beside the button for those who cannot follow the link. */
  address: string;
}

export interface Job extends PublishedPage {
  /** The employer first, then the service. */
  administrations: string[];
  places: string[];
  region?: Term;
  metier?: Term;
  openTo: string[];
  experience?: string;
  pay?: string;
  remote?: string;
  deadline?: Deadline;
  /** The deadline is past at build time: the page says so and the lists leave it out. */
  expired: boolean;
  apply?: ApplyAction;
  moreInfoUrl?: string;
  /** The first paragraph of the body, as plain text. */
  summary: string;
  body: RenderedBody;
  draft: boolean;
}

export const METIERS: readonly string[] = metiers;
export const REGIONS: readonly string[] = regions;

function facetTerm(kind: "metier" | "region", label: string): Term {
  const slug = slugify(label) || kind;
  return { label, slug, url: `${JOBS_URL}${kind}/${slug}/` };
}

export const metierTerm = (label: string) => facetTerm("metier", label);
export const regionTerm = (label: string) => facetTerm("region", label);

/** A deadline given as a day runs to the end of that day, in Paris. */
export function isExpired(deadline: ContentDate, now: DateTime): boolean {
  return sinceNow(deadline.dateOnly ? deadline.value.endOf("day") : deadline.value, now) < 0;
}

/** The "Postuler" link: a prepared e-mail (subject = the job title) or the application page. */
export function applyAction(target: string, jobTitle: string): ApplyAction | undefined {
  const href = infoHref(target);
  if (!href) return undefined;
  if (!href.startsWith("mailto:")) return { kind: "url", address: href, href };
  const address = href.slice("mailto:".length);
  return { kind: "email", address, href: `mailto:${address}?subject=${encodeURIComponent(`Candidature : ${jobTitle}`)}` };
}

const EMAIL_IN_TEXT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;

/** The first paragraph of a Markdown body (headings and lists skipped), as plain text. */
export function firstParagraph(markdown: string): string {
  const paragraph = markdown
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .find((block) => block && !/^(#|[-*+•] |\d+\. |<|\{:)/.test(block));
  return paragraph ? excerpt(paragraph.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[*_`>]/g, ""), 220) : "";
}

function cleanList(values: readonly string[] | undefined): string[] {
  return (values ?? []).map(cleanTitle).filter(Boolean);
}

function knownTerm(doc: SourceDocument, field: "metier" | "region", value: string | undefined, known: readonly string[]): Term | undefined {
  const label = cleanTitle(value ?? "");
  if (!label) return undefined;
  if (!known.includes(label)) {
    if (field === "metier") report(doc, "metier-inconnu", field, { value: label, known: known.join(", ") });
    else report(doc, "region-inconnue", field, { value: label });
  }
  return facetTerm(field, label);
}

function apply(doc: SourceDocument, data: JobData, title: string): ApplyAction | undefined {
  if (data.candidater?.trim()) {
    const action = applyAction(data.candidater, title);
    if (!action) report(doc, "candidature-invalide", "candidater", { value: data.candidater.trim() });
    return action;
  }
  const found = EMAIL_IN_TEXT.exec(doc.body)?.[0];
  if (found) report(doc, "candidature-deduite", "candidater", { value: found });
  else report(doc, "candidature-absente", "candidater");
  return found ? applyAction(found, title) : undefined;
}

function moreInfo(doc: SourceDocument, value: string | undefined): string | undefined {
  const link = value?.trim();
  const href = link ? infoHref(link) : undefined;
  if (href === null) report(doc, "lien-invalide", "en-savoir-plus", { value: excerpt(link!, 60) });
  return href ?? undefined;
}

/** Builds the page model; findings about the lists and the application address go to the document. */
export function toJob(doc: SourceDocument, data: JobData, now: DateTime): Job {
  const date = parseContentDate(data.date)!;
  const slug = slugFromFileName(doc.absolutePath);
  const title = cleanTitle(data.title);
  const deadlineDate = data["date-limite"] ? parseContentDate(data["date-limite"])! : undefined;
  const optional = (value: string | undefined) => cleanTitle(value ?? "") || undefined;
  return {
    source: doc.displayPath,
    slug,
    url: `${JOBS_URL}${slug}/`,
    title,
    date,
    datetime: isoDateTime(date),
    dateLabel: frenchDate(date.value),
    administrations: cleanList(data.administration),
    places: cleanList(data.localisation),
    region: knownTerm(doc, "region", data.region, REGIONS),
    metier: knownTerm(doc, "metier", data.metier, METIERS),
    openTo: cleanList(data["poste-ouvert-aux"]).map((value) => value.replace(/^•\s*/, "")),
    experience: optional(data.experience),
    pay: optional(data.remuneration),
    remote: optional(data.teletravail),
    deadline: deadlineDate && { date: deadlineDate, datetime: isoDateTime(deadlineDate), label: frenchDate(deadlineDate.value) },
    expired: deadlineDate ? isExpired(deadlineDate, now) : false,
    apply: apply(doc, data, title),
    moreInfoUrl: moreInfo(doc, data["en-savoir-plus"]),
    summary: firstParagraph(doc.body),
    body: new RenderedBody(doc.body, renderMarkdown),
    draft: data.published === false,
  };
}
