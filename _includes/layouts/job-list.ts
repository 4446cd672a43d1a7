/** Lists of job offers: the catalogue, a trade, a region. Cards, newest first. */
import ui from "../../_data/ui.json" with { type: "json" };
import { html, type SafeHtml } from "../../lib/html.ts";
import type { Job } from "../../lib/jobs.ts";
import type { ListPage } from "../../lib/site.ts";
import { card, cardList } from "../components/card.ts";
import { cardLabels } from "../components/tags.ts";
import { listPage } from "./communique-list.ts";

/** "DINUM · Saint-Jacques-de-la-Lande": the employer and the first place, for cards and results. */
export function jobDescription(job: Job): string {
  return [job.administrations[0], job.places[0]].filter(Boolean).join(" · ");
}

/** The line under a card: the deadline, or that the offer expired, or its publication date. */
export function jobDetail(job: Job): string {
  if (job.expired) return ui.jobs.expired;
  return job.deadline ? ui.jobs.deadlineDetail.replace("{date}", job.deadline.label) : ui.jobs.publishedDetail.replace("{date}", job.dateLabel);
}

export function jobCard(job: Job, headingLevel: 2 | 3): SafeHtml {
  const labels = [job.metier?.label, job.region?.label].filter((label): label is string => Boolean(label));
  return card({
    title: job.title,
    url: job.url,
    headingLevel,
    description: jobDescription(job) || undefined,
    start: cardLabels(labels, job.draft ? [ui.jobs.draft] : []),
    detail: html`${jobDetail(job)}`,
  });
}

export function jobGrid(jobs: Job[], headingLevel: 2 | 3): SafeHtml {
  if (!jobs.length) return html`<p>${ui.jobs.empty}</p>`;
  return cardList(
    jobs.map((job) => jobCard(job, headingLevel)),
    2,
  );
}

/** The open offers of a trade or of a region: the catalogue's static facet pages. */
export function jobFacetPage(page: ListPage<Job>): string {
  const heading = page.termKind === "metier" ? ui.jobs.metierTitle : ui.jobs.regionTitle;
  const title = heading.replace("{label}", page.term!.label);
  return listPage(page, { title, crumbs: [{ label: ui.jobs.title, url: "/emplois/" }, { label: title }] }, jobGrid(page.items, 2));
}
