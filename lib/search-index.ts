/**
 * The search indexes, built in the same run as the pages: Pagefind's Node API indexes the rendered
 * HTML in memory and the index files are written into the output folder (before the build swaps it
 * in). Only the files the site's own search script needs are written, not Pagefind's default UI.
 * https://pagefind.app/docs/node-api/
 */
import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";
import { JOBS_URL } from "./urls.ts";

/**
 * Where each index is published. The offers have their own: the job search downloads and searches
 * them only (with 10,000 communiqués in the same index, a query took 130 ms pasted and fetched up
 * to 356 KB); the site search merges both (https://pagefind.app/docs/multisite/).
 */
export const SEARCH_BUNDLES = { site: "/pagefind/", jobs: "/pagefind-emplois/" } as const;

const bundleOf = (url: string) => (url.startsWith(JOBS_URL) ? SEARCH_BUNDLES.jobs : SEARCH_BUNDLES.site);

export interface RenderedPage {
  url: string | false;
  content: string;
}

/** Pagefind's ready-made interfaces: the site draws its results with DSFR markup instead. */
const DEFAULT_UI = /^pagefind-(ui|modular-ui|component-ui|highlight)\b/;

function check(what: string, errors: string[]): void {
  if (errors.length) throw new Error(`Index de recherche : ${what} a échoué : ${errors.join(" ; ")}`);
}

const SEARCH_META = /<meta name="pagefind:[^>]*>/g;

/** An element's id: Pagefind makes a sub-result of each heading that has one. */
const ID_ATTRIBUTE = / id="[^"]*"/g;

/**
 * What Pagefind needs of a page: its language, title, `pagefind:` meta tags and the indexed body.
 * The header, menu and footer are left out anyway; not sending them halves the HTML Pagefind parses.
 * The ids go too: the site's results link to pages, not to headings, and Pagefind makes an anchor
 * of every heading's id (without the ids and the press contact, Pagefind took a tenth less time on
 * 12,000 pages).
 */
export function indexableHtml(page: string): string {
  const start = page.indexOf("<div data-pagefind-body>");
  const end = page.indexOf("</main>", start);
  if (start < 0 || end < 0) return page;
  const title = /<title>[\s\S]*?<\/title>/.exec(page)?.[0] ?? "";
  const meta = page.slice(0, start).match(SEARCH_META) ?? [];
  return `<!doctype html><html lang="fr"><head>${title}${meta.join("")}</head><body>${page.slice(start, end).replace(ID_ATTRIBUTE, "")}</body></html>`;
}

const byUrl = (a: { url: string | false }, b: { url: string | false }) => (String(a.url) < String(b.url) ? -1 : String(a.url) > String(b.url) ? 1 : 0);

/**
 * The indexes being built: pages are sent to Pagefind's process as they come, without waiting for
 * its answers, so it indexes on the second core while the build renders the next pages. Pagefind
 * takes pages in the order sent: a build that sends them in the same order gets the same indexes,
 * byte for byte.
 */
export class SearchSession {
  private readonly added: Promise<{ errors: string[] }>[] = [];

  private constructor(private readonly indexes: ReadonlyMap<string, pagefind.PagefindIndex>) {}

  static async open(): Promise<SearchSession> {
    const indexes = new Map<string, pagefind.PagefindIndex>();
    for (const bundle of Object.values(SEARCH_BUNDLES)) {
      const { index, errors } = await pagefind.createIndex();
      if (!index) throw new Error(`Index de recherche : Pagefind ne démarre pas : ${errors.join(" ; ")}`);
      indexes.set(bundle, index);
    }
    return new SearchSession(indexes);
  }

  /** Sends a page if it carries `data-pagefind-body`; other pages are not searched. */
  add(page: RenderedPage): void {
    if (page.url && page.content.includes("data-pagefind-body")) {
      // Caught now: a build that fails stops Pagefind, which rejects the pages it had not indexed yet.
      const index = this.indexes.get(bundleOf(page.url))!;
      this.added.push(index.addHTMLFile({ url: page.url, content: indexableHtml(page.content) }).catch((error: unknown) => ({ errors: [String(error)] })));
    }
  }

  /** Waits for Pagefind, writes each index into its folder of `outputDir`, stops Pagefind. Returns the number of pages indexed. */
  async write(outputDir: string): Promise<number> {
    try {
      check("l’ajout des pages", (await Promise.all(this.added)).flatMap((result) => result.errors));
      // Both at once: Pagefind then keeps the two cores busy (measured: 1.3 to 2 s less at N = 10,000).
      const writing = [...this.indexes].map(async ([bundle, index]) => {
        const folder = path.join(outputDir, bundle);
        fs.rmSync(folder, { recursive: true, force: true });
        // Pagefind writes the files itself: getFiles() would send each one back through its pipe, in base64.
        check("l’écriture de l’index", (await index.writeFiles({ outputPath: folder })).errors);
        for (const name of fs.readdirSync(folder)) {
          if (DEFAULT_UI.test(name)) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
        }
      });
      await Promise.all(writing);
      return this.added.length;
    } finally {
      await this.close();
    }
  }

  /** Stops Pagefind's process (a build that fails half-way must not leave it running). */
  async close(): Promise<void> {
    await pagefind.close();
  }
}

/** Indexes the pages that carry `data-pagefind-body`, in URL order, and writes the indexes into `outputDir`. */
export async function writeSearchIndex(pages: readonly RenderedPage[], outputDir: string): Promise<number> {
  const session = await SearchSession.open();
  for (const page of [...pages].sort(byUrl)) session.add(page);
  return session.write(outputDir);
}

/**
 * The preview's index, rebuilt behind the live reload: once no save came for `quietMs` (on two cores,
 * indexing every page while the author saves again would slow the next preview), one run at a time,
 * with the newest pages.
 */
export class SearchIndexer {
  private running: Promise<void> | undefined;
  private pending: { pages: readonly RenderedPage[]; outputDir: string } | undefined;
  private timer: NodeJS.Timeout | undefined;

  constructor(private readonly quietMs = 2000) {}

  update(pages: readonly RenderedPage[], outputDir: string): void {
    this.pending = { pages, outputDir };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.running ??= this.drain()), this.quietMs);
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const { pages, outputDir } = this.pending;
      this.pending = undefined;
      try {
        await writeSearchIndex(pages, outputDir);
      } catch (error) {
        console.error(`[aperçu] ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.running = undefined;
  }
}
