/** Shared test helpers: temporary content folders and builds. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build, type BuildOptions } from "../scripts/build.ts";
import type { Site } from "../lib/site.ts";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const CORPUS = path.resolve(ROOT, "../shared/corpus");

export function temporaryDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `presse-${prefix}-`));
}

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

export interface Built {
  site: Site;
  output: string;
  log: string[];
  read(url: string): string;
}

/** Builds a content folder into a new output folder (at a given build time, if any). */
export async function buildSite(contentDir: string, options: Pick<BuildOptions, "now"> = {}): Promise<Built> {
  const output = path.join(temporaryDir("site"), "_site");
  const log: string[] = [];
  const site = await build({ contentDir, outputDir: output, ...options }, (line) => log.push(line));
  return {
    site,
    output,
    log,
    read: (url: string) => fs.readFileSync(path.join(output, decodeURIComponent(url), url.endsWith("/") ? "index.html" : ""), "utf8"),
  };
}
