/**
 * The search indexes, built in the same run as the pages: Pagefind's Node API indexes the rendered
 * HTML in memory and the index files are written into the output folder (before the build swaps it
 * in). Only the files the site's own search script needs are written, not Pagefind's default UI.
 * https://pagefind.app/docs/node-api/
 */
import fs from "node:fs";
import path from "node:path";
import type * as pagefind from "pagefind";
import type { Site } from "./site.ts";
import { JOBS_URL } from "./urls.ts";

/**
 * Where each index is published. The offers have their own: the job search downloads and searches
 * them only (with 10,000 communiqués in the same index, a query took 130 ms pasted and fetched up
 * to 356 KB); the site search searches all of them as one (assets/search-indexes.js).
 */
export const SEARCH_BUNDLES = { site: "/pagefind/", jobs: "/pagefind-emplois/" } as const;

/**
 * Communiqués and events per index: past this, they go on in /pagefind-2/, /pagefind-3/… Pagefind
 * holds every page twice while it writes an index (alone on 10,000 communiqués: 1,263 MB at its
 * peak; 5,000: 639 MB; 2,500: 324 MB), and the build writes each index as soon as it is full, so
 * the build's memory no longer grows with the number of communiqués. A site under this size has one
 * index, as before; above it, the site search loads one more Pagefind per index.
 */
export const SITE_INDEX_SIZE = 5000;

/** The folder of the site's `n`th index (from 0). */
const siteBundle = (n: number) => (n === 0 ? SEARCH_BUNDLES.site : `/pagefind-${n + 1}/`);

/**
 * Pages in the site's indexes: one per communiqué and event (their layouts carry `data-pagefind-body`).
 * The search page lists the indexes from this count, before they are written; the build checks it.
 */
export const siteSearchPageCount = (site: Pick<Site, "communiques" | "events">) => site.communiques.length + site.events.length;

/** The site search's indexes for `pageCount` communiqués and events (one even for none). */
export function siteBundles(pageCount: number, indexSize = SITE_INDEX_SIZE): string[] {
  return Array.from({ length: Math.max(1, Math.ceil(pageCount / indexSize)) }, (_, n) => siteBundle(n));
}

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

type PagefindProcess = typeof pagefind;

/**
 * Pagefind's allocator (jemalloc, which its binary configures from this variable): one arena instead
 * of eight (four per core). Memory one thread frees is then reused by the others instead of fresh
 * pages, each a page fault. Pagefind alone on 10,000 communiqués: peak 1.32–1.49 GB → 1.25 GB, minor
 * faults 441,000–485,000 → 335,000, less CPU (http://jemalloc.net/jemalloc.3.html#opt.narenas).
 */
export const PAGEFIND_ALLOCATOR_VARIABLE = "_RJEM_MALLOC_CONF";
export const PAGEFIND_ALLOCATOR = "narenas:1";

/**
 * A Pagefind process of its own. The Node API keeps one process per instance of its module, and
 * that process handles one message at a time (pagefind/src/service/mod.rs): with one process for
 * both indexes, the offers waited behind the communiqués, and one index was written after the other.
 * Importing the module again under another query string gives another instance, so another process.
 */
function pagefindProcess(bundle: string): Promise<PagefindProcess> {
  // Read by Pagefind's binary when it starts, at the module's first call (a setting of the user's own wins).
  // Its Node API takes no environment to pass, hence this process's; no other program reads the `_RJEM_` prefix.
  process.env[PAGEFIND_ALLOCATOR_VARIABLE] ??= PAGEFIND_ALLOCATOR;
  return import(`${import.meta.resolve("pagefind")}?${encodeURIComponent(bundle)}`);
}

interface BundleIndex {
  bundle: string;
  /** Its Pagefind process and index; rejects with the reason if Pagefind does not start. */
  started: Promise<{ process: PagefindProcess; index: pagefind.PagefindIndex }>;
  added: Promise<{ errors: string[] }>[];
  /** Set once the index is being written: a page sent after it would be missing from the index. */
  written?: Promise<void>;
}

