// @ts-check
/**
 * The state of a search page, kept in its URL (`?q=réseau&region=Bretagne&tri=date-limite`) so that
 * a search can be shared and the back button works, and turned into Pagefind's search options.
 * Pure functions: unit-tested in tests/unit/search-state.test.ts.
 */

/**
 * @typedef {object} SearchState
 * @property {string} q The words typed.
 * @property {Record<string, string[]>} facets The checked values of each facet.
 * @property {string} sort The sort's name in the URL ("" for the default one).
 */

/**
 * @param {string} query `location.search`
 * @param {string[]} facetNames
 * @returns {SearchState}
 */
export function readState(query, facetNames) {
  const params = new URLSearchParams(query);
  /** @type {Record<string, string[]>} */
  const facets = {};
  for (const name of facetNames) facets[name] = params.getAll(name).filter(Boolean);
  return { q: params.get("q") ?? "", facets, sort: params.get("tri") ?? "" };
}

/**
 * The query string of a state, empty parts left out: "?q=r%C3%A9seau&region=Bretagne".
 * @param {SearchState} state
 * @returns {string}
 */
export function writeState(state) {
  const params = new URLSearchParams();
  if (state.q.trim()) params.set("q", state.q.trim());
  for (const [name, values] of Object.entries(state.facets)) for (const value of values) params.append(name, value);
  if (state.sort) params.set("tri", state.sort);
  const text = params.toString();
  return text ? `?${text}` : "";
}

/**
 * Pagefind filters: the page's fixed ones, then each facet's checked values, any of which may match
 * (OR within a facet, AND between facets). `except` leaves one facet out, to count its values.
 * https://pagefind.app/docs/js-api-filtering/
 * @param {SearchState} state
 * @param {Record<string, string>} fixed
 * @param {string} [except]
 * @returns {Record<string, string | { any: string[] }>}
 */
export function pagefindFilters(state, fixed, except) {
  /** @type {Record<string, string | { any: string[] }>} */
  const filters = { ...fixed };
  for (const [name, values] of Object.entries(state.facets)) {
    if (name !== except && values.length) filters[name] = { any: values };
  }
  return filters;
}

/**
 * "date-limite" → `{ deadline: "asc" }` from the page's `sorts` ("date-limite=deadline:asc"); the
 * first one is the default.
 * @param {string} sort
 * @param {string} sorts space-separated `name=key:direction`
 * @returns {Record<string, string> | undefined}
 */
export function pagefindSort(sort, sorts) {
  const entries = sorts.split(/\s+/).filter(Boolean).map((entry) => entry.split(/[=:]/));
  const chosen = entries.find(([name]) => name === sort) ?? entries[0];
  return chosen && chosen[1] && chosen[2] ? { [chosen[1]]: chosen[2] } : undefined;
}

/**
 * French plural (0 and 1 are singular), `{n}` replaced.
 * @param {number} n
 * @param {string} one
 * @param {string} many
 */
export function countText(n, one, many) {
  return (n > 1 ? many : one).replace("{n}", String(n));
}
