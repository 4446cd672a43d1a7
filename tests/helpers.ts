/** Shared test helpers: temporary content folders and builds. */
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "../scripts/build.ts";
import type { Site } from "../lib/site.ts";
import { temporaryDir } from "./temporary.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CORPUS = path.resolve(ROOT, "../shared/corpus");

export { temporaryDir };

/** Writes files (relative path → text) into a new content folder. */
export function contentFolder(files: Record<string, string | Buffer>): string {
  const dir = temporaryDir("content");
  for (const [relative, data] of Object.entries(files)) {
    const file = path.join(dir, relative);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, data);
  }
  return dir;
}

/**
 * A content folder holding copies of real corpus files (the corpus itself stays read-only in
 * ../shared), plus a small placeholder for every `/uploads/…` file they reference, since the
 * corpus ships the Markdown only.
 */
export function corpusContent(folders: Record<string, string>): string {
  const dir = temporaryDir("corpus");
  const uploads = path.join(dir, "uploads");
  fs.mkdirSync(uploads, { recursive: true });
  for (const [target, source] of Object.entries(folders)) {
    fs.cpSync(path.join(CORPUS, source), path.join(dir, target), { recursive: true });
    const files = fs.readdirSync(path.join(dir, target), { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    for (const entry of files) {
      const text = fs.readFileSync(path.join(entry.parentPath, entry.name), "utf8");
      for (const match of text.matchAll(/"\/?uploads\/([^"]+)"|'\/?uploads\/([^']+)'|[\s(]\/?uploads\/([^\s)"']+)/g)) {
        let relative = (match[1] ?? match[2] ?? match[3])!;
        try {
          relative = decodeURIComponent(relative);
        } catch {
          // keep it as written
        }
        const file = path.join(uploads, relative.normalize("NFC"));
        fs.mkdirSync(path.dirname(file), { recursive: true });
        if (!fs.existsSync(file)) fs.writeFileSync(file, "placeholder");
      }
    }
  }
  return dir;
}

export interface BuiltFolder {
  output: string;
  /** The HTML of a site URL ("/espace-presse/"). */
  read(url: string): string;
}

function builtFolder(output: string): BuiltFolder {
  return { output, read: (url: string) => fs.readFileSync(path.join(output, decodeURIComponent(url), url.endsWith("/") ? "index.html" : ""), "utf8") };
}

export interface Built extends BuiltFolder {
  site: Site;
  log: string[];
}

/** Builds a content folder into a new output folder (at a given build time, if any). */
export async function buildSite(contentDir: string, options: Pick<BuildOptions, "now"> = {}): Promise<Built> {
  const output = path.join(temporaryDir("site"), "_site");
  const log: string[] = [];
  const site = await build({ contentDir, outputDir: output, ...options }, (line) => log.push(line));
  return { site, log, ...builtFolder(output) };
}

/** Everything whose change changes the sample site's output. */
const BUILD_INPUTS = ["content", "_data", "_includes", "pages", "lib", "scripts", "assets", ".eleventy.ts", "package-lock.json"];

/** A digest of the build inputs' paths and bytes: the sample site's cache key. */
export function buildInputsDigest(root = ROOT): string {
  const hash = crypto.createHash("sha256");
  const visit = (relative: string): void => {
    const absolute = path.join(root, relative);
    const stat = fs.statSync(absolute, { throwIfNoEntry: false });
    if (stat?.isDirectory()) for (const name of fs.readdirSync(absolute).sort()) visit(path.join(relative, name));
    else if (stat?.isFile()) hash.update(`${relative}\0`).update(fs.readFileSync(absolute)).update("\0");
  };
  BUILD_INPUTS.forEach(visit);
  return hash.digest("hex").slice(0, 16);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Sample builds made three hours ago or more: past their hour, no run still reads them. */
function removeOldSamples(): void {
  for (const name of fs.readdirSync(os.tmpdir()).filter((n) => /^presse-sample-[0-9a-f]+-\d+$/.test(n))) {
    const folder = path.join(os.tmpdir(), name);
    if (Date.now() - fs.statSync(folder).mtimeMs > 3 * 3_600_000) fs.rmSync(folder, { recursive: true, force: true });
  }
}

/**
 * The sample content (`content/`) built once for all test files that only read it: the output is
 * kept in the temp folder under the digest of the build inputs and the hour (the agenda, embargoes
 * and job deadlines depend on the build time), and a lock folder makes parallel test files wait
 * for the one that builds instead of building it again.
 */
export async function sampleSite(): Promise<BuiltFolder> {
  const hour = Math.floor(Date.now() / 3_600_000);
  const folder = path.join(os.tmpdir(), `presse-sample-${buildInputsDigest()}-${hour}`);
  const done = path.join(folder, "done");
  const lock = `${folder}.lock`;
  while (!fs.existsSync(done)) {
    try {
      fs.mkdirSync(lock);
    } catch {
      // Another test file is building it; a lock older than 5 minutes is from a killed run.
      const age = Date.now() - (fs.statSync(lock, { throwIfNoEntry: false })?.mtimeMs ?? Date.now());
      if (age > 300_000) fs.rmSync(lock, { recursive: true, force: true });
      await sleep(200);
      continue;
    }
    try {
      removeOldSamples();
      fs.rmSync(folder, { recursive: true, force: true });
      await build({ contentDir: path.join(ROOT, "content"), outputDir: path.join(folder, "_site") }, () => {});
      fs.writeFileSync(done, new Date().toISOString());
    } finally {
      fs.rmSync(lock, { recursive: true, force: true });
    }
  }
  return builtFolder(path.join(folder, "_site"));
}
