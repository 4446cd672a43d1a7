/** Reading processes from /proc: what the build's timings and the Pagefind tests rely on. */
import { execFile, spawn } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { childPids, processStat } from "../../lib/proc.ts";

/** Run in a process of its own: lowering the priority of vitest's threads would last for the whole file. */
const LOWERING = `
import { spawn } from "node:child_process";
import { once } from "node:events";
import { Worker } from "node:worker_threads";
import { lowerOwnPriority, processStat, threadIds } from "./lib/proc.ts";
const start = processStat("self").nice;
const earlier = spawn("sleep", ["30"]);
const worker = new Worker("setInterval(() => {}, 1000)", { eval: true });
await Promise.all([once(earlier, "spawn"), once(worker, "online")]);
lowerOwnPriority(10);
const later = spawn("sleep", ["30"]);
await once(later, "spawn");
const threads = threadIds().map((thread) => processStat("self/task/" + thread).nice);
console.log(JSON.stringify({ start, threads, earlier: processStat(earlier.pid).nice, later: processStat(later.pid).nice }));
earlier.kill(); later.kill(); process.exit(0);
`;

describe("processes read from /proc", () => {
  it("lists a child that was just started, with its name, state and CPU time, and nothing once it has ended", async () => {
    const child = spawn("sleep", ["30"]);
    await new Promise((resolve) => child.once("spawn", resolve));
    expect(childPids()).toContain(child.pid);
    expect(processStat(child.pid!)).toEqual({ name: "sleep", state: expect.stringMatching(/^[RS]$/), cpuSeconds: expect.any(Number), childrenCpuSeconds: 0, nice: processStat("self")!.nice });
    child.kill();
    await new Promise((resolve) => child.once("exit", resolve));
    expect(childPids()).not.toContain(child.pid);
    expect(processStat(child.pid!)).toBeUndefined();
  });

  it("gives this process's own CPU time, at least that of its main thread", () => {
    const self = processStat("self")!;
    const mainThread = processStat(`self/task/${process.pid}`)!;
    expect(mainThread.cpuSeconds).toBeGreaterThan(0);
    expect(self.cpuSeconds).toBeGreaterThanOrEqual(mainThread.cpuSeconds);
  });

  it("lowers the priority of every thread of this process and of what they start next, not of what they started before", async () => {
    const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", "--input-type=module", "-e", LOWERING], { cwd: path.resolve(import.meta.dirname, "../..") });
    const { start, threads, earlier, later } = JSON.parse(stdout) as { start: number; threads: number[]; earlier: number; later: number };
    const lowered = Math.min(19, start + 10);
    expect(threads.length).toBeGreaterThan(2); // the main thread, the worker, V8's and libuv's
    expect(new Set(threads)).toEqual(new Set([lowered]));
    expect(later).toBe(lowered);
    expect(earlier).toBe(start);
  });
});
