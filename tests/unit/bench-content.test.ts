/** The benchmark's generated content must be a clean site: a warning per file would be measured as work. */
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

  it("writes the same files for the same seed and day", () => {
    const today = DateTime.fromISO("2026-11-29", { zone: "Europe/Paris" });
    const texts = (dir: string) => loadSite({ contentDir: dir, now: today }).communiques.map((c) => c.title);
    expect(texts(generateContent(temporaryDir("bench"), 10, 7, today).dir)).toEqual(texts(generateContent(temporaryDir("bench"), 10, 7, today).dir));
  });
});
