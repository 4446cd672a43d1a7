/**
 * `npm run check`: every defect of tests/fixtures/bad/ with its exact code, field and line; the
 * command's output, JSON and exit codes; the real corpus.
 */
import fs from "node:fs";
import path from "node:path";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import type { Finding } from "../../lib/findings.ts";
import { loadSite } from "../../lib/site.ts";
import { runCheck } from "../../scripts/check-content.ts";
import { contentFolder, corpusContent, ROOT } from "../helpers.ts";

const FIXTURES = path.join(ROOT, "tests/fixtures/bad");
/** The day this was written: the fixtures' dates are judged against it. */
const NOW = DateTime.fromISO("2026-11-28T12:00:00", { zone: "Europe/Paris" });

/** Runs the command in-process; returns its exit code and what it printed. */
function check(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = runCheck(args, { out: (t) => out.push(t), err: (t) => err.push(t), now: NOW });
  return { code, out: out.join("\n"), err: err.join("\n") };
}

/** file name → the exact [code, field, line] it must produce, and nothing else. */
const DEFECTS: Record<string, [string, string, number][]> = {
  "communiques/2024-01-01-yaml-invalide.md": [["yaml-invalide", "en-tête", 2]],
  "communiques/2024-01-02-sans-en-tete.md": [["en-tete-absent", "en-tête", 1]],
  "communiques/2024-01-03-titre-absent.md": [["champ-obligatoire", "title", 1]],
  "communiques/2024-01-04-titre-vide.md": [["champ-obligatoire", "title", 2]],
  "communiques/2024-01-05-annee-0007.md": [["date-invalide", "date", 3]],
  "communiques/2024-01-06-date-impossible.md": [["date-invalide", "date", 3]],
  "communiques/2024-01-07-date-absente.md": [["champ-obligatoire", "date", 1]],
  "communiques/2024-01-08-document-absent.md": [["fichier-introuvable", "files[0].file", 5]],
  "communiques/2024-01-09-image-absente.md": [["fichier-introuvable", "une-ou-diaporama[0].image", 5]],
  "communiques/2024-01-10-doublon-a.md": [["url-en-double", "permalink", 4]],
  "communiques/2024-01-11-doublon.md": [["url-en-double", "permalink", 1]],
  "communiques/2024-01-12-type-invalide.md": [["type-invalide", "published", 4]],
  "communiques/2024-01-13-cle-proche.md": [["cle-proche", "chapeau-txt", 4]],
  "communiques/2024-01-14-script.md": [["html-dangereux", "corps", 8]],
  "communiques/2024-01-15-iframe.md": [["html-dangereux", "corps", 8]],
  "communiques/2024-01-16-onclick.md": [["html-dangereux", "corps", 7]],
  "communiques/2024-01-17-javascript.md": [["html-dangereux", "chapeau-text", 4]],
  "communiques/2024-01-18-alternative-absente.md": [["alternative-manquante", "une-ou-diaporama[0].image", 5]],
  "communiques/2024-01-19-alternative-generique.md": [["alternative-generique", "une-ou-diaporama[0].alternative-textuelle", 6]],
  "communiques/2024-01-20-ancienne-cle.md": [["cle-ancienne", "chapeau", 4]],
  "communiques/2024-01-21-ancienne-cle-document.md": [["cle-ancienne", "files[0].lien", 5]],
  "communiques/2024-01-22-telechargement-vide.md": [["telechargement-sans-fichier", "files[0]", 5]],
  "communiques/2024-01-23-image-vide.md": [["image-sans-fichier", "une-ou-diaporama[0]", 5]],
  "communiques/2024-01-24-categorie-inconnue.md": [["categorie-inconnue", "categories[0]", 5]],
  "communiques/2024-01-25-titre-nfd.md": [["unicode-decompose", "title", 2]],
  "communiques/2024-01-26-corps-nfd.md": [["unicode-decompose", "corps", 8]],
  "communiques/2024-01-27-titre-deux-lignes.md": [["titre-mal-forme", "title", 2]],
  "communiques/2024-01-28-titre-nbsp.md": [["titre-mal-forme", "title", 2]],
  "communiques/2024-01-29-espaces-valeur.md": [["espaces-en-fin", "title", 2]],
  "communiques/2024-01-30-espaces-corps.md": [["espaces-en-fin", "corps", 7]],
  "communiques/2024-01-31-corps-vide.md": [["corps-vide", "corps", 5]],
  "communiques/2024-02-01-lien-http.md": [["lien-http", "corps", 6]],
  "communiques/2024-02-02-lien-preprod.md": [["lien-non-public", "corps", 8]],
  "communiques/2024-02-03-lien-localhost.md": [["lien-non-public", "files[0].file", 5]],
  "communiques/2024-02-04-cle-vide.md": [["cle-vide", "contact-presse.Key", 6]],
  "communiques/2024-02-05-date-future.md": [["date-future", "date", 3]],
  "communiques/2024-02-06-cle-inconnue.md": [["cle-inconnue", "auteur-principal", 4]],
  "communiques/2024-02-07-adresse-reservee.md": [["url-reservee", "permalink", 4]],
  "communiques/2024-02-08-embargo.md": [["sous-embargo", "embargo", 4]],
  "communiques/notes.txt": [["fichier-ignore", "fichier", 1]],
  // Events and job offers: their own rules, and the same text checks as communiqués.
  "agenda/2024-03-01-date-impossible.md": [["date-evenement-invalide", "event_start_date", 4]],
  "agenda/2024-03-02-sans-date.md": [["evenement-sans-date", "event_start_date", 1]],
  "agenda/2024-03-03-fin-avant-debut.md": [["fin-avant-debut", "event_end_date", 5]],
  "agenda/2024-03-04-lien-invalide.md": [["lien-invalide", "champs_informations[0].lien", 7]],
  "agenda/2024-03-05-iframe.md": [["html-dangereux", "corps", 9]],
  "emplois/2024-04-01-candidature-invalide.md": [["candidature-invalide", "candidater", 4]],
  "emplois/2024-04-02-metier-inconnu.md": [["metier-inconnu", "metier", 5]],
  "emplois/2024-04-03-region-inconnue.md": [["region-inconnue", "region", 5]],
  "emplois/2024-04-04-candidature-absente.md": [["candidature-absente", "candidater", 1]],
  "emplois/2024-04-05-candidature-deduite.md": [["candidature-deduite", "candidater", 1]],
  "emplois/2024-04-06-lien-http.md": [["lien-http", "en-savoir-plus", 5]],
};

