import { describe, expect, it } from "vitest";
import { readDocument, validateDocument } from "../../lib/content.ts";
import { communiqueLegacyKeys, communiqueSchema, nestedLegacyKeys } from "../../lib/schema.ts";

const rules = { schema: communiqueSchema, legacyKeys: communiqueLegacyKeys, nestedLegacyKeys };

function read(source: string) {
  const doc = readDocument("/content/communiques/2024-01-02-essai.md", source, "/");
  const data = validateDocument(doc, rules);
  return { doc, data, codes: doc.findings.map((f) => `${f.code}@${f.field}:${f.line}:${f.column}`) };
}

describe("reading a communiqué's front matter", () => {
  it("reads the seed format", () => {
    const { data, doc } = read(`---
title: 'Vis mon Job'
date: 2022-10-25 16:46:00 +02:00
categories:
- Communiqué de presse
tags:
- RH
- 2022
chapeau-text: |-
  Un chapeau.
une-ou-diaporama:
- image: "/uploads/a.jpg"
  alternative-textuelle: Vis mon job
files:
- nom: Télécharger le communiqué de presse
---

Corps.
`);
    expect(doc.findings).toEqual([]);
    expect(data?.tags).toEqual(["RH", "2022"]);
    expect(data?.date).toBe("2022-10-25 16:46:00 +02:00");
    expect(doc.bodyLine).toBe(17); // the line right after the closing ---
  });

  it("maps legacy keys to modern fields, with a warning at each", () => {
    const { data, codes } = read(`---
title: Ancien format
date: 2018-07-02
chapeau: Un chapeau
une:
- image: /uploads/u.jpg
communique_file: "/uploads/cp.pdf"
---
`);
    expect(data?.["chapeau-text"]).toBe("Un chapeau");
    expect(data?.["une-ou-diaporama"]).toEqual([{ image: "/uploads/u.jpg" }]);
    expect(data?.files).toEqual([{ file: "/uploads/cp.pdf", nom: "Télécharger le communiqué de presse" }]);
    expect(codes).toEqual(["cle-ancienne@chapeau:4:1", "cle-ancienne@une:5:1", "cle-ancienne@communique_file:7:1"]);
  });

  it("reads files[].lien and files[].File as files[].file", () => {
    const { data, codes } = read(`---
title: T
date: 2020-01-01
files:
- lien: /uploads/a.pdf
  nom: A
- File: /uploads/b.pdf
  Key:
---
`);
    expect(data?.files).toEqual([{ file: "/uploads/a.pdf", nom: "A" }, { file: "/uploads/b.pdf" }]);
    expect(codes).toContain("cle-ancienne@files[0].lien:5:3");
    expect(codes).toContain("cle-ancienne@files[1].File:7:3");
    expect(codes).toContain("cle-vide@files[1].Key:8:3");
  });

  it("normalises text to NFC", () => {
    const { data } = read("---\ntitle: \"Re\u0301seau de l\u2019E\u0301tat\"\ndate: 2020-01-01\n---\n");
    expect(data?.title).toBe("Réseau de l’État");
  });

  it("names a missing title, a bad date and a near-miss key with their lines", () => {
    const { data, codes } = read("---\ndate: 0007-08-31\nchapeau-txt: x\n---\n");
    expect(data).toBeNull();
    expect(codes).toEqual(expect.arrayContaining(["champ-obligatoire@title:1:1", "date-invalide@date:2:1", "cle-proche@chapeau-txt:3:1"]));
  });

  it("reports YAML that does not parse at its line", () => {
    const { data, codes } = read("---\ntitle: ok\ndate: 2020-01-01\ntags: [a, b\n---\n");
    expect(data).toBeNull();
    expect(codes[0]).toMatch(/^yaml-invalide@en-tête:\d+:\d+$/);
    expect(Number(codes[0]!.split(":")[1])).toBeGreaterThanOrEqual(4);
  });

  it("reports a value of the wrong type in French", () => {
    const { doc } = read("---\ntitle: T\ndate: 2020-01-01\npublished: peut-être\n---\n");
    expect(doc.findings[0]).toMatchObject({ code: "type-invalide", field: "published", line: 4 });
    expect(doc.findings[0]!.message).toContain("vrai ou faux");
  });
});

describe("keys named like Object's own properties", () => {
  it("are unknown keys, not schema fields", () => {
    const { codes } = read("---\ntitle: T\ndate: 2020-01-01\ntoString: \"\"\nconstructor: x\n---\n");
    expect(codes).toEqual(["cle-inconnue@toString:4:1", "cle-inconnue@constructor:5:1"]);
  });
});
