/** Where a page of the site goes in the output folder, and writing it there. */
import fs from "node:fs";
import path from "node:path";

export function outputPath(outputDir: string, url: string): string {
  const decoded = decodeURIComponent(url);
  return path.join(outputDir, decoded.endsWith("/") ? `${decoded}index.html` : decoded);
}

/** Writes page files into an output folder, making each folder once. */
export class PageFiles {
  private readonly folders = new Set<string>();

  constructor(private readonly outputDir: string) {}

  write(url: string, content: string | Uint8Array): void {
    const file = outputPath(this.outputDir, url);
    const folder = path.dirname(file);
    if (!this.folders.has(folder)) {
      fs.mkdirSync(folder, { recursive: true });
      this.folders.add(folder);
    }
    fs.writeFileSync(file, content);
  }

  /** Deletes a page's file, and its folder once empty. */
  remove(url: string): void {
    const file = outputPath(this.outputDir, url);
    fs.rmSync(file, { force: true });
    const folder = path.dirname(file);
    if (folder !== this.outputDir && fs.existsSync(folder) && fs.readdirSync(folder).length === 0) {
      fs.rmdirSync(folder);
      this.folders.delete(folder);
    }
  }
}
