/**
 * The preview (`npm start`) runs Eleventy with `pressConfig({ preview: true })`: a file with errors
 * becomes a page listing the checker's findings, and the next build after the fix shows the page.
 */
import fs from "node:fs";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { pressConfig } from "../../.eleventy.ts";
import { BuildError } from "../../scripts/build.ts";
import { ContentPageWriter } from "../../lib/content-pages.ts";
import { loadSite } from "../../lib/site.ts";
import { buildSite, contentFolder, temporaryDir } from "../helpers.ts";

/** Builds the site as the preview does and returns its HTML pages by URL. */
async function preview(contentDir: string): Promise<Map<string, string>> {
  const output = temporaryDir("preview");
  const eleventy = new Eleventy(".", output, { quietMode: true, configPath: false, config: pressConfig({ contentDir, preview: true, copyFiles: false }) });
  await eleventy.write();
  const pages = fs.readdirSync(output, { recursive: true, encoding: "utf8" }).filter((file) => file.endsWith("index.html"));
  return new Map(pages.map((file) => [`/${file.slice(0, -"index.html".length)}`, fs.readFileSync(path.join(output, file), "utf8")]));
}

/** The cells of each row of the page's tables. */
function rows(page: string): string[][] {
  return [...page.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((cell) => cell[1]!.replace(/<[^>]+>/g, "")));
}

const broken = `---
title: Essai d’aperçu
date: 2024-13-45
chapeau-txt: Un chapeau mal nommé
---

Le texte du communiqué.
`;

