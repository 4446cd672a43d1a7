/**
 * Reading one content file: front matter split by gray-matter, parsed by js-yaml, or by `yaml` with
 * positions (so every finding has a line and a column), legacy keys mapped, validated by the schema.
 * https://eemeli.org/yaml/#options  https://github.com/nodeca/js-yaml  https://github.com/jonschlinkert/gray-matter
 */
import path from "node:path";
import matter from "gray-matter";
import jsYaml from "js-yaml";
import { isMap, isScalar, isSeq, LineCounter, parseDocument, Schema, visit, type Alias, type Document as YamlDocument, type Node, type ScalarTag } from "yaml";
import { z } from "zod";
import { describeField } from "./fields.ts";
import { makeFinding, type Finding, type MessageCode, type Parameters } from "./findings.ts";
import { fieldLabel, ignoredKeys, unwrap, type LegacyKey } from "./schema.ts";
import { normalizeStrings } from "./text.ts";
import { isSimpleBlockYaml } from "./yaml-subset.ts";

export interface Position {
  line: number;
  column: number;
}

/** A content file as read from disk, before it becomes a page. */
export interface SourceDocument {
  absolutePath: string;
  /** The path shown in messages: relative to the current directory. */
  displayPath: string;
  /** The file's text; empty once forgotten (`forgetText`). */
  source: string;
  /** The front matter after legacy mapping and NFC normalisation; null when it cannot be read. */
  data: Record<string, unknown> | null;
  /** Position of each field, by path (`files[0].file`); for a file read by js-yaml, found when first asked for. */
  positions: Map<string, Position>;
  /** The Markdown body; empty once forgotten. */
  body: string;
  /** Line of the file where the Markdown body starts. */
  bodyLine: number;
  findings: Finding[];
}

export interface KindRules {
  schema: z.ZodObject;
  legacyKeys: LegacyKey[];
  nestedLegacyKeys: Record<string, LegacyKey[]>;
}

export function formatPath(parts: readonly PropertyKey[]): string {
  return parts.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

/** Position of a field, or of its closest parent that has one. */
export function positionOf(doc: Pick<SourceDocument, "positions">, field: string): Position {
  let current = field;
  while (current) {
    const found = doc.positions.get(current);
    if (found) return found;
    current = current.replace(/(\[\d+\]|\.[^.[]+|^[^.[]+)$/, "");
  }
  return { line: 1, column: 1 };
}

/** Adds a finding located at a field of the document. */
export function report(doc: SourceDocument, code: MessageCode, field: string, params: Parameters = {}): void {
  doc.findings.push(makeFinding(code, { file: doc.displayPath, ...positionOf(doc, field), field }, params));
}

function collectPositions(node: Node | null, prefix: string, counter: LineCounter, lineOffset: number, out: Map<string, Position>): void {
  const at = (offset: number): Position => {
    const { line, col } = counter.linePos(offset);
    return { line: line + lineOffset, column: col };
  };
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
      const fieldPath = prefix ? `${prefix}.${key}` : key;
      if (isScalar(pair.key) && pair.key.range) out.set(fieldPath, at(pair.key.range[0]));
      collectPositions(pair.value as Node | null, fieldPath, counter, lineOffset, out);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, index) => {
      const fieldPath = `${prefix}[${index}]`;
      const range = (item as Node | null)?.range;
      if (range) out.set(fieldPath, at(range[0]));
      collectPositions(item as Node | null, fieldPath, counter, lineOffset, out);
    });
  }
}

function lineOfIndex(source: string, index: number): number {
  let line = 1;
  for (let i = 0; i < index; i++) if (source.charCodeAt(i) === 10) line++;
  return line;
}

/** gray-matter splits; js-yaml or `yaml` parses (neither turns dates into Date objects). */
const splitOnly = { engines: { yaml: { parse: () => ({}), stringify: () => "" } } };

/**
 * The front matter and the body of a file that starts with `---`, as gray-matter splits them.
 * gray-matter looks its cache up with its whole input as a key, even when it does not cache (with
 * options): V8 then hashes and interns each file, 40 µs for 5 KB, 1.4 s of the build at N = 10,000.
 * So it is given the file up to the closing delimiter only, and the body is the rest, without the
 * line break gray-matter removes after the delimiter.
 */
