/**
 * A link checker over a built folder, offline: every internal link, image, stylesheet, script and
 * download of every page must name a file of the folder, every `#fragment` an id of its target
 * page, and every `url()` of the site's stylesheets (fonts, icons) a file. External addresses are
 * left alone: CI has no network, and the network test proves pages never load them.
 */
import fs from "node:fs";
import path from "node:path";
import site from "../../_data/site.json" with { type: "json" };
import { resolveStatic } from "../browser-helpers.ts";
import { live, sitePages, urlOf } from "./pages.ts";

/** Attributes that point at something, per element. */
const REFERENCES: [selector: string, attribute: string][] = [
  ["a[href]", "href"],
  ["area[href]", "href"],
  ["link[href]", "href"],
  ["script[src]", "src"],
  ["img[src]", "src"],
  ["img[srcset]", "srcset"],
  ["source[src]", "src"],
  ["source[srcset]", "srcset"],
  ["video[src]", "src"],
  ["video[poster]", "poster"],
  ["audio[src]", "src"],
  ["iframe[src]", "src"],
  ["form[action]", "action"],
  ["object[data]", "data"],
];

/** Where the site pretends to be, so `/a/b` and `https://presse.numerique.gouv.fr/a/b` are both internal. */
const ORIGIN = new URL(site.url).origin;

/** The URLs of a `srcset` ("a.jpg 1x, b.jpg 2x"). */
export function srcsetUrls(value: string): string[] {
  return value
    .split(",")
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

/** The `url(…)` references of a stylesheet, without `data:` and in-document `#ids`. */
export function cssUrls(css: string): string[] {
  return [...css.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]+))\s*\)/g)]
    .map((m) => (m[1] ?? m[2] ?? m[3])!)
    .filter((url) => !/^(data:|#)/i.test(url));
}

export interface BrokenLink {
  /** The page or stylesheet holding the reference. */
  from: string;
  reference: string;
  problem: string;
}

export async function brokenLinks(output: string): Promise<BrokenLink[]> {
  const root = path.resolve(output);
  const pages = await sitePages(root);
  const idsByFile = new Map(pages.map((p) => [p.file, new Set(p.document.querySelectorAll("[id]").map((e) => e.id))]));
  const broken: BrokenLink[] = [];

  /** Checks one reference; returns the file it names when that file exists. */
  const check = (from: string, reference: string): string | undefined => {
    const url = new URL(reference, `${ORIGIN}${from}`);
    if (!/^https?:$/.test(url.protocol) || url.origin !== ORIGIN) return undefined;
    let file = resolveStatic(root, url.pathname);
    const stat = file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
    if (file && stat?.isDirectory()) file = path.join(file, "index.html");
    if (!file || !fs.statSync(file, { throwIfNoEntry: false })?.isFile()) {
      broken.push({ from, reference, problem: "fichier absent" });
      return undefined;
    }
    if (reference === "#") broken.push({ from, reference, problem: "lien vers « # » : il ne mène nulle part" });
    else if (url.hash) {
      const id = decodeURIComponent(url.hash.slice(1));
      if (!idsByFile.get(file)?.has(id)) broken.push({ from, reference, problem: `pas d’élément id="${id}" dans ${urlOf(root, file)}` });
    }
    return file;
  };

  const stylesheets = new Set<string>();
  for (const page of pages) {
    for (const [selector, attribute] of REFERENCES) {
      for (const element of live(page.document.querySelectorAll(selector))) {
        const value = element.getAttributeValue(attribute) ?? "";
        for (const reference of attribute === "srcset" ? srcsetUrls(value) : [value]) {
          const file = check(page.url, reference);
          if (file?.endsWith(".css")) stylesheets.add(file);
        }
      }
    }
  }
  for (const file of stylesheets) {
    const from = urlOf(root, file);
    for (const reference of cssUrls(fs.readFileSync(file, "utf8"))) check(from, reference);
  }
  return broken;
}

/** One line per broken reference and problem, with the pages holding it (a footer link breaks on every page). */
export function grouped(broken: BrokenLink[]): string[] {
  const groups = new Map<string, string[]>();
  for (const b of broken) {
    const key = `${b.reference} : ${b.problem}`;
    groups.set(key, [...(groups.get(key) ?? []), b.from]);
  }
  return [...groups].map(([key, from]) => `${key} — dans ${from.slice(0, 3).join(", ")}${from.length > 3 ? ` et ${from.length - 3} autre(s)` : ""}`);
}
