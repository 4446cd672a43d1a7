/**
 * Node's CPU for each step that the build adds while it reads the content, each step measured in a
 * fresh process with the build's Node options: read, check and model each file (`load`), render its
 * pages (`render`), write them (`write`), send them to Pagefind (`send`), both (`all`). Each step
 * includes the ones before it except `write` and `send`, which are the two sides of `all`.
 * Each page's body is let go once written, as in the build (`BodyRetention`). The build's lists,
 * Eleventy's pages and the index writing are not in it.
 * Usage: npx tsx scripts/bench/steps.ts --content DIR [--runs 3]
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { BodyRetention } from "../../lib/build-output.ts";
import { itemPages } from "../../lib/content-pages.ts";
import { PageFiles } from "../../lib/page-files.ts";
import { indexableHtml, SearchSession } from "../../lib/search-index.ts";
import { loadSiteStreaming } from "../../lib/site.ts";
import { buildNodeOptions } from "./measure.ts";

const STEPS = ["load", "render", "write", "send", "all"] as const;
type Step = (typeof STEPS)[number];

/** Runs one step in this process, writing into `outputDir`; prints its wall time and Node's CPU (user, system) in seconds, as JSON. */
async function runStep(step: Step, contentDir: string, outputDir: string): Promise<void> {
  const files = new PageFiles(outputDir);
  const bodies = new BodyRetention();
  const session = step === "send" || step === "all" ? await SearchSession.open() : undefined;
  const sent: Promise<unknown>[] = [];
  const started = performance.now();
  await loadSiteStreaming({ contentDir, preview: false }, (built) => {
    // Loaded only, a body keeps its Markdown: letting it go would render it.
    if (step === "load") return;
    for (const page of itemPages(built)) {
      const content = page.render();
      if (step === "write" || step === "all") files.write(page.url, content);
      if (session) sent.push(session.add({ url: page.url, content }) ?? Promise.resolve());
      // Without Pagefind, the HTML it would get is still made.
      else if (content.includes("data-pagefind-body")) indexableHtml(content);
    }
    bodies.pagesWritten(built);
  });
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage();
  // Pagefind stopped before it has read every page reports a broken pipe; its index is not written.
  await Promise.all(sent);
  await session?.close();
  console.log(JSON.stringify({ seconds, user: cpu.user / 1e6, system: cpu.system / 1e6 }));
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;
const format = (value: number) => value.toFixed(1).replace(".", ",");

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { content: { type: "string" }, runs: { type: "string", default: "3" }, step: { type: "string" }, output: { type: "string" } } });
  if (!values.content) throw new Error("Usage : npx tsx scripts/bench/steps.ts --content DOSSIER [--runs 3]");
  if (values.step !== undefined) {
    // One step, as this script runs it in a child process.
    const step = STEPS.find((known) => known === values.step);
    if (!step || !values.output) throw new Error(`Usage : --step ${STEPS.join("|")} --output DOSSIER`);
    return runStep(step, values.content, values.output);
  }
  const nodeOptions = buildNodeOptions();
  const results = new Map<Step, { seconds: number; user: number; system: number }[]>(STEPS.map((step) => [step, []]));
  // Deleted at the end only, as in scripts/bench.ts: files created just after deletions cost here 2 to 3 times the system time.
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "steps-"));
  try {
    // Steps alternate within each run: the machine's drift falls on all of them alike.
    for (let run = 0; run < Number(values.runs); run++) {
      for (const step of STEPS) {
        const output = path.join(root, `${run}-${step}`);
        // No write left pending from the step before (as in scripts/bench.ts).
        spawnSync("sync");
        const child = spawnSync(process.execPath, [...nodeOptions, import.meta.filename, "--step", step, "--content", values.content, "--output", output], { encoding: "utf8" });
        if (child.status !== 0) throw new Error(`étape ${step} : ${child.stderr}`);
        results.get(step)!.push(JSON.parse(child.stdout.trim().split("\n").at(-1)!));
      }
    }
  } finally {
    fs.rmSync(root, { recursive: true, force: true });
  }
  console.log("étape    durée   processeur de Node (utilisateur + système), médianes");
  for (const [step, runs] of results) {
    const [seconds, user, system] = (["seconds", "user", "system"] as const).map((key) => median(runs.map((r) => r[key])));
    console.log(`${step.padEnd(8)} ${format(seconds!).padStart(5)} s  ${format(user! + system!).padStart(5)} s (${format(user!)} + ${format(system!)})`);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
