/**
 * The job catalogue. Without JavaScript: every open offer and links to the trade and region lists.
 * With it: a search by words with facets, sort and the state in the URL (assets/search.js).
 */
import ui from "../_data/ui.json" with { type: "json" };
import { basePage } from "../_includes/layouts/base.ts";
import { jobGrid } from "../_includes/layouts/job-list.ts";
import { facetFieldset, facetValues, searchBar, searchForm, searchResults, searchScript } from "../_includes/components/search.ts";
import { countText } from "../assets/search-state.js";
import { html } from "../lib/html.ts";
import type { Job } from "../lib/jobs.ts";
import type { Term } from "../lib/communiques.ts";
import type { Site } from "../lib/site.ts";
import { SEARCH_BUNDLES } from "../lib/search-index.ts";

function facetLinks(id: string, title: string, terms: Term[], jobs: Job[], termOf: (job: Job) => Term | undefined) {
  return html`<h2 class="fr-h6" id="${id}">${title}</h2>
<ul class="fr-tags-group">
  ${terms.map((t) => html`<li><a class="fr-tag" href="${t.url}">${t.label} (${jobs.filter((job) => termOf(job)?.slug === t.slug).length})</a></li>`)}
</ul>`;
}

function filters(jobs: Job[]) {
  const one = (value: string | undefined) => (value ? [value] : []);
  return html`<div class="fr-search-bar fr-mb-3w">${searchBar("offres-q", ui.search.queryLabel, ui.jobs.queryHint)}</div>
<div class="fr-select-group">
  <label class="fr-label" for="offres-tri">${ui.jobs.sortLabel}</label>
  <select class="fr-select" id="offres-tri" name="tri">
    <option value="">${ui.jobs.sortNewest}</option>
    <option value="date-limite">${ui.jobs.sortDeadline}</option>
  </select>
</div>
<h2 class="fr-h6">${ui.jobs.filters}</h2>
${facetFieldset("metier", ui.jobs.metier, facetValues(jobs, (job) => one(job.metier?.label)), "checkbox")}
${facetFieldset("region", ui.jobs.region, facetValues(jobs, (job) => one(job.region?.label)), "checkbox")}
${facetFieldset("administration", ui.jobs.administration, facetValues(jobs, (job) => job.administrations.slice(0, 1)), "checkbox")}
${facetFieldset("ouvert-aux", ui.jobs.openTo, facetValues(jobs, (job) => job.openTo), "checkbox")}
<button class="fr-btn fr-btn--tertiary fr-btn--sm fr-btn--icon-left fr-icon-close-circle-line" type="button" data-clear>${ui.jobs.clear}</button>`;
}

export default class JobsTemplate {
  data() {
    return { permalink: "/emplois/" };
  }

  render(data: { press: Site }): string {
    const { openJobs, metiers, regions } = data.press;
    const form = searchForm(
      ui.jobs.searchLabel,
      {
        bundles: [SEARCH_BUNDLES.jobs],
        fixedFilters: { type: ui.search.types.job, statut: "ouverte" },
        sorts: "=date:desc date-limite=deadline:asc",
        tags: ["metier", "region"],
        excerpt: false,
        requireInput: false,
        texts: { ...ui.jobs.matchCount, none: ui.jobs.noMatch },
      },
      filters(openJobs),
    );
    return basePage(
      { title: ui.jobs.title, url: "/emplois/", description: ui.jobs.intro, crumbs: [{ label: ui.jobs.title }], scripts: searchScript },
      html`<h1>${ui.jobs.title}</h1>
<p class="fr-text--lead">${ui.jobs.intro}</p>
<div class="fr-grid-row fr-grid-row--gutters">
  <div class="fr-col-12 fr-col-md-4">
    <nav aria-label="${ui.jobs.browse}" data-without-js>
      ${facetLinks("par-metier", ui.jobs.browseByMetier, metiers, openJobs, (job) => job.metier)}
      ${facetLinks("par-region", ui.jobs.browseByRegion, regions, openJobs, (job) => job.region)}
    </nav>
    ${form}
  </div>
  <div class="fr-col-12 fr-col-md-8">
    ${searchResults(countText(openJobs.length, ui.jobs.openCount.one, ui.jobs.openCount.many), jobGrid(openJobs, 2))}
  </div>
</div>`,
    );
  }
}
