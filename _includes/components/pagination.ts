/** DSFR pagination: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/pagination */
import ui from "../../_data/ui.json" with { type: "json" };
import { html, type SafeHtml } from "../../lib/html.ts";
import type { ListPage } from "../../lib/site.ts";

function pageUrl(page: ListPage<unknown>, n: number): string {
  const base = page.pageNumber === 1 ? page.url : page.url.replace(/page\/\d+\/$/, "");
  return n === 1 ? base : `${base}page/${n}/`;
}

function edge(label: string, modifier: string, url: string | undefined): SafeHtml {
  return url
    ? html`<li><a class="fr-pagination__link fr-pagination__link--${modifier}" href="${url}">${label}</a></li>`
    : html`<li><a class="fr-pagination__link fr-pagination__link--${modifier}" aria-disabled="true" role="link">${label}</a></li>`;
}

/** Page numbers around the current one: 1 … 4 5 6 … 12. */
export function visiblePages(current: number, count: number): (number | null)[] {
  const pages = new Set([1, count, current - 1, current, current + 1].filter((n) => n >= 1 && n <= count));
  const sorted = [...pages].sort((a, b) => a - b);
  return sorted.flatMap((n, i) => (i > 0 && n - sorted[i - 1]! > 1 ? [null, n] : [n]));
}

export function pagination(page: ListPage<unknown>): SafeHtml {
  if (page.pageCount <= 1) return html``;
  const last = pageUrl(page, page.pageCount);
  return html`<nav class="fr-pagination fr-mt-4w" aria-label="${ui.pagination.label}">
  <ul class="fr-pagination__list">
    ${edge(ui.pagination.first, "first", page.pageNumber > 1 ? pageUrl(page, 1) : undefined)}
    ${edge(ui.pagination.previous, "prev fr-pagination__link--lg-label", page.previousUrl)}
    ${visiblePages(page.pageNumber, page.pageCount).map((n) =>
      n === null
        ? html`<li><span class="fr-pagination__link fr-displayed-lg">…</span></li>`
        : n === page.pageNumber
          ? html`<li><a class="fr-pagination__link" aria-current="page" title="${ui.pagination.page} ${n}">${n}</a></li>`
          : html`<li><a class="fr-pagination__link" href="${pageUrl(page, n)}" title="${ui.pagination.page} ${n}">${n}</a></li>`,
    )}
    ${edge(ui.pagination.next, "next fr-pagination__link--lg-label", page.nextUrl)}
    ${edge(ui.pagination.last, "last", page.pageNumber < page.pageCount ? last : undefined)}
  </ul>
</nav>`;
}
