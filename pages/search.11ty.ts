/**
 * /recherche/, where the header's search form leads: communiqués, events and job offers, with a
 * filter by type. The search runs in the browser on the index built with the site (assets/search.js).
 */
import ui from "../_data/ui.json" with { type: "json" };
import { basePage } from "../_includes/layouts/base.ts";
import { facetFieldset, searchBar, searchForm, SEARCH_URL, searchResults, searchScript } from "../_includes/components/search.ts";
import { html } from "../lib/html.ts";
import { SEARCH_BUNDLES, siteBundles, siteSearchPageCount } from "../lib/search-index.ts";
import type { Site } from "../lib/site.ts";

/** Where to go without the search: the lists of each type. */
const BROWSE = [
  { label: ui.press.title, url: "/espace-presse/" },
  { label: ui.agenda.title, url: "/agenda/" },
  { label: ui.jobs.title, url: "/emplois/" },
];

export default class SearchTemplate {
  data() {
    return { permalink: SEARCH_URL };
  }

  render(data: { press: Site }): string {
    const types = (["communique", "event", "job"] as const).map((key) => ({ value: ui.search.types[key], label: ui.search.typeLabels[key] }));
    const form = searchForm(
      ui.search.pageLabel,
      { bundles: [...siteBundles(siteSearchPageCount(data.press)), SEARCH_BUNDLES.jobs], tags: ["type"], excerpt: true, requireInput: true, texts: { ...ui.search.results, none: ui.search.noResult, prompt: ui.search.prompt } },
      html`<div class="fr-search-bar fr-search-bar--lg fr-mb-3w">${searchBar("recherche-q", ui.search.queryLabel)}</div>
${facetFieldset("type", ui.search.typeLegend, [{ value: "", label: ui.search.allTypes }, ...types], "radio")}`,
    );
    return basePage(
      { title: ui.search.title, url: SEARCH_URL, description: ui.search.intro, crumbs: [{ label: ui.search.title }], scripts: searchScript },
      html`<h1>${ui.search.title}</h1>
<p class="fr-text--lead">${ui.search.intro}</p>
${form}
<div data-without-js>
  <p>${ui.search.needsJs}</p>
  <ul>${BROWSE.map((b) => html`<li><a href="${b.url}">${b.label}</a></li>`)}</ul>
</div>
${searchResults("", html``)}`,
    );
  }
}
