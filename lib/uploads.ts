/**
 * Files the content links to: `/uploads/…` paths (URL-encoded or not, with or without the leading
 * slash) resolved in the content's uploads folder, with their size measured at build time.
 */
import fs from "node:fs";
import path from "node:path";
import { fileFormat, frenchFileSize } from "./format.ts";

export type ResolvedFile =
  | { kind: "external"; href: string; format: string }
  | { kind: "local"; href: string; format: string; absolutePath: string; bytes: number | null };

const UPLOAD_PREFIX = /^\/?_?uploads\//;

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** The `/uploads/…` files that a text (HTML, or a front matter path) links to, decoded. */
export function uploadLinks(text: string): string[] {
  return [...text.matchAll(/\/uploads\/([^"'\s)<>#?]+)/g)].map((m) => safeDecode(m[1]!));
}

export class Uploads {
  private readonly sizes = new Map<string, number | null>();

  constructor(readonly directory: string) {}

  /** Resolves a reference from the front matter; null when it is neither an upload nor a URL. */
  resolve(reference: string): ResolvedFile | null {
    const ref = reference.trim();
    if (/^(https?:)?\/\//i.test(ref) || /^mailto:/i.test(ref)) return { kind: "external", href: ref, format: fileFormat(ref) };
    if (!UPLOAD_PREFIX.test(ref)) return null;
    const relative = safeDecode(ref.replace(UPLOAD_PREFIX, "")).normalize("NFC");
    const absolutePath = path.join(this.directory, relative);
    if (!absolutePath.startsWith(this.directory + path.sep)) return null;
    return {
      kind: "local",
      href: `/uploads/${relative.split("/").map(encodeURIComponent).join("/")}`,
      format: fileFormat(relative),
      absolutePath,
      bytes: this.size(absolutePath),
    };
  }

  private size(absolutePath: string): number | null {
    if (!this.sizes.has(absolutePath)) {
      let bytes: number | null = null;
      try {
        const stat = fs.statSync(absolutePath);
        if (stat.isFile()) bytes = stat.size;
      } catch {
        bytes = null;
      }
      this.sizes.set(absolutePath, bytes);
    }
    return this.sizes.get(absolutePath)!;
  }
}

/** "PDF, 245 Ko" (or just "PDF" for an external document whose size is unknown). */
export function describeFile(file: ResolvedFile): string {
  const size = file.kind === "local" && file.bytes !== null ? frenchFileSize(file.bytes) : "";
  return [file.format || "Fichier", size].filter(Boolean).join(", ");
}