describe("the bad fixtures", () => {
  const site = loadSite({ contentDir: FIXTURES, now: NOW });
  const byFile = new Map<string, Finding[]>();
  for (const f of site.findings) {
    const file = path.relative(FIXTURES, f.file);
    byFile.set(file, [...(byFile.get(file) ?? []), f]);
  }

  it("hold at least 25 distinct defects, one file each, in every kind of content", () => {
    const distinct = new Set(Object.values(DEFECTS).map((list) => list.map(([code, field]) => `${code}@${field}`).join()));
    expect(distinct.size).toBeGreaterThanOrEqual(25);
    const files = ["communiques", "agenda", "emplois"].flatMap((kind) => fs.readdirSync(path.join(FIXTURES, kind)).map((name) => `${kind}/${name}`));
    expect(new Set(files)).toEqual(new Set(Object.keys(DEFECTS)));
  });

  it.each(Object.entries(DEFECTS))("%s: exactly the expected code, field and line", (file, expected) => {
    const found = (byFile.get(file) ?? []).map((f) => [f.code, f.field, f.line]);
    expect(found).toEqual(expected);
  });

  it("names what is dangerous, which link, which date", () => {
    const message = (file: string) => byFile.get(`communiques/${file}`)![0]!.message;
    expect(message("2024-01-14-script.md")).toMatch(/^le texte publié ne peut pas contenir de balise <script> — /);
    expect(message("2024-01-16-onclick.md")).toContain("d’attribut onclick= (code JavaScript)");
    expect(message("2024-01-17-javascript.md")).toContain("de lien javascript:");
    expect(message("2024-02-01-lien-http.md")).toContain("le lien http://www.numerique.gouv.fr/ n’est pas sécurisé");
    expect(message("2024-02-05-date-future.md")).toContain("la date 1er janvier 2099 est dans le futur");
    expect(message("2024-01-13-cle-proche.md")).toContain("vouliez-vous dire chapeau-text ?");
  });

  it("points body problems at their column too", () => {
    const at = (file: string) => byFile.get(`communiques/${file}`)!.map((f) => `${f.line}:${f.column}`);
    expect(at("2024-02-01-lien-http.md")).toEqual(["6:16"]);
    expect(at("2024-01-26-corps-nfd.md")).toEqual(["8:6"]);
    expect(at("2024-01-30-espaces-corps.md")).toEqual(["7:25"]);
  });
});

