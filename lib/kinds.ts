/**
 * The kinds of content the press office writes, each registered once: its folder, its schema and
 * legacy keys, the address of its pages. The new-file command, the preview's error pages, the
 * editing form and the writing guide all iterate over this list.
 */
import ui from "../_data/ui.json" with { type: "json" };
import { PRESS_ROOM_URL } from "./communiques.ts";
import type { KindRules } from "./content.ts";
import { AGENDA_URL } from "./events.ts";
import { JOBS_URL } from "./urls.ts";
import { communiqueLegacyKeys, communiqueSchema, eventLegacyKeys, eventSchema, jobSchema, nestedLegacyKeys } from "./schema.ts";

export interface KindLabels {
  /** Collection label: "Communiqués". */
  plural: string;
  /** "Communiqué" */
  singular: string;
  /** "Nouveau communiqué", "Nouvel évènement" */
  new: string;
  /** "du communiqué", "de l’évènement" */
  of: string;
}

export interface ContentKind extends KindRules {
  /** Name on the command line: `npm run nouveau -- communique "Titre"`. */
  name: string;
  /** Folder in the content folder, also the editing form's collection name. */
  folder: string;
  /** The old Jekyll site's name for the folder, when it is not `_` + `folder`. */
  jekyllFolder?: string;
  /** A file's page is at `baseUrl` + the slug of its file name + `/`. */
  baseUrl: string;
  labels: KindLabels;
  /** The Markdown body of a new file (section headings the kind always has). */
  body?: string;
}

export const communiqueKind = {
  name: "communique",
  folder: "communiques",
  baseUrl: PRESS_ROOM_URL,
  schema: communiqueSchema,
  legacyKeys: communiqueLegacyKeys,
  nestedLegacyKeys,
  labels: ui.authoring.kinds.communique,
} satisfies ContentKind;

export const eventKind = {
  name: "evenement",
  folder: "agenda",
  jekyllFolder: "_evenements",
  baseUrl: AGENDA_URL,
  schema: eventSchema,
  legacyKeys: eventLegacyKeys,
  nestedLegacyKeys: {},
  labels: ui.authoring.kinds.evenement,
} satisfies ContentKind;

export const jobKind = {
  name: "emploi",
  folder: "emplois",
  baseUrl: JOBS_URL,
  schema: jobSchema,
  legacyKeys: [],
  nestedLegacyKeys: {},
  labels: ui.authoring.kinds.emploi,
  // The sections every offer of the jobs board has.
  body: ui.authoring.kinds.emploi.sections.map((section) => `## ${section}\n\n`).join(""),
} satisfies ContentKind;

/** Every kind, in the order of the menus. */
export const KINDS: readonly ContentKind[] = [communiqueKind, eventKind, jobKind];

export function kindNamed(name: string): ContentKind | undefined {
  return KINDS.find((kind) => kind.name === name);
}
