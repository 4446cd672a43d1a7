/**
 * The content schema: the one description of every front matter field. It gives the TypeScript
 * types, the build's validation, the checker's messages (through `title`, the French label) and the
 * editing form's configuration. https://zod.dev/metadata
 */
import { z } from "zod";
import { parseContentDate } from "./dates.ts";

/** Metadata of a field: its French label, a help text, and the editing widget. */
export interface FieldMeta {
  [key: string]: unknown;
  title: string;
  description?: string;
  widget?: "string" | "text" | "markdown" | "datetime" | "date" | "boolean" | "image" | "file" | "list" | "object" | "select";
}

const meta = (m: FieldMeta) => m;

/** A text field; YAML numbers (`- 2022` in tags) are read as text. */
const text = () => z.union([z.string(), z.number().transform(String)]).pipe(z.string());
/** A list field that tolerates a single value written without the dash. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item));

export const dateField = (title: string, description: string) =>
  z
    .string()
    .refine((value) => parseContentDate(value) !== null, { params: { code: "date-invalide" } })
    .meta(meta({ title, description, widget: "datetime" }));

export const imageSchema = z.object({
  image: z.string().optional().meta(meta({ title: "Image", description: "Chemin de l’image dans /uploads/", widget: "image" })),
  "alternative-textuelle": z
    .string()
    .optional()
    .meta(meta({ title: "Alternative textuelle", description: "Ce que montre l’image ; vide si elle est décorative", widget: "string" })),
  legende: z.string().optional().meta(meta({ title: "Légende", description: "Légende et crédit affichés sous l’image", widget: "string" })),
});

export const downloadSchema = z.object({
  file: z.string().optional().meta(meta({ title: "Fichier", description: "Document dans /uploads/ ou adresse https://", widget: "file" })),
  nom: text().optional().meta(meta({ title: "Intitulé", description: "Ex. : Télécharger le communiqué de presse", widget: "string" })),
});

export const contactSchema = z.object({
  name: z.string().optional().meta(meta({ title: "Nom", widget: "string" })),
  tel: list(text()).optional().meta(meta({ title: "Téléphones", widget: "list" })),
  email: z.string().optional().meta(meta({ title: "Courriel", widget: "string" })),
});

export const quoteSchema = z.object({
  texte: z.string().min(1).meta(meta({ title: "Texte de la citation", widget: "text" })),
  auteur: z.string().min(1).meta(meta({ title: "Auteur", widget: "string" })),
  fonction: z.string().optional().meta(meta({ title: "Fonction", widget: "string" })),
});

export const communiqueSchema = z.object({
  title: z.string().trim().min(1).meta(meta({ title: "Titre", description: "Le titre du communiqué, sur une ligne", widget: "string" })),
  date: dateField("Date de publication", "Ex. : 2024-03-15 10:30:00 +01:00"),
  categories: list(text()).optional().meta(meta({ title: "Catégorie", description: "Communiqué de presse, Dossier de presse ou Note aux rédactions", widget: "select" })),
  tags: list(text()).optional().meta(meta({ title: "Mots-clés", widget: "list" })),
  "chapeau-text": z.string().optional().meta(meta({ title: "Chapeau", description: "Le paragraphe d’introduction (Markdown)", widget: "markdown" })),
  "une-ou-diaporama": z.array(imageSchema).optional().meta(meta({ title: "Image à la une", widget: "list" })),
  files: z.array(downloadSchema).optional().meta(meta({ title: "Téléchargements", widget: "list" })),
  "contact-presse": contactSchema.optional().meta(meta({ title: "Contact presse", description: "À défaut, le contact par défaut du site", widget: "object" })),
  citations: z.array(quoteSchema).optional().meta(meta({ title: "Citations", widget: "list" })),
  published: z.boolean().optional().meta(meta({ title: "Publié", description: "false pour un brouillon", widget: "boolean" })),
  permalink: z.string().optional().meta(meta({ title: "Adresse imposée", description: "Rarement utile : l’adresse vient du nom du fichier", widget: "string" })),
});

export type CommuniqueData = z.infer<typeof communiqueSchema>;

/** A legacy key of the old Jekyll site, read as its modern field. */
export interface LegacyKey {
  key: string;
  modern: string;
  /** Turns the legacy value into the modern one (default: as it is). */
  convert?: (value: unknown) => unknown;
}

const asList = (value: unknown) => (Array.isArray(value) ? value : [value]);
const singleDownload = (value: unknown) => (typeof value === "string" ? [{ file: value, nom: "Télécharger le communiqué de presse" }] : value);

export const communiqueLegacyKeys: LegacyKey[] = [
  { key: "chapeau", modern: "chapeau-text" },
  { key: "une", modern: "une-ou-diaporama" },
  { key: "categorie", modern: "categories", convert: asList },
  { key: "image", modern: "une-ou-diaporama", convert: (v) => (typeof v === "string" ? [{ image: v }] : v) },
  { key: "communique_file", modern: "files", convert: singleDownload },
  { key: "file", modern: "files", convert: singleDownload },
];

/** Legacy keys inside list items: `files[].lien` and `files[].File` are `files[].file`. */
export const nestedLegacyKeys: Record<string, LegacyKey[]> = {
  files: [
    { key: "lien", modern: "file" },
    { key: "File", modern: "file" },
  ],
};

/** Keys of the old CMS that carry nothing today: read without a warning. */
export const ignoredKeys = new Set(["layout", "communique_size", "position"]);

/** The French label of a field, for messages: `files[0].file` → "Fichier". */
export function fieldLabel(schema: z.ZodObject, path: readonly (string | number)[]): string {
  let current: z.ZodType | undefined = schema;
  let label = path.join(".");
  for (const part of path) {
    if (typeof part === "number" || !current) continue;
    current = unwrap(current);
    if (!(current instanceof z.ZodObject)) break;
    current = (current.shape as Record<string, z.ZodType>)[part];
    const title = current?.meta()?.title;
    if (typeof title === "string") label = title;
  }
  return label;
}

/** The object or element schema behind optional, pipe, preprocess and array wrappers. */
export function unwrap(schema: z.ZodType): z.ZodType {
  let current: z.ZodType = schema;
  for (;;) {
    if (current instanceof z.ZodOptional || current instanceof z.ZodNullable) current = current.unwrap() as z.ZodType;
    else if (current instanceof z.ZodPipe) current = current.out as z.ZodType;
    else if (current instanceof z.ZodArray) current = current.element as z.ZodType;
    else return current;
  }
}
