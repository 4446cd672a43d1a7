/** Builds the real job offers of the State's digital jobs board, and small fixtures around deadlines. */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../../lib/html.ts";
import { buildSite, contentFolder, corpusContent, type Built } from "../helpers.ts";

/** The text of the facts list, one "label: value" per fact. */
function facts(html: string): string[] {
  const list = /<dl>([\s\S]*?)<\/dl>/.exec(html)?.[1] ?? "";
  return [...list.matchAll(/<dt[^>]*>([^<]*)<\/dt><dd>([\s\S]*?)<\/dd>/g)].map((m) => `${m[1]}: ${m[2]!.replace(/<br>/g, " / ").replace(/<[^>]+>/g, "")}`);
}

/** The offers a list page links to with a card (the search script's card model left out). */
function listed(html: string): string[] {
  return [...html.replace(/<template[\s\S]*?<\/template>/g, "").matchAll(/<h2 class="fr-card__title"><a href="([^"]+)">/g)].map((m) => m[1]!);
}

describe("the real offers of the jobs board", () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildSite(corpusContent({ emplois: "emplois" }));
  });

  it("build without errors, one page per offer with the title as the only h1", () => {
    expect(built.site.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(built.site.jobs).toHaveLength(17);
    for (const job of built.site.jobs) {
      const html = built.read(job.url);
      expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
      expect(html).toContain(`<h1>${escapeHtml(job.title)}</h1>`);
    }
  });

  it("show the facts as a list, and a Postuler button that writes to the address found in the text", () => {
    const html = built.read("/emplois/ingenieur-e-securite-reseau/");
    expect(facts(html)).toEqual([
      "Administration: Direction interministèrielle du numérique (DINUM)",
      "Lieu de travail: Saint-Jacques-de-la-Lande (Ille-Et-Vilaine)",
      "Région: Bretagne",
      "Métier: Sécurité",
      "Poste ouvert aux: Contractuel.le, Fonctionnaire, Niveau Cadre",
      "Expérience: 3 ans minimum dans le domaine des réseaux LAN et WAN, 3 ans minimum dans le pilotage de projets IT",
      "Rémunération: entre 45k€ et 63k€ annuels brut",
    ]);
    expect(html).toContain(
      '<a class="fr-btn fr-btn--icon-left fr-icon-mail-line" href="mailto:recrutement@example.org?subject=Candidature%20%3A%20Ing%C3%A9nieur-e%20s%C3%A9curit%C3%A9%20r%C3%A9seau">Postuler</a>',
    );
    expect(html).toMatch(/<h2 id="mission">Mission<\/h2>[\s\S]*<h2 id="ce-que-vous-ferez">Ce que vous ferez<\/h2>[\s\S]*<h2 id="pour-candidater">Pour candidater<\/h2>/);
  });

  it("build the spontaneous application, with almost no field, without a Postuler button", () => {
    const html = built.read("/emplois/candidatures-spontanees/");
    expect(facts(html)).toEqual(["Lieu de travail: France", "Région: France entière", "Métier: Autre", "Poste ouvert aux: Contractuel.le, Cadre ou non cadre"]);
    expect(html).not.toContain(">Postuler</a>");
  });

  it("say that an offer whose deadline is past has expired, and leave it out of the lists", () => {
    // The two offers of the board with a deadline: October 2021.
    expect(built.site.jobs.filter((job) => job.expired).map((job) => job.slug).sort()).toEqual(["data-scientist-f-h", "responsable-du-numerique-f-h"]);
    const html = built.read("/emplois/responsable-du-numerique-f-h/");
    expect(html).toContain("Cette offre a expiré le 20 octobre 2021 : les candidatures sont closes.");
    expect(html).not.toContain(">Postuler</a>");
    const listing = built.read("/emplois/");
    expect(listing).not.toContain("/emplois/responsable-du-numerique-f-h/");
    expect(listing).toContain("15 offres ouvertes");
    expect(listed(listing)).toHaveLength(15);
  });

  it("have a page per trade and per region, linked from the catalogue with their counts", () => {
    const listing = built.read("/emplois/");
    const bretagne = built.site.openJobs.filter((job) => job.region?.label === "Bretagne");
    expect(bretagne.length).toBeGreaterThan(1);
    expect(listing).toContain(`<a class="fr-tag" href="/emplois/region/bretagne/">Bretagne (${bretagne.length})</a>`);
    expect(listed(built.read("/emplois/region/bretagne/")).sort()).toEqual(bretagne.map((job) => job.url).sort());
    expect(built.read("/emplois/metier/infrastructure-et-reseaux/")).toContain("<h1>Offres d’emploi – métier : Infrastructure et réseaux</h1>");
  });
});

describe("offers in a content folder", () => {
  const offer = (extra: string) => `---\ntitle: Essai\ndate: 2026-11-02\ncandidater: a@b.fr\n${extra}---\n\n## Mission\n\nTexte.\n`;

  it("are listed until their deadline, drafts left out", async () => {
    const built = await buildSite(
      contentFolder({
        "emplois/2026-11-02-ouverte.md": offer("date-limite: 2099-12-31\n"),
        "emplois/2026-11-02-fermee.md": offer("date-limite: 2020-01-31\n"),
        "emplois/2026-11-02-brouillon.md": offer("published: false\n"),
      }),
    );
    expect(built.site.jobs.map((j) => j.slug).sort()).toEqual(["fermee", "ouverte"]);
    expect(built.site.openJobs.map((j) => j.slug)).toEqual(["ouverte"]);
    expect(fs.existsSync(path.join(built.output, "emplois/brouillon"))).toBe(false);
    expect(built.read("/emplois/fermee/")).toContain("Cette offre a expiré le 31 janvier 2020");
  });
});
