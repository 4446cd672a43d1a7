/** Wall time and peak memory of a command and all the processes it starts (Pagefind's binary included). */
import { spawn } from "node:child_process";
import fs from "node:fs";
import { childPids } from "../../lib/proc.ts";

export interface Measurement {
  ms: number;
  /** Highest sum of resident memory over the process tree, sampled every 100 ms. */
  peakRssBytes: number;
  /** Highest resident memory of the command's own process (Node), without Pagefind's. */
  peakOwnRssBytes: number;
  exitCode: number | null;
  output: string;
}

const PAGE_SIZE = 4096;

/** Resident bytes of `root` and its descendants, read from /proc (Linux): a few small reads per sample. */
export function treeRss(root: number): { total: number; own: number } {
  let total = 0;
  let own = 0;
  const pending = [root];
  while (pending.length) {
    const pid = pending.pop()!;
    try {
      const rss = Number(fs.readFileSync(`/proc/${pid}/statm`, "utf8").split(" ")[1]) * PAGE_SIZE;
      total += rss;
      if (pid === root) own = rss;
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
    const timer = setInterval(() => {
      const rss = treeRss(child.pid!);
      peak = Math.max(peak, rss.total);
      peakOwn = Math.max(peakOwn, rss.own);
    }, 100);
    child.on("close", (exitCode) => {
      clearInterval(timer);
      resolve({ ms: performance.now() - started, peakRssBytes: peak, peakOwnRssBytes: peakOwn, exitCode, output });
    });
  });
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
