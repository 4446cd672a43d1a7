/** Which communiqués the feeds show, and which the build may let go while it reads them. */
import fc from "fast-check";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import site from "../../_data/site.json" with { type: "json" };
import type { Communique, Term } from "../../lib/communiques.ts";
import { newestFirst } from "../../lib/dates.ts";
import { FeedCandidates, siteFeeds } from "../../lib/feeds.ts";

const CATEGORIES: Term[] = ["presse", "dossier", "tribune"].map((slug) => ({ slug, label: slug, url: `/espace-presse/categories/${slug}/` }) as Term);

/** Just what the feeds' choice reads: the date, the slug, the category. */
const communique = (slug: string, day: number, category: number): Communique =>
  ({ slug, date: { value: DateTime.fromISO("2020-01-01T00:00:00Z").plus({ days: day }) }, category: CATEGORIES[category] }) as unknown as Communique;

describe("the feeds' candidates", () => {
  it("keep, once every communiqué is read in any order, exactly those the feeds show", () => {
    // Few days, so that dates tie and the slug decides; up to three feeds' worth per category.
    const entry = fc.record({ day: fc.integer({ min: 0, max: 30 }), category: fc.integer({ min: 0, max: CATEGORIES.length }) });
    fc.assert(
      fc.property(fc.array(entry, { minLength: site.feedSize, maxLength: site.feedSize * 3 * (CATEGORIES.length + 1), size: "max" }), (entries) => {
        const read = entries.map(({ day, category }, i) => communique(`c-${i}`, day, category));
        const candidates = new FeedCandidates();
        const released = new Set(read.flatMap((c) => candidates.add(c)));
        const shown = new Set(siteFeeds([...read].sort(newestFirst), CATEGORIES).flatMap((feed) => feed.items));
        expect(read.filter((c) => !released.has(c))).toEqual(read.filter((c) => shown.has(c)));
      }),
      { numRuns: 500 },
    );
  });
});
