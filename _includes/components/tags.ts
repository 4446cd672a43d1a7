/** DSFR tags: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/tag */
import { html, type SafeHtml } from "../../lib/html.ts";
import { badge } from "./badge.ts";
import type { Term } from "../../lib/communiques.ts";

/** Tags that link to their list page; the list follows a heading that names it. */
export function tagLinks(terms: Term[]): SafeHtml {
  if (!terms.length) return html``;
  return html`<ul class="fr-tags-group">
  ${terms.map((t) => html`<li><a class="fr-tag" href="${t.url}">${t.label}</a></li>`)}
</ul>`;
}

/** A tag that only shows a value (the category on a card, whose whole surface is already a link). */
export function tagLabel(label: string): SafeHtml {
  return html`<p class="fr-tag fr-tag--sm">${label}</p>`;
}

/**
 * The labels above a card's title: plain tags (category, trade, region), then warning badges
 * (draft, embargo). Nothing when there is neither.
 */
export function cardLabels(labels: readonly string[], warnings: readonly string[]): SafeHtml | undefined {
  if (!labels.length && !warnings.length) return undefined;
  return html`<ul class="fr-tags-group">${labels.map((label) => html`<li>${tagLabel(label)}</li>`)}${warnings.map((warning) => html`<li>${badge(warning, "warning")}</li>`)}</ul>`;
}
