/** Lists of communiqués: the press room, a category, a tag. Cards, newest first, paginated. */
import site from "../../_data/site.json" with { type: "json" };
import ui from "../../_data/ui.json" with { type: "json" };
import type { Communique } from "../../lib/communiques.ts";
import { categoryFeedLink, PRESS_FEEDS, type AlternateLink } from "../../lib/feeds.ts";
import { html, type SafeHtml } from "../../lib/html.ts";
import { DOCUMENTS_URL } from "../../lib/press-documents.ts";
import type { ListPage, Site } from "../../lib/site.ts";
import { card, cardList } from "../components/card.ts";
import { pagination } from "../components/pagination.ts";
import { subscribeLinks } from "../components/subscribe.ts";
import { cardLabels, tagLinks } from "../components/tags.ts";
import type { Crumb } from "../components/breadcrumb.ts";
import { basePage } from "./base.ts";

export function communiqueCard(c: Communique, headingLevel: 2 | 3): SafeHtml {
  return card({
    title: c.title,
    url: c.url,
    headingLevel,
    description: c.chapeauText || undefined,
    start: cardLabels(c.category ? [c.category.label] : [], [...(c.draft ? [ui.press.draft] : []), ...(c.embargo ? [ui.press.embargo] : [])]),
    detail: html`<time datetime="${c.datetime}">${c.dateLabel}</time>`,
    imageSrc: c.image?.src,
  });
}

export function cardGrid(items: Communique[], headingLevel: 2 | 3): SafeHtml {
  if (!items.length) return html`<p>${ui.press.empty}</p>`;
  return cardList(items.map((c) => communiqueCard(c, headingLevel)));
}

export interface ListOptions {
  title: string;
  intro?: SafeHtml;
  crumbs: Crumb[];
  /** The list's own feed or calendar (`<link rel="alternate">`). */
  alternates?: AlternateLink[];
}

/** "Espace presse", then "Espace presse – page 2 sur 3": every page title is unique. */
export function listTitle(title: string, page: ListPage<unknown>): string {
  return page.pageNumber === 1
    ? title
    : `${title} – ${ui.press.pageSuffix.replace("{n}", String(page.pageNumber)).replace("{count}", String(page.pageCount))}`;
}

/** A page of a paginated list: unique title, breadcrumb back to the first page, the items, the pagination. */
export function listPage(page: ListPage<unknown>, options: ListOptions, items: SafeHtml): string {
  const title = listTitle(options.title, page);
  const crumbs = page.pageNumber === 1 ? options.crumbs : [...options.crumbs.slice(0, -1), { label: options.title, url: page.url.replace(/page\/\d+\/$/, "") }, { label: title }];
  return basePage(
    { title, url: page.url, description: site.description, crumbs, alternates: options.alternates },
    html`<h1>${title}</h1>
${options.intro ?? ""}
${items}
${pagination(page)}`,
  );
}

export function communiqueListPage(page: ListPage<Communique>, options: ListOptions): string {
  return listPage(page, options, cardGrid(page.items, 2));
}

/** The press room: every communiqué; its first page introduces the categories, documents and feeds. */
export function pressRoomPage(press: Site, page: ListPage<Communique>): string {
  const intro = html`<p class="fr-text--lead">${ui.press.intro}</p>
<p><a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="${DOCUMENTS_URL}">${ui.documents.link}</a></p>
${press.categories.length ? html`<h2 class="fr-h6">${ui.press.categoriesTitle}</h2>${tagLinks(press.categories)}` : ""}
${subscribeLinks(ui.feeds.subscribe, ui.feeds.subscribeHint, PRESS_FEEDS)}`;
  return communiqueListPage(page, { title: ui.press.title, intro: page.pageNumber === 1 ? intro : undefined, crumbs: [{ label: ui.press.title }] });
}

/** The communiqués of a category (with its feed) or of a tag. */
export function termListPage(page: ListPage<Communique>): string {
  const heading = page.termKind === "category" ? ui.press.categoryTitle : ui.press.tagTitle;
  const title = heading.replace("{label}", page.term!.label);
  const feed = page.termKind === "category" ? categoryFeedLink(page.term!) : undefined;
  return communiqueListPage(page, {
    title,
    crumbs: [{ label: ui.press.title, url: "/espace-presse/" }, { label: title }],
    intro: feed && page.pageNumber === 1 ? subscribeLinks(ui.feeds.subscribe, ui.feeds.categoryHint, [feed]) : undefined,
    alternates: feed ? [feed] : undefined,
  });
}
