// @ts-check
/**
 * The Pagefind indexes of a search page, searched as one: each page's results by score, the facet
 * counts added up, as Pagefind's own `mergeIndex` does (https://pagefind.app/docs/multisite/), with
 * one difference. An index that lacks a word of the query answers with the pages of the longest
 * word it has that begins it (Pagefind 1.x, on purpose and with no option to stop it:
 * https://github.com/Pagefind/pagefind/pull/315, issue 780): on /recherche/, « désormais » found 35
 * offers through « des », listed before the communiqués that say it. Here, a word that an index has
 * (an exact search, `"mot"`, finds a page) leaves out the indexes that do not have it. A word that no
 * index has whole, such as one still being typed, leaves them all in; so does a query in quotes.
 */

/**
 * @typedef {Record<string, Record<string, number> | undefined>} FilterCounts
 * @typedef {{ results: { score: number, data: () => Promise<any> }[], filters: FilterCounts }} SearchResponse
 * @typedef {{ search(term: string | null, options?: object): Promise<SearchResponse>, preload(term: string): Promise<void>, filters(): Promise<FilterCounts>, options(options: object): Promise<void> }} PagefindIndex
 */

/** @param {FilterCounts[]} all @returns {Record<string, Record<string, number>>} */
export function addCounts(all) {
  /** @type {Record<string, Record<string, number>>} */
  const sum = {};
  for (const filters of all) {
    for (const [name, counts] of Object.entries(filters ?? {})) {
      const total = (sum[name] ??= {});
      for (const [value, count] of Object.entries(counts ?? {})) total[value] = (total[value] ?? 0) + count;
    }
  }
  return sum;
}

/**
 * The words of a query that decide which indexes answer it; none for a query in quotes, which
 * Pagefind already searches exactly.
 * @param {string} term
 */
export function queryWords(term) {
  return term.includes('"') ? [] : term.trim().split(/\s+/).filter(Boolean);
}

/**
 * @param {string[]} bundles the indexes' folders, `/pagefind/`…
 * @param {object} options Pagefind's options, for each index
 */
export async function openIndexes(bundles, options) {
  /** @type {PagefindIndex[]} */
  const indexes = await Promise.all(
    bundles.map(async (bundle) => {
      const index = await import(`${bundle}pagefind.js`);
      await index.options(options);
      return index;
    }),
  );
  /** For each word, which indexes have it: asked once per word, the facets ask the same words again. */
  const having = new Map();
  /** @param {string} word @returns {Promise<boolean[]>} */
  const indexesHaving = (word) => {
    if (!having.has(word)) {
      const found = Promise.all(indexes.map(async (index) => (await index.search(`"${word}"`)).results.length > 0));
      having.set(word, found);
      found.catch(() => having.delete(word)); // an index that failed to load its words is asked again next time
    }
    return having.get(word);
  };

  /** @param {string | null} term */
  async function answering(term) {
    if (indexes.length === 1 || !term) return indexes;
    let kept = indexes.map(() => true);
    for (const found of await Promise.all(queryWords(term).map(indexesHaving))) {
      if (found.some(Boolean)) kept = kept.map((keep, i) => keep && found[i] === true);
    }
    return indexes.filter((_, i) => kept[i]);
  }

  return {
    /** @param {string | null} term @param {object} [options] */
    async search(term, options) {
      const responses = await Promise.all((await answering(term)).map((index) => index.search(term, options)));
      return { results: responses.flatMap((response) => response.results).sort((a, b) => b.score - a.score), filters: addCounts(responses.map((response) => response.filters)) };
    },
    /** @param {string} term */
    preload(term) {
      for (const index of indexes) index.preload(term);
    },
    async filters() {
      return addCounts(await Promise.all(indexes.map((index) => index.filters())));
    },
  };
}
