/** robots.txt: everything may be indexed; the sitemap says where the pages are. */
import { absoluteUrl } from "../lib/urls.ts";
import { SITEMAP_URL } from "./sitemap.11ty.ts";

export default class RobotsTemplate {
  data() {
    return { permalink: "/robots.txt", eleventyExcludeFromCollections: true };
  }

  render(): string {
    return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_URL)}\n`;
  }
}