export function splitFrontMatter(text: string): { frontMatter: string; body: string } {
  const close = text.startsWith("---") && text[3] !== "-" ? text.indexOf("\n---", 3) : -1;
  if (close < 0) {
    const split = matter(text, splitOnly as never);
    return { frontMatter: split.matter, body: split.content };
  }
  const head = matter(text.slice(0, close + 4), splitOnly as never);
  return { frontMatter: head.matter, body: head.content + text.slice(close + 4).replace(/^\r?\n?/, "") };
}

/**
 * js-yaml with the plain scalars of `yaml`'s core schema (null, booleans, numbers): its own tags
 * do the resolving, so both parsers read the same values (tests/unit/front-matter-parsers.test.ts).
 */
const CORE_SCALARS = new Schema({ schema: "core" }).tags.filter((tag): tag is ScalarTag => "test" in tag && tag.test !== undefined);

const FAST_SCHEMA = jsYaml.FAILSAFE_SCHEMA.extend({
  implicit: [...new Set(CORE_SCALARS.map((tag) => tag.tag))].map((name) => {
    const matching = (text: string) => CORE_SCALARS.find((tag) => tag.tag === name && tag.test!.test(text));
    return new jsYaml.Type(name, {
      kind: "scalar",
      resolve: (text: string | null) => text !== null && matching(text) !== undefined,
      construct: (text: string) => {
        const value = matching(text)!.resolve(text, () => {}, {});
        return isScalar(value) ? value.value : value; // booleans come as a Scalar that keeps their spelling
      },
    });
  }),
});

/**
 * The front matter's data by js-yaml, six times faster than `yaml` (0.4 s against 2.4 s for 12,000
 * files, the check of lib/yaml-subset.ts included); undefined when js-yaml refuses it or when it is
 * not written in the YAML that js-yaml reads as `yaml` does.
 */
export function readFast(frontMatter: string): unknown {
  if (!isSimpleBlockYaml(frontMatter)) return undefined;
  try {
    return jsYaml.load(frontMatter, { schema: FAST_SCHEMA }) ?? null;
  } catch {
    return undefined;
  }
}

/** Positions of the fields, by `yaml`: only a file with a finding needs them. */
function positionsOf(frontMatter: string): Map<string, Position> {
  const counter = new LineCounter();
  const positions = new Map<string, Position>();
  collectPositions(parseDocument(frontMatter, { lineCounter: counter, prettyErrors: false }).contents as Node | null, "", counter, 0, positions);
  return positions;
}

function setData(doc: SourceDocument, data: unknown): SourceDocument {
  doc.data = data && typeof data === "object" && !Array.isArray(data) ? normalizeStrings(data as Record<string, unknown>) : {};
  return doc;
}

/**
 * Lets go of a file's text once it is checked and its page model built: a one-off build holds no
 * text it will not use again (the file's Markdown stays with its model, `RenderedBody`). Positions
 * are read from the front matter, kept apart.
 */
export function forgetText(doc: SourceDocument): void {
  doc.source = "";
  doc.body = "";
}

export function readDocument(absolutePath: string, source: string, cwd = process.cwd()): SourceDocument {
  const doc: SourceDocument = {
    absolutePath,
    displayPath: path.relative(cwd, absolutePath) || absolutePath,
    source,
    data: null,
    positions: new Map(),
    body: source,
    bodyLine: 1,
    findings: [],
  };
  const text = source.replace(/^\uFEFF/, "");
  if (!/^---\s*\r?\n/.test(text)) {
    report(doc, "en-tete-absent", "en-tête");
    return doc;
  }
  const { frontMatter, body } = splitFrontMatter(text);
  doc.body = body;
  doc.bodyLine = lineOfIndex(text, text.length - body.length);
  const fast = readFast(frontMatter);
  if (fast !== undefined) {
    let positions: Map<string, Position> | undefined;
    Object.defineProperty(doc, "positions", { get: () => (positions ??= positionsOf(frontMatter)), enumerable: true });
    return setData(doc, fast);
  }
  const counter = new LineCounter();
  const yamlDoc = parseDocument(frontMatter, { lineCounter: counter, prettyErrors: false });
  const yamlError = (offset: number, code: string) => {
    const { line, col } = counter.linePos(offset);
    doc.findings.push(makeFinding("yaml-invalide", { file: doc.displayPath, line, column: col, field: "en-tête" }, { detail: yamlMessage(code) }));
    return doc;
  };
  const error = yamlDoc.errors[0];
  if (error) return yamlError(error.pos[0], error.code);
  collectPositions(yamlDoc.contents as Node | null, "", counter, 0, doc.positions);
  let data: unknown;
  try {
    data = yamlDoc.toJS({ maxAliasCount: 100 });
  } catch {
    // `*a` without `&a`, or aliases multiplied out of bounds: `yaml` throws instead of reporting.
    return yamlError(firstAlias(yamlDoc)?.range?.[0] ?? 0, "ALIAS");
  }
  return setData(doc, data);
}

