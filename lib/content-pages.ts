/**
 * The pages whose number grows with the content (one per communiqué, event, offer, and the
 * paginated lists) are written straight from the site model, after Eleventy has rendered the few
 * fixed pages. Measured here, Eleventy's pagination costs about three times a direct render and
 * write per page (see the note of the build-speed issue); the rendering functions are the same.
 * In the preview, a page whose inputs did not change is not rendered again, and a page whose HTML
 * did not change is not written again, so saving one file rewrites one page and its lists.
 */
import fs from "node:fs";
import { agendaListPage, eventPage } from "../_includes/layouts/agenda.ts";
import { communiquePage } from "../_includes/layouts/communique.ts";
import { pressRoomPage, termListPage } from "../_includes/layouts/communique-list.ts";
import { errorPageHtml } from "../_includes/layouts/error-page.ts";
import { jobPage } from "../_includes/layouts/job.ts";
import { jobFacetPage } from "../_includes/layouts/job-list.ts";
import { calendar } from "./ical.ts";
import { outputPath, PageFiles } from "./page-files.ts";
import type { BuiltModel, ListPage, Site } from "./site.ts";

export interface ContentPage {
  /** `/espace-presse/slug/` (written as `index.html`) or a file address such as `/agenda/slug.ics`. */
  url: string;
  /**
   * What the page is made from: when each value is the same (===) as at the previous build, the
   * page is the same. The preview keeps the objects of the files that did not change.
   */
  inputs: readonly unknown[];
  render(): string;
}

/** The pages of one communiqué, event (its page and its `.ics`) or job offer: they need nothing else. */
export function itemPages(built: BuiltModel): ContentPage[] {
  switch (built.kind) {
    case "communique": {
      const c = built.model;
      return [{ url: c.url, inputs: [c], render: () => communiquePage(c) }];
    }
    case "event": {
      const e = built.model;
      const page = { url: e.url, inputs: [e], render: () => eventPage(e) };
      return e.icsUrl ? [page, { url: e.icsUrl, inputs: [e], render: () => calendar([e]) }] : [page];
    }
    case "job": {
      const j = built.model;
      return [{ url: j.url, inputs: [j], render: () => jobPage(j) }];
    }
  }
}

/** A list page is made from its items and its place among the pages of its list. */
function listInputs(page: ListPage<unknown>): unknown[] {
  return [...page.items, page.pageNumber, page.pageCount, page.termKind, page.term?.label, page.term?.url];
}

/** The pages made from the whole site: the preview's error pages and the lists. */
export function sitePages(site: Site): ContentPage[] {
  const hasUpcoming = site.events.some((e) => e.status === "upcoming");
  return [
    ...site.errorPages.map((p) => ({ url: p.url, inputs: [p], render: () => errorPageHtml(p) })),
    ...site.pressPages.map((p) => ({ url: p.url, inputs: [...listInputs(p), site.categories.map((c) => c.url).join()], render: () => pressRoomPage(site, p) })),
    ...site.termPages.map((p) => ({ url: p.url, inputs: listInputs(p), render: () => termListPage(p) })),
    ...site.agendaPages.map((p) => ({ url: p.url, inputs: [...listInputs(p), hasUpcoming], render: () => agendaListPage(p, hasUpcoming) })),
    ...site.jobFacetPages.map((p) => ({ url: p.url, inputs: listInputs(p), render: () => jobFacetPage(p) })),
  ];
}

/** Every page made from the site model, items first, then lists. */
export function contentPages(site: Site): ContentPage[] {
  const items: BuiltModel[] = [
    ...site.communiques.map((model) => ({ kind: "communique" as const, model })),
    ...site.events.map((model) => ({ kind: "event" as const, model })),
    ...site.jobs.map((model) => ({ kind: "job" as const, model })),
  ];
  return [...items.flatMap(itemPages), ...sitePages(site)];
}

/** A content file whose address is that of a page of the site itself (a text page, the search…). */
export class AddressTakenError extends Error {
  constructor(readonly url: string) {
    super(`l’adresse ${url} est celle d’une page du site : changez le permalink ou le nom du fichier qui la prend`);
  }
}

export interface WrittenPage {
  url: string;
  content: string;
}

/** A content page at the address of a page Eleventy rendered (`taken`) stops the build. */
export function checkAddresses(urls: Iterable<string>, taken: ReadonlySet<string>): void {
  for (const url of urls) if (taken.has(url)) throw new AddressTakenError(url);
}

/**
 * Writes the content pages in the preview, remembering what it wrote so that the next build
 * writes only changes. (A one-off build writes each page once: see `lib/build-output.ts`.)
 */
export class ContentPageWriter {
  private readonly previous = new Map<string, { inputs: readonly unknown[]; content: string }>();

  /**
   * `taken`: the addresses of the pages Eleventy rendered, which no content page may overwrite.
   * Returns every content page, apart those written because they changed, and the addresses of the
   * pages written before that are gone (their file was deleted or renamed, or they left a list):
   * their files are deleted, so the preview does not keep serving them.
   */
  write(site: Site, outputDir: string, taken: ReadonlySet<string> = new Set()): { pages: WrittenPage[]; changed: WrittenPage[]; removed: string[] } {
    const written: WrittenPage[] = [];
    const changed: WrittenPage[] = [];
    const files = new PageFiles(outputDir);
    const pages = contentPages(site);
    checkAddresses(pages.map((page) => page.url), taken);
    const gone = new Set(this.previous.keys());
    for (const page of pages) {
      gone.delete(page.url);
      const before = this.previous.get(page.url);
      const same = before && before.inputs.length === page.inputs.length && before.inputs.every((input, i) => input === page.inputs[i]);
      const content = same ? before.content : page.render();
      if (before?.content !== content || !fs.existsSync(outputPath(outputDir, page.url))) {
        files.write(page.url, content);
        changed.push({ url: page.url, content });
      }
      this.previous.set(page.url, { inputs: page.inputs, content });
      written.push({ url: page.url, content });
    }
    for (const url of gone) {
      this.previous.delete(url);
      files.remove(url);
    }
    return { pages: written, changed, removed: [...gone] };
  }
}
