/**
 * The search index, built in the same run as the pages: Pagefind's Node API indexes the rendered
 * HTML in memory and the index files are written into the output folder (before the build swaps it
 * in). Only the files the site's own search script needs are written, not Pagefind's default UI.
 * https://pagefind.app/docs/node-api/
 */
import fs from "node:fs";
import path from "node:path";
import * as pagefind from "pagefind";

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

/**
 * What Pagefind needs of a page: its language, title, `pagefind:` meta tags and the indexed body.
 * The header, menu and footer are left out anyway; not sending them halves the HTML Pagefind parses.
 */
export function indexableHtml(page: string): string {
  const start = page.indexOf("<div data-pagefind-body>");
  const end = page.indexOf("</main>", start);
  if (start < 0 || end < 0) return page;
  const title = /<title>[\s\S]*?<\/title>/.exec(page)?.[0] ?? "";
  const meta = page.slice(0, start).match(SEARCH_META) ?? [];
  return `<!doctype html><html lang="fr"><head>${title}${meta.join("")}</head><body>${page.slice(start, end)}</body></html>`;
}

/** Indexes the pages that carry `data-pagefind-body` and writes `pagefind/` into `outputDir`. Returns the number of pages indexed. */
export async function writeSearchIndex(pages: readonly RenderedPage[], outputDir: string): Promise<number> {
  const indexed = pages.filter((page): page is RenderedPage & { url: string } => !!page.url && page.content.includes("data-pagefind-body"));
  const { index, errors } = await pagefind.createIndex();
  if (!index) throw new Error(`Index de recherche : Pagefind ne démarre pas : ${errors.join(" ; ")}`);
  try {
    // Sent in URL order (Pagefind takes them in the order sent, so the index files come out the
    // same, byte for byte, at every build), without waiting for each answer before the next.
    const sorted = indexed.sort((a, b) => (a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
    const added = await Promise.all(sorted.map((page) => index.addHTMLFile({ url: page.url, content: indexableHtml(page.content) })));
    check("l’ajout des pages", added.flatMap((result) => result.errors));
    const { files, errors: fileErrors } = await index.getFiles();
    check("l’écriture de l’index", fileErrors);
    const folder = path.join(outputDir, "pagefind");
    fs.rmSync(folder, { recursive: true, force: true });
    for (const file of files) {
      if (DEFAULT_UI.test(file.path)) continue;
      const target = path.join(folder, file.path);
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, file.content);
    }
    return indexed.length;
  } finally {
    await pagefind.close();
  }
}

/**
 * Builds the index after each build. In a one-off build it is awaited (it is part of the site);
 * in the preview it runs behind the live reload, one run at a time, so saving a file shows the
 * page at once and the search catches up a few seconds later.
 */
export class SearchIndexer {
  private running: Promise<void> | undefined;
  private pending: { pages: readonly RenderedPage[]; outputDir: string } | undefined;

  async update(pages: readonly RenderedPage[], outputDir: string, wait: boolean): Promise<void> {
    if (wait) {
      await writeSearchIndex(pages, outputDir);
      return;
    }
    this.pending = { pages, outputDir };
    this.running ??= this.drain();
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
