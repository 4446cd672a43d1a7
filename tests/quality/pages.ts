/** The pages of a built site, parsed once, for the checks that run over every page. */
import fs from "node:fs";
import path from "node:path";
import { Parser, StaticConfigLoader, type HtmlElement } from "html-validate";

export interface SitePage {
  /** "/espace-presse/", "/404.html" */
  url: string;
  file: string;
  source: string;
  document: HtmlElement;
}

/** Every HTML file of `output`, sorted by URL; `index.html` is the folder's URL. */
export function htmlFiles(output: string): string[] {
  return fs
    .readdirSync(output, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".html"))
    .map((file) => path.join(output, file))
    .sort();
}

export function urlOf(output: string, file: string): string {
  return `/${path.relative(output, file).split(path.sep).join("/")}`.replace(/(^|\/)index\.html$/, "$1");
}

export async function sitePages(output: string): Promise<SitePage[]> {
  const parser = new Parser(await new StaticConfigLoader().getConfigFor("page.html"));
  return htmlFiles(output).map((file) => {
    const source = fs.readFileSync(file, "utf8");
    return { url: urlOf(output, file), file, source, document: parser.parseHtml(source) };
  });
}

/** Elements of the document itself, not the inert content of a `<template>` a script clones. */
export function live(elements: HtmlElement[]): HtmlElement[] {
  return elements.filter((element) => !element.closest("template"));
}

/** Pages in which `problem` finds something, as "url: problem" lines (empty when all pass). */
export function failures(pages: SitePage[], problem: (page: SitePage) => string | string[] | undefined): string[] {
  return pages.flatMap((page) => [problem(page) ?? []].flat().map((text) => `${page.url} : ${text}`));
}
