/**
 * `npx tsx scripts/bench/search.ts [-- --offers 2000 --runs 5 --with-communiques --page /recherche/]`: the job
 * catalogue's search with many offers (issue 4's benchmark; `npm run bench` runs it last), or the
 * site search (`--page /recherche/`, with `--with-communiques`: five communiqués per offer). Builds
 * generated content with its Pagefind indexes, opens the page in headless Chromium with an empty
 * cache, types queries like a person (60 ms between keys), then pastes them whole, and prints, for
 * each: the time from the last keystroke to the results drawn, and the bytes of the indexes
 * downloaded for the typed query. Asserts nothing.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { launchBrowser, serveFolder } from "../../tests/browser-helpers.ts";
import { build } from "../build.ts";
import { generateContent } from "./generate.ts";
import { median } from "./measure.ts";

const { values } = parseArgs({
  options: {
    offers: { type: "string", default: "2000" },
    runs: { type: "string", default: "5" },
    "with-communiques": { type: "boolean", default: false },
    page: { type: "string", default: "/emplois/" },
  },
});
const offers = Number(values.offers);
const runs = Number(values.runs);
const searchPage = values.page;
const QUERIES = ["réseau", "données", "sécurité cloud", "design"];

const work = fs.mkdtempSync(path.join(os.tmpdir(), "presse-bench-search-"));
const content = path.join(work, "content");
// The generator writes one offer per five communiqués: only the offers are kept, unless the
// catalogue is measured inside a whole site (--with-communiques).
generateContent(content, offers * 5);
if (!values["with-communiques"]) fs.rmSync(path.join(content, "communiques"), { recursive: true });
const output = path.join(work, "_site");
const started = performance.now();
await build({ contentDir: content, outputDir: output }, () => {});
const buildSeconds = (performance.now() - started) / 1000;

function folderBytes(folder: string): number {
  return fs.readdirSync(folder, { recursive: true, encoding: "utf8" }).reduce((sum, f) => sum + (fs.statSync(path.join(folder, f)).isFile() ? fs.statSync(path.join(folder, f)).size : 0), 0);
}

const kilobytes = (bytes: number) => `${(bytes / 1000).toFixed(0)} Ko`;
const indexSizes = fs
  .readdirSync(output)
  .filter((name) => name.startsWith("pagefind"))
  .map((name) => `${name} ${kilobytes(folderBytes(path.join(output, name)))}`);
console.log(`${offers} offres, construites avec leurs index en ${buildSeconds.toFixed(1)} s ; index sur disque : ${indexSizes.join(", ")}`);

const server = await serveFolder(output);

/** Bytes of the search indexes received while `action` runs. */
async function indexBytes(page: Page, action: () => Promise<void>): Promise<number> {
  let bytes = 0;
  const count = async (request: import("playwright-core").Request) => {
    const file = new URL(request.url()).pathname;
    // Every index: the site's are /pagefind/, /pagefind-2/… (lib/search-index.ts).
    if (file.startsWith("/pagefind")) bytes += (await request.sizes()).responseBodySize;
  };
  page.on("requestfinished", count);
  await action();
  page.off("requestfinished", count);
  return bytes;
}

/** The page's search box. */
const BOX = "form[data-search] input[name=q]";

/** Types (or pastes) `query` in the search box and returns the ms from the last keystroke to the results drawn. */
async function timeQuery(page: Page, query: string, paste = false): Promise<number> {
  await page.fill(BOX, "");
  await page.waitForSelector("#resultats:not([aria-busy])", { state: "attached" });
  await page.evaluate((selector) => {
    const box = document.querySelector(selector)!;
    const results = document.querySelector("#resultats")!;
    const marks = ((window as unknown as { marks: { input: number; drawn: number } }).marks = { input: 0, drawn: 0 });
    box.addEventListener("input", () => (marks.input = performance.now()));
    new MutationObserver(() => {
      if (!results.hasAttribute("aria-busy")) marks.drawn = performance.now();
    }).observe(results, { attributes: true, attributeFilter: ["aria-busy"] });
  }, BOX);
  if (paste) await page.fill(BOX, query);
  else await page.type(BOX, query, { delay: 60 });
  await page.waitForFunction(() => {
    const marks = (window as unknown as { marks: { input: number; drawn: number } }).marks;
    return marks.drawn > marks.input;
  });
  return page.evaluate(() => {
    const marks = (window as unknown as { marks: { input: number; drawn: number } }).marks;
    return marks.drawn - marks.input;
  });
}

const times = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
const pasted = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
const firstBytes = new Map<string, number[]>(QUERIES.map((q) => [q, []]));
/** The status line after each query ("188 offres"): how much of the catalogue it matches. */
const statuses = new Map<string, string>();
const loadBytes: number[] = [];
for (let run = 0; run < runs; run++) {
  // A new profile each run: an empty cache, every index file downloaded and counted.
  const browser = await launchBrowser();
  const page = await browser.context.newPage();
  loadBytes.push(
    await indexBytes(page, async () => {
      await page.goto(server.url(searchPage));
      await page.waitForSelector("form[data-search]:not([hidden])");
      await page.waitForSelector("#resultats:not([aria-busy])", { state: "attached" });
    }),
  );
  for (const query of QUERIES) {
    let ms = 0;
    firstBytes.get(query)!.push(await indexBytes(page, async () => void (ms = await timeQuery(page, query))));
    times.get(query)!.push(ms);
    statuses.set(query, (await page.locator(`#${await page.locator("form[data-search]").getAttribute("data-status")}`).textContent())?.trim() ?? "");
  }
  for (const query of QUERIES) pasted.get(query)!.push(await timeQuery(page, query, true));
  await browser.close();
}

console.log(`Ouverture de ${searchPage} (moteur WebAssembly, métadonnées, filtres, premiers résultats) : ${kilobytes(median(loadBytes))} d’index téléchargés`);
const spread = (t: number[]) => `${median(t).toFixed(0)} ms (de ${Math.min(...t).toFixed(0)} à ${Math.max(...t).toFixed(0)})`;
for (const query of QUERIES) {
  console.log(
    `« ${query} » (${statuses.get(query)}) : résultats ${spread(times.get(query)!)} après la dernière touche, ${spread(pasted.get(query)!)} collée d’un coup ; ${kilobytes(median(firstBytes.get(query)!))} d’index téléchargés pour cette requête (${runs} essais)`,
  );
}
await server.close();
fs.rmSync(work, { recursive: true, force: true });
