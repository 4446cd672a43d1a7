/**
 * The content schema: the one description of every front matter field. It gives the TypeScript
 * types, the build's validation, the checker's messages (through `title`, the French label) and the
 * editing form's configuration. https://zod.dev/metadata
 */
import { z } from "zod";
import categories from "../_data/categories.json" with { type: "json" };
import metiers from "../_data/metiers.json" with { type: "json" };
import regions from "../_data/regions.json" with { type: "json" };
import { parseContentDate } from "./dates.ts";

/** Metadata of a field: its French label, a help text, and the editing widget. */
export interface FieldMeta {
  [key: string]: unknown;
  title: string;
  description?: string;
  widget?: "string" | "text" | "markdown" | "datetime" | "date" | "boolean" | "image" | "file" | "list" | "object" | "select";
  /** The choices of a `select` (lists kept in `_data/`). */
  options?: readonly string[];
  /** A new file leaves the field out: its empty value is a choice (an empty alt text marks the image decorative). */
  noDefault?: boolean;
}

const meta = (m: FieldMeta) => m;

/** A text field; YAML numbers (`- 2022` in tags) are read as text. */
const text = () => z.union([z.string(), z.number().transform(String)]).pipe(z.string());
/** A list field that tolerates a single value written without the dash. */
const list = <T extends z.ZodType>(item: T) =>
  z.preprocess((value) => (value === undefined || Array.isArray(value) ? value : [value]), z.array(item));

const dateValue = () => z.string().refine((value) => parseContentDate(value) !== null, { params: { code: "date-invalide" } });

export const dateField = (title: string, description: string) => dateValue().meta(meta({ title, description, widget: "datetime" }));

export const imageSchema = z.object({
  image: z.string().optional().meta(meta({ title: "Image", description: "Chemin de l’image dans /uploads/", widget: "image" })),
  "alternative-textuelle": z
    .string()
    .optional()
    .meta(meta({ title: "Alternative textuelle", description: "Ce que montre l’image ; vide si elle est décorative", widget: "string", noDefault: true })),
  legende: z.string().optional().meta(meta({ title: "Légende", description: "Légende et crédit affichés sous l’image", widget: "string" })),
});

export type ImageData = z.infer<typeof imageSchema>;

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

const titleField = (description: string) => z.string().trim().min(1).meta(meta({ title: "Titre", description, widget: "string" }));

/** Fields shared by communiqués and events: what a page is about and when it was published. */
const publicationFields = <C extends z.ZodType>(kind: string, categories: C) => ({
  title: titleField(`Le titre ${kind}, sur une ligne`),
  date: dateField("Date de publication", "Ex. : 2024-03-15 10:30:00 +01:00"),
  categories,
  tags: list(text()).optional().meta(meta({ title: "Mots-clés", widget: "list" })),
  "chapeau-text": z.string().optional().meta(meta({ title: "Chapeau", description: "Le paragraphe d’introduction (Markdown)", widget: "markdown" })),
  "une-ou-diaporama": z.array(imageSchema).optional().meta(meta({ title: "Image à la une", widget: "list" })),
});

const publishedField = z.boolean().optional().meta(meta({ title: "Publié", description: "false pour un brouillon", widget: "boolean" }));

export const communiqueSchema = z.object({
  ...publicationFields(
    "du communiqué",
    list(text()).optional().meta(meta({ title: "Catégorie", description: "Communiqué de presse, Dossier de presse ou Note aux rédactions", widget: "select", options: categories })),
  ),
  embargo: dateField("Embargo", "Date et heure avant lesquelles le communiqué n’est publié nulle part. Ex. : 2024-03-15 09:00:00 +01:00").optional(),
  files: z.array(downloadSchema).optional().meta(meta({ title: "Téléchargements", widget: "list" })),
  "contact-presse": contactSchema.optional().meta(meta({ title: "Contact presse", description: "À défaut, le contact par défaut du site", widget: "object" })),
  citations: z.array(quoteSchema).optional().meta(meta({ title: "Citations", widget: "list" })),
  published: publishedField,
  permalink: z.string().optional().meta(meta({ title: "Adresse imposée", description: "Rarement utile : l’adresse vient du nom du fichier", widget: "string" })),
});

export type CommuniqueData = z.infer<typeof communiqueSchema>;

/**
 * An event's dates are read as text here and checked when the event is built: a wrong date
 * there is a warning, not an error, so that one bogus date in the old content (year 0007) does not
 * stop the whole site; the event is then shown without dates and the checker names it.
 */
const eventDateField = (title: string, description: string) => text().meta(meta({ title, description, widget: "datetime" }));

export const infoSchema = z.object({
  intitule: text().pipe(z.string().trim().min(1)).meta(meta({ title: "Intitulé", description: "Ex. : Horaires, Inscription", widget: "string" })),
  contenu: text().optional().meta(meta({ title: "Contenu", description: "Ex. : de 9 h à 12 h ; le texte du lien s’il y en a un", widget: "string" })),
  lien: z.string().optional().meta(meta({ title: "Lien", description: "Adresse https:// ou adresse électronique (facultatif)", widget: "string" })),
});