function startIndex(bundle: string): BundleIndex {
  const started = (async () => {
    const process = await pagefindProcess(bundle);
    const { index, errors } = await process.createIndex();
    if (!index) throw new Error(`Index de recherche : Pagefind ne démarre pas : ${errors.join(" ; ")}`);
    return { process, index };
  })();
  return { bundle, started, added: [] };
}

export interface SessionOptions {
  /** Communiqués and events per index (the tests make it small). */
  indexSize?: number;
  /**
   * Where an index is written as soon as no page can come to it, while the build goes on: a site
   * index once full, the offers' once they are all sent (`jobsSent`). Without it, every index waits
   * for `write`: the preview, stopped half-way, leaves the previous indexes whole.
   */
  writeEarlyInto?: string;
}

/**
 * The indexes being built, each in its own Pagefind process (so on both cores): pages are sent as
 * they come, without waiting for answers, so Pagefind indexes while the build renders the next
 * pages. Pagefind takes pages in the order sent: a build that sends them in the same order gets the
 * same indexes, byte for byte. The communiqués and events fill the site's indexes one after the other.
 */
export class SearchSession {
  private readonly site: BundleIndex[];
  private readonly indexSize: number;
  private readonly writeEarlyInto: string | undefined;
  private writing = false;

  private constructor(
    private readonly jobs: BundleIndex,
    firstSite: BundleIndex,
    options: SessionOptions,
  ) {
    this.site = [firstSite];
    this.indexSize = options.indexSize ?? SITE_INDEX_SIZE;
    this.writeEarlyInto = options.writeEarlyInto;
  }

  /** Starts Pagefind for the offers and the first site index: a Pagefind that cannot start stops the build before any file is read. */
  static async open(options: SessionOptions = {}): Promise<SearchSession> {
    const session = new SearchSession(startIndex(SEARCH_BUNDLES.jobs), startIndex(SEARCH_BUNDLES.site), options);
    try {
      await Promise.all(session.entries.map((entry) => entry.started));
    } catch (error) {
      await session.close();
      throw error;
    }
    return session;
  }

  /** The communiqués and events sent so far. */
  get sitePageCount(): number {
    return this.site.reduce((count, entry) => count + entry.added.length, 0);
  }

  private get entries(): BundleIndex[] {
    return [this.jobs, ...this.site];
  }

  /** The site index that takes the next communiqué or event: a new one once the last is full. */
  private siteIndex(): BundleIndex {
    const last = this.site.at(-1)!;
    if (last.added.length < this.indexSize) return last;
    const next = startIndex(siteBundle(this.site.length));
    this.site.push(next);
    return next;
  }

  /** Sends a page if it carries `data-pagefind-body` (other pages are not searched); resolves once Pagefind has read it. */
  add(page: RenderedPage): Promise<unknown> | undefined {
    if (!page.url || !page.content.includes("data-pagefind-body")) return undefined;
    const url = page.url;
    const entry = this.writing ? undefined : url.startsWith(JOBS_URL) ? this.jobs : this.siteIndex();
    if (!entry || entry.written) throw new Error(`la page ${url} est à indexer mais l’index est déjà écrit`);
    // Caught now: a build that fails stops Pagefind, which rejects the pages it had not indexed yet.
    const added = entry.started.then(({ index }) => index.addHTMLFile({ url, content: indexableHtml(page.content) })).catch((error: unknown) => ({ errors: [String(error)] }));
    entry.added.push(added);
    if (entry !== this.jobs && entry.added.length === this.indexSize) this.writeEarly(entry);
    return added;
  }

  /**
   * Writes one index into its folder of `outputDir` once Pagefind has read its pages, then stops its
   * process, which frees its memory. Started once: the same promise for every caller.
   */
  private writeIndex(entry: BundleIndex, outputDir: string): Promise<void> {
    return (entry.written ??= (async () => {
      const { process, index } = await entry.started;
      check("l’ajout des pages", (await Promise.all(entry.added)).flatMap((result) => result.errors));
      const folder = path.join(outputDir, entry.bundle);
      fs.rmSync(folder, { recursive: true, force: true });
      // Pagefind writes the files itself: getFiles() would send each one back through its pipe, in base64.
      check("l’écriture de l’index", (await index.writeFiles({ outputPath: folder })).errors);
      await process.close();
      for (const name of fs.readdirSync(folder)) {
        if (DEFAULT_UI.test(name)) fs.rmSync(path.join(folder, name), { recursive: true, force: true });
      }
    })());
  }

