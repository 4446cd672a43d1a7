/**
 * sitemap.xml (https://www.sitemaps.org/protocol.html): every HTML page, those Eleventy renders
 * (its collections: feeds, calendars and the 404 page leave them) and those made from the content.
 */
import { contentPages } from "../lib/content-pages.ts";
import type { Site } from "../lib/site.ts";
import { escapeXml } from "../lib/feeds.ts";
import { absoluteUrl } from "../lib/urls.ts";

export const SITEMAP_URL = "/sitemap.xml";

interface CollectionItem {
  url: string | false;
}

/** The page addresses of a collection: HTML pages only, sorted, each once. */
export function sitemapUrls(items: CollectionItem[]): string[] {
  const urls = items.map((item) => item.url).filter((url): url is string => typeof url === "string" && (url.endsWith("/") || url.endsWith(".html")));
  return [...new Set(urls)].sort();
}

export default class SitemapTemplate {
  data() {
    return { permalink: SITEMAP_URL, eleventyExcludeFromCollections: true };
  }

  render(data: { collections: { all: CollectionItem[] }; press: Site }): string {
    return `<?xml version="1.0" encoding="utf-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${sitemapUrls([...data.collections.all, ...contentPages(data.press)])
  .map((url) => `  <url><loc>${escapeXml(absoluteUrl(url))}</loc></url>\n`)
  .join("")}</urlset>
`;
  }
}
