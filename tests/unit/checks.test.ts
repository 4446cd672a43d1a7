import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { checkDocument, fieldAtLine, isNonPublicHost, stringFields, textProblems } from "../../lib/checks.ts";
import { readDocument, validateDocument } from "../../lib/content.ts";
import { communiqueLegacyKeys, communiqueSchema, nestedLegacyKeys } from "../../lib/schema.ts";

const NOW = DateTime.fromISO("2026-11-28T12:00:00", { zone: "Europe/Paris" });

function checked(source: string) {
  const doc = readDocument("/content/communiques/2024-01-02-essai.md", source, "/");
  validateDocument(doc, { schema: communiqueSchema, legacyKeys: communiqueLegacyKeys, nestedLegacyKeys });
  doc.findings.length = 0;
  checkDocument(doc, { now: NOW });
  return { doc, codes: doc.findings.map((f) => `${f.code}@${f.field}:${f.line}:${f.column}`) };
}

describe("hosts the public cannot reach", () => {
  it.each(["localhost", "app.localhost", "127.0.0.1", "10.2.3.4", "192.168.1.20", "172.20.0.1", "[::1]", "intranet.local", "preprod.numerique.gouv.fr", "numerique-preprod.example.fr", "staging.example.org", "recette.demarches.gouv.fr"])(
    "%s is not public",
    (host) => expect(isNonPublicHost(host)).toBe(true),
  );
  it.each(["www.numerique.gouv.fr", "developpement-durable.gouv.fr", "recettes.fr", "172.32.0.1", "localhost.example.org"])("%s is public", (host) =>
    expect(isNonPublicHost(host)).toBe(false),
  );
});

describe("problems in a piece of text", () => {
  const codes = (text: string) => textProblems(text).map((p) => `${p.code}:${p.index}${p.params.url ? ` ${p.params.url}` : ""}`);

  it("tells JavaScript the word from javascript: the link", () => {
    expect(codes("Formation JavaScript : les bases ; JavaScript: la suite")).toEqual([]);
    expect(codes("[x](javascript:alert(1))")).toEqual(["html-dangereux:4"]);
    expect(codes('<a href="JavaScript:void(0)">')).toEqual(["html-dangereux:9"]);
  });

  it("finds event handlers inside tags only", () => {
    expect(codes("onclick=1 dans une phrase")).toEqual([]);
    expect(textProblems('<img src="a.png" onerror="x()">')[0]?.params.what).toBe("d’attribut onerror= (code JavaScript)");
    expect(codes("<SCRIPT src=x></SCRIPT> <iframe>")).toEqual(["html-dangereux:0", "html-dangereux:24"]);
  });

  it("reports a local link once, as non-public, and drops the sentence's punctuation", () => {
    expect(codes("Voir http://localhost:4000/essai.")).toEqual(["lien-non-public:5 http://localhost:4000/essai"]);
    expect(codes("(http://www.example.org/a), https://www.example.org/b")).toEqual(["lien-http:1 http://www.example.org/a"]);
  });
});

describe("where a line of the file belongs", () => {
  it("gives a multi-line value to its key and a list item to its deepest field", () => {
    const { doc } = checked("---\ntitle: 'Un titre\n  sur deux lignes'\ndate: 2024-01-02\nfiles:\n- nom: A\n  file: /uploads/a.pdf\n---\n\nTexte.\n");
    expect([3, 4, 6, 7].map((line) => fieldAtLine(doc, line))).toEqual(["title", "date", "files[0].nom", "files[0].file"]);
  });

  it("names a legacy key as the file writes it", () => {
    const { doc } = checked("---\ntitle: T\ndate: 2024-01-02\nchapeau: Un chapeau\n---\n\nTexte.\n");
    expect(fieldAtLine(doc, 4)).toBe("chapeau");
  });

  it("lists every string of a value with its path", () => {
    expect(stringFields({ title: "T", files: [{ nom: "A", n: 2 }], c: { e: "x" } })).toEqual([
      ["title", "T"],
      ["files[0].nom", "A"],
      ["c.e", "x"],
    ]);
  });
});

describe("the text checks of a document", () => {
  it("leave a clean file alone", () => {
    expect(checked("---\ntitle: Réseau de l’État\ndate: 2024-01-02\nchapeau-text: Un chapeau.\n---\n\nUn texte, [un lien](https://www.numerique.gouv.fr/).\n").codes).toEqual([]);
  });

  it("accept typographic no-break spaces and Markdown hard breaks", () => {
    const { codes } = checked("---\ntitle: \"Accessibilité\u00a0: le bilan\"\ndate: 2024-01-02\n---\n\nPremière ligne  \nSuite du paragraphe.\n");
    expect(codes).toEqual([]);
  });

  it("count the body's trailing spaces in one finding at the first line", () => {
    const { doc, codes } = checked("---\ntitle: T\ndate: 2024-01-02\n---\n\nUn \nDeux\t\nTrois  \n\nQuatre\n");
    expect(codes).toEqual(["espaces-en-fin@corps:6:3"]);
    expect(doc.findings[0]!.message).toMatch(/^cette ligne \(et 2 autres du texte\) se termine par des espaces/);
  });

  it("report a future date on a published file, not on a draft or under embargo", () => {
    expect(checked("---\ntitle: T\ndate: 2026-11-29\n---\n\nTexte.\n").codes).toEqual(["date-future@date:3:1"]);
    expect(checked("---\ntitle: T\ndate: 2026-11-29\npublished: false\n---\n\nTexte.\n").codes).toEqual([]);
    expect(checked("---\ntitle: T\ndate: 2026-11-29\nembargo: 2026-11-29 09:00:00 +01:00\n---\n\nTexte.\n").codes).toEqual([]);
    expect(checked("---\ntitle: T\ndate: 2026-11-28 11:00:00 +01:00\n---\n\nTexte.\n").codes).toEqual([]);
  });

  it("report each field with decomposed accents once, at the field", () => {
    const nfd = (s: string) => s.normalize("NFD");
    const { codes } = checked(`---\ntitle: T\ndate: 2024-01-02\nchapeau-text: >-\n  ${nfd("Première")}\n  ${nfd("Deuxième")}\ntags:\n- ${nfd("Réseau")}\n---\n\nTexte.\n`);
    expect(codes).toEqual(["unicode-decompose@chapeau-text:4:1", "unicode-decompose@tags[0]:8:3"]);
  });

  it("check every string field, not only the title and the chapeau", () => {
    const { codes } = checked("---\ntitle: T\ndate: 2024-01-02\ncontact-presse:\n  name: 'Service de presse '\n  email: presse@numerique.gouv.fr\nfiles:\n- file: http://www.example.org/cp.pdf\n---\n\nTexte.\n");
    expect(codes).toEqual(["espaces-en-fin@contact-presse.name:5:3", "lien-http@files[0].file:8:3"]);
  });

  it("locate body problems by the file's line, after a long front matter", () => {
    const { codes } = checked("---\ntitle: T\ndate: 2024-01-02\ntags:\n- a\n- b\n---\n\nUn.\n\nDeux <iframe src=x></iframe>\n");
    expect(codes).toEqual(["html-dangereux@corps:11:6"]);
  });
});
