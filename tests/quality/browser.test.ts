/**
 * The sample site in Chromium, served over HTTP with every other address blocked:
 * - every page: axe-core (WCAG 2.0/2.1, A and AA) finds nothing, the page asks nothing outside the
 *   site, and its scripts, fonts, icons, images and (search pages) the Pagefind index load;
 * - the keyboard path: the first Tab reaches the skip links, "Contenu" moves focus to `main`, and
 *   every element Tab reaches shows a focus ring.
 */
import { AxeBuilder } from "@axe-core/playwright";
import type { AxeResults } from "axe-core";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { blockOutside, browserAvailable, launchBrowser, serveFolder, type BrowserSession, type StaticServer } from "../browser-helpers.ts";
import { sampleSite } from "../helpers.ts";
import { htmlFiles, urlOf } from "./pages.ts";

const WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

const built = await sampleSite();
const urls = htmlFiles(built.output).map((file) => urlOf(built.output, file));

/** A communiqué page with downloads, tags and the press contact: the richest keyboard path. */
const communiqueUrl = urls.find((url) => /^\/espace-presse\/[^/]+\/$/.test(url) && built.read(url).includes("fr-link--download"))!;

/** "rule (impact): help — element" lines, one per failing element. */
function violationLines(results: AxeResults): string[] {
  return results.violations.flatMap((v) => v.nodes.map((node) => `${v.id} (${v.impact}) : ${v.help} — ${node.target.join(" ")} ${node.html.slice(0, 160)}`));
}

/** What one visit of a page loaded, what failed, and what it tried to fetch outside the site. */
interface Visit {
  loaded: string[];
  failed: string[];
  outside: string[];
}

/** A tab that blocks every address but the site's and records each visit; axe-core runs in it. */
interface Tab {
  page: Page;
  open(url: string): Promise<Visit>;
  axe(): Promise<AxeResults>;
}

async function openTab(browser: BrowserSession, server: StaticServer): Promise<Tab> {
  const page = await browser.context.newPage();
  const outside = await blockOutside(page, server.origin);
  let visit: Visit = { loaded: [], failed: [], outside: [] };
  page.on("response", (response) => (response.status() < 400 ? visit.loaded : visit.failed).push(`${response.status()} ${new URL(response.url()).pathname}`));
  page.on("requestfailed", (request) => {
    if (request.url().startsWith(server.origin)) visit.failed.push(`${request.failure()?.errorText} ${new URL(request.url()).pathname}`);
  });
  return {
    page,
    /** Opens a page and waits for its images (lazy ones too), its fonts and, on a search page, the Pagefind index. */
    async open(url) {
      visit = { loaded: [], failed: [], outside: [] };
      const before = outside.length;
      await page.goto(server.url(url), { waitUntil: "load" });
      // A search page shows its form once the script has loaded the index.
      if (await page.locator("form[data-search]").count()) await page.waitForSelector("form[data-search]:not([hidden])");
      await page.evaluate(async () => {
        for (const img of document.images) img.loading = "eager";
        await Promise.all([...document.images].map((img) => img.decode().catch(() => undefined)));
        await document.fonts.ready;
      });
      visit.outside = outside.slice(before);
      return visit;
    },
    /** WCAG 2.0/2.1 A and AA rules, in-page (legacy) mode since pages have no frames, violations only (faster). */
    axe: () => new AxeBuilder({ page }).options({ resultTypes: ["violations"] }).withTags(WCAG_TAGS).setLegacyMode(true).analyze(),
  };
}

/**
 * Two tabs visit pages side by side: axe-core keeps one core busy per tab, and this machine has two.
 * A test waits for a free tab.
 */
const TABS = 2;

