/**
 * The build runs the checker's checks (same lines), writes the list of documents as a page, JSON
 * and CSV, and a build that fails leaves the previous site byte for byte; one that succeeds
 * replaces it and deletes it.
 */
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { documentsCsv, documentsJson, pressDocuments } from "../../lib/press-documents.ts";
import { build, BuildError } from "../../scripts/build.ts";
import { runCheck } from "../../scripts/check-content.ts";
import { SAMPLE } from "../fixtures/press-documents.ts";
import { buildSite, contentFolder, type Built } from "../helpers.ts";

/** Every file of a folder with the hash of its bytes. */
function snapshot(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of fs.readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(dir, file)] = crypto.createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  }
  return out;
}

/** The finding lines of the checker on a folder (its summary left out). */
function checkerLines(dir: string): string[] {
  const out: string[] = [];
  runCheck([dir], { out: (t) => out.push(t), err: () => {} });
  return out.join("\n").split("\n").filter((l) => /:\d+:\d+ {2}/.test(l));
}

const WARNING = { "communiques/2024-02-01-ancien.md": "---\ntitle: Ancien format\ndate: 2024-02-01\nchapeau: Un chapeau\n---\n\nVoir http://www.example.org/.\n" };

describe("a build with warnings, then builds that fail", () => {
  let dir: string;
  let built: Built;
  beforeAll(async () => {
    dir = contentFolder({ ...SAMPLE, ...WARNING });
    built = await buildSite(dir);
  });

  it("prints the checker's lines and goes on", () => {
    const lines = checkerLines(dir);
    expect(lines).toHaveLength(2);
    expect(built.log.join("\n").split("\n").filter((l) => /:\d+:\d+ {2}/.test(l))).toEqual(lines);
    expect(built.log.at(-1)).toBe("0 erreur, 2 avertissements dans 5 fichiers.");
    expect(built.read("/espace-presse/ancien/")).toContain("<h1>Ancien format</h1>");
  });

  it("writes the documents page: a DSFR table with caption, column and row headers, newest first", () => {
    const page = built.read("/espace-presse/documents/");
    expect(page).toContain("<h1>Documents des communiqués</h1>");
    expect(page).toMatch(/<div class="fr-table">[\s\S]*<table>\s*<caption>Documents des communiqués, du plus récent au plus ancien<\/caption>/);
    expect(page).toContain('<tr><th scope="col">Date</th><th scope="col">Communiqué</th><th scope="col">Document</th><th scope="col">Format</th><th scope="col">Taille</th></tr>');
    const rows = page.match(/<tr><td>[\s\S]*?<\/tr>/g)!;
    expect(rows).toHaveLength(4);
    expect(rows[0]).toBe(
      '<tr><td><time datetime="2025-01-10">10 janvier 2025</time></td><th scope="row"><a href="/espace-presse/plus-recent/">Le plus récent</a></th><td><a class="fr-link fr-link--download" href="/uploads/note.pdf" download>La note &quot;courte&quot; <span class="fr-link__detail">PDF, 999 octets</span></a></td><td>PDF</td><td><data value="999">999 octets</data></td></tr>',
    );
    expect(rows[1]).toContain('<td><data value="245000">245 Ko</data></td>');
    expect(rows[3]).toContain('<a class="fr-link fr-link--download" href="https://www.example.org/rapport.pdf">Le rapport <span class="fr-link__detail">PDF</span></a></td><td>PDF</td><td>inconnue (site externe)</td>');
    expect(built.read("/espace-presse/")).toContain('href="/espace-presse/documents/">Tous les documents à télécharger</a>');
    expect(built.read("/plan-du-site/")).toContain('<a href="/espace-presse/documents/">Documents des communiqués</a>');
    expect(built.read("/sitemap.xml")).toContain("<loc>https://presse.numerique.gouv.fr/espace-presse/documents/</loc>");
  });

  it("writes the same JSON and CSV files as npm run pdf-links, the CSV with its byte order mark", () => {
    const rows = pressDocuments(built.site.communiques);
    const csv = fs.readFileSync(path.join(built.output, "espace-presse/documents.csv"));
    expect(csv.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(csv.toString("utf8")).toBe(documentsCsv(rows));
    expect(fs.readFileSync(path.join(built.output, "espace-presse/documents.json"), "utf8")).toBe(documentsJson(rows));
  });

  it("stops on an error with the checker's lines, and leaves the previous site byte for byte", async () => {
    const before = snapshot(built.output);
    const bad = contentFolder({ ...SAMPLE, ...WARNING, "communiques/2024-02-02-piege.md": "---\ntitle: Piège\ndate: 2024-02-02\n---\n\n<script>alert(1)</script>\n" });
    const log: string[] = [];
    await expect(build({ contentDir: bad, outputDir: built.output }, (l) => log.push(l))).rejects.toThrow(BuildError);
    const lines = checkerLines(bad);
    expect(lines.filter((l) => l.includes("  erreur  "))).toEqual([expect.stringMatching(/2024-02-02-piege\.md:6:1 {2}erreur {2}corps {2}le texte publié ne peut pas contenir de balise <script>/)]);
    expect(log.join("\n").split("\n").filter((l) => /:\d+:\d+ {2}/.test(l))).toEqual(lines);
    expect(snapshot(built.output)).toEqual(before);
    expect(fs.readdirSync(path.dirname(built.output))).toEqual(["_site"]);
  });

  it("leaves it byte for byte too when Eleventy itself fails half-way", async () => {
    const before = snapshot(built.output);
    // A communiqué taking the address of a text page of the site: Eleventy refuses to write both.
    const clash = contentFolder({ ...SAMPLE, "communiques/2024-02-03-legal.md": "---\ntitle: Mentions\ndate: 2024-02-03\npermalink: /mentions-legales/\n---\n\nTexte.\n" });
    await expect(build({ contentDir: clash, outputDir: built.output }, () => {})).rejects.toThrow();
    expect(snapshot(built.output)).toEqual(before);
    expect(fs.readdirSync(path.dirname(built.output))).toEqual(["_site"]);
  });

  it("replaces the site at a rebuild, then deletes the previous one and any copy an interrupted deletion left", async () => {
    const parent = path.dirname(built.output);
    const leftover = path.join(parent, "_site.old-1-2");
    fs.mkdirSync(path.join(leftover, "espace-presse"), { recursive: true });
    fs.writeFileSync(path.join(leftover, "espace-presse", "index.html"), "ancien");
    const files = Object.keys(snapshot(built.output)).sort();
    const edited = contentFolder({ ...SAMPLE, "communiques/2024-02-04-nouveau.md": "---\ntitle: Nouveau\ndate: 2024-02-04\n---\n\nTexte.\n" });
    await build({ contentDir: edited, outputDir: built.output }, () => {});
    expect(built.read("/espace-presse/nouveau/")).toContain("<h1>Nouveau</h1>");
    expect(Object.keys(snapshot(built.output)).filter((file) => !files.includes(file))).toContain(path.join("espace-presse", "nouveau", "index.html"));
    // A detached process deletes them: the build does not wait for it.
    for (let waited = 0; waited < 10_000 && fs.readdirSync(parent).length > 1; waited += 100) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(fs.readdirSync(parent)).toEqual(["_site"]);
  });
});
