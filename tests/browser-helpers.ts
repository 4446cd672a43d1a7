/**
 * The one way browser tests run: Debian's Chromium driven by playwright-core (Playwright cannot
 * download its own browsers here), a fresh profile each time, and the built site served over HTTP
 * on a random port (never file://, which changes how scripts, fonts and fetch behave).
 *
 *   const withBrowser = browserAvailable("accessibilité");
 *   describe.skipIf(!withBrowser)("…", () => {
 *     let browser: BrowserSession, server: StaticServer;
 *     beforeAll(async () => { server = await serveFolder(built.output); browser = await launchBrowser(); });
 *     afterAll(async () => { await browser?.close(); await server?.close(); });
 *     it("…", async () => { const page = await browser.context.newPage(); await page.goto(server.url("/")); … });
 *   });
 *
 * Without Chromium the suite is skipped with a printed reason; with REQUIRE_BROWSER=1 (set by
 * `.ci/run`) the test file fails instead.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { contentType, resolveStatic } from "../lib/static.ts";

export { contentType, resolveStatic };

export const CHROMIUM_PATH = "/usr/bin/chromium";

/** No sandbox (containers), no GPU, no QUIC, and none of Chromium's own calls home. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

/**
 * True when Chromium is installed. Otherwise prints why `suite` is skipped and returns false, or,
 * when REQUIRE_BROWSER=1, throws: the test file then fails instead of passing silently.
 */
export function browserAvailable(suite: string, executable = CHROMIUM_PATH): boolean {
  if (fs.existsSync(executable)) return true;
  const reason = `${executable} est introuvable (paquet Debian « chromium » : apt-get install chromium)`;
  if (process.env.REQUIRE_BROWSER === "1") {
    throw new Error(`Tests « ${suite} » : ${reason}, et REQUIRE_BROWSER=1 exige le navigateur.`);
  }
  console.warn(`Tests « ${suite} » ignorés : ${reason}. Avec REQUIRE_BROWSER=1, ils échoueraient.`);
  return false;
}

export interface BrowserSession {
  context: BrowserContext;
  /** Closes Chromium and deletes its profile. */
  close(): Promise<void>;
}

/** Chromium with a new empty profile (no cache, no cookies carried between runs). */
export async function launchBrowser(): Promise<BrowserSession> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "presse-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: CHROMIUM_ARGS,
  });
  return {
    context,
    async close() {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * Lets requests to `origin` through and aborts every other one, for a whole context or one tab.
 * Returns the list of aborted URLs, filled as pages try them: a test asserts it stays empty.
 * (Routing also turns the HTTP cache off, so every visit loads its files again.)
 */
export async function blockOutside(target: BrowserContext | Page, origin: string): Promise<string[]> {
  const attempted: string[] = [];
  await target.route("**/*", (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin) return route.continue();
    attempted.push(url);
    return route.abort("blockedbyclient");
  });
  return attempted;
}

export interface StaticServer {
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The absolute URL of a site path ("/espace-presse/"). */
  url(sitePath: string): string;
  /** Paths that were answered 404, in order: a test can assert none. */
  notFound: string[];
  close(): Promise<void>;
}

/** Serves a built folder like a static host: index.html for folders, a redirect to add the slash, 404.html when present. */
export async function serveFolder(folder: string): Promise<StaticServer> {
  const root = path.resolve(folder);
  const notFound: string[] = [];
  const server = http.createServer((request, response) => {
    const urlPath = request.url ?? "/";
    const file = resolveStatic(root, urlPath);
    const stat = file ? fs.statSync(file, { throwIfNoEntry: false }) : undefined;
    if (file && stat?.isDirectory()) {
      response.writeHead(301, { Location: `${urlPath.split("?")[0]}/` }).end();
    } else if (file && stat?.isFile()) {
      response.writeHead(200, { "Content-Type": contentType(file), "Content-Length": stat.size });
      if (request.method === "HEAD") response.end();
      else fs.createReadStream(file).pipe(response);
    } else {
      notFound.push(urlPath);
      const page = path.join(root, "404.html");
      const body = fs.existsSync(page) ? fs.readFileSync(page) : "Page introuvable";
      response.writeHead(404, { "Content-Type": "text/html; charset=utf-8" }).end(body);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    url: (sitePath) => new URL(sitePath, origin).href,
    notFound,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

export interface PreviewServer {
  /** `http://localhost:PORT`, as the dev server announced it. */
  origin: string;
  /** Stops the server and what it started (Pagefind). */
  close(): void;
}

/** `npm start` (Eleventy's CLI with the project's configuration) on a content folder, once it serves. */
export async function startPreview(contentDir: string, outputDir: string, timeoutMs = 600_000): Promise<PreviewServer> {
  const port = 20_000 + Math.floor(Math.random() * 20_000);
  const server = spawn(process.execPath, ["--import", "tsx", "node_modules/@11ty/eleventy/cmd.cjs", "--config=.eleventy.ts", "--serve", `--port=${port}`, `--output=${outputDir}`], {
    cwd: fileURLToPath(new URL("..", import.meta.url)),
    env: { ...process.env, PRESS_CONTENT_DIR: contentDir, PRESS_PREVIEW: "1" },
    stdio: ["ignore", "pipe", "pipe"],
    // Its own process group, stopped whole: the preview starts Pagefind.
    detached: true,
  });
  const close = () => {
    try {
      process.kill(-server.pid!, "SIGTERM");
    } catch {
      // Already stopped.
    }
  };
  let log = "";
  const origin = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`l’aperçu n’a pas démarré en ${timeoutMs / 1000} s :\n${log.slice(-2000)}`)), timeoutMs);
    const read = (chunk: Buffer) => {
      log += chunk.toString();
      const started = /Server at (http:\/\/localhost:\d+)\//.exec(log);
      if (started) {
        clearTimeout(timer);
        resolve(started[1]!);
      }
    };
    server.stdout.on("data", read);
    server.stderr.on("data", read);
    server.on("exit", () => reject(new Error(`l’aperçu s’est arrêté :\n${log.slice(-2000)}`)));
  }).catch((error: unknown) => {
    close();
    throw error;
  });
  return { origin, close };
}