function firstAlias(yamlDoc: YamlDocument): Alias | undefined {
  let found: Alias | undefined;
  visit(yamlDoc, {
    Alias(_key, node) {
      found = node;
      return visit.BREAK;
    },
  });
  return found;
}

function yamlMessage(code: string): string {
  const messages: Record<string, string> = {
    DUPLICATE_KEY: "un champ apparaît deux fois",
    BAD_INDENT: "indentation incorrecte",
    MISSING_CHAR: "caractère manquant (guillemet ou crochet non fermé ?)",
    // The usual cause: `title: Vis mon job : la suite` (a colon and a space inside a plain value).
    BLOCK_AS_IMPLICIT_KEY: "deux-points suivi d’une espace dans une valeur (mettez-la entre guillemets) ou valeur mal indentée",
    MULTILINE_IMPLICIT_KEY: "une clé est coupée sur plusieurs lignes",
    UNEXPECTED_TOKEN: "caractère inattendu",
    TAB_AS_INDENT: "tabulation utilisée pour indenter (utilisez des espaces)",
    ALIAS: "un renvoi *nom sans ancre &nom correspondante (ou trop de renvois)",
  };
  return messages[code] ?? `erreur de syntaxe (${code})`;
}

/** Drops empty `Key:` lines (null values) left by the old CMS, with a warning each. */
function dropEmptyKeys(doc: SourceDocument, value: unknown, prefix: string): unknown {
  if (Array.isArray(value)) return value.map((item, i) => dropEmptyKeys(doc, item, `${prefix}[${i}]`));
  if (!value || typeof value !== "object") return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (item === null) report(doc, "cle-vide", field, { key });
    else out[key] = dropEmptyKeys(doc, item, field);
  }
  return out;
}

function moveLegacyKey(doc: SourceDocument, data: Record<string, unknown>, rule: LegacyKey, prefix: string): void {
  if (!(rule.key in data)) return;
  const field = prefix ? `${prefix}.${rule.key}` : rule.key;
  report(doc, "cle-ancienne", field, { key: rule.key, modern: rule.modern });
  const value = rule.convert ? rule.convert(data[rule.key]) : data[rule.key];
  delete data[rule.key];
  if (rule.modern in data) return;
  data[rule.modern] = value;
  const modernField = prefix ? `${prefix}.${rule.modern}` : rule.modern;
  for (const [p, pos] of [...doc.positions]) {
    if (p === field || p.startsWith(field + ".") || p.startsWith(field + "[")) doc.positions.set(modernField + p.slice(field.length), pos);
  }
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let previous = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const saved = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, previous + (a[i - 1] === b[j - 1] ? 0 : 1));
      previous = saved;
    }
  }
  return row[b.length]!;
}

/** The known key an unknown one was probably meant to be (`chapeau-txt` → `chapeau-text`). */
export function closestKey(key: string, known: readonly string[]): string | undefined {
  const lower = key.toLowerCase();
  let best: { key: string; distance: number } | undefined;
  for (const candidate of known) {
    const distance = editDistance(lower, candidate.toLowerCase());
    if (distance <= Math.max(1, Math.floor(candidate.length / 5)) && (!best || distance < best.distance)) best = { key: candidate, distance };
  }
  return best?.key;
}

