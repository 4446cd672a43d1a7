/**
 * The preview (`npm start`). Eleventy's CLI serves the output folder and rebuilds everything when
 * the code changes. A saved content file takes a shorter way: Eleventy's rebuild restarts, lists
 * the project's files and renders every page again (1.5 to 2 s at 4,000 communiqués), so instead
 *   1. the site is loaded again: only the changed files are read (see the cache in `lib/site.ts`);
 *   2. the content pages that changed are written, and the uploads that changed are copied;
 *   3. Eleventy's own pages (home, feeds, sitemap…) are rendered in memory by a second Eleventy run
 *      on the same site, and those that changed are written;
 *   4. the browser is told once (a second message would reach a tab still reloading from the
 *      first): it patches the page in place when it shows one of those that changed, and reloads
 *      otherwise (https://www.11ty.dev/docs/dev-server/);
 *   5. the search index follows once the author stops saving.
 */
import fs from "node:fs";
import path from "node:path";
import type { EleventyResult } from "@11ty/eleventy";
import { ContentPageWriter } from "./content-pages.ts";
import { outputPath } from "./page-files.ts";
import { SearchIndexer } from "./search-index.ts";
import { contentFolder, loadSite, type Site } from "./site.ts";

/** What the preview uses of Eleventy's dev server (`setServerOptions({ ready })` hands it over). */
export interface DevServer {
  reload(event: { files: string[]; build: { templates: { url: string; inputPath: string; content: string }[] } }): void;
  sendError(event: { error: unknown }): void;
}

export interface PreviewOptions {
  contentDir: string;
  /** Eleventy's own pages rendered for `site`, without writing them. */
  renderEleventyPages(site: Site, outputDir: string): Promise<EleventyResult[]>;
}

/** Saves arriving closer than this are handled together (an editor's save is often two or three writes). */
const SETTLE_MS = 30;

/**
 * How long a saved file may stay empty before the preview takes it as it is: an editor that empties
 * the file, then writes it, leaves it empty for as long as it is held up between the two (over 30 ms
 * on a loaded machine), and an empty communiqué would be taken away, its open tab reloaded.
 */
const EMPTY_WAIT_MS = 1000;

export class Preview {
  private site: Site | undefined;
  private readonly contentPages = new ContentPageWriter();
  private readonly search = new SearchIndexer();
  /** Eleventy's pages at the last run, by address. */
  private eleventyPages = new Map<string, EleventyResult>();
  private outputDir: string | undefined;
  private server: DevServer | undefined;
  private watcher: fs.FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private refreshing: Promise<void> | undefined;
  private saved = false;
  /** Since when a saved file has been empty (see EMPTY_WAIT_MS). */
  private emptySince: number | undefined;
  /** Paths saved in the content folder since the last refresh, relative to it. */
  private readonly touched = new Set<string>();

  constructor(private readonly options: PreviewOptions) {}

  /** The site as it is now (Eleventy's global data). */
  load(): Site {
    return (this.site = loadSite({ contentDir: this.options.contentDir, preview: true }));
  }

  /** After Eleventy's own run: writes the content pages, then watches the content folder. */
  afterEleventy(results: EleventyResult[], outputDir: string): void {
    this.outputDir = outputDir;
    this.eleventyPages = new Map(results.filter((page) => page.url).map((page) => [page.url as string, page]));
    // The newest site: a content save may have been handled while Eleventy rendered.
    const { pages } = this.contentPages.write(this.site ?? this.load(), outputDir, new Set(this.eleventyPages.keys()));
    this.search.update([...results, ...pages], outputDir);
    this.watch();
  }

  /** Eleventy's dev server, to tell the browser what changed. */
  useServer(server: DevServer): void {
    this.server = server;
  }

