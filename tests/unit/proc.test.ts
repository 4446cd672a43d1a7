/** Reading processes from /proc: what the build's timings and the Pagefind tests rely on. */
import { spawn } from "node:child_process";
import { describe, expect, it } from "vitest";
import { childPids, processStat } from "../../lib/proc.ts";

describe("processes read from /proc", () => {
  it("lists a child that was just started, with its name, state and CPU time, and nothing once it has ended", async () => {
    const child = spawn("sleep", ["30"]);
    await new Promise((resolve) => child.once("spawn", resolve));
    expect(childPids()).toContain(child.pid);
    expect(processStat(child.pid!)).toEqual({ name: "sleep", state: expect.stringMatching(/^[RS]$/), cpuSeconds: expect.any(Number), childrenCpuSeconds: 0 });
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
});
