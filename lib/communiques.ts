/** A communiqué as the pages show it, built from a validated source file. */
import categories from "../_data/categories.json" with { type: "json" };
import defaultContact from "../_data/contact.json" with { type: "json" };
import { report, type SourceDocument } from "./content.ts";
import type { DateTime } from "luxon";
import { frenchDate, frenchTime, isoDateTime, parseContentDate, sinceNow, type ContentDate } from "./dates.ts";
import { quoteHtml, RenderedBody, renderInlineMarkdown, renderMarkdown } from "./markdown.ts";
import type { CommuniqueData, ImageData } from "./schema.ts";
import { slugFromFileName, slugify } from "./slug.ts";
import { cleanTitle, excerpt, htmlToText } from "./text.ts";
import { describeFile, type Uploads } from "./uploads.ts";

export const PRESS_ROOM_URL = "/espace-presse/";

export interface Term {
  label: string;
  slug: string;
  url: string;
}

export interface Download {
  label: string;
  href: string;
  /** "PDF, 245 Ko" */
  details: string;
  format: string;
  bytes: number | null;
  external: boolean;
}

export interface Picture {
  src: string;
  /** Empty when the source gives none: the image is then decorative (and the checker says so). */
  alt: string;
  caption?: string;
}

export interface Contact {
  name: string;
  tel: string[];
  email?: string;
}

/** What every dated page built from a content file has (communiqués, job offers). */
export interface PublishedPage {
  source: string;
  slug: string;
  url: string;
  title: string;
  date: ContentDate;
  datetime: string;
  dateLabel: string;
}

export interface Communique extends PublishedPage {
  category?: Term;
  tags: Term[];
  chapeauHtml: string;
  chapeauText: string;
  image?: Picture;
  downloads: Download[];
  contact: Contact;
  body: RenderedBody;
  draft: boolean;
  /** Set while the embargo runs at build time: the communiqué is then only in the preview. */
  embargo?: { datetime: string; label: string };
}

export function categoryTerm(label: string): Term {
  const slug = slugify(label);
  return { label, slug, url: `${PRESS_ROOM_URL}categories/${slug}/` };
}

export function tagTerm(label: string): Term {
  const slug = slugify(label) || "mot-cle";
  return { label, slug, url: `${PRESS_ROOM_URL}mots-cles/${slug}/` };
}

/** Placeholder alt texts that describe nothing (RGAA 1.3). */
const PLACEHOLDER_ALT = /^(image|photo|illustration|visuel|image d[ée]corative|logo|img|picture|sans titre)$/i;

function normalizePermalink(permalink: string): string {
  const trimmed = permalink.trim().replace(/index\.html$/, "");
  return `/${trimmed.replace(/^\/+|\/+$/g, "")}/`.replace(/^\/\/$/, "/");
}

/** The lead image: the first entry of `une-ou-diaporama` that has a file, its alt text checked. */
export function leadImage(doc: SourceDocument, uploads: Uploads, images: ImageData[] = []): Picture | undefined {
  images.forEach((entry, i) => {
    if (!entry.image?.trim()) report(doc, "image-sans-fichier", `une-ou-diaporama[${i}]`);
  });
  const first = images.find((entry) => entry.image?.trim());
  if (!first?.image) return undefined;
  const file = uploads.resolve(first.image);
  if (!file || (file.kind === "local" && file.bytes === null)) {
    report(doc, "fichier-introuvable", "une-ou-diaporama[0].image", { value: first.image });
    return undefined;
  }
  const alt = cleanTitle(first["alternative-textuelle"] ?? "");
  if (first["alternative-textuelle"] === undefined) report(doc, "alternative-manquante", "une-ou-diaporama[0].image");
  else if (PLACEHOLDER_ALT.test(alt)) report(doc, "alternative-generique", "une-ou-diaporama[0].alternative-textuelle", { value: alt });
  return { src: file.href, alt: PLACEHOLDER_ALT.test(alt) ? "" : alt, caption: first.legende?.trim() || undefined };
}

