/** Visible links to feeds and calendars, with a short explanation. */
import { html, type SafeHtml } from "../../lib/html.ts";

export interface SubscribeLink {
  label: string;
  href: string;
  type: string;
}

export function subscribeLinks(title: string, hint: string, links: SubscribeLink[], icon = "fr-icon-rss-line"): SafeHtml {
  return html`<div class="fr-mb-4w">
  <h2 class="fr-h6 fr-mb-1w">${title}</h2>
  <p class="fr-hint-text fr-mb-1w">${hint}</p>
  <ul class="fr-links-group fr-raw-list">
    ${links.map((l) => html`<li><a class="fr-link ${icon} fr-link--icon-left" href="${l.href}" type="${l.type}">${l.label}</a></li>`)}
  </ul>
</div>`;
}
