/** The open offers of one trade or one region: the catalogue's facets, without JavaScript. */
import ui from "../_data/ui.json" with { type: "json" };
import { listPage } from "../_includes/layouts/communique-list.ts";
import { jobGrid } from "../_includes/layouts/job-list.ts";
import type { Job } from "../lib/jobs.ts";
import type { ListPage } from "../lib/site.ts";

interface Data {
  listPage: ListPage<Job>;
}

export default class JobFacetTemplate {
  data() {
    return {
      pagination: { data: "press.jobFacetPages", size: 1, alias: "listPage", addAllPagesToCollections: true },
      permalink: (data: Data) => data.listPage.url,
    };
  }

  render(data: Data): string {
    const heading = data.listPage.termKind === "metier" ? ui.jobs.metierTitle : ui.jobs.regionTitle;
    const title = heading.replace("{label}", data.listPage.term!.label);
    return listPage(data.listPage, { title, crumbs: [{ label: ui.jobs.title, url: "/emplois/" }, { label: title }] }, jobGrid(data.listPage.items, 2));
  }
}
