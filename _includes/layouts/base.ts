/**
 * The page skeleton: head, skip links, header, breadcrumb, main, footer. Every asset is served
 * from the site itself (DSFR copied from node_modules at build time): no request leaves the site.
 */
import site from "../../_data/site.json" with { type: "json" };
import { PRESS_FEEDS, type AlternateLink } from "../../lib/feeds.ts";
import { html, raw, type SafeHtml } from "../../lib/html.ts";
import { jsonLd, type StructuredData } from "../../lib/structured-data.ts";
import { absoluteUrl } from "../../lib/urls.ts";
import { breadcrumb, type Crumb } from "../components/breadcrumb.ts";
import { footer } from "../components/footer.ts";
import { header } from "../components/header.ts";
import { searchMeta, type SearchEntry } from "../components/search.ts";
import { skipLinks } from "../components/skiplinks.ts";

export interface PageOptions {
  /** The page's own title; the site name is appended in `<title>`. */
  title: string;
  url: string;
  description?: string;
  /** Trail after "Accueil"; absent on the home page. */
  crumbs?: Crumb[];
  /** Extra tags for `<head>` (feeds, social cards). */
  head?: SafeHtml;
  /** Extra scripts at the end of `<body>`. */
  scripts?: SafeHtml;
  /** Replaces the default header tools (the search form). */
  headerTools?: SafeHtml;
  /** This page's own feeds or calendars, after the press room's feeds that every page links to. */
  alternates?: AlternateLink[];
  /** The page's address for search engines; default: the site URL followed by `url`. */
  canonical?: string;
  /** The lead image of social cards (Open Graph, Twitter), made absolute. */
  socialImage?: { src: string; alt: string };
  /** Open Graph type: "article" for a communiqué, an event or an offer. */
  ogType?: "website" | "article";
  /** The schema.org description of the page (NewsArticle, Event, JobPosting), as JSON-LD. */
  structuredData?: StructuredData;
  /** Keeps the page out of search engines: no canonical URL, `noindex` (the 404 page). */
  noindex?: boolean;
  /** Puts the page in the site search: only its main content is indexed, not header, menu, breadcrumb or footer. */
  search?: SearchEntry;
}

/** Canonical URL, Open Graph and Twitter card, JSON-LD: what search engines and social networks read. */
function discoveryTags(options: PageOptions): SafeHtml {
  if (options.noindex) return html`<meta name="robots" content="noindex">`;
  const canonical = options.canonical ?? absoluteUrl(options.url);
  const description = options.description ?? site.description;
  const image = options.socialImage && { src: absoluteUrl(options.socialImage.src), alt: options.socialImage.alt };
  return html`<link rel="canonical" href="${canonical}">
<meta property="og:type" content="${options.ogType ?? "website"}">
<meta property="og:site_name" content="${site.name}">
<meta property="og:locale" content="fr_FR">
<meta property="og:title" content="${options.title}">
<meta property="og:description" content="${description}">
<meta property="og:url" content="${canonical}">
${image ? html`<meta property="og:image" content="${image.src}">
<meta property="og:image:alt" content="${image.alt}">
` : ""}<meta name="twitter:card" content="${image ? "summary_large_image" : "summary"}">
<meta name="twitter:title" content="${options.title}">
<meta name="twitter:description" content="${description}">
${image ? html`<meta name="twitter:image" content="${image.src}">
<meta name="twitter:image:alt" content="${image.alt}">
` : ""}${options.structuredData ? html`<script type="application/ld+json">${raw(jsonLd(options.structuredData))}</script>` : ""}`;
}

export function pageTitle(title: string): string {
  return title === site.name ? site.name : `${title} - ${site.name}`;
}

export function basePage(options: PageOptions, content: SafeHtml): string {
  return html`<!DOCTYPE html>
<html lang="fr">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="format-detection" content="telephone=no">
<title>${pageTitle(options.title)}</title>
${options.description ? html`<meta name="description" content="${options.description}">` : ""}
${discoveryTags(options)}
<link rel="stylesheet" href="/dsfr/dsfr.min.css">
<link rel="stylesheet" href="/dsfr/utility/icons/icons.min.css">
<link rel="stylesheet" href="/assets/site.css">
<link rel="apple-touch-icon" href="/dsfr/favicon/apple-touch-icon.png">
<link rel="icon" href="/dsfr/favicon/favicon.svg" type="image/svg+xml">
<link rel="shortcut icon" href="/dsfr/favicon/favicon.ico" type="image/x-icon">
${[...PRESS_FEEDS, ...(options.alternates ?? [])].map((l) => html`<link rel="alternate" type="${l.type}" title="${l.title}" href="${l.href}">
`)}${options.head ?? ""}
${options.search ? searchMeta(options.search) : ""}
</head>
<body>
${skipLinks()}
${header(options.url, options.headerTools)}
<main id="contenu" tabindex="-1">
<div class="fr-container fr-mb-8w">
${options.crumbs ? breadcrumb(options.crumbs) : html`<div class="fr-mt-4w"></div>`}
${options.search ? html`<div data-pagefind-body>
${content}
</div>` : content}
</div>
</main>
${footer()}
<script type="module" src="/dsfr/dsfr.module.min.js"></script>
<script nomodule src="/dsfr/dsfr.nomodule.min.js"></script>
${options.scripts ?? ""}
</body>
</html>
`.value;
}
