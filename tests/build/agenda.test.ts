/** Builds agendas (a fixture at a fixed build time, the real events) and reads the pages back. */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { loadSite } from "../../lib/site.ts";
import { AGENDA_FIXTURE, NOW } from "../fixtures/content.ts";
import { buildSite, contentFolder, corpusContent, ROOT, type Built } from "../helpers.ts";

/** The event URLs of a list page, in order. */
function listed(html: string): string[] {
  return [...html.matchAll(/<h3 class="fr-card__title"><a href="(\/agenda\/[^"]+\/)">/g)].map((m) => m[1]!);
}

function headings(html: string): string[] {
  return [...html.matchAll(/<h2 class="fr-mt-4w">([^<]+)<\/h2>/g)].map((m) => m[1]!);
}

describe("the agenda, built on 28 November 2026", () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildSite(contentFolder(AGENDA_FIXTURE), { now: NOW });
  });

  it("lists upcoming events soonest first (ongoing included), then past events newest first, then undated ones, 12 a page", () => {
    const first = built.read("/agenda/");
    const second = built.read("/agenda/page/2/");
    expect(headings(first)).toEqual(["À venir", "Évènements passés"]);
    expect(headings(second)).toEqual(["Évènements passés", "Date à préciser"]);
    expect([...listed(first), ...listed(second)]).toEqual([
      "/agenda/forum-en-cours/",
      "/agenda/webinaire-decembre/",
      "/agenda/assises-mars/",
      "/agenda/atelier-novembre/",
      ...[8, 7, 6, 5, 4, 3, 2, 1].map((n) => `/agenda/ancien-${n}/`),
      "/agenda/formation-2024/",
      "/agenda/date-fausse/",
    ]);
    expect(first).toContain('<a class="fr-nav__link" href="/agenda/" aria-current="page">Agenda</a>');
    expect(first).toContain('href="/agenda/agenda.ics"');
  });

  it("writes dates as people write them, in the cards and on the pages", () => {
    const list = built.read("/agenda/");
    expect(list).toContain('<time datetime="2026-11-27">Du 27 au 29 novembre 2026</time>');
    expect(list).toContain('<time datetime="2026-12-01T10:00:00+01:00">Le 1er décembre 2026 de 10 h à 11 h 30</time>');
    expect(list).toContain('<time datetime="2027-03-16">Du 16 au 17 mars 2027</time>');
    expect(built.read("/agenda/page/2/")).toContain('<time datetime="2024-10-08T09:00:00+02:00">Le 8 octobre 2024 à 9 h</time>');
  });

  it("gives each event its practical information: address on lines, links, e-mail as mailto, access", () => {
    const html = built.read("/agenda/forum-en-cours/");
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(html).toContain("<h1>Forum en cours</h1>");
    expect(html).toContain('<h2 class="fr-h5" id="informations-pratiques">Informations pratiques</h2>');
    expect(html).toContain("<address>1 boulevard des Cités Unies<br>59777 Lille</address>");
    expect(html).toContain("https://www.openstreetmap.org/search?query=1%20boulevard%20des%20Cit%C3%A9s%20Unies%2C%2059777%20Lille");
    expect(html).toContain('<dt>Contact</dt><dd><a href="mailto:forum@example.org">Équipe du forum</a></dd>');
    expect(html).toMatch(/<dt>Inscription<\/dt><dd><a href="https:\/\/example\.org\/inscription" target="_blank" rel="noopener" title="S’inscrire - nouvelle fenêtre">S’inscrire<\/a><\/dd>/);
    expect(html).toContain("<dt>Horaires</dt><dd>de 9 h à 18 h</dd>");
    expect(html).toContain("<dt>Billetterie</dt><dd>Sur place</dd>");
    expect(html).toContain("<li>Métro ligne 1 : Lille Europe</li><li>Tramway : R (Lille Grand Palais)</li>");
    expect(html).toMatch(/href="\/agenda\/forum-en-cours\.ics" type="text\/calendar" download>Ajouter à mon agenda – ICS, \d+(,\d)? (octets|Ko)<\/a>/);
    expect(html).toContain('<p class="fr-tag fr-tag--sm">Forums et salons</p>');
  });

  it("shows an online event without address or map", () => {
    const html = built.read("/agenda/webinaire-decembre/");
    expect(html).toContain("<dt>Lieu</dt><dd>En ligne</dd>");
    expect(html).not.toContain("<address>");
    expect(html).not.toContain("openstreetmap");
  });

  it("builds an event with a bogus date without dates or calendar file, and names it", () => {
    const html = built.read("/agenda/date-fausse/");
    expect(html).toContain("<dt>Date</dt><dd>Date à préciser</dd>");
    expect(html).not.toContain("Ajouter à mon agenda");
    const log = built.log.join("\n");
    expect(log).toMatch(/2021-08-09-date-fausse\.md:4:1 {2}avertissement {2}event_start_date {2}la date « 0007-08-31 23:09:21 \+00:09 » \(Date de début\) n’est pas une date valide/);
    expect(log).toMatch(/2026-11-01-forum-en-cours\.md:\d+:\d+ {2}avertissement {2}champs_informations\[3\]\.lien {2}le lien « pas un lien »/);
  });

  it("leaves drafts out", () => {
    expect(fs.existsSync(path.join(built.output, "agenda/brouillon"))).toBe(false);
    expect(built.read("/agenda/")).not.toContain("Brouillon d’évènement");
  });
});

