/** The list of documents, on content whose file sizes are known, and `npm run pdf-links`. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { csvCell, documentsCsv, documentsJson, documentsTable, pressDocuments } from "../../lib/press-documents.ts";
import { loadSite } from "../../lib/site.ts";
import { runPdfLinks } from "../../scripts/pdf-links.ts";
import { SAMPLE } from "../fixtures/press-documents.ts";
import { contentFolder, temporaryDir } from "../helpers.ts";

const rows = () => pressDocuments(loadSite({ contentDir: contentFolder(SAMPLE) }).communiques);

describe("the list of documents", () => {
  it("has one row per document of each published communiqué, newest first, sizes measured", () => {
    expect(rows().map((r) => [r.date, r.communiqueTitle, r.label, r.format, r.bytes, r.size])).toEqual([
      ["2025-01-10", "Le plus récent", "La note \"courte\"", "PDF", 999, "999 octets"],
      ["2024-03-15", "Essai ; avec un point-virgule", "Télécharger le communiqué de presse", "PDF", 245_000, "245 Ko"],
      ["2024-03-15", "Essai ; avec un point-virgule", "L’annexe", "DOCX", 1_234_567, "1,2 Mo"],
      ["2024-03-15", "Essai ; avec un point-virgule", "Le rapport", "PDF", null, ""],
    ]);
    expect(rows()[1]).toMatchObject({ communiqueUrl: "/espace-presse/essai/", url: "/uploads/cp%20essai.pdf", dateLabel: "15 mars 2024", external: false });
  });

  it("is written as JSON with absolute addresses", () => {
    const json = JSON.parse(documentsJson(rows())) as Record<string, unknown>[];
    expect(json[1]).toEqual({
      date: "2024-03-15",
      communiqueTitle: "Essai ; avec un point-virgule",
      communiqueUrl: "https://presse.numerique.gouv.fr/espace-presse/essai/",
      label: "Télécharger le communiqué de presse",
      url: "https://presse.numerique.gouv.fr/uploads/cp%20essai.pdf",
      format: "PDF",
      bytes: 245000,
      size: "245 Ko",
    });
    expect(json[3]).toMatchObject({ url: "https://www.example.org/rapport.pdf", bytes: null });
  });

  it("is written as CSV: byte order mark, header row, semicolons, quoted cells, CRLF", () => {
    const csv = documentsCsv(rows());
    expect(csv.startsWith("\uFEFFdate;communiqué;adresse du communiqué;document;adresse du document;format;octets;taille\r\n")).toBe(true);
    const lines = csv.slice(1).split("\r\n");
    expect(lines).toHaveLength(6);
    expect(lines.at(-1)).toBe("");
    expect(lines[1]).toBe('2025-01-10;Le plus récent;https://presse.numerique.gouv.fr/espace-presse/plus-recent/;"La note ""courte""";https://presse.numerique.gouv.fr/uploads/note.pdf;PDF;999;999 octets');
    expect(lines[4]).toBe('2024-03-15;"Essai ; avec un point-virgule";https://presse.numerique.gouv.fr/espace-presse/essai/;Le rapport;https://www.example.org/rapport.pdf;PDF;;');
  });

  it("quotes exactly the cells that need it", () => {
    expect([csvCell("a"), csvCell("a;b"), csvCell('a"b'), csvCell("a\nb"), csvCell(12), csvCell(null)]).toEqual(["a", '"a;b"', '"a""b"', '"a\nb"', "12", ""]);
  });

  it("prints as a table that fits the terminal", () => {
    const table = documentsTable(rows(), 80).split("\n");
    expect(table[0]).toBe("Date        Format  Taille      Document             Communiqué");
    expect(table[3]).toBe("2024-03-15  PDF     245 Ko      Télécharger le com…  Essai ; avec un point-virg…");
    expect(Math.max(...table.map((l) => l.length))).toBeLessThanOrEqual(80);
  });
  it("keeps its address: a communiqué cannot take it", () => {
    const site = loadSite({ contentDir: contentFolder({ "communiques/2024-03-15-documents.md": "---\ntitle: Documents\ndate: 2024-03-15\n---\n\nTexte.\n" }) });
    expect(site.findings.map((f) => [f.code, f.field, f.line])).toEqual([["url-reservee", "permalink", 1]]);
  });
});

describe("npm run pdf-links", () => {
  it("prints the table and writes the JSON and CSV files where the build puts them", () => {
    const output = temporaryDir("pdf-links");
    const out: string[] = [];
    expect(runPdfLinks(["--content", contentFolder(SAMPLE), "--output", output], { out: (t) => out.push(t), err: () => {}, columns: 100 })).toBe(0);
    expect(out.join("\n")).toContain("2025-01-10  PDF     999 octets");
    expect(out.join("\n")).toMatch(/4 documents ; liste écrite dans .*espace-presse\/documents\.json et .*espace-presse\/documents\.csv\.$/);
    expect(fs.readFileSync(path.join(output, "espace-presse/documents.csv"), "utf8")).toBe(documentsCsv(rows()));
    expect(fs.readFileSync(path.join(output, "espace-presse/documents.json"), "utf8")).toBe(documentsJson(rows()));
    expect(fs.readdirSync(path.join(output, "espace-presse")).sort()).toEqual(["documents.csv", "documents.json"]);
  });

  it("writes nothing and exits 1 when a listed file is missing, naming it", () => {
    const output = path.join(temporaryDir("pdf-links"), "out");
    const err: string[] = [];
    const { "uploads/note.pdf": _removed, ...withoutNote } = SAMPLE;
    const dir = contentFolder(withoutNote);
    expect(runPdfLinks(["--content", dir, "--output", output], { out: () => {}, err: (t) => err.push(t) })).toBe(1);
    expect(err.join("\n")).toMatch(/2025-01-10-plus-recent\.md:5:3 {2}erreur {2}files\[0\]\.file {2}« \/uploads\/note\.pdf » ne correspond à aucun fichier/);
    expect(err.join("\n")).toMatch(/Liste non écrite/);
    expect(fs.existsSync(output)).toBe(false);
  });

  it("exits 2 on a usage error or a missing folder", () => {
    const err: string[] = [];
    const io = { out: () => {}, err: (t: string) => err.push(t) };
    expect(runPdfLinks(["--format", "x"], io)).toBe(2);
    expect(runPdfLinks(["--content", "/nonexistent"], io)).toBe(2);
    expect(err.join("\n")).toMatch(/^Option incorrecte[\s\S]*Le dossier « \/nonexistent » n’existe pas\./);
  });
});
