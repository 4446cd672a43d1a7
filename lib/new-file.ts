/**
 * The text of a new content file, generated from the schema: every field, each with a French comment
 * from its metadata, and the emptiest value the schema accepts, so the file passes the checker and
 * its only warnings ask the author to fill it in.
 */
import type { DateTime } from "luxon";
import { stringify } from "yaml";
import ui from "../_data/ui.json" with { type: "json" };
import { PARIS } from "./dates.ts";
import { describeFields, type FieldInfo } from "./fields.ts";
import type { ContentKind } from "./kinds.ts";
import { shortSlug } from "./slug.ts";

const text = ui.authoring.newFile;

interface Context {
  title: string;
  /** `2026-11-28 15:42:00 +01:00`, the front matter's date form. */
  now: string;
  /** `2026-11-28`, for day fields. */
  today: string;
}

/** `2026-11-28-titre-du-communique.md`; empty when the title holds no letter or digit. */
export function newFileName(title: string, now: DateTime): string {
  const slug = shortSlug(title);
  return slug ? `${now.setZone(PARIS).toISODate()}-${slug}.md` : "";
}

function scalar(value: unknown): string {
  return stringify(value, { lineWidth: 0 }).trimEnd();
}

function help(field: FieldInfo): string {
  const label = field.required ? `${field.title} (${text.required})` : field.title;
  return field.description ? `${label} : ${field.description}` : label;
}

/** The value a new file gives a field: the title, the current time for dates, else empty (see `leftOut`). */
function initialValue(field: FieldInfo, context: Context): unknown {
  if (field.key === "title") return context.title;
  if (field.list) return [];
  if (field.fields) return Object.fromEntries(field.fields.map((f) => [f.key, initialValue(f, context)]));
  if (field.widget === "datetime") return context.now;
  if (field.widget === "date") return context.today;
  if (field.widget === "boolean") return false;
  return "";
}

/**
 * Fields a new file writes commented out, for the author to enable: optional dates (a guessed date
 * would be wrong and silent, such as an event starting now) and `noDefault` fields.
 */
function leftOut(field: FieldInfo): boolean {
  return field.noDefault || (!field.required && (field.widget === "datetime" || field.widget === "date"));
}

/** A list item's lines: `- ` before the first key, two spaces before the others. */
function asItem(lines: string[], indent: string): string[] {
  const first = lines.findIndex((line) => !line.trimStart().startsWith("#"));
  return lines.map((line, i) => (i === first ? `${indent}- ${line.slice(indent.length + 2)}` : line));
}

/** An example the author uncomments: each line behind `#`, the help at the end of the line. */
function commentedExample(field: FieldInfo, indent: string, context: Context): string[] {
  const lines = field.fields!.map((f) => `${indent}  ${f.key}: ${scalar(f.list ? [] : initialValue(f, context))}  # ${help(f)}`);
  return (field.list ? asItem(lines, indent) : lines).map((line) => `#${line}`);
}

function fieldLines(field: FieldInfo, indent: string, context: Context): string[] {
  const value = initialValue(field, context);
  const valid = !leftOut(field) && field.schema.safeParse(value).success;
  const comment = `${indent}# ${help(field)}`;
  if (field.fields && field.list) {
    const item = initialValue({ ...field, list: false }, context);
    if (field.schema.safeParse([item]).success) {
      const itemLines = field.fields.flatMap((f) => fieldLines(f, `${indent}    `, context));
      return [comment, `${indent}${field.key}:`, ...asItem(itemLines, `${indent}  `)];
    }
    return [`${comment} ; ${text.addItems}`, `${indent}${field.key}: []`, ...commentedExample(field, indent, context)];
  }
  if (field.fields) {
    if (valid) return [comment, `${indent}${field.key}:`, ...field.fields.flatMap((f) => fieldLines(f, `${indent}  `, context))];
    return [`${comment} ; ${text.uncomment}`, `#${indent}${field.key}:`, ...commentedExample(field, indent, context)];
  }
  const line = `${indent}${field.key}: ${scalar(value)}`;
  return valid ? [comment, line] : [`${comment} ; ${text.uncomment}`, `#${line}`];
}

export function newFileText(kind: ContentKind, title: string, now: DateTime): string {
  const local = now.setZone(PARIS);
  const context: Context = { title, now: local.toFormat("yyyy-MM-dd HH:mm:00 ZZ"), today: local.toISODate()! };
  const fill = (template: string) => template.replace("{new}", kind.labels.new).replace("{of}", kind.labels.of);
  const lines = describeFields(kind.schema).flatMap((field) => fieldLines(field, "", context));
  return ["---", `# ${fill(text.intro)}`, ...lines, `# ${fill(text.body)}`, "---", "", kind.body ?? ""].join("\n");
}