  /** Handles the content saves, with Node's recursive watch: https://nodejs.org/api/fs.html#fswatchfilename-options-listener */
  private watch(): void {
    if (this.watcher || !fs.existsSync(this.options.contentDir)) return;
    this.watcher = fs.watch(this.options.contentDir, { recursive: true }, (_event, name) => {
      if (name) this.touched.add(name);
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.settled(), SETTLE_MS);
    });
  }

  /** No save for SETTLE_MS: refreshes, unless a saved file is still empty (its content is on its way). */
  private settled(): void {
    const empty = [...this.touched].some((name) => fs.statSync(path.join(this.options.contentDir, name), { throwIfNoEntry: false })?.size === 0);
    if (empty && performance.now() - (this.emptySince ??= performance.now()) < EMPTY_WAIT_MS) {
      this.timer = setTimeout(() => this.settled(), SETTLE_MS);
      return;
    }
    this.emptySince = undefined;
    this.saveArrived();
  }

  /** One refresh at a time; saves that arrive during one make one more. */
  private saveArrived(): void {
    this.search.interrupt();
    this.saved = true;
    this.refreshing ??= this.refreshWhileSaved();
  }

  private async refreshWhileSaved(): Promise<void> {
    while (this.saved) {
      this.saved = false;
      try {
        await this.refresh();
      } catch (error) {
        console.error(`[aperçu] ${error instanceof Error ? error.message : String(error)}`);
        this.server?.sendError({ error });
      }
    }
    this.refreshing = undefined;
  }

  private async refresh(): Promise<void> {
    const started = performance.now();
    const outputDir = this.outputDir!;
    const site = this.load();
    this.copyUploads(outputDir);
    const content = this.contentPages.write(site, outputDir, new Set(this.eleventyPages.keys()));
    const changed = content.changed.map((page) => ({ url: page.url, content: page.content, file: outputPath(outputDir, page.url) }));

    const rendered = await this.options.renderEleventyPages(site, outputDir);
    for (const page of rendered) {
      if (!page.url || !page.outputPath || this.eleventyPages.get(page.url)?.content === page.content) continue;
      fs.writeFileSync(page.outputPath, page.content);
      changed.push({ url: page.url, content: page.content, file: page.outputPath });
    }
    this.eleventyPages = new Map(rendered.filter((page) => page.url).map((page) => [page.url as string, page]));

    const removed = content.removed.map((url) => outputPath(outputDir, url));
    if (changed.length || removed.length) {
      // Only HTML pages can be patched in place; a tab showing a removed page reloads (and gets the 404 page).
      const templates = changed.filter((page) => page.url.endsWith("/")).map((page) => ({ url: page.url, inputPath: page.file, content: page.content }));
      this.server?.reload({ files: [...changed.map((page) => page.file), ...removed], build: { templates } });
    }
    const pages = changed.length === 0 ? "aucune page ne change" : changed.length === 1 ? "1 page mise à jour" : `${changed.length} pages mises à jour`;
    const gone = removed.length === 0 ? "" : removed.length === 1 ? ", 1 page supprimée" : `, ${removed.length} pages supprimées`;
    console.log(`[aperçu] ${pages}${gone} (${Math.round(performance.now() - started)} ms)`);
    this.search.update([...rendered, ...content.pages], outputDir);
  }

  /** Eleventy copied the uploads when it started: files saved since are copied (or removed) here. */
  private copyUploads(outputDir: string): void {
    const uploads = path.relative(this.options.contentDir, contentFolder(this.options.contentDir, "uploads"));
    for (const name of this.touched) {
      const inUploads = path.relative(uploads, name);
      if (inUploads.startsWith("..") || path.isAbsolute(inUploads)) continue;
      const source = path.join(this.options.contentDir, name);
      const target = path.join(outputDir, "uploads", inUploads);
      if (fs.existsSync(source) && fs.statSync(source).isFile()) {
        fs.mkdirSync(path.dirname(target), { recursive: true });
        fs.copyFileSync(source, target);
      } else if (!fs.existsSync(source)) fs.rmSync(target, { recursive: true, force: true });
    }
    this.touched.clear();
  }
}
