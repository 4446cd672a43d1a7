/** The 404 page, in French: Eleventy's dev server and most static hosts serve `/404.html` for a missing address. */
import ui from "../_data/ui.json" with { type: "json" };
import { basePage } from "../_includes/layouts/base.ts";
import { html } from "../lib/html.ts";
import { SITE_MAP_URL } from "./plan-du-site.11ty.ts";

export default class NotFoundTemplate {
  data() {
    return { permalink: "/404.html", eleventyExcludeFromCollections: true };
  }

  render(): string {
    return basePage(
      { title: ui.notFound.title, url: "/404.html", noindex: true },
      html`<div class="fr-my-7w fr-grid-row">
  <div class="fr-col-12 fr-col-md-8">
    <h1>${ui.notFound.title}</h1>
    <p class="fr-text--sm fr-mb-3w">${ui.notFound.code}</p>
    <p class="fr-text--lead fr-mb-3w">${ui.notFound.lead}</p>
    <p class="fr-text--sm">${ui.notFound.text}</p>
    <p class="fr-text--sm fr-mb-5w">${ui.notFound.help}</p>
    <ul class="fr-btns-group fr-btns-group--inline-md">
      <li><a class="fr-btn" href="/">${ui.notFound.home}</a></li>
      <li><a class="fr-btn fr-btn--secondary" href="${SITE_MAP_URL}">${ui.notFound.siteMap}</a></li>
    </ul>
  </div>
</div>`,
    );
  }
}
