/** The editing form's configuration is generated from the schema: every field, with its widget and required flag. */
import { z } from "zod";
import { describe, expect, it } from "vitest";
import categories from "../../_data/categories.json" with { type: "json" };
import metiers from "../../_data/metiers.json" with { type: "json" };
import { cmsConfig, type CmsField } from "../../lib/cms.ts";
import { describeFields, flattenFields } from "../../lib/fields.ts";
import { KINDS } from "../../lib/kinds.ts";
import { loadSite } from "../../lib/site.ts";
import { contentFolder } from "../helpers.ts";

interface Collection {
  name: string;
  folder: string;
  slug: string;
  fields: CmsField[];
}

const config = cmsConfig(KINDS, {
  folderOf: (kind) => `content/${kind.folder}`,
  mediaFolder: "content/uploads",
  backendUrl: "http://127.0.0.1:8083/api/v1",
  siteUrl: "http://localhost:8080",
}) as { collections: Collection[] } & Record<string, unknown>;

const collection = (name: string) => config.collections.find((c) => c.name === name)!;

/** The configuration's field at a schema path: `files[].file` → files, then its sub-field file. */
function fieldAt(fields: readonly CmsField[], path: string): CmsField | undefined {
  const [head, ...rest] = path.replace(/\[\]/g, "").split(".");
  const field = fields.find((f) => f.name === head);
  return rest.length ? fieldAt((field?.fields as CmsField[] | undefined) ?? [], rest.join(".")) : field;
}

/** Every field path of the configuration, body excepted. */
function pathsOf(fields: readonly CmsField[], prefix = ""): string[] {
  return fields.flatMap((f) => {
    const path = prefix ? `${prefix}.${f.name}` : f.name;
    const children = f.fields as CmsField[] | undefined;
    return [path, ...(children ? pathsOf(children, path) : [])];
  });
}

/** The widget the schema asks for, read from the zod metadata through optional and pipe wrappers. */
function schemaWidget(schema: z.ZodType): string | undefined {
  for (let s: z.ZodType | undefined = schema; s; ) {
    const widget = (s.meta() as { widget?: string } | undefined)?.widget;
    if (widget) return widget;
    const def = s._zod.def as { innerType?: z.ZodType; out?: z.ZodType; element?: z.ZodType };
    s = def.innerType ?? def.out ?? def.element;
  }
  return undefined;
}

describe("editing form configuration", () => {
  it.each(KINDS.map((kind) => [kind.folder, kind] as const))("has every field of the %s schema with its widget and required flag", (name, kind) => {
    const fields = collection(name).fields;
    const schemaPaths = flattenFields(describeFields(kind.schema));
    for (const { path, field } of schemaPaths) {
      const cms = fieldAt(fields, path);
      expect(cms, path).toBeDefined();
      // Required exactly when the schema refuses a missing value.
      expect(cms!.required, path).toBe(!field.schema.safeParse(undefined).success);
      expect(cms!.label, path).toBe(field.title);
      const widget = schemaWidget(field.schema);
      const expected = widget === "date" ? "datetime" : widget ?? (field.fields ? (field.list ? "list" : "object") : "string");
      expect(cms!.widget, path).toBe(expected);
    }
    // Nothing the schema does not know, apart from the Markdown body.
    expect(pathsOf(fields).filter((p) => p !== "body").sort()).toEqual(schemaPaths.map((p) => p.path.replace(/\[\]/g, "")).sort());
    expect(fields.at(-1)).toMatchObject({ name: "body", widget: "markdown" });
  });

  it("describes a communiqué field by field", () => {
    const fields = collection("communiques").fields;
    expect(fieldAt(fields, "title")).toMatchObject({ label: "Titre", widget: "string", required: true, hint: "Le titre du communiqué, sur une ligne" });
    expect(fieldAt(fields, "date")).toMatchObject({ widget: "datetime", required: true, format: "YYYY-MM-DD HH:mm:ss Z", default: "{{now}}" });
    expect(fieldAt(fields, "embargo")).toMatchObject({ widget: "datetime", required: false });
    expect(fieldAt(fields, "embargo")).not.toHaveProperty("default");
    expect(fieldAt(fields, "categories")).toMatchObject({ widget: "select", required: false, multiple: true, options: categories });
    expect(fieldAt(fields, "tags")).toMatchObject({ widget: "list", required: false, field: { widget: "string" } });
    expect(fieldAt(fields, "une-ou-diaporama.image")).toMatchObject({ widget: "image", required: false });
    expect(fieldAt(fields, "une-ou-diaporama.alternative-textuelle")).toMatchObject({ widget: "string", required: false });
    expect(fieldAt(fields, "files")).toMatchObject({ widget: "list", required: false });
    expect(fieldAt(fields, "files.file")).toMatchObject({ widget: "file", required: false });
    expect(fieldAt(fields, "contact-presse")).toMatchObject({ widget: "object", required: false });
    expect(fieldAt(fields, "contact-presse.tel")).toMatchObject({ widget: "list", field: { widget: "string" } });
    expect(fieldAt(fields, "citations.texte")).toMatchObject({ widget: "text", required: true });
    expect(fieldAt(fields, "citations.auteur")).toMatchObject({ widget: "string", required: true });
    expect(fieldAt(fields, "citations.fonction")).toMatchObject({ widget: "string", required: false });
    expect(fieldAt(fields, "published")).toMatchObject({ widget: "boolean", required: false, default: false });
  });

  it("offers the lists kept in _data/ as choices, and dates without a time where the schema wants a day", () => {
    const fields = collection("emplois").fields;
    expect(fieldAt(fields, "metier")).toMatchObject({ widget: "select", multiple: false, options: metiers });
    expect(fieldAt(fields, "date-limite")).toMatchObject({ widget: "datetime", format: "YYYY-MM-DD", time_format: false, required: false });
  });

  it("writes into the content folders through the local backend only, uploads in content/uploads", () => {
    expect(config).toMatchObject({ local_backend: { url: "http://127.0.0.1:8083/api/v1" }, locale: "fr", media_folder: "content/uploads", public_folder: "/uploads" });
    expect(config.collections.map((c) => [c.name, c.folder, c.slug])).toEqual(
      KINDS.map((kind) => [kind.folder, `content/${kind.folder}`, "{{year}}-{{month}}-{{day}}-{{slug}}"]),
    );
    expect(config.collections.map((c) => c.name)).toEqual(["communiques", "agenda", "emplois"]);
  });
});

describe("what the editing form writes", () => {
  it("reads an optional date left empty as no date, not as a bogus one", () => {
    const dir = contentFolder({
      "communiques/2026-11-28-essai.md": `---\ntitle: "Essai depuis le formulaire : l’été"\ndate: 2026-11-28 23:39:00 +00:00\nembargo: ""\npublished: false\n---\n`,
      "agenda/2026-11-28-forum.md": `---\ntitle: Forum\ndate: 2026-11-28 23:39:00 +01:00\nevent_start_date: 2026-12-03 09:00:00 +01:00\nevent_end_date: ""\n---\n\nTexte.\n`,
    });
    const site = loadSite({ contentDir: dir, preview: true });
    expect(site.findings.filter((f) => f.field.endsWith("date") || f.field === "embargo")).toEqual([]);
    expect(site.communiques.map((c) => c.title)).toEqual(["Essai depuis le formulaire : l’été"]);
    expect(site.events.map((e) => e.dateLabel)).toEqual(["le 3 décembre 2026 à 9 h"]);
  });
});