describe("preview", () => {
  it("shows a file with errors as a page of findings, then the page once the file is fixed", async () => {
    const dir = contentFolder({ "communiques/2024-11-05-essai.md": broken, "uploads/.gitkeep": "" });
    const file = path.join(dir, "communiques/2024-11-05-essai.md");

    const before = await preview(dir);
    const page = before.get("/espace-presse/essai/")!;
    expect(page).toContain("<h1>À corriger : Essai d’aperçu</h1>");
    expect(page).toContain('class="fr-alert fr-alert--error');
    expect(page).not.toContain("Le texte du communiqué.");
    expect(rows(page).slice(1)).toEqual([
      ["3", "date", "Erreur", "la date « 2024-13-45 » n’est pas une date valide (entre 1990 et 2100) — écrivez la date sous la forme 2024-03-15 ou 2024-03-15 10:30:00 +01:00"],
      ["4", "chapeau-txt", "Erreur", "le champ « chapeau-txt » est inconnu : vouliez-vous dire chapeau-text ? — renommez le champ en « chapeau-text »"],
    ]);
    expect(page).toContain(`Ce que le vérificateur signale dans ${path.relative(process.cwd(), file)}`);
    // The rest of the site is still there: the error did not stop anything.
    expect(before.get("/espace-presse/")).toContain("Aucun communiqué pour le moment.");

    fs.writeFileSync(file, broken.replace("2024-13-45", "2024-11-05 10:00:00 +01:00").replace("chapeau-txt", "chapeau-text"));
    const after = (await preview(dir)).get("/espace-presse/essai/")!;
    expect(after).toContain("<h1>Essai d’aperçu</h1>");
    expect(after).toContain("Le texte du communiqué.");
    expect(after).toContain('<p class="fr-text--lead">Un chapeau mal nommé</p>');
    expect(after).not.toContain("fr-alert--error");
  });

  it("gathers files with errors that share an address on one page, and shows drafts and embargoed communiqués with a banner", async () => {
    const valid = (title: string) => `---\ntitle: ${title}\ndate: 2024-11-05\n---\n\nTexte.\n`;
    const dir = contentFolder({
      "communiques/2024-11-05-bilan.md": valid("Bilan 2024"),
      "communiques/2025-01-10-bilan.md": valid("Bilan 2025"),
      "communiques/2024-11-06-brouillon.md": `---\ntitle: Brouillon\ndate: 2024-11-06\npublished: false\n---\n\nTexte.\n`,
      "communiques/2024-11-07-annonce.md": `---\ntitle: Annonce\ndate: 2024-11-07\nembargo: 2099-01-01 09:00:00 +01:00\n---\n\nTexte.\n`,
    });
    const pages = await preview(dir);
    const page = pages.get("/espace-presse/bilan/")!;
    expect(page.match(/<caption>/g)).toHaveLength(2);
    expect(rows(page).filter((cells) => cells[1] === "permalink").map((cells) => cells[3])).toEqual([
      expect.stringContaining("2025-01-10-bilan.md"),
      expect.stringContaining("2024-11-05-bilan.md"),
    ]);
    expect(pages.get("/espace-presse/brouillon/")).toContain('<p class="fr-badge fr-badge--warning fr-badge--sm">Brouillon</p>');
    expect(pages.get("/espace-presse/brouillon/")).toContain("Brouillon : ce communiqué n’est pas publié.");
    const embargoed = pages.get("/espace-presse/annonce/")!;
    expect(embargoed).toContain('<p class="fr-badge fr-badge--warning fr-badge--sm">Sous embargo</p>');
    expect(embargoed).toContain("Sous embargo jusqu’au 1er janvier 2099");
  });

  it("writes a list again when one of its communiqués changes, and leaves it alone otherwise", () => {
    const communique = (title: string) => `---\ntitle: ${title}\ndate: 2024-03-15 10:00:00 +01:00\n---\n\nTexte.\n`;
    const dir = contentFolder({ "communiques/2024-03-15-un.md": communique("Premier titre"), "communiques/2024-03-16-deux.md": communique("Deuxième") });
    const output = temporaryDir("preview-writer");
    const list = path.join(output, "espace-presse/index.html");
    const writer = new ContentPageWriter();
    writer.write(loadSite({ contentDir: dir, preview: true }), output);
    expect(fs.readFileSync(list, "utf8")).toContain("Premier titre");

    fs.writeFileSync(path.join(dir, "communiques/2024-03-15-un.md"), communique("Titre corrigé"));
    const { changed } = writer.write(loadSite({ contentDir: dir, preview: true }), output);
    expect(changed.map((page) => page.url)).toEqual(["/espace-presse/un/", "/espace-presse/"]);
    expect(fs.readFileSync(list, "utf8")).toContain("Titre corrigé");

    // Nothing changed: the list is neither rendered nor written again.
    fs.writeFileSync(list, "inchangé");
    expect(writer.write(loadSite({ contentDir: dir, preview: true }), output).changed).toEqual([]);
    expect(fs.readFileSync(list, "utf8")).toBe("inchangé");
  });

  it("deletes the page of a deleted or renamed file, and the list page that is no longer needed", () => {
    const communique = (title: string) => `---\ntitle: ${title}\ndate: 2024-03-15 10:00:00 +01:00\n---\n\nTexte.\n`;
    const files = Object.fromEntries(Array.from({ length: 13 }, (_, i) => [`communiques/2024-03-15-c${i}.md`, communique(`Numéro ${i}`)]));
    const dir = contentFolder(files);
    const output = temporaryDir("preview-writer");
    const exists = (url: string) => fs.existsSync(path.join(output, url, "index.html"));
    const writer = new ContentPageWriter();
    writer.write(loadSite({ contentDir: dir, preview: true }), output);
    expect([exists("/espace-presse/c0/"), exists("/espace-presse/page/2/")]).toEqual([true, true]);

    fs.rmSync(path.join(dir, "communiques/2024-03-15-c0.md"));
    fs.renameSync(path.join(dir, "communiques/2024-03-15-c1.md"), path.join(dir, "communiques/2024-03-15-renomme.md"));
    const { removed, changed } = writer.write(loadSite({ contentDir: dir, preview: true }), output);
    // Twelve communiqués fit on the first list page: the second is gone.
    expect(removed.sort()).toEqual(["/espace-presse/c0/", "/espace-presse/c1/", "/espace-presse/page/2/"]);
    expect(changed.map((page) => page.url)).toContain("/espace-presse/renomme/");
    expect([exists("/espace-presse/c0/"), exists("/espace-presse/c1/"), exists("/espace-presse/page/2/"), exists("/espace-presse/renomme/")]).toEqual([false, false, false, true]);
    expect(fs.existsSync(path.join(output, "espace-presse/c0"))).toBe(false);
  });

  it("keeps a file's page while time passes, until an instant the page depends on comes", () => {
    const dir = contentFolder({
      "communiques/2024-03-15-ancien.md": "---\ntitle: Ancien\ndate: 2024-03-15 10:00:00 +01:00\n---\n\nTexte.\n",
      "communiques/2024-03-16-annonce.md": "---\ntitle: Annonce\ndate: 2024-03-16\nembargo: 2024-03-20 09:00:00 +01:00\n---\n\nTexte.\n",
    });
    const at = (iso: string) => loadSite({ contentDir: dir, preview: true, now: DateTime.fromISO(iso) });
    const before = at("2024-03-20T08:58:00+01:00");
    const minuteLater = at("2024-03-20T08:59:00+01:00");
    // Neither file was made again a minute later: the same page objects come back.
    expect(minuteLater.communiques).toEqual(before.communiques);
    for (const [i, page] of minuteLater.communiques.entries()) expect(page).toBe(before.communiques[i]);
    expect(minuteLater.communiques.find((c) => c.title === "Annonce")!.embargo).toBeDefined();

    const lifted = at("2024-03-20T09:00:00+01:00");
    expect(lifted.communiques.find((c) => c.title === "Annonce")!.embargo).toBeUndefined();
    expect(lifted.communiques.find((c) => c.title === "Ancien")).toBe(before.communiques.find((c) => c.title === "Ancien"));
  });

  it("never makes error pages outside the preview: the build stops", async () => {
    const dir = contentFolder({ "communiques/2024-11-05-essai.md": broken });
    expect(loadSite({ contentDir: dir }).errorPages).toEqual([]);
    fs.mkdirSync(path.join(dir, "agenda"));
    fs.writeFileSync(path.join(dir, "agenda/2024-11-05-forum.md"), "---\ntitle: Forum\n---\n\nTexte.\n");
    expect(loadSite({ contentDir: dir, preview: true }).errorPages.map((p) => [p.url, p.sources[0]!.findings.map((f) => f.code)])).toEqual([
      ["/espace-presse/essai/", ["date-invalide", "cle-proche"]],
      ["/agenda/forum/", ["champ-obligatoire"]],
    ]);
    await expect(buildSite(dir)).rejects.toThrow(BuildError);
  });
});
