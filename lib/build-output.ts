/**
 * The output of a one-off build (`npm run build`), written as a pipeline: each communiqué, event
 * and offer page is rendered, written and sent to Pagefind as soon as its file is read, so that
 * Pagefind indexes on the second core while the next files are read. Then come Eleventy's fixed
 * pages and the lists, which need the whole site, and last the index files.
 */
import type { EleventyResult } from "@11ty/eleventy";
import { checkAddresses, itemPages, PageFiles, sitePages, type WrittenPage } from "./content-pages.ts";
import { byUrl, SearchSession } from "./search-index.ts";
import { giveWay, type BuiltModel, type Site } from "./site.ts";

export class BuildOutput {
  private readonly files: PageFiles;
  private readonly written = new Set<string>();

  private constructor(
    readonly outputDir: string,
    private readonly search: SearchSession,
  ) {
    this.files = new PageFiles(outputDir);
  }

  /** Starts Pagefind; the pages go into `outputDir`, a folder that starts empty. */
  static async open(outputDir: string): Promise<BuildOutput> {
    return new BuildOutput(outputDir, await SearchSession.open());
  }

  private publish(page: WrittenPage): void {
    this.files.write(page.url, page.content);
    this.written.add(page.url);
    this.search.add(page);
  }

  /** The pages of a communiqué, event or offer, as soon as it is built. */
  addItem(built: BuiltModel): void {
    for (const page of itemPages(built)) this.publish({ url: page.url, content: page.render() });
  }

  /** After Eleventy: its pages go to the index, then the pages made from the whole site are written. */
  async addSitePages(site: Site, eleventyPages: readonly EleventyResult[]): Promise<void> {
    const taken = new Set(eleventyPages.map((result) => result.url).filter((url) => url !== false));
    const pages = sitePages(site);
    checkAddresses([...this.written, ...pages.map((page) => page.url)], taken);
    for (const result of [...eleventyPages].sort(byUrl)) this.search.add(result);
    for (const [count, page] of pages.entries()) {
      this.publish({ url: page.url, content: page.render() });
      if (count % 16 === 15) await giveWay();
    }
  }

  /** Waits for Pagefind and writes the index files. Returns the number of pages indexed. */
  finish(): Promise<number> {
    return this.search.write(this.outputDir);
  }

  /** Stops Pagefind when the build fails. */
  abandon(): Promise<void> {
    return this.search.close();
  }
}
