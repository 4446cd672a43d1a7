/** The benchmark's generated content must be a clean site: a warning per file would be measured as work. */
import { spawnSync } from "node:child_process";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { loadSite } from "../../lib/site.ts";
import { generateContent } from "../../scripts/bench/generate.ts";
import { temporaryDir } from "../temporary.ts";

describe("benchmark content", () => {
  it.each(["2026-11-29", "2031-07-14"])("passes the checker and is all published when generated on %s", (day) => {
    const today = DateTime.fromISO(day, { zone: "Europe/Paris" });
    const dir = generateContent(temporaryDir("bench"), 40, 42, today).dir;
    const site = loadSite({ contentDir: dir, now: today });
    expect(site.findings).toEqual([]);
    expect(site.communiques).toHaveLength(40);
    expect(site.jobs).toHaveLength(8);
  });

  it("is measured step by step by scripts/bench/steps.ts, each step in a process of its own", () => {
    const dir = generateContent(temporaryDir("bench"), 20).dir;
    const run = spawnSync(process.execPath, ["--import", "tsx", "scripts/bench/steps.ts", "--content", dir, "--runs", "1"], { encoding: "utf8" });
    expect(run.stderr).toBe("");
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split("\n");
    expect(lines.slice(1).map((line) => line.split(" ")[0])).toEqual(["load", "render", "write", "send", "all"]);
    for (const line of lines.slice(1)) expect(line).toMatch(/^\w+ +\d+,\d s +\d+,\d s \(\d+,\d \+ \d+,\d\)$/);
  }, 60_000);

  it("writes the same files for the same seed and day", () => {
    const today = DateTime.fromISO("2026-11-29", { zone: "Europe/Paris" });
    const texts = (dir: string) => loadSite({ contentDir: dir, now: today }).communiques.map((c) => c.title);
    expect(texts(generateContent(temporaryDir("bench"), 10, 7, today).dir)).toEqual(texts(generateContent(temporaryDir("bench"), 10, 7, today).dir));
  });
});
