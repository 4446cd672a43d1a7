/**
 * Site search, built with the site by Pagefind (https://pagefind.app): the search form of the
 * header (DSFR search bar: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/barre-de-recherche)
 * and what a page gives the index (filters, sort keys, result metadata).
 */
import ui from "../../_data/ui.json" with { type: "json" };
import { html, raw, type SafeHtml } from "../../lib/html.ts";
import { slugify } from "../../lib/slug.ts";
import { card, cardList } from "./card.ts";
import { tagLabel } from "./tags.ts";

export const SEARCH_URL = "/recherche/";
/** The header's search field, target of the "Recherche" skip link. */
export const HEADER_SEARCH_INPUT = "recherche-site";

/** What a page tells the index about itself; pages without it are not indexed. */
export interface SearchEntry {
  /** The filter by type of /recherche/: "Communiqué", "Évènement", "Offre d’emploi". */
  type: string;
  /** Facets, several values per facet allowed (an offer open to several statuses). */
  filters?: Record<string, string[]>;
  /** Sort keys, compared as text: ISO dates. */
  sort?: Record<string, string>;
  /** Shown with a result: `description` under the title, `detail` at the bottom of the card. */
  meta?: Record<string, string>;
}

/**
 * The entry as `<meta>` tags of the head: Pagefind reads filters, sort keys and metadata from
 * attributes anywhere in the page (https://pagefind.app/docs/filtering/), and values may hold commas.
 */
export function searchMeta(entry: SearchEntry): SafeHtml {
  const tag = (attribute: string, key: string, value: string) =>
    html`<meta name="pagefind:${key}" content="${value}" data-pagefind-${attribute}="${key}[content]">`;
  const filters = Object.entries({ type: [entry.type], ...entry.filters }).flatMap(([key, values]) => values.map((v) => tag("filter", key, v)));
  const sorts = Object.entries(entry.sort ?? {}).map(([key, value]) => tag("sort", key, value));
  const meta = Object.entries(entry.meta ?? {})
    .filter(([, value]) => value)
    .map(([key, value]) => tag("meta", key, value));
  return html`${[...filters, ...sorts, ...meta].map((t) => html`${t}\n`)}`;
}

/** The DSFR search bar: a label, a search field, a button. */
export function searchBar(id: string, label: string, placeholder = ui.search.label): SafeHtml {
  return html`<label class="fr-label" for="${id}">${label}</label>
<input class="fr-input" placeholder="${placeholder}" type="search" id="${id}" name="q">
<button class="fr-btn" title="${ui.search.label}" type="submit">${ui.search.label}</button>`;
}

/** The button that opens the search form on small screens. */
export function headerSearchButton(): SafeHtml {
  return html`<button class="fr-btn--search fr-btn" data-fr-opened="false" aria-controls="modal-recherche" id="bouton-recherche" title="${ui.search.label}" type="button">${ui.search.label}</button>`;
}

/** A real GET form: it reaches /recherche/?q=… with or without JavaScript on the current page. */
export function headerSearch(): SafeHtml {
  return html`<div class="fr-header__tools">
  <div class="fr-header__search fr-modal" id="modal-recherche" aria-labelledby="bouton-recherche">
    <div class="fr-container fr-container-lg--fluid">
      <button class="fr-btn--close fr-btn" aria-controls="modal-recherche" title="${ui.search.close}" type="button">${ui.search.close}</button>
      <form class="fr-search-bar" id="recherche-entete" role="search" aria-label="${ui.search.headerLabel}" method="get" action="${SEARCH_URL}">
        ${searchBar(HEADER_SEARCH_INPUT, ui.search.label)}
      </form>
    </div>
  </div>
</div>`;
}

export interface FacetValue {
  value: string;
  /** Defaults to the value. */
  label?: string;
  /** Shown as "(12)" and updated by the search script; absent for "all". */
  count?: number;
}

