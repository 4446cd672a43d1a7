import { describe, expect, it } from "vitest";
import { countText, pagefindFilters, pagefindSort, readState, writeState } from "../../assets/search-state.js";

const FACETS = ["metier", "region"];

describe("the state of a search in its URL", () => {
  it("reads words, repeated facet values and the sort", () => {
    expect(readState("?q=r%C3%A9seau&region=Bretagne&region=Normandie&tri=date-limite", FACETS)).toEqual({
      q: "réseau",
      facets: { metier: [], region: ["Bretagne", "Normandie"] },
      sort: "date-limite",
    });
    expect(readState("", FACETS)).toEqual({ q: "", facets: { metier: [], region: [] }, sort: "" });
  });

  it("writes only what is set, and reads back the same state", () => {
    const state = { q: " réseau ", facets: { metier: ["Infrastructure et réseaux"], region: [] }, sort: "" };
    const query = writeState(state);
    expect(query).toBe("?q=r%C3%A9seau&metier=Infrastructure+et+r%C3%A9seaux");
    expect(readState(query, FACETS)).toEqual({ ...state, q: "réseau" });
    expect(writeState({ q: "", facets: { metier: [] }, sort: "" })).toBe("");
  });
});

describe("Pagefind options", () => {
  const state = { q: "", facets: { metier: ["Data", "Design"], region: ["Bretagne"] }, sort: "" };

  it("keep the page's fixed filters and let any value of a facet match", () => {
    expect(pagefindFilters(state, { statut: "ouverte" })).toEqual({ statut: "ouverte", metier: { any: ["Data", "Design"] }, region: { any: ["Bretagne"] } });
  });

  it("leave one facet out to count its values", () => {
    expect(pagefindFilters(state, {}, "metier")).toEqual({ region: { any: ["Bretagne"] } });
  });

  it("sort by the chosen key, the first one by default", () => {
    const sorts = "=date:desc date-limite=deadline:asc";
    expect(pagefindSort("date-limite", sorts)).toEqual({ deadline: "asc" });
    expect(pagefindSort("", sorts)).toEqual({ date: "desc" });
    expect(pagefindSort("inconnu", sorts)).toEqual({ date: "desc" });
    expect(pagefindSort("", "")).toBeUndefined();
  });
});

describe("counts", () => {
  it("are in French: 0 and 1 are singular", () => {
    expect([0, 1, 2].map((n) => countText(n, "{n} offre", "{n} offres"))).toEqual(["0 offre", "1 offre", "2 offres"]);
  });
});
