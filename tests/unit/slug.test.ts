import { describe, expect, it } from "vitest";
import { chapeau } from "../../lib/communiques.ts";
import { slugFromFileName, slugify } from "../../lib/slug.ts";
import { frenchFileSize, telUrl, textFileDetails, unbreakablePhone } from "../../lib/format.ts";
import { cleanTitle, htmlToText } from "../../lib/text.ts";

describe("slugs", () => {
  it("drop the date prefix and the extension", () => {
    expect(slugFromFileName("2022-10-25-vis-mon-job.md")).toBe("vis-mon-job");
    expect(slugFromFileName("/x/Lancement-du-site-nosdemarches.gouv.fr.markdown")).toBe("lancement-du-site-nosdemarches-gouv-fr");
  });

  it("are lower-case ASCII", () => {
    expect(slugify("L’État « numérique » : été 2024 & cœur")).toBe("letat-numerique-ete-2024-coeur");
    expect(slugFromFileName("atelier-<<-histoire-s-dalgorithmes->>.markdown")).toBe("atelier-histoire-s-dalgorithmes");
  });

  it("are the same for NFD and NFC file names", () => {
    expect(slugify("e\u0301te\u0301")).toBe(slugify("été"));
  });
});

describe("text clean-up", () => {
  it("cleans titles", () => {
    expect(cleanTitle("Un&nbsp;titre\n  sur deux lignes  ")).toBe("Un\u00a0titre sur deux lignes");
    expect(cleanTitle("Note\u00a0: 20\u202f000 agents")).toBe("Note\u00a0: 20\u202f000 agents");
    expect(cleanTitle("Re\u0301seau")).toBe("Réseau");
  });

  it("writes sizes in French units", () => {
    expect(frenchFileSize(245_000)).toBe("245 Ko");
    expect(frenchFileSize(1_234_567)).toBe("1,2 Mo");
    expect(frenchFileSize(512)).toBe("512 octets");
  });

  it("states a generated file's format and its size in bytes, not characters", () => {
    expect(textFileDetails("CSV", "a;b\r\n")).toBe("CSV, 5 octets");
    expect(textFileDetails("ICS", "é".repeat(1300))).toBe("ICS, 3 Ko");
  });

  it("keeps phone numbers on one line and dials them without spaces", () => {
    expect(unbreakablePhone(" 01 71  21 01 70 ")).toBe("01\u00a071\u00a021\u00a001\u00a070");
    expect(unbreakablePhone("+33-1-71")).toBe("+33\u20111\u201171");
    expect(telUrl("+33 1 71 21 01 70")).toBe("tel:+33171210170");
  });
});

describe("plain text of a chapeau (cards, descriptions)", () => {
  it("drops the markup the authors wrote, keeps its text, decodes entities", () => {
    expect(htmlToText('<em>a</em> &amp; <span lang="en">b</span>&nbsp;&#233;&#x2019; &lt;c&gt;')).toBe("a & b é’ <c>");
    expect(chapeau('Rendez-vous au premier <span lang="en">meetup</span> *Design* [Public](https://x.fr) > 2 & co').chapeauText).toBe(
      "Rendez-vous au premier meetup Design Public > 2 & co",
    );
  });
});
