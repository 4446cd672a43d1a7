/**
 * The job catalogue and the site search in a real browser: the sample site built with its Pagefind
 * index (at a fixed build time, so the open offers do not change with the calendar), served over
 * HTTP, driven in headless Chromium.
 */
import fs from "node:fs";
import path from "node:path";
import { AxeBuilder } from "@axe-core/playwright";
import { DateTime } from "luxon";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import ui from "../../_data/ui.json" with { type: "json" };
import type { Job } from "../../lib/jobs.ts";
import { slugify } from "../../lib/slug.ts";
import { blockOutside, browserAvailable, launchBrowser, serveFolder, type BrowserSession, type StaticServer } from "../browser-helpers.ts";
import { buildSite, ROOT, type Built } from "../helpers.ts";

const NOW = DateTime.fromISO("2026-11-28T12:00:00", { zone: "Europe/Paris" });
const WCAG = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

/** Lower case without accents: what "securite" and "sécurité" have in common. */
const plain = (text: string) => text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();

/** The offers a search for a word should find: the word (or a longer one it starts) in the source file. */
function mentions(job: Job, word: string): boolean {
  return new RegExp(`\\b${plain(word)}`).test(plain(fs.readFileSync(path.join(ROOT, job.source), "utf8")));
}

/** Waits for the search triggered by the last action to be drawn. */
async function settled(page: Page): Promise<void> {
  await page.waitForSelector("#resultats:not([aria-busy])", { state: "attached" });
}

/** Opens a search page and waits for the search script to take over and draw its first results. */
async function visit(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.waitForSelector("form[data-search]:not([hidden])");
  await settled(page);
}

async function resultLinks(page: Page): Promise<string[]> {
  return page.$$eval("#resultats .fr-card__title a", (links) => links.map((a) => a.getAttribute("href") ?? ""));
}

async function status(page: Page): Promise<string> {
  return (await page.textContent("#statut-recherche")) ?? "";
}

/** Presses Tab until `id` has the focus: the page can be used with the keyboard only. */
async function tabTo(page: Page, id: string, key = "Tab"): Promise<void> {
  for (let i = 0; i < 120; i++) {
    if (await page.evaluate((target) => document.activeElement?.id === target || document.activeElement?.getAttribute("href") === target, id)) return;
    await page.keyboard.press(key);
  }
  throw new Error(`${id} n’est pas atteignable au clavier`);
}

