/** The home page: the latest communiqués and the way to the press room. */
import site from "../_data/site.json" with { type: "json" };
import ui from "../_data/ui.json" with { type: "json" };
import { cardGrid } from "../_includes/layouts/communique-list.ts";
import { basePage } from "../_includes/layouts/base.ts";
import { html } from "../lib/html.ts";
import type { Site } from "../lib/site.ts";

export default class HomeTemplate {
  data() {
    return { permalink: "/" };
  }

  render(data: { press: Site }): string {
    return basePage(
      { title: site.name, url: "/", description: site.description },
      html`<h1>${ui.home.title}</h1>
<p class="fr-text--lead">${ui.home.intro}</p>
<h2>${ui.press.latest}</h2>
${cardGrid(data.press.communiques.slice(0, 6), 3)}
<p class="fr-mt-4w"><a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="/espace-presse/">${ui.press.allCommuniques}</a></p>`,
    );
  }
}
