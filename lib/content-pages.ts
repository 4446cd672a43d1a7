/**
 * The pages whose number grows with the content (one per communiqué, event, offer, and the
 * paginated lists) are written straight from the site model, after Eleventy has rendered the few
 * fixed pages. Measured here, Eleventy's pagination costs about three times a direct render and
 * write per page (see the note of the build-speed issue); the rendering functions are the same.
 * In the preview, a page whose model did not change is not rendered again, and a page whose HTML
 * did not change is not written again, so saving one file rewrites one page and its lists.
 */
import fs from "node:fs";
import path from "node:path";
import { agendaListPage, eventPage } from "../_includes/layouts/agenda.ts";
import { communiquePage } from "../_includes/layouts/communique.ts";
import { pressRoomPage, termListPage } from "../_includes/layouts/communique-list.ts";
import { errorPageHtml } from "../_includes/layouts/error-page.ts";
import { jobPage } from "../_includes/layouts/job.ts";
import { jobFacetPage } from "../_includes/layouts/job-list.ts";
import { calendar } from "./ical.ts";
import type { Site } from "./site.ts";

export interface ContentPage {
  /** `/espace-presse/slug/` (written as `index.html`) or a file address such as `/agenda/slug.ics`. */
  url: string;
  /** The model the page is made from: the same object means the same page. */
  model: object;
  render(): string;
}

/** Every page made from the site model, items first, then lists. */
export function contentPages(site: Site): ContentPage[] {
  const hasUpcoming = site.events.some((e) => e.status === "upcoming");
  return [
    ...site.communiques.map((c) => ({ url: c.url, model: c, render: () => communiquePage(c) })),
    ...site.events.map((e) => ({ url: e.url, model: e, render: () => eventPage(e) })),
    ...site.events.flatMap((e) => (e.icsUrl ? [{ url: e.icsUrl, model: e, render: () => calendar([e]) }] : [])),
    ...site.jobs.map((j) => ({ url: j.url, model: j, render: () => jobPage(j) })),
    ...site.errorPages.map((p) => ({ url: p.url, model: p, render: () => errorPageHtml(p) })),
    ...site.pressPages.map((p) => ({ url: p.url, model: p, render: () => pressRoomPage(site, p) })),
    ...site.termPages.map((p) => ({ url: p.url, model: p, render: () => termListPage(p) })),
    ...site.agendaPages.map((p) => ({ url: p.url, model: p, render: () => agendaListPage(p, hasUpcoming) })),
    ...site.jobFacetPages.map((p) => ({ url: p.url, model: p, render: () => jobFacetPage(p) })),
  ];
}

export function outputPath(outputDir: string, url: string): string {
  const decoded = decodeURIComponent(url);
  return path.join(outputDir, decoded.endsWith("/") ? `${decoded}index.html` : decoded);
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

/** Writes the content pages, remembering what it wrote so that the next build writes only changes. */
export class ContentPageWriter {
  private readonly previous = new Map<string, { model: object; content: string }>();

  /**
   * `taken`: the addresses of the pages Eleventy rendered, which no content page may overwrite.
   * `onPage` is told of each page as it is written (the search index takes them as they come).
   */
  write(site: Site, outputDir: string, taken: ReadonlySet<string> = new Set(), onPage?: (page: WrittenPage) => void): WrittenPage[] {
    const written: WrittenPage[] = [];
    const folders = new Set<string>();
    const pages = contentPages(site);
    const clash = pages.find((page) => taken.has(page.url));
    if (clash) throw new AddressTakenError(clash.url);
    for (const page of pages) {
      const before = this.previous.get(page.url);
      const content = before?.model === page.model ? before.content : page.render();
      const file = outputPath(outputDir, page.url);
      if (before?.content !== content || !fs.existsSync(file)) {
        const folder = path.dirname(file);
        if (!folders.has(folder)) fs.mkdirSync(folder, { recursive: true });
        folders.add(folder);
        fs.writeFileSync(file, content);
      }
      this.previous.set(page.url, { model: page.model, content });
      written.push({ url: page.url, content });
      onPage?.({ url: page.url, content });
    }
    return written;
  }
}
