/**
 * The writing guide (`docs/guide-redaction.md`): hand-written French prose from
 * `docs/sources/guide-redaction.md`, in which markers are replaced by the tables of fields (from the
 * schema) and the list of checker messages (from the catalogue). A test fails when the committed
 * guide differs from what this produces, so it cannot go stale.
 */
import ui from "../_data/ui.json" with { type: "json" };
import { describeFields, flattenFields, type FieldInfo } from "./fields.ts";
import { MESSAGES, type Severity } from "./findings.ts";
import { KINDS } from "./kinds.ts";

export const GUIDE_SOURCE = "docs/sources/guide-redaction.md";
export const GUIDE = "docs/guide-redaction.md";

const text = ui.authoring.guide;
const MARKER = /<!-- (champs|messages) ([a-zé]+) -->/g;
const SEVERITIES: Record<string, Severity> = { erreurs: "error", avertissements: "warning" };

/** A sentence of the schema or the catalogue: `{label}` and the like stand for each finding's field, value or address. */
function sentence(template: string): string {
  const filled = template.replace(/\{\w+\}/g, "…");
  return /[.?!…]$/.test(filled) ? filled : `${filled}.`;
}

function cell(value: string): string {
  return value.replace(/\|/g, "\\|").replace(/\s*\n\s*/g, " ");
}

/** "texte sur une ligne", "liste : un choix de la liste", "liste d’entrées"… */
function form(field: FieldInfo): string {
  if (field.fields) return text.forms[field.list ? "list" : "object"];
  const forms: Record<string, string> = text.forms;
  const single = forms[field.widget === "list" ? "string" : field.widget] ?? field.widget;
  return field.list ? text.listOf.replace("{item}", single) : single;
}

function fieldsTable(kindName: string): string {
  const kind = KINDS.find((k) => k.name === kindName);
  if (!kind) throw new Error(`${GUIDE_SOURCE} : type de contenu inconnu « ${kindName} »`);
  const rows = flattenFields(describeFields(kind.schema)).map(({ path, field }) => {
    const notes = [field.description && sentence(field.description), field.options && text.choices.replace("{options}", field.options.join(", "))].filter(Boolean).join(" ");
    const key = path.split(".").map((part) => `\`${part.replace("[]", "")}\``).join(" › ");
    return `| ${cell(field.title)} | ${key} | ${field.required ? text.yes : text.no} | ${form(field)} | ${cell(notes)} |`;
  });
  return [`| ${text.columns.join(" | ")} |`, `|${text.columns.map(() => " --- |").join("")}`, ...rows].join("\n");
}

function messagesList(group: string): string {
  const severity = SEVERITIES[group];
  if (!severity) throw new Error(`${GUIDE_SOURCE} : groupe de messages inconnu « ${group} »`);
  return Object.entries(MESSAGES)
    .filter(([, message]) => message.severity === severity)
    // A backslash at the end of a line is a line break in Markdown (CommonMark).
    .map(([code, message]) => `- **\`${code}\`** : ${sentence(message.text)}\\\n  *${text.fix}* ${sentence(message.fix)}`)
    .join("\n");
}

/** The guide's Markdown, from the source's prose and the schema and catalogue of today. */
export function guideMarkdown(source: string): string {
  const body = source.replace(MARKER, (_all, what: string, name: string) => (what === "champs" ? fieldsTable(name) : messagesList(name)));
  return `<!-- ${text.generated} -->\n\n${body}`;
}
