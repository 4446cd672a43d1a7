/** The page of one job offer: its facts, the "Postuler" action, then its sections. */
import ui from "../../_data/ui.json" with { type: "json" };
import { html, raw, type SafeHtml } from "../../lib/html.ts";
import type { ApplyAction, Job } from "../../lib/jobs.ts";
import { jobPosting } from "../../lib/structured-data.ts";
import { sortKey } from "../../lib/dates.ts";
import type { SearchEntry } from "../components/search.ts";
import { basePage } from "./base.ts";
import { jobDescription, jobDetail } from "./job-list.ts";

function fact(label: string, value: SafeHtml | string | undefined): SafeHtml {
  // Labels stay out of the index: results quote the values, not "Administration".
  return value ? html`<div><dt data-pagefind-ignore>${label}</dt><dd>${value}</dd></div>` : html``;
}

function lines(values: string[]): SafeHtml | undefined {
  return values.length ? html`${values.map((v, i) => (i ? html`<br>${v}` : v))}` : undefined;
}

function applyButton(apply: ApplyAction): SafeHtml {
  return apply.kind === "email"
    ? html`<p class="fr-mb-1w"><a class="fr-btn fr-btn--icon-left fr-icon-mail-line" href="${apply.href}">${ui.jobs.apply}</a></p>
<p class="fr-text--sm">${ui.jobs.applyByEmail} <a href="mailto:${apply.address}">${apply.address}</a></p>`
    : html`<p class="fr-mb-1w"><a class="fr-btn fr-btn--icon-right fr-icon-external-link-line" href="${apply.href}">${ui.jobs.apply}</a></p>
<p class="fr-text--sm">${ui.jobs.applyOnline}</p>`;
}

/** The facets and sort keys of the catalogue's search; `statut` keeps expired offers out of it. */
export function jobSearchEntry(job: Job): SearchEntry {
  return {
    type: ui.search.types.job,
    filters: {
      statut: [job.expired ? "expiree" : "ouverte"],
      metier: job.metier ? [job.metier.label] : [],
      region: job.region ? [job.region.label] : [],
      administration: job.administrations.slice(0, 1),
      "ouvert-aux": job.openTo,
    },
    // Offers without a deadline sort last, not out: Pagefind leaves out pages without the key.
    sort: { date: sortKey(job.date.value), deadline: job.deadline ? sortKey(job.deadline.date.value) : "9999" },
    meta: { description: jobDescription(job), detail: jobDetail(job) },
  };
}

export function jobPage(job: Job): string {
  const terms = [job.metier, job.region].filter((t) => t !== undefined);
  const content = html`<article class="fr-grid-row">
<div class="fr-col-12 fr-col-lg-9">
  ${job.draft ? html`<div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w"><p>${ui.jobs.draftNotice}</p></div>` : ""}
  ${job.expired && job.deadline ? html`<div class="fr-alert fr-alert--warning fr-mb-3w"><p>${ui.jobs.expiredNotice.replace("{date}", job.deadline.label)}</p></div>` : ""}
  <h1>${job.title}</h1>
  ${terms.length ? html`<ul class="fr-tags-group" data-pagefind-ignore>${terms.map((t) => html`<li><a class="fr-tag" href="${t.url}">${t.label}</a></li>`)}</ul>` : ""}
  <p class="fr-text--sm" data-pagefind-ignore>${ui.jobs.publishedOn} <time datetime="${job.datetime}">${job.dateLabel}</time></p>
  <section class="job-facts fr-p-3w fr-mb-4w" aria-labelledby="offre-en-bref">
    <h2 class="fr-h5" id="offre-en-bref" data-pagefind-ignore>${ui.jobs.facts}</h2>
    <dl>
      ${fact(ui.jobs.administration, lines(job.administrations))}
      ${fact(ui.jobs.place, lines(job.places))}
      ${fact(ui.jobs.region, job.region?.label)}
      ${fact(ui.jobs.metier, job.metier?.label)}
      ${fact(ui.jobs.openTo, job.openTo.join(", "))}
      ${fact(ui.jobs.experience, job.experience)}
      ${fact(ui.jobs.pay, job.pay)}
      ${fact(ui.jobs.remote, job.remote)}
      ${fact(ui.jobs.deadline, job.deadline && html`<time datetime="${job.deadline.datetime}">${job.deadline.label}</time>`)}
    </dl>
    <div data-pagefind-ignore>
    ${job.apply && !job.expired ? applyButton(job.apply) : ""}
    ${job.moreInfoUrl ? html`<p class="fr-mb-0"><a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="${job.moreInfoUrl}">${ui.jobs.moreInfo}</a></p>` : ""}
    </div>
  </section>
  <div class="press-body">
${raw(job.body.html)}
  </div>
</div>
</article>`;
  return basePage(
    {
      title: job.title,
      url: job.url,
      description: jobDescription(job) || undefined,
      crumbs: [{ label: ui.jobs.title, url: "/emplois/" }, { label: job.title }],
      ogType: "article",
      structuredData: jobPosting(job),
      search: jobSearchEntry(job),
    },
    content,
  );
}
