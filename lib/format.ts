/** Download sizes and formats as French readers expect them ("PDF, 245 Ko"). */
import path from "node:path";

/** 245 Ko, 1,2 Mo: decimal units of 1,000 bytes, as the French administration writes them. */
export function frenchFileSize(bytes: number): string {
  if (bytes < 1000) return `${bytes} octets`;
  const units = ["Ko", "Mo", "Go"];
  let value = bytes / 1000;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit++;
  }
  const rounded = value >= 100 || unit === 0 ? Math.round(value).toString() : value.toFixed(1).replace(".", ",").replace(/,0$/, "");
  return `${rounded} ${units[unit]}`;
}

/**
 * A phone number that never wraps: non-breaking spaces and hyphens ("01 71 21 01 70" stays on one
 * line; https://html-validate.org/rules/tel-non-breaking.html).
 */
export function unbreakablePhone(number: string): string {
  return number.trim().replace(/\s+/g, "\u00a0").replace(/-/g, "\u2011");
}

/** The `tel:` URL of a phone number as written ("+33 1 71…" → "tel:+33171…"). */
export function telUrl(number: string): string {
  return `tel:${number.replace(/[^\d+]/g, "")}`;
}

/** "PDF", "DOCX"… from a path or URL; "" when there is no extension. */
export function fileFormat(pathOrUrl: string): string {
  const clean = pathOrUrl.split(/[?#]/)[0] ?? "";
  return path.extname(clean).slice(1).toUpperCase();
}
