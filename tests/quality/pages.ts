/** The pages of a built site, parsed once, for the checks that run over every page. */
import fs from "node:fs";
import path from "node:path";
import { HtmlValidate, Parser, StaticConfigLoader, type ConfigData, type HtmlElement } from "html-validate";
import { ROOT } from "../helpers.ts";

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

/** html-validate with the project's `.htmlvalidate.json`, read explicitly: built sites live outside the project folder. */
export function projectValidator(): HtmlValidate {
  return new HtmlValidate(JSON.parse(fs.readFileSync(path.join(ROOT, ".htmlvalidate.json"), "utf8")) as ConfigData);
}

/** Elements of the document itself, not the inert content of a `<template>` a script clones. */
export function live(elements: HtmlElement[]): HtmlElement[] {
  return elements.filter((element) => !element.closest("template"));
}

/** Pages in which `problem` finds something, as "url: problem" lines (empty when all pass). */
export function failures(pages: SitePage[], problem: (page: SitePage) => string | string[] | undefined): string[] {
  return pages.flatMap((page) => [problem(page) ?? []].flat().map((text) => `${page.url} : ${text}`));
}
