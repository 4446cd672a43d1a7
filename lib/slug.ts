/** Slugs: lower-case ASCII, stable, derived from file names (Jekyll-style date prefix dropped). */
import path from "node:path";

export function slugify(value: string): string {
  return value
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/œ/g, "oe")
    .replace(/æ/g, "ae")
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
}

/** `2022-10-25-vis-mon-job.md` → `vis-mon-job`; `Lancement-du-site.gouv.fr.markdown` → `lancement-du-site-gouv-fr`. */
export function slugFromFileName(fileName: string): string {
  const base = path.basename(fileName).replace(/\.(md|markdown)$/i, "");
  const withoutDate = base.replace(/^\d{4}-\d{2}-\d{2}-/, "");
  return slugify(withoutDate) || slugify(base) || "sans-titre";
}

/** A slug cut on a word boundary, for new file names: "Titre très long…" → at most `max` characters. */
export function shortSlug(value: string, max = 80): string {
  const slug = slugify(value);
  if (slug.length <= max) return slug;
  const cut = slug.slice(0, max + 1);
  return cut.slice(0, cut.lastIndexOf("-") > 0 ? cut.lastIndexOf("-") : max);
}
