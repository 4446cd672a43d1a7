/** The job catalogue: every open offer, with links to the trade and region lists. */
import ui from "../_data/ui.json" with { type: "json" };
import { basePage } from "../_includes/layouts/base.ts";
import { jobGrid } from "../_includes/layouts/job-list.ts";
import { countLabel } from "../lib/format.ts";
import { html } from "../lib/html.ts";
import type { Job } from "../lib/jobs.ts";
import type { Term } from "../lib/communiques.ts";
import type { Site } from "../lib/site.ts";

function facetLinks(id: string, title: string, terms: Term[], jobs: Job[], termOf: (job: Job) => Term | undefined) {
  return html`<h2 class="fr-h6" id="${id}">${title}</h2>
<ul class="fr-tags-group" aria-labelledby="${id}">
  ${terms.map((t) => html`<li><a class="fr-tag" href="${t.url}">${t.label} (${jobs.filter((job) => termOf(job)?.slug === t.slug).length})</a></li>`)}
</ul>`;
}

export default class JobsTemplate {
  data() {
    return { permalink: "/emplois/" };
  }

  render(data: { press: Site }): string {
    const { openJobs, metiers, regions } = data.press;
    return basePage(
      { title: ui.jobs.title, url: "/emplois/", description: ui.jobs.intro, crumbs: [{ label: ui.jobs.title }] },
      html`<h1>${ui.jobs.title}</h1>
<p class="fr-text--lead">${ui.jobs.intro}</p>
<nav class="fr-mb-4w" aria-label="${ui.jobs.browse}">
  ${facetLinks("par-metier", ui.jobs.browseByMetier, metiers, openJobs, (job) => job.metier)}
  ${facetLinks("par-region", ui.jobs.browseByRegion, regions, openJobs, (job) => job.region)}
</nav>
<p class="fr-h6" id="nombre-offres">${countLabel(openJobs.length, ui.jobs.openCount)}</p>
${jobGrid(openJobs, 2)}`,
    );
  }
}
