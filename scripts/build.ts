/**
 * `npm run build [-- --content DIR --output DIR]`: checks the content, then builds the site into a
 * temporary folder and swaps it in at the end, so a failed build leaves the previous site untouched.
 * https://www.11ty.dev/docs/programmatic/
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import Eleventy from "@11ty/eleventy";
import type { DateTime } from "luxon";
import { pressConfig, staticFiles } from "../.eleventy.ts";
import { BuildOutput } from "../lib/build-output.ts";
import { AddressTakenError } from "../lib/content-pages.ts";
import { hasErrors } from "../lib/findings.ts";
import { formatFindings, summary } from "../lib/report.ts";
import { childPids, lowerOwnPriority, processStat } from "../lib/proc.ts";
import { loadSiteStreaming, type Site } from "../lib/site.ts";

export interface BuildOptions {
  contentDir: string;
  outputDir: string;
  /** The build time (agenda order, embargoes); default: now. */
  now?: DateTime;
  /**
   * Once Pagefind runs, lowers the priority of this process's threads, for good: for the command
   * line only. Pagefind reads the pages one at a time, the build's longest chain; Node's threads
   * (main, V8's helpers, then a second thread that wrote the pages) took most of its core, so it
   * ended the reading thousands of pages behind, then wrote the index while Node sat idle (21
   * alternated pairs at N = 10,000, with that second thread: 3 s faster on average, 13 won, 6 lost;
   * without it, 4 pairs: 44.8 s against 45.1 s on average, too few to tell).
   */
  yieldToPagefind?: boolean;
}

export class BuildError extends Error {}

/** An error and the errors it wraps (Eleventy wraps what its hooks throw). */
function causes(error: unknown): unknown[] {
  const chain: unknown[] = [];
  for (let current = error; current && chain.length < 10; current = (current as { originalError?: unknown; cause?: unknown }).originalError ?? (current as { cause?: unknown }).cause) {
    chain.push(current);
  }
  return chain;
}

/** Folders of previous sites set aside by `swapInto`, under the output folder's name. */
function previousSites(outputDir: string): string[] {
  const parent = path.dirname(outputDir);
  const prefix = `${path.basename(outputDir)}.old-`;
  return fs
    .readdirSync(parent)
    .filter((entry) => entry.startsWith(prefix) && /^\d+-\d+$/.test(entry.slice(prefix.length)))
    .map((entry) => path.join(parent, entry));
}

/**
 * Replaces `outputDir` by `builtDir` with two renames: readers never see a half-written site. The
 * previous site is then deleted by a detached process that the build does not wait for (at
 * N = 10,000 its 28,000 files took 16 s to delete); it also takes any copy that an interrupted
 * deletion left.
 */
function swapInto(builtDir: string, outputDir: string): void {
  if (fs.existsSync(outputDir)) fs.renameSync(outputDir, `${outputDir}.old-${process.pid}-${Date.now()}`);
  fs.renameSync(builtDir, outputDir);
  const previous = previousSites(outputDir);
  if (!previous.length) return;
  const remove = "for (const folder of process.argv.slice(1)) require('node:fs').rmSync(folder, { recursive: true, force: true });";
  spawn(process.execPath, ["-e", remove, ...previous], { detached: true, stdio: "ignore" }).unref();
}

/**
 * CPU used so far (Linux; empty elsewhere): on two cores the build is bound by the CPU of all its
 * threads and of Pagefind, which the wall time alone does not show.
 */
function cpuSummary(): string {
  const self = processStat("self");
  const mainThread = processStat(`self/task/${process.pid}`);
  if (!self || !mainThread) return "";
  // Pagefind processes still running, and those already stopped and waited for.
  const running = childPids().map((pid) => processStat(pid)).filter((stat) => stat?.name.startsWith("pagefind"));
  const pagefind = running.reduce((sum, stat) => sum + stat!.cpuSeconds, self.childrenCpuSeconds);
  const seconds = (value: number) => `${value.toFixed(1).replace(".", ",")} s`;
  return ` ; processeur depuis le début : Node ${seconds(self.cpuSeconds)} (fil principal ${seconds(mainThread.cpuSeconds)}), Pagefind ${seconds(pagefind)}`;
}

/** A line of `PRESS_TIMINGS=1`: phase, seconds, resident memory, then the CPU used so far (Linux). */
export const PHASE_LINE = /^ {2}\S.* : [\d,]+ s, \d+ Mo( ; processeur .*)?$/;