function checkUnknownKeys(doc: SourceDocument, data: Record<string, unknown>, schema: z.ZodObject, prefix: string, legacy: readonly LegacyKey[]): void {
  const shape = schema.shape as Record<string, z.ZodType>;
  const known = Object.keys(shape);
  for (const key of Object.keys(data)) {
    const field = prefix ? `${prefix}.${key}` : key;
    if (Object.hasOwn(shape, key)) {
      const inner = unwrap(shape[key]!);
      const value = data[key];
      if (inner instanceof z.ZodObject) {
        const items = Array.isArray(value) ? value.map((v, i) => [v, `${field}[${i}]`] as const) : [[value, field] as const];
        for (const [item, itemField] of items) {
          if (item && typeof item === "object" && !Array.isArray(item)) checkUnknownKeys(doc, item as Record<string, unknown>, inner, itemField, []);
        }
      }
      continue;
    }
    if (ignoredKeys.has(key) || legacy.some((l) => l.key === key)) continue;
    const suggestion = closestKey(key, known);
    if (suggestion) report(doc, "cle-proche", field, { key, suggestion });
    else report(doc, "cle-inconnue", field, { key });
  }
}

const TYPE_NAMES: Record<string, string> = {
  string: "un texte",
  number: "un nombre",
  boolean: "vrai ou faux (true ou false)",
  array: "une liste (lignes commençant par « - »)",
  object: "un groupe de champs",
  date: "une date",
  undefined: "vide",
  null: "vide",
};

function typeName(value: unknown): string {
  if (Array.isArray(value)) return TYPE_NAMES.array!;
  return TYPE_NAMES[value === null ? "null" : typeof value] ?? typeof value;
}

function valueAt(data: unknown, parts: readonly PropertyKey[]): unknown {
  let current = data;
  for (const part of parts) current = current && typeof current === "object" ? (current as Record<PropertyKey, unknown>)[part] : undefined;
  return current;
}

/**
 * An optional date left empty means "no date": the editing form writes `embargo: ""` when a date
 * is cleared (decaporg/decap-cms#7120), which is not a bogus date.
 */
function dropBlankDates(data: Record<string, unknown>, schema: z.ZodObject): void {
  const shape = schema.shape as Record<string, z.ZodType>;
  for (const [key, value] of Object.entries(data)) {
    if (value !== "" || !Object.hasOwn(shape, key)) continue;
    const field = describeField(key, shape[key]!);
    if (!field.required && (field.widget === "datetime" || field.widget === "date")) delete data[key];
  }
}

/**
 * Validates a document against a kind's rules. Returns the typed data, or null when an error
 * prevents building the page (the findings say why).
 */
export function validateDocument<S extends z.ZodObject>(doc: SourceDocument, rules: KindRules & { schema: S }): z.infer<S> | null {
  if (!doc.data) return null;
  const data = dropEmptyKeys(doc, doc.data, "") as Record<string, unknown>;
  for (const rule of rules.legacyKeys) moveLegacyKey(doc, data, rule, "");
  for (const [listKey, nested] of Object.entries(rules.nestedLegacyKeys)) {
    const items = data[listKey];
    if (!Array.isArray(items)) continue;
    items.forEach((item, i) => {
      if (item && typeof item === "object") for (const rule of nested) moveLegacyKey(doc, item as Record<string, unknown>, rule, `${listKey}[${i}]`);
    });
  }
  dropBlankDates(data, rules.schema);
  doc.data = data;
  checkUnknownKeys(doc, data, rules.schema, "", rules.legacyKeys);
  const result = rules.schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = formatPath(issue.path);
    const label = fieldLabel(rules.schema, issue.path as (string | number)[]);
    const value = valueAt(data, issue.path);
    const params = (issue as { params?: { code?: MessageCode } }).params;
    if (params?.code) report(doc, params.code, field, { label, field, value: String(value) });
    else if (value === undefined || (issue.code === "too_small" && typeof value === "string")) report(doc, "champ-obligatoire", field, { label, field });
    else if (issue.code === "invalid_type" || issue.code === "invalid_union") report(doc, "type-invalide", field, { label, expected: TYPE_NAMES[String((issue as { expected?: string }).expected)] ?? "un texte", received: typeName(value) });
    else report(doc, "type-invalide", field, { label, expected: "une valeur valide", received: typeName(value) });
  }
  return null;
}