/** A facet of a search form: DSFR checkboxes (any of the values) or radio buttons (one value). */
export function facetFieldset(name: string, legend: string, values: FacetValue[], kind: "checkbox" | "radio"): SafeHtml {
  return html`<fieldset class="fr-fieldset" data-facet="${name}">
  <legend class="fr-fieldset__legend fr-text--regular">${legend}</legend>
  ${values.map((v) => {
    const id = `${name}-${slugify(v.value) || "tous"}`;
    return html`<div class="fr-fieldset__element"><div class="fr-${kind}-group fr-${kind}-group--sm">
    <input type="${kind}" id="${id}" name="${name}" value="${v.value}"${raw(kind === "radio" && !v.value ? " checked" : "")}>
    <label class="fr-label" for="${id}"><span>${v.label ?? v.value}${v.value ? html`<span class="facet-count">(${v.count ?? 0})</span>` : ""}</span></label>
  </div></div>`;
  })}
</fieldset>`;
}

/** Counts of each value over items, in French alphabetical order. */
export function facetValues<T>(items: readonly T[], valuesOf: (item: T) => readonly string[]): FacetValue[] {
  const counts = new Map<string, number>();
  for (const item of items) for (const value of new Set(valuesOf(item))) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a.localeCompare(b, "fr")).map(([value, count]) => ({ value, count }));
}

export interface SearchPageOptions {
  /** The indexes searched (`SEARCH_BUNDLES` of lib/search-index.ts), merged in this order. */
  bundles: string[];
  /** Pagefind filters every search of the page keeps (the catalogue: open offers only). */
  fixedFilters?: Record<string, string>;
  /** `name=key:direction` for each choice of the sort list, the default first. */
  sorts?: string;
  /** Filters shown as tags on a result card. */
  tags: string[];
  /** Show the passage that matches rather than the description. */
  excerpt: boolean;
  /** Show no result until words are typed or a facet is chosen. */
  requireInput: boolean;
  /** The live status texts: `{n}` results, none, nothing asked yet. */
  texts: { one: string; many: string; none: string; prompt?: string };
}

/** Ids of the elements the search script works with. */
export const SEARCH_IDS = { results: "resultats", status: "statut-recherche", more: "plus-de-resultats", template: "modele-resultat" };

/**
 * The form of a search page: hidden until the search script has loaded the index, since it needs
 * it; the attributes tell the script what to do (assets/search.js).
 */
export function searchForm(label: string, options: SearchPageOptions, fields: SafeHtml): SafeHtml {
  return html`<form role="search" aria-label="${label}" method="get" hidden data-search data-bundles="${options.bundles.join(" ")}"
  data-results="${SEARCH_IDS.results}" data-status="${SEARCH_IDS.status}" data-more="${SEARCH_IDS.more}" data-template="${SEARCH_IDS.template}"
  data-fixed-filters="${JSON.stringify(options.fixedFilters ?? {})}" data-sorts="${options.sorts ?? ""}" data-tags="${options.tags.join(" ")}"
  data-excerpt="${String(options.excerpt)}" data-require-input="${String(options.requireInput)}"
  data-one="${options.texts.one}" data-many="${options.texts.many}" data-none="${options.texts.none}" data-prompt="${options.texts.prompt ?? ""}" data-unavailable="${ui.search.unavailable}">
${fields}
</form>`;
}

/** The live status, the results (drawn without JavaScript by `initial`), "more", and the card the script fills. */
export function searchResults(status: string, initial: SafeHtml): SafeHtml {
  const model = card({
    title: "…",
    url: "#",
    headingLevel: 2,
    description: "…",
    start: html`<ul class="fr-tags-group"><li>${tagLabel("…")}</li></ul>`,
    detail: html`…`,
  });
  return html`<p class="fr-h6" id="${SEARCH_IDS.status}" role="status">${status}</p>
<div id="${SEARCH_IDS.results}">${initial}</div>
<button class="fr-btn fr-btn--secondary fr-mt-4w" id="${SEARCH_IDS.more}" type="button" hidden>${ui.search.more}</button>
<template id="${SEARCH_IDS.template}">${cardList([model], 2)}</template>`;
}

/** The search script, a module served by the site. */
export const searchScript = html`<script type="module" src="/assets/search.js"></script>`;
