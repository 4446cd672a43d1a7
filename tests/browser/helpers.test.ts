import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { blockOutside, browserAvailable, contentType, launchBrowser, resolveStatic, serveFolder, type BrowserSession, type StaticServer } from "../browser-helpers.ts";
import { temporaryDir } from "../helpers.ts";

function folder(): string {
  const dir = temporaryDir("static");
  fs.mkdirSync(path.join(dir, "espace-presse", "été"), { recursive: true });
  fs.writeFileSync(path.join(dir, "index.html"), '<!doctype html><html lang="fr"><title>t</title><link rel="stylesheet" href="/s.css"><img src="https://example.org/x.png" alt=""><p>ok</p></html>');
  fs.writeFileSync(path.join(dir, "s.css"), "p { color: red }");
  fs.writeFileSync(path.join(dir, "espace-presse", "été", "index.html"), "<p>accent</p>");
  fs.writeFileSync(path.join(dir, "f.woff2"), "x");
  return dir;
}

describe("static server for a built folder", () => {
  let server: StaticServer;
  beforeAll(async () => {
    server = await serveFolder(folder());
  });
  afterAll(() => server?.close());

  it("sends the content type a static host would", () => {
    expect(contentType("a/b.HTML")).toBe("text/html; charset=utf-8");
    expect(contentType("dsfr/fonts/Marianne-Bold.woff2")).toBe("font/woff2");
    expect(contentType("pagefind/wasm.unknown.pagefind")).toBe("application/octet-stream");
  });

  it("never serves a file outside the folder", () => {
    expect(resolveStatic("/srv/site", "/../etc/passwd")).toBeNull();
    expect(resolveStatic("/srv/site", "/%2e%2e/etc/passwd")).toBeNull();
    expect(resolveStatic("/srv/site", "/a/")).toBe("/srv/site/a/index.html");
  });

  it("serves folders, encoded paths, redirects and 404s over HTTP on a random port", async () => {
    expect(server.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const home = await fetch(server.url("/"));
    expect(home.status).toBe(200);
    expect(home.headers.get("content-type")).toBe("text/html; charset=utf-8");
    expect((await fetch(server.url("/s.css"))).headers.get("content-type")).toBe("text/css; charset=utf-8");
    expect(await (await fetch(server.url("/espace-presse/%C3%A9t%C3%A9/"))).text()).toBe("<p>accent</p>");
    const redirect = await fetch(server.url("/espace-presse"), { redirect: "manual" });
    expect([redirect.status, redirect.headers.get("location")]).toEqual([301, "/espace-presse/"]);
    expect((await fetch(server.url("/absent/"))).status).toBe(404);
    expect(server.notFound).toEqual(["/absent/"]);
  });
});

describe("a missing browser", () => {
  it("is a printed skip on a developer machine and a failure under REQUIRE_BROWSER=1", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    vi.stubEnv("REQUIRE_BROWSER", "");
    expect(browserAvailable("essai", "/absent/chromium")).toBe(false);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/« essai » ignorés : \/absent\/chromium est introuvable/));
    vi.stubEnv("REQUIRE_BROWSER", "1");
    expect(() => browserAvailable("essai", "/absent/chromium")).toThrow(/REQUIRE_BROWSER=1 exige le navigateur/);
    vi.unstubAllEnvs();
    warn.mockRestore();
  });
});

describe.skipIf(!browserAvailable("aide navigateur"))("Chromium with a fresh profile", () => {
  let server: StaticServer;
  let browser: BrowserSession;
  beforeAll(async () => {
    server = await serveFolder(folder());
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it("loads the local page and aborts, then reports, any request elsewhere", async () => {
    const attempted = await blockOutside(browser.context, server.origin);
    const page = await browser.context.newPage();
    const local: string[] = [];
    page.on("requestfinished", (request) => local.push(new URL(request.url()).pathname));
    await page.goto(server.url("/"), { waitUntil: "load" });
    expect(await page.locator("p").evaluate((p) => getComputedStyle(p).color)).toBe("rgb(255, 0, 0)");
    expect(local).toEqual(expect.arrayContaining(["/", "/s.css"]));
    expect(attempted).toEqual(["https://example.org/x.png"]);
    await page.close();
  });
});
