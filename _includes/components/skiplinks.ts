/** DSFR skip links: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/liens-d-evitement */
import ui from "../../_data/ui.json" with { type: "json" };
import { html, type SafeHtml } from "../../lib/html.ts";
import { HEADER_SEARCH_INPUT } from "./search.ts";

export interface SkipLink {
  label: string;
  target: string;
}

export const defaultSkipLinks: SkipLink[] = [
  { label: ui.skipLinks.content, target: "contenu" },
  { label: ui.skipLinks.menu, target: "navigation" },
  { label: ui.skipLinks.search, target: HEADER_SEARCH_INPUT },
  { label: ui.skipLinks.footer, target: "footer" },
];

export function skipLinks(links: SkipLink[] = defaultSkipLinks): SafeHtml {
  return html`<div class="fr-skiplinks">
  <nav class="fr-container" aria-label="${ui.skipLinks.label}">
    <ul class="fr-skiplinks__list">
      ${links.map((l) => html`<li><a class="fr-link" href="#${l.target}">${l.label}</a></li>`)}
    </ul>
  </nav>
</div>`;
}
