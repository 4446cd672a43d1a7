import { DateTime } from "luxon";
import { describe, expect, it } from "vitest";
import { readDocument, validateDocument } from "../../lib/content.ts";
import { parseContentDate } from "../../lib/dates.ts";
import { applyAction, firstParagraph, isExpired, toJob } from "../../lib/jobs.ts";
import { jobSchema } from "../../lib/schema.ts";

const NOW = DateTime.fromISO("2026-11-28T12:00:00", { zone: "Europe/Paris" });

function read(frontMatter: string, body = "## Mission\n\nConcevoir le réseau.\n") {
  const doc = readDocument("/content/emplois/2026-11-02-essai.md", `---\n${frontMatter}---\n\n${body}`, "/");
  const data = validateDocument(doc, { schema: jobSchema, legacyKeys: [], nestedLegacyKeys: {} });
  const job = data ? toJob(doc, data, NOW) : null;
  return { job, codes: doc.findings.map((f) => `${f.severity}:${f.code}@${f.field}:${f.line}`) };
}

describe("a job offer's deadline", () => {
  const deadline = (value: string) => parseContentDate(value)!;

  it("runs to the end of its day, in Paris", () => {
    expect(isExpired(deadline("2026-11-28"), NOW)).toBe(false);
    expect(isExpired(deadline("2026-11-28"), DateTime.fromISO("2026-11-28T23:59:00", { zone: "Europe/Paris" }))).toBe(false);
    expect(isExpired(deadline("2026-11-27"), NOW)).toBe(true);
  });

  it("ends at its hour when it has one", () => {
    expect(isExpired(deadline("2026-11-28 10:00:00 +01:00"), NOW)).toBe(true);
    expect(isExpired(deadline("2026-11-28 18:00:00 +01:00"), NOW)).toBe(false);
  });
});

describe("the Postuler action", () => {
  it("prepares an e-mail whose subject is the job title", () => {
    expect(applyAction("recrutement@numerique.gouv.fr", "Ingénieur réseau")).toEqual({
      kind: "email",
      address: "recrutement@numerique.gouv.fr",
      href: "mailto:recrutement@numerique.gouv.fr?subject=Candidature%20%3A%20Ing%C3%A9nieur%20r%C3%A9seau",
    });
    expect(applyAction("mailto:a@b.fr", "X")?.address).toBe("a@b.fr");
  });

  it("links to an application page, and refuses anything else", () => {
    expect(applyAction(" https://choisirleservicepublic.gouv.fr/offre/1/ ", "X")).toEqual({
      kind: "url",
      address: "https://choisirleservicepublic.gouv.fr/offre/1/",
      href: "https://choisirleservicepublic.gouv.fr/offre/1/",
    });
    expect(applyAction("www.example.org/emploi", "X")?.href).toBe("https://www.example.org/emploi");
    expect(applyAction("Envoyez votre CV", "X")).toBeUndefined();
    expect(applyAction("recrutement@", "X")).toBeUndefined();
  });
});

describe("reading an offer", () => {
  it("builds the model from every field of the format", () => {
    const { job, codes } = read(`title: "Ingénieur réseau (F/H)"
date: 2026-11-02
administration:
  - "Direction interministérielle du numérique (DINUM)"
  - "Département ISO"
localisation:
  - "Saint-Jacques-de-la-Lande"
region: "Bretagne"
metier: "Infrastructure et réseaux"
poste-ouvert-aux:
  - "Fonctionnaire"
  - "•\tContractuel"
experience: "3 ans"
remuneration: "Entre 45 000 € et 60 000 €"
teletravail: "2 jours par semaine"
date-limite: 2027-01-15
candidater: "https://example.org/postuler"
en-savoir-plus: "https://example.org/offre"
`);
    expect(codes).toEqual([]);
    expect(job).toMatchObject({
      url: "/emplois/essai/",
      title: "Ingénieur réseau (F/H)",
      administrations: ["Direction interministérielle du numérique (DINUM)", "Département ISO"],
      region: { label: "Bretagne", slug: "bretagne", url: "/emplois/region/bretagne/" },
      metier: { label: "Infrastructure et réseaux", url: "/emplois/metier/infrastructure-et-reseaux/" },
      openTo: ["Fonctionnaire", "Contractuel"],
      remote: "2 jours par semaine",
      deadline: { datetime: "2027-01-15", label: "15 janvier 2027" },
      expired: false,
      apply: { kind: "url", href: "https://example.org/postuler" },
      moreInfoUrl: "https://example.org/offre",
      summary: "Concevoir le réseau.",
    });
  });

  it("stops on an application address that is neither an e-mail nor a web address, at its line", () => {
    const { job, codes } = read(`title: Essai\ndate: 2026-11-02\ncandidater: "Envoyez votre CV au service RH"\n`);
    expect(codes).toEqual(["error:candidature-invalide@candidater:4"]);
    expect(job?.apply).toBeUndefined();
  });

  it("warns on a trade or region outside the lists, and on an unusable « en savoir plus » link", () => {
    const { job, codes } = read(`title: Essai\ndate: 2026-11-02\nregion: France entière\nmetier: Autre\ncandidater: a@b.fr\nen-savoir-plus: "Offre d'emploi sur le site"\n`);
    expect(codes).toEqual([
      "warning:region-inconnue@region:4",
      "warning:metier-inconnu@metier:5",
      "warning:lien-invalide@en-savoir-plus:7",
    ]);
    expect(job?.region?.url).toBe("/emplois/region/france-entiere/");
    expect(job?.moreInfoUrl).toBeUndefined();
  });

  it("falls back on the e-mail address of the text, or on no button, saying so", () => {
    const found = read(`title: Essai\ndate: 2026-11-02\n`, "## Pour candidater\n\nÉcrivez à recrutement@example.org.\n");
    expect(found.job?.apply?.address).toBe("recrutement@example.org");
    expect(found.codes).toEqual(["warning:candidature-deduite@candidater:1"]);
    const none = read(`title: Essai\ndate: 2026-11-02\n`);
    expect(none.job?.apply).toBeUndefined();
    expect(none.codes).toEqual(["warning:candidature-absente@candidater:1"]);
  });

  it("reads the almost empty spontaneous application of the real board without failing", () => {
    const { job } = read(`title: "CANDIDATURES SPONTANEES"\ndate: 2021-07-13\nlocalisation:\n  - "France"\nregion: "France entière"\nmetier: "Autre"\n`, "");
    expect(job).toMatchObject({ title: "CANDIDATURES SPONTANEES", administrations: [], summary: "", expired: false });
    expect(job?.body.html).toBe("");
  });
});

describe("the summary", () => {
  it("takes the first paragraph, not a heading or a list", () => {
    expect(firstParagraph("## Mission\n\n- une liste\n\nLe **premier** [paragraphe](https://x.fr).\n\nLe second.")).toBe("Le premier paragraphe.");
  });
});
