/**
 * Eleventy configuration: it only registers things. Pages are TypeScript templates in `pages/`
 * (https://www.11ty.dev/docs/languages/typescript/), fed with the site model from `lib/site.ts`;
 * Markdown is rendered by `lib/markdown.ts`, never by a template engine.
 */
// Lets Eleventy import the `.11ty.ts` templates whoever starts it (tsx CLI, build script, vitest).
import "tsx/esm";
import path from "node:path";
import type { UserConfig } from "@11ty/eleventy";
import { dsfrAssets } from "./lib/assets.ts";
import type { BuildOutput } from "./lib/build-output.ts";
import { ContentPageWriter } from "./lib/content-pages.ts";
import { SearchIndexer, writeSearchIndex } from "./lib/search-index.ts";
import { loadSite, contentFolder, type Site } from "./lib/site.ts";

export interface PressConfigOptions {
  contentDir: string;
  /** Preview: drafts shown with a badge, files with errors shown as error pages. */
  preview: boolean;
  /** A site already loaded (and checked) by the build script; the watcher reloads otherwise. */
  site?: Site;
  /** False when the build script copies the static files itself, after the pages (see scripts/build.ts). */
  copyFiles?: boolean;
  /** The build script's output, which already holds the content's own pages and takes the rest. */
  output?: BuildOutput;
}

/** Files published as they are (source → site path): DSFR, the site's assets, the content's uploads. */
export function staticFiles(contentDirOption: string): Record<string, string> {
  // Eleventy resolves passthrough paths from the project: give them relative paths.
  const contentDir = path.relative(process.cwd(), path.resolve(contentDirOption)) || ".";
  return { ...dsfrAssets(), assets: "assets", [path.join(contentDir, path.basename(contentFolder(contentDir, "uploads")))]: "uploads" };
}

export function pressConfig(options: PressConfigOptions) {
  return function (config: UserConfig) {
    config.addExtension(["11ty.ts"], { key: "11ty.js" });
    config.setTemplateFormats(["11ty.ts"]);
    config.setInputDirectory(".");
    config.setIncludesDirectory("_includes");
    config.setDataDirectory("_data");
    for (const ignored of ["content/**", "node_modules/**", "tests/**", "docs/**", "scripts/**", "lib/**"]) config.ignores.add(ignored);
    let site: Site | undefined;
    config.addGlobalData("press", () => (site = options.site ?? loadSite({ contentDir: options.contentDir, preview: options.preview })));
    if (options.copyFiles !== false) config.addPassthroughCopy(staticFiles(options.contentDir));
    config.addWatchTarget(path.relative(process.cwd(), path.resolve(options.contentDir)) || ".");
    // After Eleventy's few fixed pages: the pages made from the content, then the search index of both.
    const pages = new ContentPageWriter();
    const search = new SearchIndexer();
    config.on("eleventy.after", async ({ results, directories, runMode }) => {
      if (options.output) return options.output.addSitePages(site!, results);
      const taken = new Set(results.map((result) => result.url).filter((url) => url !== false));
      const written = [...results, ...pages.write(site!, directories.output, taken)];
      // The preview shows the page at once; the search catches up behind.
      if (runMode === "build") await writeSearchIndex(written, directories.output);
      else search.update(written, directories.output);
    });
  };
}

/** `npm start` runs Eleventy's own CLI with this file: the sample content, in preview. */
export default pressConfig({
  contentDir: process.env.PRESS_CONTENT_DIR ?? "content",
  preview: process.env.PRESS_PREVIEW !== "0",
});