function downloads(doc: SourceDocument, data: CommuniqueData, uploads: Uploads): Download[] {
  const out: Download[] = [];
  (data.files ?? []).forEach((entry, index) => {
    const label = cleanTitle(entry.nom ?? "") || "Télécharger le document";
    if (!entry.file?.trim()) {
      report(doc, "telechargement-sans-fichier", `files[${index}]`, { label });
      return;
    }
    const file = uploads.resolve(entry.file);
    if (!file || (file.kind === "local" && file.bytes === null)) {
      report(doc, "fichier-introuvable", `files[${index}].file`, { value: entry.file });
      return;
    }
    out.push({
      label,
      href: file.href,
      details: describeFile(file),
      format: file.format,
      bytes: file.kind === "local" ? file.bytes : null,
      external: file.kind === "external",
    });
  });
  return out;
}

/** The chapeau as inline HTML, and as a plain-text excerpt for cards and descriptions. */
export function chapeau(markdown = ""): { chapeauHtml: string; chapeauText: string } {
  const text = markdown.trim();
  const chapeauHtml = text ? renderInlineMarkdown(text) : "";
  // From the rendered HTML: raw tags the authors wrote (`<span lang="en">`) never show as text.
  return { chapeauHtml, chapeauText: excerpt(htmlToText(chapeauHtml), 300) };
}

/** Tags as terms, cleaned and without duplicates. */
export function tagTerms(tags: string[] = []): Term[] {
  return [...new Set(tags.map((t) => cleanTitle(t)).filter(Boolean))].map(tagTerm);
}

export function knownCategories(): readonly string[] {
  return categories;
}

/** Builds the page model; findings about missing files and alt texts are added to the document. */
/** The embargo, when it is still running at build time (a finding lists it for the checker). */
function runningEmbargo(doc: SourceDocument, value: string | undefined, now: DateTime): Communique["embargo"] {
  const until = value ? parseContentDate(value) : null;
  if (!until || sinceNow(until.value, now) <= 0) return undefined;
  const label = `${frenchDate(until.value)} à ${frenchTime(until.value)}`;
  report(doc, "sous-embargo", "embargo", { date: label });
  return { datetime: isoDateTime({ value: until.value, dateOnly: false }), label };
}

export function toCommunique(doc: SourceDocument, data: CommuniqueData, uploads: Uploads, now: DateTime): Communique {
  const date = parseContentDate(data.date)!;
  const slug = slugFromFileName(doc.absolutePath);
  const categoryLabel = data.categories?.[0]?.trim();
  if (categoryLabel && !categories.includes(categoryLabel)) {
    report(doc, "categorie-inconnue", "categories[0]", { value: categoryLabel, known: categories.join(", ") });
  }
  const quotes = (data.citations ?? []).map((q) =>
    quoteHtml(`<p>${renderInlineMarkdown(q.texte)}</p>`, { name: q.auteur.trim(), role: q.fonction?.trim() }),
  );
  const contact = data["contact-presse"];
  return {
    source: doc.displayPath,
    slug,
    url: data.permalink ? normalizePermalink(data.permalink) : `${PRESS_ROOM_URL}${slug}/`,
    title: cleanTitle(data.title),
    date,
    datetime: isoDateTime(date),
    dateLabel: frenchDate(date.value),
    category: categoryLabel ? categoryTerm(categoryLabel) : undefined,
    tags: tagTerms(data.tags),
    ...chapeau(data["chapeau-text"]),
    image: leadImage(doc, uploads, data["une-ou-diaporama"]),
    downloads: downloads(doc, data, uploads),
    contact: contact?.name || contact?.email
      ? { name: contact.name?.trim() ?? "", tel: contact.tel ?? [], email: contact.email?.trim() }
      : defaultContact,
    body: new RenderedBody(doc.body, (markdown) => renderMarkdown(markdown) + quotes.join("")),
    draft: data.published === false,
    embargo: runningEmbargo(doc, data.embargo, now),
  };
}
