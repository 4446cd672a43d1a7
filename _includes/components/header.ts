/** DSFR header with the République Française block: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/en-tete */
import navigation from "../../_data/navigation.json" with { type: "json" };
import site from "../../_data/site.json" with { type: "json" };
import ui from "../../_data/ui.json" with { type: "json" };
import { html, raw, type SafeHtml } from "../../lib/html.ts";
import { headerSearch, headerSearchButton } from "./search.ts";

/** True when `url` is the current section (its prefix), home only when exact. */
export function isCurrentSection(itemUrl: string, pageUrl: string): boolean {
  return itemUrl === "/" ? pageUrl === "/" : pageUrl.startsWith(itemUrl);
}

export function logo(): SafeHtml {
  return html`<p class="fr-logo">${site.institution.split("\n").map((line, i) => (i ? html`<br>${line}` : line))}</p>`;
}

/** The header; `tools` replaces the default search form. */
export function header(pageUrl: string, tools?: SafeHtml): SafeHtml {
  return html`<header class="fr-header">
  <div class="fr-header__body">
    <div class="fr-container">
      <div class="fr-header__body-row">
        <div class="fr-header__brand fr-enlarge-link">
          <div class="fr-header__brand-top">
            <div class="fr-header__logo">${logo()}</div>
            <div class="fr-header__navbar">
              ${tools ? "" : headerSearchButton()}
              <button type="button" class="fr-btn--menu fr-btn" data-fr-opened="false" aria-controls="modal-menu" aria-haspopup="menu" id="button-menu" title="${ui.header.menu}">${ui.header.menu}</button>
            </div>
          </div>
          <div class="fr-header__service">
            <a href="/" title="${ui.header.homeTitle}">
              <p class="fr-header__service-title">${site.name}</p>
            </a>
            <p class="fr-header__service-tagline">${ui.header.tagline}</p>
          </div>
        </div>
        ${tools ?? headerSearch()}
      </div>
    </div>
  </div>
  <div class="fr-header__menu fr-modal" id="modal-menu" aria-labelledby="button-menu">
    <div class="fr-container">
      <button type="button" class="fr-btn--close fr-btn" aria-controls="modal-menu" title="${ui.header.close}">${ui.header.close}</button>
      <div class="fr-header__menu-links"></div>
      <nav class="fr-nav" id="navigation" aria-label="${ui.header.mainNav}">
        <ul class="fr-nav__list">
          ${navigation.map(
            (item) =>
              html`<li class="fr-nav__item"><a class="fr-nav__link" href="${item.url}"${raw(
                isCurrentSection(item.url, pageUrl) ? (item.url === pageUrl ? ' aria-current="page"' : ' aria-current="true"') : "",
              )}>${item.label}</a></li>`,
          )}
        </ul>
      </nav>
    </div>
  </div>
</header>`;
}
