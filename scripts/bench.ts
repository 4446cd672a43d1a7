/**
 * `npm run bench [-- --n 1000,10000 --runs 3 --watch-n 4000]`: our full build side by side with the
 * bare pipeline (scripts/bench/floor.ts), on the same generated content, runs alternating so that
 * machine load hits both alike. Prints median and spread of wall time, CPU time and peak memory of
 * the process tree (Pagefind's included), peak memory of Node alone, the ratios ours / floor and
 * the phases of our build (PRESS_TIMINGS=1); then the preview's latency, from saving a communiqué to its open tab in
 * Chromium showing the change; then the job search in Chromium with
 * 2,000 offers (scripts/bench/search.ts). Asserts nothing.
 */
import { execFileSync, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { launchBrowser, startPreview } from "../tests/browser-helpers.ts";
import { generateContent } from "./bench/generate.ts";
import { buildArgs, measure, median, type Measurement } from "./bench/measure.ts";
import { PHASE_LINE } from "./build.ts";

const { values } = parseArgs({
  options: {
    n: { type: "string", default: "1000,10000" },
    runs: { type: "string", default: "3" },
    "watch-n": { type: "string", default: "4000" },
    "search-offers": { type: "string", default: "2000" },
  },
});
const sizes = values.n.split(",").map(Number).filter((n) => n > 0);
const runs = Math.max(3, Number(values.runs));
const watchN = Number(values["watch-n"]);
const searchOffers = Number(values["search-offers"]);
const work = fs.mkdtempSync(path.join(os.tmpdir(), "presse-bench-"));
const node = process.execPath;

const ourBuildArgs = buildArgs();

const seconds = (ms: number) => (ms / 1000).toFixed(2);
const ratio = (value: number) => value.toFixed(2).replace(".", ",");
const megabytes = (bytes: number) => `${Math.round(bytes / 1e6)} Mo`;

interface Series {
  name: string;
  runs: Measurement[];
}

/** Times in milliseconds, memory in bytes. */
function summarize(series: Series): { median: number; spread: string; cpuMedian: number; peak: number; peakOwn: number } {
  const times = series.runs.map((r) => r.ms);
  return {
    median: median(times),
    spread: `${seconds(Math.min(...times))}–${seconds(Math.max(...times))}`,
    cpuMedian: median(series.runs.map((r) => r.cpuSeconds * 1000)),
    peak: Math.max(...series.runs.map((r) => r.peakRssBytes)),
    peakOwn: Math.max(...series.runs.map((r) => r.peakOwnRssBytes)),
  };
}

async function run(name: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measurement> {
  const result = await measure(node, args, env);
  if (result.exitCode !== 0) throw new Error(`${name} a échoué :\n${result.output.slice(-2000)}`);
  return result;
}

async function compare(n: number): Promise<void> {
  const content = path.join(work, `content-${n}`);
  const generated = generateContent(content, n);
  console.log(`\nN = ${n} : ${generated.communiques} communiqués et ${generated.offers} offres d’emploi`);
  const ours: Series = { name: "npm run build", runs: [] };
  const floor: Series = { name: "plancher (gray-matter + markdown-it + Pagefind)", runs: [] };
  for (let i = 0; i < runs; i++) {
    const order = i % 2 === 0 ? [ours, floor] : [floor, ours];
    for (const series of order) {
      // Each run writes into a folder of its own, deleted only at the end, and starts with nothing left
      // to flush from the run before. On this machine (ext4 without a journal), a file made less than
      // 30 s after others were deleted costs 2 to 3 times the system time (recently freed inodes are
      // passed over one by one), which the build does not cause: it deletes the previous site after.
      const output = path.join(work, `out-${n}-${series === ours ? "ours" : "floor"}-${i}`);
      execFileSync("sync");
      const args = series === ours ? [...ourBuildArgs, "--content", content, "--output", output] : ["--import", "tsx", "scripts/bench/floor.ts", content, output];
      series.runs.push(await run(series.name, args, { PRESS_TIMINGS: "1" }));
      process.stdout.write(".");
    }
  }
  process.stdout.write("\n");
  const a = summarize(ours);
  const b = summarize(floor);
  const rows = [
    ["", "médiane", "étendue (s)", "processeur", "mémoire max", "dont Node"],
    [ours.name, `${seconds(a.median)} s`, a.spread, `${seconds(a.cpuMedian)} s`, megabytes(a.peak), megabytes(a.peakOwn)],
    [floor.name, `${seconds(b.median)} s`, b.spread, `${seconds(b.cpuMedian)} s`, megabytes(b.peak), megabytes(b.peakOwn)],
    ["rapport nous / plancher", ratio(a.median / b.median), "", ratio(a.cpuMedian / b.cpuMedian), "", ""],
  ];
  // The machine drifts within minutes (the same build took 33 to 58 s within a quarter of an hour):
  // each run of ours against the floor's run of the same pair cancels the drift that the medians keep.
  const pairs = ours.runs.map((run, i) => run.ms / floor.runs[i]!.ms).sort((x, y) => x - y);
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => r[c]!.length)));
  for (const row of rows) console.log(row.map((cell, c) => cell.padEnd(widths[c]!)).join("  "));
  console.log(`rapport par paire de passages : médiane ${ratio(median(pairs))} (${pairs.map(ratio).join(", ")})`);
  console.log("phases de notre construction (dernier passage, PRESS_TIMINGS=1) :");
  for (const line of ours.runs.at(-1)!.output.split("\n").filter((l) => PHASE_LINE.test(l))) console.log(line);
}