describe.skipIf(!browserAvailable("qualité dans Chromium"))("the sample site in Chromium, network closed but for the site", () => {
  let server: StaticServer;
  let browser: BrowserSession;
  const idle: Tab[] = [];
  const waiting: ((tab: Tab) => void)[] = [];
  beforeAll(async () => {
    server = await serveFolder(built.output);
    browser = await launchBrowser();
    for (let i = 0; i < TABS; i++) idle.push(await openTab(browser, server));
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function withTab<T>(use: (tab: Tab) => Promise<T>): Promise<T> {
    const tab = idle.pop() ?? (await new Promise<Tab>((resolve) => waiting.push(resolve)));
    try {
      return await use(tab);
    } finally {
      const next = waiting.shift();
      if (next) next(tab);
      else idle.push(tab);
    }
  }

  it.concurrent.for(urls)("%s: no axe-core violation, nothing asked outside the site, scripts, fonts, icons and images loaded", async (url, { expect }) => {
    const { visit, state, axe } = await withTab(async (tab) => {
      const visit = await tab.open(url);
      const state = await tab.page.evaluate(() => ({
        dsfrScriptRan: document.documentElement.hasAttribute("data-fr-js"),
        marianneLoaded: [...document.fonts].some((f) => f.family.replace(/"/g, "") === "Marianne" && f.status === "loaded"),
        brokenFonts: [...document.fonts].filter((f) => f.status === "error").map((f) => `${f.family} ${f.weight} ${f.style}`),
        brokenImages: [...document.images].filter((img) => !img.naturalWidth).map((img) => img.getAttribute("src")),
      }));
      return { visit, state, axe: await tab.axe() };
    });
    expect.soft(violationLines(axe), "axe-core").toEqual([]);
    expect.soft(visit.outside, "requêtes hors du site").toEqual([]);
    expect.soft(visit.failed, "requêtes en échec").toEqual([]);
    expect.soft(state).toEqual({ dsfrScriptRan: true, marianneLoaded: true, brokenFonts: [], brokenImages: [] });
    expect.soft(visit.loaded.filter((p) => p.includes("/dsfr/icons/")).length, "icônes chargées").toBeGreaterThan(0);
  });

  it("would report an axe violation with its rule and element", async () => {
    const lines = await withTab(async (tab) => {
      await tab.open("/");
      await tab.page.setContent('<!DOCTYPE html><html lang="fr"><head><title>t</title></head><body><main><img src="/x.png"></main></body></html>');
      return violationLines(await tab.axe());
    });
    expect(lines).toEqual([expect.stringMatching(/^image-alt \(critical\) : .* — img <img src="\/x\.png">$/)]);
  });

  // Keyboard tests one at a time, in a tab brought to the front: focus is the window's.
  it.each([communiqueUrl, "/emplois/", "/espace-presse/"])("%s: the keyboard path (skip links first, Contenu to main, focus always visible)", async (url) => {
    await withTab(async ({ page, open }) => {
      await open(url);
      await page.bringToFront();
      await page.keyboard.press("Tab");
      const first = await page.evaluate(() => {
        const el = document.activeElement as HTMLAnchorElement;
        return { inSkipLinks: Boolean(el.closest(".fr-skiplinks")), text: el.textContent?.trim(), href: el.getAttribute("href") };
      });
      expect(first).toEqual({ inSkipLinks: true, text: "Contenu", href: "#contenu" });
      expect(await focusRing(page)).toEqual([]);

      await page.keyboard.press("Enter");
      expect(await page.evaluate(() => `${document.activeElement?.tagName} #${document.activeElement?.id}`)).toBe("MAIN #contenu");
      expect(await focusRing(page)).toEqual([]);

      // From the top again, every stop of the Tab order until it leaves the page.
      await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
      const problems: string[] = [];
      let stops = 0;
      for (; stops < 400; stops++) {
        await page.keyboard.press("Tab");
        if (await page.evaluate(() => document.activeElement === document.body || document.activeElement === null)) break;
        problems.push(...(await focusRing(page)));
      }
      expect(stops).toBeGreaterThan(10);
      expect(stops).toBeLessThan(400);
      expect(problems).toEqual([]);
    });
  });
});

/** What is wrong with the focused element's visible focus: nothing when it shows a ring on screen. */
async function focusRing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ""} « ${(el.textContent ?? "").trim().slice(0, 40)} »`;
    const ring = (style: CSSStyleDeclaration) =>
      (style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0 && !/(transparent|, 0\))$/.test(style.outlineColor)) ||
      /\d+px \d+px \d+px \d*[1-9]/.test(style.boxShadow);
    const shown = [getComputedStyle(el), getComputedStyle(el, "::before"), getComputedStyle(el, "::after")].some(ring);
    const box = el.getBoundingClientRect();
    const onScreen = box.width > 0 && box.height > 0 && box.bottom > 0 && box.top < innerHeight && box.right > 0 && box.left < innerWidth;
    return [...(shown ? [] : [`${name} : pas de contour de focus`]), ...(onScreen ? [] : [`${name} : hors de l’écran ou sans taille`])];
  });
}
