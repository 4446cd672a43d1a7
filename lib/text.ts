/** Text clean-up applied to every string of the front matter. */

/** True when the string changes under NFC: it holds decomposed accents (e.g. "e" + U+0301). */
export function isDecomposed(value: string): boolean {
  return value !== value.normalize("NFC");
}

/**
 * NFC, `&nbsp;` written as an entity turned into the real no-break space, line breaks and runs of
 * ordinary spaces collapsed. Typographic no-break spaces (U+00A0, U+202F) are kept.
 */
export function cleanTitle(value: string): string {
  return value
    .normalize("NFC")
    .replace(/&nbsp;/gi, "\u00a0")
    .replace(/[ \t\r\n]+/g, " ")
    .trim();
}

/** Recursively normalises every string of a parsed YAML value to NFC. */
export function normalizeStrings<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map((v) => normalizeStrings(v)) as T;
  if (value && typeof value === "object" && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalizeStrings(v);
    return out as T;
  }
  return value;
}

/** Plain-text excerpt of at most `max` characters, cut on a word boundary. */
export function excerpt(text: string, max = 220): string {
  const plain = text.replace(/\s+/g, " ").trim();
  if (plain.length <= max) return plain;
  const cut = plain.slice(0, max);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(" "), max / 2)).replace(/[\s,;:.–-]+$/, "")}…`;
}

/** "le 8 octobre" → "Le 8 octobre". */
export function upperFirst(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Drops control characters (tab and line breaks kept): XML 1.0 and iCalendar text forbid them. */
export function withoutControlCharacters(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/g, "");
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: " " };

/** The text of an HTML fragment: tags dropped, entities decoded, white space collapsed. */
export function htmlToText(html: string): string {
  return html
    .replace(/<[^>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (entity, name: string) => {
      if (name.startsWith("#")) return String.fromCodePoint(name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1)));
      return ENTITIES[name.toLowerCase()] ?? entity;
    })
    .replace(/\s+/g, " ")
    .trim();
}