/** Time from saving a communiqué to its page, open in Chromium, showing the change. */
async function previewLatency(n: number): Promise<void> {
  const content = path.join(work, `content-watch-${n}`);
  generateContent(content, n);
  const server = await startPreview(content, path.join(work, "out-watch"));
  const browser = await launchBrowser();
  try {
    const file = path.join(content, "communiques", fs.readdirSync(path.join(content, "communiques")).sort()[0]!);
    const url = `${server.origin}/espace-presse/${path.basename(file, ".md").replace(/^\d{4}-\d{2}-\d{2}-/, "")}/`;
    const page = await browser.context.newPage();
    await page.goto(url);
    const latencies: number[] = [];
    for (let i = 0; i < 5; i++) {
      const marker = `marqueur-${Date.now()}-${i}`;
      // The page notes when the marker appears: Playwright's own polling would add 0.1 to 0.3 s.
      await page.evaluate((text) => {
        const seen = window as unknown as { markerSeenAt?: number };
        seen.markerSeenAt = undefined;
        new MutationObserver(() => (seen.markerSeenAt ??= document.querySelector("main")?.textContent?.includes(text) ? Date.now() : undefined)).observe(document, { subtree: true, childList: true, characterData: true });
      }, marker);
      const saved = Date.now();
      fs.appendFileSync(file, `\n${marker}\n`);
      await page.locator("main", { hasText: marker }).waitFor({ timeout: 120_000 });
      latencies.push((await page.evaluate(() => (window as unknown as { markerSeenAt: number }).markerSeenAt)) - saved);
      await new Promise((r) => setTimeout(r, 1500));
    }
    console.log(`\nAperçu (npm start) à N = ${n} : enregistrement → page à jour dans Chromium en ${seconds(median(latencies))} s (médiane de 5 ; ${latencies.map(seconds).join(", ")} s)`);
  } finally {
    await browser.close();
    server.close();
  }
}

console.log(`Banc d’essai sur ${os.cpus().length} cœurs, Node ${process.version}, ${runs} passages alternés par taille.`);
for (const n of sizes) await compare(n);
if (watchN > 0) await previewLatency(watchN);
if (searchOffers > 0) {
  console.log(`\nRecherche d’emplois dans Chromium :`);
  const search = spawn(node, ["--import", "tsx", "scripts/bench/search.ts", "--offers", String(searchOffers), "--runs", "3"], { stdio: "inherit" });
  await new Promise((resolve) => search.on("close", resolve));
}
fs.rmSync(work, { recursive: true, force: true });
