/**
 * The kinds of content the press office writes, each registered once: its folder, its schema and
 * legacy keys, the address of its pages. The new-file command, the preview's error pages, the
 * editing form and the writing guide all iterate over this list.
 */
import ui from "../_data/ui.json" with { type: "json" };
import { PRESS_ROOM_URL } from "./communiques.ts";
import type { KindRules } from "./content.ts";
import { communiqueLegacyKeys, communiqueSchema, nestedLegacyKeys } from "./schema.ts";

export interface KindLabels {
  /** Collection label: "Communiqués". */
  plural: string;
  /** "communiqué", as in "le texte du communiqué". */
  singular: string;
}

export interface ContentKind extends KindRules {
  /** Name on the command line: `npm run nouveau -- communique "Titre"`. */
  name: string;
  /** Folder in the content folder, also the editing form's collection name. */
  folder: string;
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

/** Every kind, in the order of the menus. */
export const KINDS: readonly ContentKind[] = [communiqueKind];

export function kindNamed(name: string): ContentKind | undefined {
  return KINDS.find((kind) => kind.name === name);
}
