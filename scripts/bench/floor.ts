/**
 * The floor the build is compared with: the bare pipeline a hand-written script would run.
 * gray-matter reads each file, markdown-it renders it, a template literal writes the HTML, and
 * Pagefind's Node API indexes the pages from memory. No checks, no lists, no feeds.
 * Usage: tsx scripts/bench/floor.ts CONTENT_DIR OUTPUT_DIR
 */
import fs from "node:fs";
import path from "node:path";
import matter from "gray-matter";
import markdownIt from "markdown-it";
import * as pagefind from "pagefind";

const [contentDir, outputDir] = process.argv.slice(2) as [string, string];
const md = markdownIt({ html: true });
fs.rmSync(outputDir, { recursive: true, force: true });
const { index } = await pagefind.createIndex({});
if (!index) throw new Error("Pagefind n’a pas démarré");

const indexing: Promise<unknown>[] = [];
for (const folder of ["communiques", "emplois"]) {
  const source = path.join(contentDir, folder);
  for (const name of fs.readdirSync(source)) {
    const { data, content } = matter(fs.readFileSync(path.join(source, name), "utf8"));
    const slug = name.replace(/\.md$/, "");
    const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${data.title}</title></head><body><main><h1>${data.title}</h1>${md.render(content)}</main></body></html>`;
    const url = `/${folder}/${slug}/`;
    fs.mkdirSync(path.join(outputDir, url), { recursive: true });
    fs.writeFileSync(path.join(outputDir, url, "index.html"), html);
    indexing.push(index.addHTMLFile({ url, content: html }));
  }
}
await Promise.all(indexing);
await index.writeFiles({ outputPath: path.join(outputDir, "pagefind") });
await pagefind.close();