/** `PRESS_TIMINGS=1 npm run build`: how long each phase took, on stderr (the benchmark's detail). */
function phaseClock(): (phase: string) => void {
  let last = performance.now();
  return (phase) => {
    if (!process.env.PRESS_TIMINGS) return;
    const now = performance.now();
    console.error(`  ${phase} : ${((now - last) / 1000).toFixed(2).replace(".", ",")} s, ${Math.round(process.memoryUsage().rss / 1e6)} Mo${cpuSummary()}`);
    last = now;
  };
}

export async function build(options: BuildOptions, log: (line: string) => void = console.log): Promise<Site> {
  const contentDir = path.resolve(options.contentDir);
  const outputDir = path.resolve(options.outputDir);
  if (!fs.existsSync(contentDir) || !fs.statSync(contentDir).isDirectory()) {
    throw new BuildError(`Le dossier de contenu « ${options.contentDir} » n’existe pas.`);
  }
  const phase = phaseClock();
  const temporary = `${outputDir}.tmp-${process.pid}`;
  fs.rmSync(temporary, { recursive: true, force: true });
  const output = await BuildOutput.open(temporary);
  if (options.yieldToPagefind) lowerOwnPriority(10);
  let site: Site;
  try {
    // The pages of the content files are written while the files are read: they are thrown away if the checks fail.
    site = await loadSiteStreaming({ contentDir, preview: false, now: options.now }, (built) => output.addItem(built), (kind) => output.kindRead(kind));
    phase("lecture, vérification et pages des contenus");
    if (site.findings.length) log(formatFindings(site.findings));
    if (hasErrors(site.findings)) {
      throw new BuildError(
        `${summary(site.findings, site.documents.length)}.\nConstruction arrêtée : corrigez les erreurs ci-dessus. Le site précédent (${path.relative(process.cwd(), outputDir) || outputDir}) n’a pas été modifié.`,
      );
    }
    output.startIndex();
    const eleventy = new Eleventy(".", temporary, { quietMode: true, configPath: false, config: pressConfig({ contentDir, preview: false, site, copyFiles: false, output }) });
    // Eleventy's own log is English and prints stack traces: the build says what matters in French.
    if (!process.env.DEBUG) eleventy.disableLogger();
    await eleventy.write().catch((error: unknown) => {
      const taken = causes(error).find((cause) => cause instanceof AddressTakenError);
      throw taken ? new BuildError(`Construction arrêtée : ${taken.message}. Le site précédent n’a pas été modifié.`) : error;
    });
    phase("pages fixes (Eleventy) et listes");
    // Copied once Eleventy is done (it would start its own copies first, and leave them running when
    // a page fails), while Pagefind writes the index: the main thread only waits for it then.
    for (const [source, target] of Object.entries(staticFiles(contentDir))) {
      if (fs.existsSync(source)) fs.cpSync(source, path.join(temporary, target), { recursive: true });
    }
    // The uploads folder is copied whole; what only drafts and embargoed communiqués link to is taken out.
    for (const file of site.withheldUploads) fs.rmSync(path.join(temporary, "uploads", file), { force: true });
    phase("fichiers statiques");
    await output.finish();
    phase("index de recherche");
    swapInto(temporary, outputDir);
    phase("remplacement du site précédent");
  } finally {
    await output.close();
    fs.rmSync(temporary, { recursive: true, force: true });
  }
  log(`${summary(site.findings, site.documents.length)}.`);
  return site;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { content: { type: "string", default: "content" }, output: { type: "string", default: "_site" } },
  });
  const started = performance.now();
  const site = await build({ contentDir: values.content, outputDir: values.output, yieldToPagefind: true });
  const seconds = ((performance.now() - started) / 1000).toFixed(1).replace(".", ",");
  console.log(`Site construit dans ${values.output}/ : ${site.communiques.length} communiqués, ${site.jobs.length} offres d’emploi, en ${seconds} s.`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    if (error instanceof BuildError) console.error(error.message);
    else if (error instanceof Error && error.name === "TypeError" && /parseArgs|Unknown option|Option/.test(error.message)) console.error(`Option inconnue : ${error.message}\nUsage : npm run build -- [--content DOSSIER] [--output DOSSIER]`);
    else console.error(`Erreur inattendue pendant la construction : ${error instanceof Error ? error.message : String(error)}\nLe site précédent n’a pas été modifié. Relancez avec DEBUG=1 pour le détail.`);
    if (process.env.DEBUG && error instanceof Error) console.error(error.stack);
    process.exit(1);
  });
}