describe("the real events of numerique.gouv.fr", () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildSite(corpusContent({ _evenements: "numerique-gouv/_evenements" }), { now: NOW });
  });

  it("build from the Jekyll folder, sub-folders included, bogus dates and all, with the checker naming the bogus ones", () => {
    expect(built.site.findings.filter((f) => f.severity === "error")).toEqual([]);
    // 15 files, two of them drafts.
    expect(built.site.events).toHaveLength(13);
    expect(built.site.events.map((e) => e.slug)).toContain("design");
    const bogus = built.site.findings.filter((f) => f.code === "date-evenement-invalide");
    expect(bogus.map((f) => `${path.basename(f.file)}:${f.line} ${f.field}`)).toEqual([
      "franceconnect-a-lhonneur-a-lid-forum-de-lille-les-7-8-et-9-septembre-2021.markdown:17 event_start_date",
      "franceconnect-a-lhonneur-a-lid-forum-de-lille-les-7-8-et-9-septembre-2021.markdown:18 event_end_date",
    ]);
    expect(built.log.join("\n")).toContain("franceconnect-a-lhonneur-a-lid-forum-de-lille-les-7-8-et-9-septembre-2021.markdown:17:1  avertissement  event_start_date");
    expect(built.read("/agenda/franceconnect-a-lhonneur-a-lid-forum-de-lille-les-7-8-et-9-septembre-2021/")).toContain("<dt>Date</dt><dd>Date à préciser</dd>");
  });

  it("read the legacy fields: categorie, event_date, multi-line address, e-mail links, old access entries", () => {
    expect(built.read("/agenda/evenements-3/")).toContain('<time datetime="2018-10-18">Le 18 octobre 2018</time>');
    expect(built.read("/agenda/guichet-adoption-du-cloud-computing-webinaire-dinformation/")).toContain('<a href="mailto:infonuage.dinum@modernisation.gouv.fr">');
    expect(built.read("/agenda/design-public-meetup-1/")).toContain("<address>7 Rue Geoffroy l&#39;Angevin<br>75004 Paris</address>");
    const atelier = built.read("/agenda/atelier-histoire-s-dalgorithmes-dans-le-cadre-de-la-semaine-de-linnovation-publique/");
    expect(atelier).toContain("<li>Métro : Cambronne (ligne 6)</li>");
    expect(atelier).toContain('<p class="fr-tag fr-tag--sm">Évènement</p>');
    expect(built.read("/agenda/festival-futur-e-s-dinsic/")).toContain("Du 13 juin à 9 h 30 au 14 juin 2019 à 19 h");
    for (const e of built.site.events) expect(built.read(e.url).match(/<h1[\s>]/g)).toHaveLength(1);
  });
});

describe("the sample agenda", () => {
  it("has at least 10 events, upcoming and past, timed, all-day and online, without errors", () => {
    const site = loadSite({ contentDir: path.join(ROOT, "content"), now: NOW });
    expect(site.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(site.events.length).toBeGreaterThanOrEqual(10);
    const statuses = new Set(site.events.map((e) => e.status));
    expect(statuses).toEqual(new Set(["upcoming", "past"]));
    expect(site.events.some((e) => e.time?.allDay && e.time.end)).toBe(true);
    expect(site.events.some((e) => e.time && !e.time.allDay && e.time.end)).toBe(true);
    expect(site.events.some((e) => e.online)).toBe(true);
  });
});
