/**
 * The output of a one-off build (`npm run build`), written as a pipeline. Each communiqué, event
 * and offer page is rendered as soon as its file is read, written, and sent to Pagefind, which
 * indexes it in its own process, on the other core, while the next files are read. Only these pages
 * are searchable: the offers' index is written as soon as the offers are read (first), each index
 * of the communiqués and events as soon as it is full (lib/search-index.ts), the last once every
 * file is read, while Eleventy's fixed pages and the lists, which need the whole site, are rendered.
 *
 * All on the main thread. A second thread used to write the pages and talk to Pagefind; on two cores
 * where Pagefind takes one, it cost more than it gave back (the pages encoded, moved and decoded
 * again, a second heap to collect): without it, Node's memory is 150 MB lower at N = 10,000 and the
 * build as fast or faster (6 of 8 alternated rounds).
 */
import type { EleventyResult } from "@11ty/eleventy";
import { checkAddresses, itemPages, sitePages, type WrittenPage } from "./content-pages.ts";
import { FeedCandidates } from "./feeds.ts";
import { PageFiles } from "./page-files.ts";
import { SearchSession, siteSearchPageCount } from "./search-index.ts";
import { giveWay, type BuiltModel, type Site } from "./site.ts";

/**
 * What stays of the body of a communiqué, event or offer once its pages are written (see
 * `RenderedBody`): the files it links to, and only for a communiqué that a feed may show, its
 * Markdown, to render it again.
 */
export class BodyRetention {
  private readonly feedCandidates = new FeedCandidates();

  pagesWritten(built: BuiltModel): void {
    if (built.kind !== "communique") {
      built.model.body.release();
      return;
    }
    built.model.body.forget();
    for (const communique of this.feedCandidates.add(built.model)) communique.body.release();
  }
}

export class BuildOutput {
  private readonly written = new Set<string>();
  private readonly bodies = new BodyRetention();
  private readonly files: PageFiles;
  private indexed: Promise<number> | undefined;

  private constructor(
    readonly outputDir: string,
    private readonly search: SearchSession,
  ) {
    this.files = new PageFiles(outputDir);
  }

  /** Starts Pagefind; the pages go into `outputDir`, a folder that starts empty. */
  static async open(outputDir: string): Promise<BuildOutput> {
    return new BuildOutput(outputDir, await SearchSession.open({ writeEarlyInto: outputDir }));
  }

  private publish(page: WrittenPage): void {
    this.files.write(page.url, page.content);
    this.search.add(page);
    this.written.add(page.url);
  }

  /** The pages of a communiqué, event or offer, as soon as it is built; then its body is let go. */
  addItem(built: BuiltModel): void {
    for (const page of itemPages(built)) this.publish({ url: page.url, content: page.render() });
    this.bodies.pagesWritten(built);
  }

  /**
   * Every file of a kind is read. The offers come first (lib/site.ts): their index is written while
   * the communiqués are read, and its Pagefind process (180 MB at N = 10,000) has stopped before the
   * communiqués' index, written last, peaks. Written at the end, with that one, it was still running
   * at the build's peak in most runs.
   */
  kindRead(kind: BuiltModel["kind"]): void {
    if (kind === "job") this.search.jobsSent();
  }

  /** Every searchable page is sent: Pagefind writes the index meanwhile. */
  startIndex(): void {
    if (this.indexed) return;
    this.indexed = this.search.write(this.outputDir);
    // Awaited in finish(); a failure before then is not an unhandled rejection.
    this.indexed.catch(() => {});
  }

  /** After Eleventy: the pages made from the whole site. None of them, nor Eleventy's, is searchable. */
  async addSitePages(site: Site, eleventyPages: readonly EleventyResult[]): Promise<void> {
    const taken = new Set(eleventyPages.map((result) => result.url).filter((url) => url !== false));
    const pages = sitePages(site);
    checkAddresses([...this.written, ...pages.map((page) => page.url)], taken);
    const searchable = eleventyPages.find((page) => page.content.includes("data-pagefind-body"));
    if (searchable) throw new Error(`la page ${String(searchable.url)} est à indexer : lib/build-output.ts n’indexe que les pages des contenus`);
    // /recherche/ lists the site's indexes from the count of communiqués and events: past 5,000, a
    // page more or less than that count would leave one index out of the search, or point to a missing one.
    if (this.search.sitePageCount !== siteSearchPageCount(site)) {
      throw new Error(`${this.search.sitePageCount} pages envoyées aux index du site pour ${siteSearchPageCount(site)} communiqués et évènements : la page de recherche ne listerait pas les bons index`);
    }
    for (const [count, page] of pages.entries()) {
      this.publish({ url: page.url, content: page.render() });
      // Lets Pagefind's answers in, as between the files read (lib/site.ts).
      if (count % 16 === 15) await giveWay();
    }
  }

  /** Waits until the index is written. Returns the number of pages indexed. */
  async finish(): Promise<number> {
    this.startIndex();
    return this.indexed!;
  }

  /** Stops Pagefind (after a failure, or once finished). */
  async close(): Promise<void> {
    await this.search.close();
  }
}
