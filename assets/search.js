// @ts-check
/**
 * Turns a search page (/emplois/, /recherche/) into a live search on Pagefind's JS API
 * (https://pagefind.app/docs/api/): the page's HTML already works without it (the full list of
 * offers, links to browse). The form says what to do with data attributes:
 *   data-bundles: the Pagefind indexes to search, as one (search-indexes.js);
 *   data-results, data-status, data-template, data-more: ids of the list, the live status, the
 *   result card <template> and the "more" button;
 *   data-fixed-filters (JSON), data-sorts ("name=key:direction …"), data-tags (filters shown as
 *   tags on a card), data-excerpt (show the matching passage), data-require-input (no list
 *   before words or a facet), data-one / data-many / data-none / data-prompt / data-unavailable (texts).
 */
import { openIndexes } from "./search-indexes.js";
import { countText, pagefindFilters, pagefindSort, readState, writeState } from "./search-state.js";

const PAGE_SIZE = 12;
/** A word typed this short matches most of the index: its query waits this long for the next keystroke. */
const SHORT_WORD = 3;
const SHORT_WORD_WAIT_MS = 200;

/** @param {string} id */
function byId(id) {
  const element = document.getElementById(id);
  if (!element) throw new Error(`#${id} manque dans la page`);
  return element;
}