describe("npm run check", () => {
  it("prints one line per problem, grouped by file, then the summary, and exits 1 on errors", () => {
    const { code, out } = check(FIXTURES);
    expect(code).toBe(1);
    const blocks = out.split("\n\n");
    expect(blocks.at(-1)).toBe("20 erreurs, 31 avertissements dans 50 fichiers.");
    const script = blocks.find((b) => b.includes("2024-01-14-script.md"))!;
    expect(script).toBe(
      "tests/fixtures/bad/communiques/2024-01-14-script.md:8:1  erreur  corps  le texte publié ne peut pas contenir de balise <script> — retirez-le ; pour intégrer une vidéo ou un script, demandez à l’équipe technique",
    );
    for (const line of blocks.slice(0, -1).flatMap((b) => b.split("\n"))) {
      expect(line).toMatch(/^tests\/fixtures\/bad\/(communiques|agenda|emplois)\/\S+:\d+:\d+ {2}(erreur|avertissement) {2}\S+ {2}.+ — .+$/);
    }
  });

  it("prints the same findings as JSON", () => {
    const { code, out } = check(FIXTURES, "--format", "json");
    expect(code).toBe(1);
    const rows = JSON.parse(out) as Record<string, unknown>[];
    expect(rows).toHaveLength(51);
    expect(Object.keys(rows[0]!)).toEqual(["file", "line", "column", "severity", "field", "code", "message"]);
    expect(rows).toContainEqual({
      file: "tests/fixtures/bad/communiques/2024-01-13-cle-proche.md",
      line: 4,
      column: 1,
      severity: "error",
      field: "chapeau-txt",
      code: "cle-proche",
      message: "le champ « chapeau-txt » est inconnu : vouliez-vous dire chapeau-text ? — renommez le champ en « chapeau-text »",
    });
  });

  it("exits 0 with warnings only, and 1 with --strict, which makes them errors", () => {
    const dir = contentFolder({ "communiques/2024-03-15-essai.md": "---\ntitle: Essai\ndate: 2024-03-15\nchapeau: Ancien nom\n---\n\nTexte.\n" });
    const plain = check(dir);
    expect(plain.code).toBe(0);
    expect(plain.out).toMatch(/avertissement {2}chapeau {2}/);
    expect(plain.out).toMatch(/0 erreur, 1 avertissement dans 1 fichier\.$/);
    const strict = check(dir, "--strict");
    expect(strict.code).toBe(1);
    expect(strict.out).toMatch(/ {2}erreur {2}chapeau {2}/);
    expect(strict.out).toMatch(/1 erreur, 0 avertissement dans 1 fichier\.$/);
  });

  it("exits 0 and says so on clean content (the sample content is clean)", () => {
    const { code, out } = check(path.join(ROOT, "content"));
    expect(code).toBe(0);
    expect(out).toMatch(/^0 erreur, 0 avertissement dans \d+ fichiers\.$/);
  });

  it("reads the Jekyll folder names", () => {
    const dir = contentFolder({ "_communiques/2024-03-15-essai.markdown": "---\ntitle: Essai\ndate: 2024-03-15\nfiles:\n- file: /uploads/cp.pdf\n---\n\nTexte.\n", "_uploads/cp.pdf": "%PDF" });
    expect(check(dir)).toMatchObject({ code: 0, out: "0 erreur, 0 avertissement dans 1 fichier." });
  });

  it("exits 2, in French, on a usage error or a folder it cannot read", () => {
    for (const args of [["--format", "xml"], ["--unknown"], ["a", "b"]]) {
      const { code, out, err } = check(...args);
      expect(code).toBe(2);
      expect(out).toBe("");
      expect(err).toMatch(/^Option incorrecte : .+\nUsage : npm run check/);
    }
    expect(check("/nonexistent/content")).toMatchObject({ code: 2, err: expect.stringMatching(/^Le dossier « \/nonexistent\/content » n’existe pas\./) });
    const file = path.join(FIXTURES, "communiques/notes.txt");
    expect(check(file)).toMatchObject({ code: 2, err: expect.stringMatching(/^« .*notes\.txt » n’est pas un dossier\./) });
    expect(check(path.join(FIXTURES, "communiques"))).toMatchObject({ code: 2, err: expect.stringContaining("Aucun fichier de contenu") });
  });
});

describe("the real corpus", () => {
  let findings: Finding[];
  beforeAll(() => {
    const dir = corpusContent({ _communiques: "numerique-gouv/_communiques", _evenements: "numerique-gouv/_evenements" });
    const { code, out } = check(dir, "--format", "json");
    expect(code).toBe(1);
    findings = JSON.parse(out) as Finding[];
  });

  it("is checked without a crash, the two communiqués that differ by a capital letter as their only errors", () => {
    const errors = findings.filter((f) => f.severity === "error" && f.file.includes("_communiques/"));
    expect(errors.map((f) => f.code)).toEqual(["url-en-double", "url-en-double"]);
  });

  it("holds the kinds of warnings its files have", () => {
    const codes = new Set(findings.map((f) => f.code));
    for (const code of [
      "alternative-manquante",
      "alternative-generique",
      "cle-ancienne",
      "telechargement-sans-fichier",
      "image-sans-fichier",
      "unicode-decompose",
      "titre-mal-forme",
      "espaces-en-fin",
      "corps-vide",
      "lien-http",
      "cle-vide",
      "fichier-ignore",
    ] as const) {
      expect(codes, code).toContain(code);
    }
  });

  it("locates the &nbsp; title, the decomposed accents and an http:// link in the file", () => {
    const find = (code: string, file: string) => findings.find((f) => f.code === code && f.file.includes(file));
    expect(find("titre-mal-forme", "fonds-pour-la-transformation")).toMatchObject({ field: "title", line: 2, column: 1 });
    expect(find("unicode-decompose", "appel-manifestation-interet")).toMatchObject({ field: "title", line: 2 });
    expect(find("lien-http", "entrepreneurs-dinteret-general-letat-devoile")).toMatchObject({ field: "corps", line: 30 });
  });
});
