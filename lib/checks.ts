/**
 * Text checks that apply to every kind of content (communiqués, events, job offers…): they read a
 * `SourceDocument` only — its front matter values, its raw source and its Markdown body — so a new
 * kind is covered as soon as `loadSite` reads its files. Field-by-field rules live in the schema.
 */
import { DateTime } from "luxon";
import { positionOf, report, type Position, type SourceDocument } from "./content.ts";
import { makeFinding, type MessageCode, type Parameters } from "./findings.ts";
import { frenchDate, parseContentDate, sinceNow } from "./dates.ts";
import { isDecomposed } from "./text.ts";

/** The Markdown body, as named in findings. */
export const BODY_FIELD = "corps";

/** Adds a finding at a given place of the file (the body has no field positions). */
function reportAt(doc: SourceDocument, code: MessageCode, field: string, where: Position, params: Parameters = {}): void {
  doc.findings.push(makeFinding(code, { file: doc.displayPath, ...where, field }, params));
}

/** Every string of a front matter value, with its field path (`files[0].nom`). */
export function stringFields(value: unknown, prefix = ""): [string, string][] {
  if (typeof value === "string") return [[prefix, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringFields(item, `${prefix}[${i}]`));
  if (value && typeof value === "object") {
    return Object.entries(value).flatMap(([key, item]) => stringFields(item, prefix ? `${prefix}.${key}` : key));
  }
  return [];
}

interface Match {
  /** Index in the text. */
  index: number;
  /** Parameters of the message. */
  params: Parameters;
  code: MessageCode;
}

/** What a browser would run: never accepted in published text. */
const DANGEROUS: { pattern: RegExp; what: (m: RegExpExecArray) => string }[] = [
  { pattern: /<script\b/gi, what: () => "de balise <script>" },
  { pattern: /<iframe\b/gi, what: () => "de balise <iframe>" },
  { pattern: /<[a-z][^<>]*?\s(on[a-z]+)\s*=/gi, what: (m) => `d’attribut ${m[1]!.toLowerCase()}= (code JavaScript)` },
  // "JavaScript : les bases" is text; `javascript:alert(1)` in a link or an attribute is code.
  { pattern: /(?<![\w-])javascript:(?=\S)/gi, what: () => "de lien javascript:" },
];

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`)\]]+/gi;

/** Hosts readers cannot reach: the machine itself, private networks, pre-production sites. */
export function isNonPublicHost(host: string): boolean {
  const name = host.toLowerCase().replace(/^\[|\]$/g, "");
  return (
    /(^|\.)localhost$/.test(name) ||
    /\.(local|internal|lan)$/.test(name) ||
    /^(127\.|10\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|0\.0\.0\.0$|::1$)/.test(name) ||
    /(^|[.-])(preprod|pre-prod|staging|recette)([.-]|$)/.test(name)
  );
}

/** Dangerous HTML and doubtful links in a piece of text, in order. */
export function textProblems(text: string): Match[] {
  const found: Match[] = [];
  for (const { pattern, what } of DANGEROUS) {
    for (const m of text.matchAll(pattern)) found.push({ index: m.index, code: "html-dangereux", params: { what: what(m as RegExpExecArray) } });
  }
  for (const m of text.matchAll(URL_PATTERN)) {
    const url = m[0].replace(/[.,;:!?]+$/, "");
    const host = /^https?:\/\/(?:[^@/?#]*@)?(\[[^\]]*\]|[^/?#:]+)/i.exec(url)?.[1] ?? "";
    if (isNonPublicHost(host)) found.push({ index: m.index, code: "lien-non-public", params: { url } });
    else if (/^http:/i.test(url)) found.push({ index: m.index, code: "lien-http", params: { url } });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** Line and column (1-based) of an index in a text. */
function positionIn(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const lastBreak = before.lastIndexOf("\n");
  return { line: before.split("\n").length, column: index - lastBreak };
}

/** `files[0].nom` is inside `files[0]` and `files`; `chapeau-text` is not inside `chapeau`. */
function isInside(field: string, parent: string): boolean {
  return field.startsWith(`${parent}.`) || field.startsWith(`${parent}[`);
}

/**
 * The field written at a line of the file: the last field that starts at or before it (a value can
 * span several lines); at equal places the field named in the file, or the deeper one.
 */
export function fieldAtLine(doc: Pick<SourceDocument, "positions">, line: number): string | undefined {
  let best: { field: string; position: Position } | undefined;
  for (const [field, position] of doc.positions) {
    if (position.line > line) continue;
    const better =
      !best ||
      position.line > best.position.line ||
      (position.line === best.position.line && (position.column > best.position.column || (position.column === best.position.column && isInside(field, best.field))));
    if (better) best = { field, position };
  }
  return best?.field;
}

/** Front matter values: dangerous HTML, links, trailing spaces, each at its field. */
function checkValues(doc: SourceDocument, data: Record<string, unknown>): void {
  for (const [field, value] of stringFields(data)) {
    for (const problem of textProblems(value)) report(doc, problem.code, field, problem.params);
    if (/[ \t\u00a0]+\n?$/.test(value) && value.trim()) report(doc, "espaces-en-fin", field, { what: "la valeur" });
  }
  const title = data.title;
  if (typeof title === "string") {
    if (/[\r\n]/.test(title.trim())) report(doc, "titre-mal-forme", "title", { what: "un retour à la ligne" });
    // The entity shows as "&nbsp;" in feeds and tabs; a real U+00A0 before ":" is good French typography.
    if (/&nbsp;/i.test(title)) report(doc, "titre-mal-forme", "title", { what: "le code &nbsp;" });
  }
}

/**
 * Trailing spaces of the body, except Markdown hard breaks (two spaces or more before a line that
 * goes on: https://spec.commonmark.org/0.31.2/#hard-line-breaks). One finding, at the first line.
 */
function checkBodySpaces(doc: SourceDocument, lines: string[]): void {
  const offending = lines.flatMap((line, i) => {
    const spaces = /[ \t]+$/.exec(line)?.[0];
    if (!spaces || !line.trim()) return [];
    const hardBreak = /^ {2,}$/.test(spaces) && Boolean(lines[i + 1]?.trim());
    return hardBreak ? [] : [i];
  });
  const first = offending[0];
  if (first === undefined) return;
  const others = offending.length - 1;
  reportAt(doc, "espaces-en-fin", BODY_FIELD, { line: doc.bodyLine + first, column: lines[first]!.trimEnd().length + 1 }, {
    what: others ? `cette ligne (et ${others} autre${others > 1 ? "s" : ""} du texte)` : "cette ligne",
  });
}

/** The body: dangerous HTML and links at their line, trailing spaces, emptiness. */
function checkBody(doc: SourceDocument): void {
  const body = doc.body;
  if (!body.trim()) {
    reportAt(doc, "corps-vide", BODY_FIELD, { line: doc.bodyLine, column: 1 });
    return;
  }
  for (const problem of textProblems(body)) {
    const at = positionIn(body, problem.index);
    reportAt(doc, problem.code, BODY_FIELD, { line: doc.bodyLine + at.line - 1, column: at.column }, problem.params);
  }
  checkBodySpaces(doc, body.split(/\r?\n/));
}

/**
 * Decomposed accents (NFD) are normalised when the file is read, so they are looked for in the
 * source: one finding per front matter field, and one for the body.
 */
function checkDecomposed(doc: SourceDocument): void {
  // Almost every file is in NFC: one pass over the whole text instead of one per line.
  if (!isDecomposed(doc.source)) return;
  const lines = doc.source.split("\n");
  const fields = new Set<string>();
  let bodyReported = false;
  lines.forEach((line, i) => {
    if (!isDecomposed(line)) return;
    const lineNumber = i + 1;
    if (lineNumber >= doc.bodyLine) {
      if (!bodyReported) reportAt(doc, "unicode-decompose", BODY_FIELD, { line: lineNumber, column: firstDecomposed(line) });
      bodyReported = true;
      return;
    }
    const field = fieldAtLine(doc, lineNumber) ?? "en-tête";
    if (fields.has(field)) return;
    fields.add(field);
    reportAt(doc, "unicode-decompose", field, doc.positions.has(field) ? positionOf(doc, field) : { line: lineNumber, column: 1 });
  });
}

/** Column of the first character that NFC would change (the letter before the combining mark). */
function firstDecomposed(line: string): number {
  const mark = line.search(/\p{M}/u);
  return Math.max(1, mark);
}

/** A publication date after `now`: the page goes online at the next build (drafts and embargoes excepted). */
function checkFutureDate(doc: SourceDocument, data: Record<string, unknown>, now: DateTime): void {
  if (data.published === false || data.embargo !== undefined) return;
  const date = parseContentDate(data.date);
  if (date && sinceNow(date.value, now) > 0) report(doc, "date-future", "date", { value: frenchDate(date.value) });
}

export interface CheckOptions {
  /** The build's time, for dates in the future. */
  now: DateTime;
}

/** Runs every text check on a document read (and, when it could be, validated) by the pipeline. */
export function checkDocument(doc: SourceDocument, options: CheckOptions): void {
  checkDecomposed(doc);
  if (doc.data) {
    checkValues(doc, doc.data);
    checkFutureDate(doc, doc.data, options.now);
  }
  checkBody(doc);
}
