/** Wall time, CPU time and peak memory of a command and all the processes it starts (Pagefind's binary included). */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { childPids, processStat } from "../../lib/proc.ts";

export interface Measurement {
  ms: number;
  /** Highest sum of resident memory over the process tree, sampled every 100 ms. */
  peakRssBytes: number;
  /** Highest resident memory of the command's own process (Node), without Pagefind's. */
  peakOwnRssBytes: number;
  /**
   * User and system CPU time of every process of the tree, as last sampled (a process loses at most
   * its last 100 ms). On two cores the build is bound by it: the wall time alone varies more.
   */
  cpuSeconds: number;
  exitCode: number | null;
  output: string;
}

const PAGE_SIZE = 4096;

/** Node's arguments for our build, as `npm run build` gives them (package.json): Node's options included. */
export function buildArgs(projectDir = "."): string[] {
  const [command, ...args] = (JSON.parse(fs.readFileSync(path.join(projectDir, "package.json"), "utf8")) as { scripts: { build: string } }).scripts.build.split(" ");
  if (command !== "node") throw new Error(`le banc lance « npm run build » avec Node : ${command} inattendu dans package.json`);
  return args;
}

/** Node's options alone from `buildArgs`, for another script run as the build is (the build script comes last). */
export function buildNodeOptions(projectDir = "."): string[] {
  const args = buildArgs(projectDir);
  if (args.at(-1) !== "scripts/build.ts") throw new Error(`le banc attend « scripts/build.ts » en dernier dans le script build de package.json : ${args.join(" ")}`);
  return args.slice(0, -1);
}

/**
 * Resident bytes of `root` and its descendants, read from /proc (Linux): a few small reads per
 * sample. The CPU time of each process seen goes into `cpu`.
 */
export function sampleTree(root: number, cpu: Map<number, number>): { total: number; own: number } {
  let total = 0;
  let own = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    try {
      const rss = Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE;
      total += rss;
      if (pid === root) own = rss;
      const stat = processStat(pid);
      if (stat) cpu.set(pid, stat.cpuSeconds);
      pending.push(...childPids(pid));
    } catch {
      // the process ended while we looked
    }
  }
  return { total, own };
}

export function measure(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Measurement> {
  return new Promise((resolve) => {
    const started = performance.now();
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ["ignore", "pipe", "pipe"] });
    let output = "";
    child.stdout.on("data", (d: Buffer) => (output += d.toString()));
    child.stderr.on("data", (d: Buffer) => (output += d.toString()));
    let peak = 0;
    let peakOwn = 0;
    const cpu = new Map<number, number>();
    const timer = setInterval(() => {
      const rss = sampleTree(child.pid!, cpu);
      peak = Math.max(peak, rss.total);
      peakOwn = Math.max(peakOwn, rss.own);
    }, 100);
    child.on("close", (exitCode) => {
      clearInterval(timer);
      const cpuSeconds = [...cpu.values()].reduce((sum, seconds) => sum + seconds, 0);
      resolve({ ms: performance.now() - started, peakRssBytes: peak, peakOwnRssBytes: peakOwn, cpuSeconds, exitCode, output });
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
