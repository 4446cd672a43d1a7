/** How the site search puts its indexes together (assets/search-indexes.js; the browser tests search with it). */
import { describe, expect, it } from "vitest";
import { addCounts, queryWords } from "../../assets/search-indexes.js";

describe("the indexes of a search page searched as one", () => {
  it("adds up each index's facet counts, value by value", () => {
    const jobs = { type: { "Offre d’emploi": 3 }, region: { Bretagne: 2 } };
    const press = { type: { Communiqué: 5, Évènement: 1 }, region: undefined };
    expect(addCounts([press, jobs, { type: { Communiqué: 2 } }])).toEqual({ type: { Communiqué: 7, Évènement: 1, "Offre d’emploi": 3 }, region: { Bretagne: 2 } });
    expect(addCounts([])).toEqual({});
  });

  it("decides which indexes answer by each word of the query, except a query in quotes, already exact", () => {
    expect(queryWords("  données   ouvertes ")).toEqual(["données", "ouvertes"]);
    expect(queryWords("l’État")).toEqual(["l’État"]);
    expect(queryWords('"données ouvertes"')).toEqual([]);
    expect(queryWords("")).toEqual([]);
  });
});
