/**
 * Eleventy configuration: it only registers things. Pages are TypeScript templates in `pages/`
 * (https://www.11ty.dev/docs/languages/typescript/), fed with the site model from `lib/site.ts`;
 * Markdown is rendered by `lib/markdown.ts`, never by a template engine.
 */
// Lets Eleventy import the `.11ty.ts` templates whoever starts it (tsx CLI, build script, vitest).
import "tsx/esm";
import path from "node:path";
import Eleventy, { type EleventyResult, type UserConfig } from "@11ty/eleventy";
import { dsfrAssets } from "./lib/assets.ts";
import type { BuildOutput } from "./lib/build-output.ts";
import { ContentPageWriter } from "./lib/content-pages.ts";
import { Preview, type DevServer } from "./lib/preview.ts";
import { writeSearchIndex } from "./lib/search-index.ts";
import { loadSite, contentFolder, type Site } from "./lib/site.ts";

export interface PressConfigOptions {
  contentDir: string;
  /** Preview: drafts shown with a badge, files with errors shown as error pages. */
  preview: boolean;
  /** A site already loaded (and checked) by the build script. */
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

/** The fixed pages of `pages/`, with the site model as the global data `press`. */
function registerPages(config: UserConfig, press: () => Site): void {
  config.addExtension(["11ty.ts"], { key: "11ty.js" });
  config.setTemplateFormats(["11ty.ts"]);
  config.setInputDirectory(".");
  config.setIncludesDirectory("_includes");
  config.setDataDirectory("_data");
  for (const ignored of ["content/**", "node_modules/**", "tests/**", "docs/**", "scripts/**", "lib/**"]) config.ignores.add(ignored);
  config.addGlobalData("press", press);
}

/** The fixed pages rendered in memory (https://www.11ty.dev/docs/programmatic/): the preview's content saves. */
async function renderEleventyPages(site: Site, outputDir: string): Promise<EleventyResult[]> {
  const eleventy = new Eleventy(".", outputDir, { quietMode: true, configPath: false, config: (config: UserConfig) => registerPages(config, () => site) });
  return eleventy.toJSON();
}

export function pressConfig(options: PressConfigOptions) {
  return function (config: UserConfig) {
    // `npm start`: content saves go around Eleventy's rebuild (see lib/preview.ts).
    const preview = options.preview && !options.site ? new Preview({ contentDir: options.contentDir, renderEleventyPages }) : undefined;
    let site: Site | undefined;
    registerPages(config, () => (site = options.site ?? preview?.load() ?? loadSite({ contentDir: options.contentDir, preview: options.preview })));
    if (options.copyFiles !== false) config.addPassthroughCopy(staticFiles(options.contentDir));
    config.setServerOptions({ ready: (server: DevServer) => preview?.useServer(server) });
    config.on("eleventy.after", async ({ results, directories, runMode }) => {
      if (options.output) return options.output.addSitePages(site!, results);
      if (preview && runMode !== "build") return preview.afterEleventy(results, directories.output);
      const taken = new Set(results.map((result) => result.url).filter((url) => url !== false));
      await writeSearchIndex([...results, ...new ContentPageWriter().write(site!, directories.output, taken).pages], directories.output);
    });
  };
}

/** `npm start` runs Eleventy's own CLI with this file: the sample content, in preview. */
export default pressConfig({
  contentDir: process.env.PRESS_CONTENT_DIR ?? "content",
  preview: process.env.PRESS_PREVIEW !== "0",
});
