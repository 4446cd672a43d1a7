/** Feeds and calendars parsed back by real parsers (fast-xml-parser, ical.js), field by field. */
import fs from "node:fs";
import path from "node:path";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import ICAL from "ical.js";
import { DateTime } from "luxon";
import { beforeAll, describe, expect, it } from "vitest";
import { AGENDA_FIXTURE, FEED_FIXTURE, NOW } from "../fixtures/content.ts";
import { buildSite, contentFolder, type Built } from "../helpers.ts";

const SITE = "https://presse.numerique.gouv.fr";
const LISTS = new Set(["entry", "item", "link", "category"]);
const xml = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: "@", parseTagValue: false, isArray: (name) => LISTS.has(name) });

function parseXml(text: string) {
  expect(XMLValidator.validate(text)).toBe(true);
  return xml.parse(text);
}

/** Every file of the output whose path matches, relative path → bytes. */
function filesMatching(output: string, pattern: RegExp): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const entry of fs.readdirSync(output, { recursive: true, withFileTypes: true })) {
    const file = path.join(entry.parentPath, entry.name);
    if (entry.isFile() && pattern.test(file)) files.set(path.relative(output, file), fs.readFileSync(file));
  }
  return files;
}

function expectAbsoluteLinks(html: string): void {
  expect(html).not.toMatch(/(href|src)="(?!https:\/\/|mailto:)/);
}

describe("feeds and calendars", () => {
  let built: Built;
  let later: Built;
  beforeAll(async () => {
    const dir = contentFolder({ ...AGENDA_FIXTURE, ...FEED_FIXTURE });
    built = await buildSite(dir, { now: NOW });
    // A month later: the agenda moves on, feeds and calendars must not change a byte.
    later = await buildSite(dir, { now: NOW.plus({ months: 1 }) });
  });

  it("writes the same feed and calendar bytes at every build", () => {
    const pattern = /(flux\.(atom|rss|json)|\.ics)$/;
    const first = filesMatching(built.output, pattern);
    expect([...first.keys()].sort()).toEqual(
      [
        "agenda/agenda.ics",
        ...built.site.events.filter((e) => e.icsUrl).map((e) => `agenda/${e.slug}.ics`),
        "espace-presse/categories/communique-de-presse/flux.atom",
        "espace-presse/categories/note-aux-redactions/flux.atom",
        "espace-presse/flux.atom",
        "espace-presse/flux.json",
        "espace-presse/flux.rss",
      ].sort(),
    );
    expect(filesMatching(later.output, pattern)).toEqual(first);
    expect(later.read("/agenda/")).not.toEqual(built.read("/agenda/"));
  });

  it("publishes an Atom feed with stable ids, the newest date as updated, escaped full content and absolute URLs", () => {
    const { feed } = parseXml(built.read("/espace-presse/flux.atom"));
    expect(feed["@xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toBe(`${SITE}/espace-presse/flux.atom`);
    expect(feed.updated).toBe("2026-11-20T10:00:00+01:00");
    expect(feed.link.map((l: Record<string, string>) => [l["@rel"], l["@href"]])).toEqual([
      ["self", `${SITE}/espace-presse/flux.atom`],
      ["alternate", `${SITE}/espace-presse/`],
    ]);
    expect(feed.author.name).toBe("Direction interministérielle du numérique");
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      `${SITE}/espace-presse/forum-talents/`,
      `${SITE}/espace-presse/ete/`,
      `${SITE}/espace-presse/hiver/`,
    ]);
    const [forum, ete, hiver] = feed.entry;
    expect(forum.title["#text"]).toBe("Forum <emploi> & talents : « l’État recrute »");
    expect(forum.link[0]["@href"]).toBe(`${SITE}/espace-presse/forum-talents/`);
    expect(forum.published).toBe("2026-11-20T10:00:00+01:00");
    expect(forum.updated).toBe(forum.published);
    expect(forum.category[0]["@term"]).toBe("note-aux-redactions");
    expect(forum.category[0]["@label"]).toBe("Note aux rédactions");
    expect(forum.summary["#text"]).toBe("Le forum de l’emploi tech, avec le programme.");
    const content: string = forum.content["#text"];
    expect(forum.content["@type"]).toBe("html");
    expect(content).toContain(`<a href="${SITE}/agenda/forum-en-cours/">le programme</a>`);
    expect(content).toContain(`<img src="${SITE}/uploads/forum.jpg" alt="Des candidats devant les stands">`);
    expect(content).toContain(`<a href="${SITE}/uploads/note%20forum.pdf">la note</a>`);
    expect(content).toContain(`<img src="${SITE}/uploads/plan.png" alt="Plan du forum">`);
    expect(content).toContain('href="https://example.org/?a=1&amp;b=2"');
    expect(content).toContain("a &lt; b &amp;&amp; c ]]&gt; fin.");
    expect(content).toContain(`<li><a href="${SITE}/uploads/note%20forum.pdf">Télécharger la note aux rédactions</a> (PDF, 2 Ko)</li>`);
    expectAbsoluteLinks(content);
    // A date without a time is midnight in Paris; a UTC date is shown in Paris time.
    expect(ete.published).toBe("2026-06-01T00:00:00+02:00");
    expect(hiver.published).toBe("2026-01-10T10:00:00+01:00");
  });

  it("publishes an Atom feed per category with only its communiqués", () => {
    const { feed } = parseXml(built.read("/espace-presse/categories/communique-de-presse/flux.atom"));
    expect(feed.id).toBe(`${SITE}/espace-presse/categories/communique-de-presse/flux.atom`);
    expect(feed.title["#text"]).toBe("Communiqués de la DINUM – Communiqué de presse");
    expect(feed.updated).toBe("2026-06-01T00:00:00+02:00");
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([`${SITE}/espace-presse/ete/`, `${SITE}/espace-presse/hiver/`]);
  });

  it("publishes RSS 2.0 with RFC 822 dates, permalink guids and the same full content", () => {
    const { rss } = parseXml(built.read("/espace-presse/flux.rss"));
    const atom = parseXml(built.read("/espace-presse/flux.atom")).feed;
    expect(rss["@version"]).toBe("2.0");
    const channel = rss.channel;
    expect(channel.link[0]).toBe(`${SITE}/espace-presse/`);
    expect(channel["atom:link"]["@href"]).toBe(`${SITE}/espace-presse/flux.rss`);
    expect(channel.language).toBe("fr");
    expect(channel.lastBuildDate).toBe("Fri, 20 Nov 2026 10:00:00 +0100");
    expect(channel.item).toHaveLength(3);
    channel.item.forEach((item: Record<string, any>, i: number) => {
      const entry = atom.entry[i];
      expect(item.title).toBe(entry.title["#text"]);
      expect(item.link[0]).toBe(entry.id);
      expect(item.guid["#text"]).toBe(entry.id);
      expect(item.guid["@isPermaLink"]).toBe("true");
      expect(item.pubDate).toMatch(/^(Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d{2} (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d{2}:\d{2}:\d{2} [+-]\d{4}$/);
      expect(DateTime.fromRFC2822(item.pubDate).toMillis()).toBe(DateTime.fromISO(entry.published).toMillis());
      expect(item.description).toBe(entry.content["#text"]);
    });
    expect(channel.item[1].pubDate).toBe("Mon, 01 Jun 2026 00:00:00 +0200");
  });

  it("publishes a JSON Feed 1.1 with its required fields", () => {
    const feed = JSON.parse(built.read("/espace-presse/flux.json"));
    expect(feed.version).toBe("https://jsonfeed.org/version/1.1");
    expect(typeof feed.title).toBe("string");
    expect(feed.home_page_url).toBe(`${SITE}/espace-presse/`);
    expect(feed.feed_url).toBe(`${SITE}/espace-presse/flux.json`);
    expect(Array.isArray(feed.items)).toBe(true);
    expect(feed.items).toHaveLength(3);
    for (const item of feed.items) {
      expect(typeof item.id).toBe("string");
      expect(item.url).toBe(item.id);
      expect(typeof item.content_html).toBe("string");
      expectAbsoluteLinks(item.content_html);
      expect(DateTime.fromISO(item.date_published).isValid).toBe(true);
    }
    expect(feed.items[0].title).toBe("Forum <emploi> & talents : « l’État recrute »");
    expect(feed.items[0].image).toBe(`${SITE}/uploads/forum.jpg`);
    expect(feed.items[0].tags).toEqual(["Note aux rédactions", "Emploi"]);
  });

  it("links the feeds from every page's head and visibly from the press room and its categories", () => {
    const pages = filesMatching(built.output, /\.html$/);
    expect(pages.size).toBeGreaterThan(20);
    for (const [file, bytes] of pages) {
      const head = bytes.toString("utf8").split("</head>")[0]!;
      for (const [type, href] of [["application/atom+xml", "flux.atom"], ["application/rss+xml", "flux.rss"], ["application/feed+json", "flux.json"]] as const) {
        expect(head, file).toMatch(new RegExp(`<link rel="alternate" type="${type.replace("+", "\\+")}" title="[^"]+" href="/espace-presse/${href.replace(".", "\\.")}">`));
      }
    }
    const press = built.read("/espace-presse/");
    expect(press).toContain('<a class="fr-link fr-icon-rss-line fr-link--icon-left" href="/espace-presse/flux.atom" type="application/atom+xml">Flux Atom</a>');
    expect(press).toContain('href="/espace-presse/flux.rss" type="application/rss+xml">Flux RSS</a>');
    expect(press).toContain('href="/espace-presse/flux.json" type="application/feed+json">JSON Feed</a>');
    const category = built.read("/espace-presse/categories/note-aux-redactions/");
    expect(category).toContain('<link rel="alternate" type="application/atom+xml" title="Communiqués de la DINUM – Note aux rédactions (Flux Atom)" href="/espace-presse/categories/note-aux-redactions/flux.atom">');
    expect(category).toContain('href="/espace-presse/categories/note-aux-redactions/flux.atom" type="application/atom+xml">Flux Atom</a>');
  });

  it("writes calendars as RFC 5545 text: CRLF only, lines folded at 75 octets", () => {
    for (const [file, bytes] of filesMatching(built.output, /\.ics$/)) {
      const text = bytes.toString("utf8");
      expect(text.endsWith("\r\n"), file).toBe(true);
      expect(text.replace(/\r\n/g, ""), file).not.toMatch(/[\r\n]/);
      for (const line of text.split("\r\n")) expect(Buffer.byteLength(line), `${file}: ${line}`).toBeLessThanOrEqual(75);
    }
    expect(built.read("/agenda/titre-long.ics")).toMatch(/\r\n [^\r\n]/);
  });

  describe("read back by ical.js", () => {
    function events(url: string, site: Built = built): Map<string, ICAL.Event> {
      const calendar = new ICAL.Component(ICAL.parse(site.read(url)));
      const zones = calendar.getAllSubcomponents("vtimezone");
      expect(zones.map((z) => z.getFirstPropertyValue("tzid"))).toEqual(["Europe/Paris"]);
      ICAL.TimezoneService.register(zones[0]!);
      return new Map(calendar.getAllSubcomponents("vevent").map((v) => [String(v.getFirstPropertyValue("uid")), new ICAL.Event(v)]));
    }

    it("holds every dated event once, with a UID made of its slug and the site host", () => {
      const all = events("/agenda/agenda.ics");
      const dated = built.site.events.filter((e) => e.time);
      expect([...all.keys()].sort()).toEqual(dated.map((e) => `${e.slug}@presse.numerique.gouv.fr`).sort());
      expect(all.has("date-fausse@presse.numerique.gouv.fr")).toBe(false);
      expect(all.has("brouillon@presse.numerique.gouv.fr")).toBe(false);
      expect([...events("/agenda/agenda.ics", later).keys()]).toEqual([...all.keys()]);
    });

    it("writes all-day events as dates with an exclusive end", () => {
      const forum = events("/agenda/forum-en-cours.ics").get("forum-en-cours@presse.numerique.gouv.fr")!;
      expect(forum.startDate.isDate).toBe(true);
      expect(forum.startDate.toString()).toBe("2026-11-27");
      expect(forum.endDate.isDate).toBe(true);
      expect(forum.endDate.toString()).toBe("2026-11-30");
      expect(forum.summary).toBe("Forum en cours");
      expect(forum.location).toBe("Lille Grand Palais, 1 boulevard des Cités Unies, 59777 Lille");
      expect(forum.description).toBe(`Trois jours pour rencontrer les recruteurs de l’État.\n\n${SITE}/agenda/forum-en-cours/`);
      expect(forum.component.getFirstPropertyValue("url")).toBe(`${SITE}/agenda/forum-en-cours/`);
      expect(forum.component.getFirstPropertyValue("categories")).toBe("Forums et salons");
      // DTSTAMP is the publication date (1 November 2026, 10:00 Paris), never the build time.
      expect(forum.component.getFirstPropertyValue("dtstamp")!.toString()).toBe("2026-11-01T09:00:00Z");
    });

    it("writes timed events in Europe/Paris, with or without an end", () => {
      const all = events("/agenda/agenda.ics");
      const webinar = all.get("webinaire-decembre@presse.numerique.gouv.fr")!;
      expect(webinar.startDate.isDate).toBe(false);
      expect(webinar.startDate.zone.tzid).toBe("Europe/Paris");
      expect(webinar.startDate.toJSDate().toISOString()).toBe("2026-12-01T09:00:00.000Z");
      expect(webinar.endDate.toJSDate().toISOString()).toBe("2026-12-01T10:30:00.000Z");
      expect(webinar.location).toBe("En ligne");
      const summer = all.get("formation-2024@presse.numerique.gouv.fr")!;
      expect(summer.startDate.toJSDate().toISOString()).toBe("2024-10-08T07:00:00.000Z");
      expect(summer.component.hasProperty("dtend")).toBe(false);
    });

    it("escapes and folds text so that it reads back exactly", () => {
      const long = events("/agenda/titre-long.ics").get("titre-long@presse.numerique.gouv.fr")!;
      expect(long.summary).toBe("Atelier ; virgules, barres \\ obliques et accents éèàùç : un titre bien plus long que soixante-quinze octets");
    });
  });
});