  /** Writes a complete index now, if the session writes early, while the build goes on; a failure comes out of `write`. */
  private writeEarly(entry: BundleIndex): void {
    if (this.writeEarlyInto) this.writeIndex(entry, this.writeEarlyInto).catch(() => {});
  }

  /** Every offer is sent: with `writeEarlyInto`, their index is written now, and no offer may be sent afterwards. */
  jobsSent(): void {
    this.writeEarly(this.jobs);
  }

  /** Waits for Pagefind and writes the indexes not written yet, all at once. Returns the number of pages indexed. */
  async write(outputDir: string): Promise<number> {
    this.writing = true;
    try {
      await Promise.all(this.entries.map((entry) => this.writeIndex(entry, outputDir)));
      return this.entries.reduce((count, entry) => count + entry.added.length, 0);
    } finally {
      await this.close();
    }
  }

  /** Stops the Pagefind processes (a build that fails half-way must not leave them running). */
  async close(): Promise<void> {
    await Promise.all(this.entries.map((entry) => entry.started.then(({ process }) => process.close(), () => {})));
  }
}

/** Pages sent to Pagefind before waiting for it to read them (and asking `stop`). */
const BATCH = 64;

/**
 * Indexes the pages that carry `data-pagefind-body`, in URL order, and writes the indexes into
 * `outputDir`; returns the number of pages indexed. The pages go a batch at a time, so that `stop`
 * (the preview's saves) can end the reading without killing Pagefind mid-message: Pagefind is then
 * stopped, nothing is written, the previous index stays, and the result is undefined.
 */
export async function writeSearchIndex(pages: readonly RenderedPage[], outputDir: string, stop: () => boolean = () => false): Promise<number | undefined> {
  const session = await SearchSession.open();
  let batch: Promise<unknown>[] = [];
  for (const page of [...pages].sort(byUrl)) {
    if (stop()) break;
    const added = session.add(page);
    if (added) batch.push(added);
    if (batch.length === BATCH) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  // The pages' promises never reject (see `add`); `write` stops Pagefind itself, even when it fails.
  if (!stop()) return session.write(outputDir);
  await session.close();
  return undefined;
}

/**
 * The preview's index, rebuilt behind the live reload: once no save came for `quietMs` (on two cores,
 * indexing every page while the author saves again would slow the next preview), one run at a time,
 * with the newest pages. A save that arrives while Pagefind still reads the pages stops it (`interrupt`).
 */
export class SearchIndexer {
  private running: Promise<void> | undefined;
  private pending: { pages: readonly RenderedPage[]; outputDir: string } | undefined;
  private timer: NodeJS.Timeout | undefined;
  private interrupted = false;

  constructor(private readonly quietMs = 2000) {}

  update(pages: readonly RenderedPage[], outputDir: string): void {
    this.pending = { pages, outputDir };
    clearTimeout(this.timer);
    this.timer = setTimeout(() => (this.running ??= this.drain()), this.quietMs);
  }

  /**
   * A save arrived: pages that are no longer the newest stop going to Pagefind, so that the preview
   * has both cores (at N = 4,000, a save during indexing took 1.2 to 1.7 s to show instead of 0.7 s).
   * The previous index stays as it was; once Pagefind writes the new one, it is left to finish.
   * The next `update` indexes again.
   */
  interrupt(): void {
    if (this.running) this.interrupted = true;
  }

  /** Resolves when no index is being made nor about to be. */
  async idle(): Promise<void> {
    while (this.running || this.pending) await (this.running ?? new Promise((resolve) => setTimeout(resolve, 10)));
  }

  private async drain(): Promise<void> {
    while (this.pending) {
      const { pages, outputDir } = this.pending;
      this.pending = undefined;
      this.interrupted = false;
      try {
        await writeSearchIndex(pages, outputDir, () => this.interrupted);
      } catch (error) {
        console.error(`[aperçu] ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    this.running = undefined;
  }
}