/** Public transport: a line of text ("Métro ligne 6 : Cambronne"), or the old `{type, lignes[{nom}]}`. */
export const accessSchema = z.union([
  text(),
  z.object({
    type: z.string().optional(),
    lignes: z.array(z.object({ nom: text() })).optional(),
  }),
]);

export const eventSchema = z.object({
  ...publicationFields("de l’évènement", list(text()).optional().meta(meta({ title: "Type d’évènement", description: "Ex. : Webinaires, Forums et salons", widget: "list" }))),
  event_start_date: eventDateField("Date de début", "Ex. : 2024-10-08 09:00:00 +02:00, ou 2024-10-08 pour la journée entière").optional(),
  event_end_date: eventDateField("Date de fin", "Ex. : 2024-10-08 12:00:00 +02:00, ou le dernier jour : 2024-10-10").optional(),
  lieu: text().optional().meta(meta({ title: "Lieu", description: "Ex. : Lieu de la transformation publique ; « En ligne » pour un webinaire", widget: "string" })),
  adresse: text().optional().meta(meta({ title: "Adresse", description: "Sur plusieurs lignes si besoin", widget: "text" })),
  champs_informations: z.array(infoSchema).optional().meta(meta({ title: "Informations pratiques", widget: "list" })),
  afficher_la_carte: z.boolean().optional().meta(meta({ title: "Afficher un lien vers la carte", widget: "boolean" })),
  acces: list(accessSchema).optional().meta(meta({ title: "Accès", description: "Transports en commun, une ligne par moyen", widget: "list" })),
  published: publishedField,
});

export type EventData = z.infer<typeof eventSchema>;

/** A job offer, in the front matter of the State's digital jobs board (../shared/corpus/emplois/). */
export const jobSchema = z.object({
  title: titleField("L’intitulé du poste, sur une ligne"),
  date: dateField("Date de publication", "Ex. : 2026-09-02"),
  administration: list(text()).optional().meta(meta({ title: "Administration", description: "L’employeur d’abord, puis le service", widget: "list" })),
  localisation: list(text()).optional().meta(meta({ title: "Lieu de travail", description: "Adresse ou ville ; une ligne par lieu", widget: "list" })),
  region: text().optional().meta(meta({ title: "Région", description: "Une région de la liste (fichier _data/regions.json)", widget: "select", options: regions })),
  metier: text().optional().meta(meta({ title: "Métier", description: "Un métier de la liste (fichier _data/metiers.json)", widget: "select", options: metiers })),
  "poste-ouvert-aux": list(text()).optional().meta(meta({ title: "Poste ouvert aux", description: "Ex. : Fonctionnaire, Contractuel", widget: "list" })),
  experience: text().optional().meta(meta({ title: "Expérience", widget: "string" })),
  remuneration: text().optional().meta(meta({ title: "Rémunération", widget: "string" })),
  teletravail: text().optional().meta(meta({ title: "Télétravail", description: "Ex. : Jusqu’à 2 jours par semaine", widget: "string" })),
  "date-limite": dateValue()
    .optional()
    .meta(meta({ title: "Date limite de candidature", description: "Après cette date, l’offre n’est plus listée. Ex. : 2027-01-15", widget: "date" })),
  candidater: z
    .string()
    .optional()
    .meta(meta({ title: "Candidater", description: "Adresse électronique ou page web où envoyer sa candidature", widget: "string" })),
  "en-savoir-plus": z.string().optional().meta(meta({ title: "En savoir plus", description: "Adresse https:// de l’offre complète", widget: "string" })),
  published: publishedField,
});

export type JobData = z.infer<typeof jobSchema>;

/** A legacy key of the old Jekyll site, read as its modern field. */
export interface LegacyKey {
  key: string;
  modern: string;
  /** Turns the legacy value into the modern one (default: as it is). */
  convert?: (value: unknown) => unknown;
}

const asList = (value: unknown) => (Array.isArray(value) ? value : [value]);
const singleDownload = (value: unknown) => (typeof value === "string" ? [{ file: value, nom: "Télécharger le communiqué de presse" }] : value);

const publicationLegacyKeys: LegacyKey[] = [
  { key: "chapeau", modern: "chapeau-text" },
  { key: "une", modern: "une-ou-diaporama" },
  { key: "categorie", modern: "categories", convert: asList },
  { key: "image", modern: "une-ou-diaporama", convert: (v) => (typeof v === "string" ? [{ image: v }] : v) },
];

export const communiqueLegacyKeys: LegacyKey[] = [
  ...publicationLegacyKeys,
  { key: "communique_file", modern: "files", convert: singleDownload },
  { key: "file", modern: "files", convert: singleDownload },
];

/** `event_date` is found in one old file for the start. */
export const eventLegacyKeys: LegacyKey[] = [...publicationLegacyKeys, { key: "event_date", modern: "event_start_date" }];

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
