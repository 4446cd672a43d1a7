/**
 * The editing form's configuration (Decap CMS), generated from the schema: one collection per kind
 * of content, one widget per field with its French label, help and required flag, so the form can
 * never ask for something the checker refuses.
 * https://decapcms.org/docs/configuration-options/  https://decapcms.org/docs/widgets/
 */
import ui from "../_data/ui.json" with { type: "json" };
import { describeFields, type FieldInfo } from "./fields.ts";
import type { ContentKind } from "./kinds.ts";

/** A field of Decap's configuration (the subset this project writes). */
export interface CmsField {
  label: string;
  name: string;
  widget: string;
  required: boolean;
  hint?: string;
  [option: string]: unknown;
}

/** Moment-style formats of Decap's datetime widget, as the front matter writes dates (`lib/dates.ts` reads both). */
const CMS_DATETIME_FORMAT = "YYYY-MM-DD HH:mm:ss Z";
const CMS_DATE_FORMAT = "YYYY-MM-DD";

/** Decap's widget for a schema widget: `date` is the datetime widget without a time. */
export function cmsWidget(field: FieldInfo): string {
  if (field.fields && !field.list) return "object";
  if (field.list && field.widget !== "select") return "list";
  return field.widget === "date" ? "datetime" : field.widget;
}

function widgetOptions(field: FieldInfo): Record<string, unknown> {
  // A new entry's publication date is now; an optional date (an event's start) stays empty, not silently now.
  const date = field.required ? { default: "{{now}}" } : {};
  switch (field.widget) {
    case "datetime":
      return { format: CMS_DATETIME_FORMAT, date_format: "DD/MM/YYYY", time_format: "HH:mm", picker_utc: false, ...date };
    case "date":
      return { format: CMS_DATE_FORMAT, date_format: "DD/MM/YYYY", time_format: false, picker_utc: false, ...date };
    case "boolean":
      // `published: false` by default: a new entry is a draft until the author publishes it, as with `npm run nouveau`.
      return { default: false };
    case "select":
      return { options: [...(field.options ?? [])], multiple: field.list };
    default:
      return {};
  }
}

export function cmsField(field: FieldInfo): CmsField {
  const widget = cmsWidget(field);
  const out: CmsField = { label: field.title, name: field.key, widget, required: field.required, ...widgetOptions(field) };
  if (field.description) out.hint = field.description;
  if (field.fields) out.fields = field.fields.map(cmsField);
  // A list of texts: one text input per item, shown open, saved as a YAML list of strings.
  else if (widget === "list") Object.assign(out, { collapsed: false, field: { label: field.title, name: field.key, widget: field.widget === "list" ? "string" : field.widget, required: true } });
  return out;
}

export interface CmsOptions {
  /** Each kind's folder, relative to the root decap-server writes in (`content/communiques`). */
  folderOf: (kind: ContentKind) => string;
  /** The uploads folder, relative to the same root (`content/uploads`). */
  mediaFolder: string;
  /** decap-server's API: `http://127.0.0.1:8083/api/v1`. */
  backendUrl: string;
  /** The live preview (`npm start`), linked from the form. */
  siteUrl: string;
}

/** Decap's whole configuration (`config.yml`) for the given kinds. */
export function cmsConfig(kinds: readonly ContentKind[], options: CmsOptions): Record<string, unknown> {
  return {
    // Decap wants a backend; on localhost it uses `local_backend` (decap-server) instead, and nothing leaves the machine.
    backend: { name: "git-gateway" },
    local_backend: { url: options.backendUrl },
    locale: "fr",
    site_url: options.siteUrl,
    display_url: options.siteUrl,
    media_folder: options.mediaFolder,
    public_folder: "/uploads",
    // File names as lib/slug.ts makes them: ASCII, no accents, hyphens.
    slug: { encoding: "ascii", clean_accents: true, sanitize_replacement: "-" },
    // The real preview is the site itself (`npm start`), not Decap's approximation.
    editor: { preview: false },
    collections: kinds.map((kind) => ({
      name: kind.folder,
      label: kind.labels.plural,
      label_singular: kind.labels.singular,
      folder: options.folderOf(kind),
      create: true,
      extension: "md",
      format: "frontmatter",
      slug: "{{year}}-{{month}}-{{day}}-{{slug}}",
      sortable_fields: ["date", "title"],
      fields: [...describeFields(kind.schema).map(cmsField), { label: ui.authoring.editor.body, name: "body", widget: "markdown", required: false }],
    })),
  };
}
