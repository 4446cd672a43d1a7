/** DSFR breadcrumb: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/fil-d-ariane */
import ui from "../../_data/ui.json" with { type: "json" };
import { html, type SafeHtml } from "../../lib/html.ts";

export interface Crumb {
  label: string;
  /** Absent for the current page. */
  url?: string;
}

export function breadcrumb(crumbs: Crumb[]): SafeHtml {
  const trail: Crumb[] = [{ label: ui.breadcrumb.home, url: "/" }, ...crumbs];
  return html`<nav class="fr-breadcrumb" aria-label="${ui.breadcrumb.label}">
  <button type="button" class="fr-breadcrumb__button" aria-expanded="false" aria-controls="breadcrumb">${ui.breadcrumb.toggle}</button>
  <div class="fr-collapse" id="breadcrumb">
    <ol class="fr-breadcrumb__list">
      ${trail.map((c) =>
        c.url
          ? html`<li><a class="fr-breadcrumb__link" href="${c.url}">${c.label}</a></li>`
          : html`<li><a class="fr-breadcrumb__link" aria-current="page">${c.label}</a></li>`,
      )}
    </ol>
  </div>
</nav>`;
}
