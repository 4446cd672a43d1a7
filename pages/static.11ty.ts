/** The site's own pages (accessibility, legal notice, personal data), written in Markdown in `pages/textes/`. */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import matter from "gray-matter";
import { basePage } from "../_includes/layouts/base.ts";
import { html, raw } from "../lib/html.ts";
import { renderMarkdown } from "../lib/markdown.ts";

export interface StaticPage {
  title: string;
  url: string;
  html: string;
}

const TEXTS = path.join(path.dirname(fileURLToPath(import.meta.url)), "textes");

export function staticPages(): StaticPage[] {
  return fs
    .readdirSync(TEXTS)
    .filter((name) => name.endsWith(".md"))
    .sort()
    .map((name) => {
      const { data, content } = matter(fs.readFileSync(path.join(TEXTS, name), "utf8"));
      return { title: String(data.title), url: String(data.permalink), html: renderMarkdown(content) };
    });
}

export default class StaticTemplate {
  data() {
    return {
      pagination: { data: "staticPages", size: 1, alias: "staticPage", addAllPagesToCollections: true },
      staticPages: staticPages(),
      permalink: (data: { staticPage: StaticPage }) => data.staticPage.url,
    };
  }

  render(data: { staticPage: StaticPage }): string {
    const page = data.staticPage;
    return basePage({ title: page.title, url: page.url, crumbs: [{ label: page.title }] }, html`<h1>${page.title}</h1>${raw(page.html)}`);
  }
}
