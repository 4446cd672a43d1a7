/** Absolute addresses: feeds, calendars and social cards are read outside the site. */
import site from "../_data/site.json" with { type: "json" };
import { escapeHtml } from "./html.ts";

/** The job catalogue's section (the search index keeps its offers apart: lib/search-index.ts). */
export const JOBS_URL = "/emplois/";

/** A path `new URL` would leave as it is: no dot segments, nothing to encode. */
const PLAIN_PATH = /^\/(?!\/)(?:[A-Za-z0-9\-_~!$&'()*+,;=:@%]|\/|\.(?![./]|$))*$/;
const SITE_ORIGIN = new URL(site.url).origin;

/** `https://presse.numerique.gouv.fr/espace-presse/` from `/espace-presse/`. */
export function absoluteUrl(pathOrUrl: string, base: string = site.url): string {
  if (/^([a-z][a-z0-9+.-]*:|\/\/)/i.test(pathOrUrl)) return pathOrUrl;
  // Most addresses are the site's own plain paths: building a URL for each costs more than the page.
  if (base === site.url && PLAIN_PATH.test(pathOrUrl)) return SITE_ORIGIN + pathOrUrl;
  return new URL(pathOrUrl, base).href;
}

/** The site's host name, for identifiers that must not change from one build to the next. */
export function siteHost(): string {
  return new URL(site.url).host;
}

function unescapeAttribute(value: string): string {
  return value.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
}

/** Makes every `href` and `src` of an HTML fragment absolute, relative to `pageUrl` (absolute). */
export function absolutizeHtml(fragment: string, pageUrl: string): string {
  return fragment.replace(/\b(href|src)="([^"]*)"/g, (all, attribute: string, value: string) => {
    try {
      return `${attribute}="${escapeHtml(absoluteUrl(unescapeAttribute(value), pageUrl))}"`;
    } catch {
      return all;
    }
  });
}