async function axeViolations(page: Page): Promise<string[]> {
  const { violations } = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  return violations.map((v) => `${page.url()} ${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}

describe.skipIf(!browserAvailable("recherche et emplois"))("the job catalogue and the site search", () => {
  let built: Built;
  let server: StaticServer;
  let browser: BrowserSession;
  let outside: string[];
  let page: Page;

  beforeAll(async () => {
    built = await buildSite(path.join(ROOT, "content"), { now: NOW });
    server = await serveFolder(built.output);
    browser = await launchBrowser();
    outside = await blockOutside(browser.context, server.origin);
    page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const openJobs = () => built.site.openJobs;
  const bretagne = () => openJobs().filter((job) => job.region?.label === "Bretagne");

  it("becomes a search on /emplois/: words, then a region, give exactly the matching open offers", async () => {
    const expected = bretagne().filter((job) => mentions(job, "réseau"));
    // The example is meaningful: the region and the word each leave offers out.
    expect(expected.length).toBeGreaterThanOrEqual(2);
    expect(bretagne().length).toBeGreaterThan(expected.length);
    expect(openJobs().filter((job) => mentions(job, "réseau")).length).toBeGreaterThan(expected.length);
    expect(built.site.jobs.some((job) => job.expired)).toBe(true);

    await visit(page, server.url("/emplois/"));
    expect(await status(page)).toBe(`${openJobs().length} offres correspondent à votre recherche`);
    expect(await page.isHidden("nav[data-without-js]")).toBe(true);
    // Twelve at a time; "more" draws the next ones and moves the focus to the first of them.
    expect(await resultLinks(page)).toEqual(openJobs().slice(0, 12).map((job) => job.url));
    await page.click("#plus-de-resultats");
    await page.waitForFunction((url) => document.activeElement?.getAttribute("href") === url, openJobs()[12]!.url);
    expect(await resultLinks(page)).toEqual(openJobs().slice(0, 24).map((job) => job.url));

    await page.fill("#offres-q", "réseau");
    await settled(page);
    const withWord = openJobs().filter((job) => mentions(job, "réseau"));
    expect((await resultLinks(page)).sort()).toEqual(withWord.map((job) => job.url).sort());

    await page.click("label[for=region-bretagne]");
    await settled(page);
    expect((await resultLinks(page)).sort()).toEqual(expected.map((job) => job.url).sort());
    expect(await status(page)).toBe(`${expected.length} offres correspondent à votre recherche`);
    expect(await page.textContent("label[for=region-bretagne] .facet-count")).toBe(`(${expected.length})`);
    expect(new URL(page.url()).search).toBe("?q=r%C3%A9seau&region=Bretagne");
  });

  it("clears the filters, goes back with the back button, and opens a shared search as it was", async () => {
    await page.click("[data-clear]");
    await settled(page);
    expect(await page.isChecked("#region-bretagne")).toBe(false);
    expect(await page.inputValue("#offres-q")).toBe("réseau");
    expect(await resultLinks(page)).toHaveLength(openJobs().filter((job) => mentions(job, "réseau")).length);

    await page.goBack();
    await settled(page);
    expect(await page.isChecked("#region-bretagne")).toBe(true);
    expect(await resultLinks(page)).toHaveLength(bretagne().filter((job) => mentions(job, "réseau")).length);

    await visit(page, server.url("/emplois/?region=Bretagne&tri=date-limite"));
    expect(await page.isChecked("#region-bretagne")).toBe(true);
    expect(await page.inputValue("#offres-tri")).toBe("date-limite");
    const deadlines = (await resultLinks(page)).map((url) => openJobs().find((job) => job.url === url)?.deadline?.date.value.toMillis() ?? Infinity);
    expect(deadlines).toHaveLength(bretagne().length);
    expect(deadlines).toEqual([...deadlines].sort((a, b) => a - b));
  });

  it("searches a short word typed key by key once the visitor stops typing", async () => {
    await visit(page, server.url("/emplois/"));
    const withWeb = openJobs().filter((job) => mentions(job, "web"));
    expect(withWeb.length).toBeGreaterThan(0);
    expect(withWeb.length).toBeLessThan(openJobs().length);
    // Three letters or fewer wait for the next key (their search would hold up the next one's).
    await page.type("#offres-q", "web", { delay: 60 });
    await page.waitForFunction((text) => document.querySelector("#statut-recherche")?.textContent === text, `${withWeb.length} offres correspondent à votre recherche`);
    await settled(page);
    expect((await resultLinks(page)).sort()).toEqual(withWeb.map((job) => job.url).sort());
    expect(new URL(page.url()).searchParams.get("q")).toBe("web");
  });

  it("finds « sécurité » when « securite » is typed in the header form, and filters by type on /recherche/", async () => {
    await page.goto(server.url("/emplois/"));
    await page.fill("#recherche-site", "securite");
    await page.press("#recherche-site", "Enter");
    await page.waitForURL(/\/recherche\/\?q=securite$/);
    await page.waitForSelector("form[data-search]:not([hidden])");
    await settled(page);
    const titles = await page.$$eval("#resultats .fr-card__title a", (links) => links.map((a) => a.textContent ?? ""));
    expect(titles.length).toBeGreaterThan(0);
    expect(titles.some((title) => title.includes("sécurité"))).toBe(true);
    expect(await page.$$eval("#resultats mark", (marks) => marks.map((m) => m.textContent?.toLowerCase()))).toContain("sécurité");
    const all = await status(page);

    await page.click("label[for=type-communique]");
    await settled(page);
    const types = await page.$$eval("#resultats .fr-card .fr-tag", (tags) => [...new Set(tags.map((t) => t.textContent))]);
    expect(types).toEqual(["Communiqué"]);
    expect(await status(page)).not.toBe(all);
    expect(new URL(page.url()).searchParams.get("type")).toBe("Communiqué");

    // The offers live in their own index, merged into the site search.
    await page.click(`label[for=type-${slugify(ui.search.types.job)}]`);
    await settled(page);
    const offers = built.site.jobs.filter((job) => mentions(job, "sécurité"));
    expect(offers.length).toBeGreaterThan(0);
    const links = await resultLinks(page);
    expect(links).toHaveLength(Math.min(12, offers.length));
    expect(offers.map((job) => job.url)).toEqual(expect.arrayContaining(links));
    expect(await status(page)).toMatch(new RegExp(`^${offers.length} `));
  });

  it("on /recherche/, finds the pages that say a word, not the offers whose index only has words it begins with", async () => {
    // No offer says « désormais »; Pagefind, in the offers' index alone, answers with pages of « des ».
    const saying = (url: string) => plain(built.read(url)).includes("desormais");
    expect(built.site.jobs.some((job) => saying(job.url))).toBe(false);
    const expected = [...built.site.communiques, ...built.site.events].map((item) => item.url).filter(saying);
    expect(expected.length).toBeGreaterThan(1);
    await visit(page, server.url("/recherche/?q=désormais"));
    expect((await resultLinks(page)).sort()).toEqual(expected.sort());
    // A word being typed, whole in no index, still finds the longer words it begins.
    await visit(page, server.url("/recherche/?q=désor"));
    expect(await resultLinks(page)).toEqual(expect.arrayContaining(expected));
  });

  it("works with the keyboard only, from the skip links to the Postuler button", async () => {
    await visit(page, server.url("/emplois/"));
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Contenu");
    await page.keyboard.press("Enter");
    await tabTo(page, "offres-q");
    await page.keyboard.type("réseau");
    await settled(page);
    await tabTo(page, "region-bretagne");
    await page.keyboard.press("Space");
    await settled(page);
    const expected = bretagne().filter((job) => mentions(job, "réseau"));
    expect((await resultLinks(page)).sort()).toEqual(expected.map((job) => job.url).sort());
    await tabTo(page, (await resultLinks(page))[0]!);
    await page.keyboard.press("Enter");
    await page.waitForURL(/\/emplois\/[a-z0-9-]+\/$/);
    const offer = expected.find((job) => page.url().endsWith(job.url))!;
    await tabTo(page, offer.apply!.href);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Postuler");
  });

  it("has no WCAG 2.1 A/AA violation on /emplois/ and /recherche/, before and after a search", async () => {
    const violations: string[] = [];
    for (const [url, field] of [
      ["/emplois/", "#offres-q"],
      ["/recherche/", "#recherche-q"],
    ] as const) {
      await visit(page, server.url(url));
      violations.push(...(await axeViolations(page)));
      await page.fill(field, "réseau");
      await settled(page);
      violations.push(...(await axeViolations(page)));
    }
    expect(violations).toEqual([]);
  });

  it("loads everything from the site itself", () => {
    expect(outside).toEqual([]);
    expect(server.notFound).toEqual([]);
  });
});
