/** RGAA points a machine can check, each over every page of the sample site. */
import fs from "node:fs";
import path from "node:path";
import type { HtmlElement } from "html-validate";
import { beforeAll, describe, expect, it } from "vitest";
import navigation from "../../_data/navigation.json" with { type: "json" };
import site from "../../_data/site.json" with { type: "json" };
import { FOOTER_LINKS } from "../../_includes/components/footer.ts";
import { SITE_MAP_URL } from "../../pages/plan-du-site.11ty.ts";
import { frenchFileSize } from "../../lib/format.ts";
import { resolveStatic } from "../browser-helpers.ts";
import { ROOT, sampleSite } from "../helpers.ts";
import { failures, live, sitePages, type SitePage } from "./pages.ts";

/** BCP 47 as pages use it: "fr", "en", "en-GB", "br"… */
const LANGUAGE_TAG = /^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;

/**
 * Documents a link downloads. Calendars and feeds (.ics, .atom, .rss) are left out: they are
 * addresses for a calendar or feed reader to subscribe to, announced by their `type` attribute.
 */
const DOWNLOAD = /\.(pdf|docx?|odt|ods|odp|xlsx?|pptx?|csv|zip|epub|mp3|mp4)$/i;

/** "PDF, 245 Ko", "DOCX – 1,2 Mo": a format then a size in French units. */
const FORMAT_AND_SIZE = /\b[A-Z0-9]{2,5}\b.*\b\d+(,\d+)? (octets|Ko|Mo|Go)\b/;

/** A document on another site: its size is unknown at build time, its format is still stated. */
const FORMAT = /\b[A-Z0-9]{2,5}\b/;

const text = (element: HtmlElement) => element.textContent.replace(/\s+/g, " ").trim();

/** Every `<x lang="…">text</x>` the content files write: passages the authors marked as another language. */
function markedPassages(contentDir: string): { lang: string; text: string; file: string }[] {
  const files = fs.readdirSync(contentDir, { recursive: true, encoding: "utf8" }).filter((f) => /\.(md|markdown)$/.test(f));
  return files.flatMap((file) =>
    [...fs.readFileSync(path.join(contentDir, file), "utf8").matchAll(/<(\w+)[^>]*\slang="([^"]+)"[^>]*>([^<]+)<\/\1>/g)].map((m) => ({
      lang: m[2]!,
      text: m[3]!.replace(/\s+/g, " ").trim(),
      file,
    })),
  );
}

describe("RGAA checks on every page of the sample site", () => {
  let output: string;
  let pages: SitePage[];
  beforeAll(async () => {
    output = (await sampleSite()).output;
    pages = await sitePages(output);
  });

  it("has pages to check", () => {
    expect(pages.length).toBeGreaterThan(20);
  });

  it("declares French on <html> (RGAA 8.3)", () => {
    expect(failures(pages, (p) => (p.document.querySelector("html")?.getAttributeValue("lang") === "fr" ? undefined : "html sans lang=\"fr\""))).toEqual([]);
  });

  it("marks the passages the content marks as another language, with valid language tags (RGAA 8.7)", () => {
    const invalid = failures(pages, (p) =>
      p.document
        .querySelectorAll("[lang]")
        .map((e) => e.getAttributeValue("lang") ?? "")
        .filter((lang) => !LANGUAGE_TAG.test(lang))
        .map((lang) => `lang="${lang}" n’est pas un code de langue`),
    );
    expect(invalid).toEqual([]);
    const marked = markedPassages(path.join(ROOT, "content"));
    expect(marked.length).toBeGreaterThan(0);
    const missing = marked.filter(
      (passage) => !pages.some((p) => p.document.querySelectorAll(`[lang="${passage.lang}"]`).some((e) => text(e) === passage.text)),
    );
    expect(missing).toEqual([]);
    // A marked passage shown as escaped markup (a card excerpt, a description) would read "<span lang…".
    expect(failures(pages, (p) => (/&lt;\w+[^&]*\slang=/.test(p.source) ? "balise lang affichée comme du texte" : undefined))).toEqual([]);
  });

  it("has exactly one h1 (RGAA 9.1)", () => {
    expect(failures(pages, (p) => {
      const count = live(p.document.querySelectorAll("h1")).length;
      return count === 1 ? undefined : `${count} titres h1`;
    })).toEqual([]);
  });

  it("never skips a heading level (RGAA 9.1)", () => {
    expect(
      failures(pages, (p) => {
        let previous = 0;
        return live(p.document.querySelectorAll("h1, h2, h3, h4, h5, h6")).flatMap((h) => {
          const level = Number(h.tagName.slice(1));
          const skip = level > previous + 1 ? [`h${level} « ${text(h)} » après h${previous || "(aucun)"}`] : [];
          previous = level;
          return skip;
        });
      }),
    ).toEqual([]);
  });

  it("states the format of every download, and the true size of the site's own files", () => {
    const downloads = pages.flatMap((p) =>
      p.document
        .querySelectorAll("a[href]")
        .filter((a) => a.hasAttribute("download") || DOWNLOAD.test((a.getAttributeValue("href") ?? "").split(/[?#]/)[0]!))
        .map((a) => ({ page: p.url, href: a.getAttributeValue("href")!, label: text(a) })),
    );
    expect(downloads.length).toBeGreaterThan(10);
    expect(downloads.filter((d) => !(/^https?:/.test(d.href) ? FORMAT : FORMAT_AND_SIZE).test(d.label))).toEqual([]);
    // A file of the site: the size stated is the size of the file served.
    const wrongSize = downloads.filter((d) => {
      const file = d.href.startsWith("/") ? resolveStatic(output, d.href) : null;
      return file !== null && !d.label.includes(frenchFileSize(fs.statSync(file).size));
    });
    expect(wrongSize).toEqual([]);
  });

  it("gives every image an alt attribute (RGAA 1.1)", () => {
    expect(failures(pages, (p) => p.document.querySelectorAll("img").filter((img) => !img.hasAttribute("alt")).map((img) => `img sans alt : ${img.getAttributeValue("src")}`))).toEqual([]);
  });

  it("has unique titles that end with the site name (RGAA 8.6)", () => {
    const titles = pages.map((p) => ({ url: p.url, title: p.document.querySelector("title")?.textContent.trim() ?? "" }));
    expect(titles.filter((t) => !t.title.endsWith(site.name))).toEqual([]);
    const seen = new Map<string, string>();
    const duplicates = titles.flatMap((t) => {
      const other = seen.get(t.title);
      seen.set(t.title, t.url);
      return other ? [`${t.url} a le même titre que ${other} : « ${t.title} »`] : [];
    });
    expect(duplicates).toEqual([]);
  });

  it("offers a site map, linked from every page, reaching every menu section and footer page (RGAA 12.1)", () => {
    expect(failures(pages, (p) => (p.document.querySelector(`footer a[href="${SITE_MAP_URL}"]`) ? undefined : "pas de lien vers le plan du site"))).toEqual([]);
    const siteMap = pages.find((p) => p.url === SITE_MAP_URL)!;
    const targets = new Set(siteMap.document.querySelectorAll("main a[href]").map((a) => a.getAttributeValue("href")));
    expect([...navigation, ...FOOTER_LINKS].map((l) => l.url).filter((url) => url !== SITE_MAP_URL && !targets.has(url))).toEqual([]);
  });
});