/** @param {HTMLFormElement} form */
async function start(form) {
  const config = form.dataset;
  const results = byId(config.results ?? "");
  const status = byId(config.status ?? "");
  const more = /** @type {HTMLButtonElement} */ (byId(config.more ?? ""));
  const template = /** @type {HTMLTemplateElement} */ (byId(config.template ?? ""));
  const listPrototype = /** @type {HTMLElement} */ (template.content.firstElementChild);
  const itemPrototype = /** @type {HTMLElement} */ (listPrototype.firstElementChild);
  listPrototype.replaceChildren();
  const fixed = JSON.parse(config.fixedFilters ?? "{}");
  const tags = (config.tags ?? "").split(/\s+/).filter(Boolean);
  const facetNames = [...form.querySelectorAll("fieldset[data-facet]")].map((f) => /** @type {HTMLElement} */ (f).dataset.facet ?? "");
  const query = /** @type {HTMLInputElement} */ (form.elements.namedItem("q"));
  const sortSelect = /** @type {HTMLSelectElement | null} */ (form.elements.namedItem("tri"));

  /** @type {Awaited<ReturnType<typeof openIndexes>>} */
  let pagefind;
  try {
    pagefind = await openIndexes((config.bundles ?? "").split(" "), { excerptLength: 30 });
    await pagefind.filters(); // loaded once, Pagefind then counts each facet value with every search
  } catch {
    status.textContent = config.unavailable ?? "";
    return;
  }
  form.hidden = false;
  for (const element of document.querySelectorAll("[data-without-js]")) /** @type {HTMLElement} */ (element).hidden = true;

  let state = readState(location.search, facetNames);
  /** @type {{ data: () => Promise<any> }[]} */
  let found = [];
  let shown = 0;
  /** A search is running; `again`: the state changed meanwhile, search again before drawing. */
  let running = false;
  let again = false;
  /** True while the words being typed have their own history entry. */
  let typing = false;

  /** @param {import("./search-state.js").SearchState} s */
  function showState(s) {
    query.value = s.q;
    for (const input of form.querySelectorAll("fieldset[data-facet] input")) {
      const box = /** @type {HTMLInputElement} */ (input);
      const values = s.facets[box.name] ?? [];
      box.checked = box.value ? values.includes(box.value) : values.length === 0;
    }
    if (sortSelect) sortSelect.value = s.sort;
  }

  /** @returns {import("./search-state.js").SearchState} */
  function stateOfForm() {
    const data = new FormData(form);
    /** @type {Record<string, string[]>} */
    const facets = {};
    for (const name of facetNames) facets[name] = data.getAll(name).map(String).filter(Boolean);
    return { q: query.value, facets, sort: sortSelect?.value ?? "" };
  }

  /** @param {boolean} push a new history entry, or replace the current one */
  function commit(push) {
    state = stateOfForm();
    const url = location.pathname + writeState(state);
    if (url !== location.pathname + location.search) history[push ? "pushState" : "replaceState"](null, "", url);
    run();
  }

  /** @param {any} data a Pagefind result */
  function card(data) {
    const item = /** @type {HTMLElement} */ (itemPrototype.cloneNode(true));
    const link = /** @type {HTMLAnchorElement} */ (item.querySelector(".fr-card__title a"));
    link.href = data.url;
    link.textContent = data.meta.title;
    const description = /** @type {HTMLElement} */ (item.querySelector(".fr-card__desc"));
    // Pagefind escapes the excerpt before adding <mark>: safe as HTML. Metadata is set as text.
    if (config.excerpt === "true" && state.q.trim()) description.innerHTML = data.excerpt;
    else description.textContent = data.meta.description ?? "";
    if (!description.textContent) description.remove();
    const group = /** @type {HTMLElement} */ (item.querySelector(".fr-tags-group"));
    const tagPrototype = /** @type {HTMLElement} */ (group.firstElementChild);
    group.replaceChildren(
      ...tags.flatMap((name) => data.filters[name] ?? []).map((/** @type {string} */ label) => {
        const tag = /** @type {HTMLElement} */ (tagPrototype.cloneNode(true));
        /** @type {HTMLElement} */ (tag.firstElementChild).textContent = label;
        return tag;
      }),
    );
    if (!group.children.length) group.closest(".fr-card__start")?.remove();
    const detail = /** @type {HTMLElement} */ (item.querySelector(".fr-card__detail"));
    detail.textContent = data.meta.detail ?? "";
    if (!detail.textContent) detail.closest(".fr-card__end")?.remove();
    return item;
  }

  /**
   * Draws the next results; false when the state changed meanwhile.
   * @param {HTMLElement} list
   */
  async function showMore(list) {
    const next = await Promise.all(found.slice(shown, shown + PAGE_SIZE).map((result) => result.data()));
    if (again) return false;
    list.append(...next.map(card));
    shown += next.length;
    more.hidden = shown >= found.length;
    return true;
  }

  /** @param {Record<string, Record<string, number> | undefined>} counts */
  function showCounts(counts) {
    for (const input of form.querySelectorAll("fieldset[data-facet] input")) {
      const box = /** @type {HTMLInputElement} */ (input);
      const count = box.labels?.[0]?.querySelector(".facet-count");
      if (count && box.value) count.textContent = `(${counts[box.name]?.[box.value] ?? 0})`;
    }
  }

  /**
   * Searches with the current state. One search at a time: keystrokes that come while it runs only
   * ask for one more, with the newest state, so the last keystroke never waits behind stale work.
   */
  async function run() {
    results.setAttribute("aria-busy", "true");
    if (running) {
      again = true;
      return;
    }
    running = true;
    try {
      do {
        again = false;
        await searchAndDraw();
      } while (again);
    } finally {
      running = false;
      results.removeAttribute("aria-busy");
    }
  }

  async function searchAndDraw() {
    const words = state.q.trim() || null;
    const filtered = Object.values(state.facets).some((values) => values.length);
    const filters = pagefindFilters(state, fixed);
    const search = words || filtered || config.requireInput !== "true" ? await pagefind.search(words, { filters, sort: pagefindSort(state.sort, config.sorts ?? "") }) : null;
    /** @type {Record<string, Record<string, number> | undefined>} */
    const counts = { ...search?.filters };
    // A facet's own values are counted without its own choice: its values add up (OR).
    for (const name of facetNames) {
      if (again) return;
      if (state.facets[name]?.length || !search) counts[name] = (await pagefind.search(words, { filters: pagefindFilters(state, fixed, name) })).filters[name];
    }
    if (again) return;
    showCounts(counts);
    found = search?.results ?? [];
    shown = 0;
    const list = /** @type {HTMLElement} */ (listPrototype.cloneNode(false));
    if (!(await showMore(list))) return;
    results.replaceChildren(...(found.length ? [list] : []));
    status.textContent = !search ? config.prompt ?? "" : found.length ? countText(found.length, config.one ?? "", config.many ?? "") : config.none ?? "";
  }

  /** @type {ReturnType<typeof setTimeout> | undefined} */
  let shortQuery;
  form.addEventListener("input", (event) => {
    if (event.target !== query) return;
    const words = query.value.trim();
    clearTimeout(shortQuery);
    // Its search would take long and hold up the next keystroke's (Pagefind cannot stop a search),
    // so a query whose last word is short waits to see whether the visitor stops there.
    const lastWord = words.split(/\s+/).at(-1) ?? "";
    if (lastWord && lastWord.length <= SHORT_WORD && /** @type {InputEvent} */ (event).inputType?.startsWith("insert")) {
      shortQuery = setTimeout(() => {
        commit(!typing);
        typing = true;
      }, SHORT_WORD_WAIT_MS);
      return;
    }
    // Fetches the words' index while an older search runs (alone, it would only delay the search).
    if (words && running) pagefind.preload(words);
    commit(!typing);
    typing = true;
  });
  form.addEventListener("change", (event) => {
    if (event.target === query) return;
    typing = false;
    commit(true);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    typing = false;
    commit(false);
  });
  form.querySelector("[data-clear]")?.addEventListener("click", () => {
    for (const name of facetNames) state.facets[name] = [];
    showState(state);
    typing = false;
    commit(true);
  });
  more.addEventListener("click", async () => {
    const list = /** @type {HTMLElement} */ (results.firstElementChild);
    const before = list.children.length;
    if (await showMore(list)) list.children[before]?.querySelector("a")?.focus();
  });
  window.addEventListener("popstate", () => {
    state = readState(location.search, facetNames);
    showState(state);
    typing = false;
    run();
  });

  showState(state);
  await run();
}

const form = document.querySelector("form[data-search]");
if (form instanceof HTMLFormElement) start(form);
