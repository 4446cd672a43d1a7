/** DSFR footer with the mandatory links: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/pied-de-page */
import site from "../../_data/site.json" with { type: "json" };
import ui from "../../_data/ui.json" with { type: "json" };
import { html, type SafeHtml } from "../../lib/html.ts";
import { logo } from "./header.ts";
import { externalLink } from "./link.ts";

export const FOOTER_LINKS = [
  { label: ui.footer.sitemap, url: "/plan-du-site/" },
  { label: ui.footer.accessibility, url: "/accessibilite/" },
  { label: ui.footer.legal, url: "/mentions-legales/" },
  { label: ui.footer.privacy, url: "/donnees-personnelles/" },
];

export function footer(): SafeHtml {
  return html`<footer class="fr-footer" id="footer">
  <div class="fr-container">
    <div class="fr-footer__body">
      <div class="fr-footer__brand fr-enlarge-link">
        <a href="/" title="${ui.header.homeTitle}">${logo()}</a>
      </div>
      <div class="fr-footer__content">
        <p class="fr-footer__content-desc">${ui.footer.description}</p>
        <ul class="fr-footer__content-list">
          ${ui.footer.externalLinks.map(
            (l) => html`<li class="fr-footer__content-item">${externalLink(l.label, l.url, "fr-footer__content-link")}</li>`,
          )}
        </ul>
      </div>
    </div>
    <div class="fr-footer__bottom">
      <ul class="fr-footer__bottom-list">
        ${FOOTER_LINKS.map((l) => html`<li class="fr-footer__bottom-item"><a class="fr-footer__bottom-link" href="${l.url}">${l.label}</a></li>`)}
      </ul>
      <div class="fr-footer__bottom-copy">
        <p>${ui.footer.licence} ${externalLink(ui.footer.licenceName, "https://github.com/etalab/licence-ouverte/blob/master/LO.md")} — ${site.operator}</p>
      </div>
    </div>
  </div>
</footer>`;
}
