/** What search engines, social networks and crawlers read: sitemap, robots, 404, canonical URLs, cards, JSON-LD; and embargoes. */
import fs from "node:fs";
import path from "node:path";
import { XMLParser } from "fast-xml-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { communiquePage } from "../../_includes/layouts/communique.ts";
import { loadSite } from "../../lib/site.ts";
import { AGENDA_FIXTURE, EMBARGO_FIXTURE, FEED_FIXTURE, NOW } from "../fixtures/content.ts";
import { buildSite, contentFolder, type Built } from "../helpers.ts";

const SITE = "https://presse.numerique.gouv.fr";

/** Every HTML page of the output (DSFR assets aside), as site paths: `/agenda/`, `/404.html`. */
function htmlPages(output: string): string[] {
  return fs
    .readdirSync(output, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(".html") && !path.relative(output, e.parentPath).startsWith("dsfr"))
    .map((e) => `/${path.relative(output, path.join(e.parentPath, e.name)).replace(/index\.html$/, "")}`)
    .sort();
}

function meta(html: string, key: string): string | undefined {
  return new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)">`).exec(html)?.[1];
}

function jsonLd(html: string): Record<string, any> | undefined {
  const found = /<script type="application\/ld\+json">(.*?)<\/script>/s.exec(html)?.[1];
  return found ? JSON.parse(found) : undefined;
}

describe("discovery and embargo", () => {
  let dir: string;
  let built: Built;
  beforeAll(async () => {
    dir = contentFolder({ ...AGENDA_FIXTURE, ...FEED_FIXTURE, ...EMBARGO_FIXTURE });
    built = await buildSite(dir, { now: NOW });
  });

  it("lists every page but the 404 in sitemap.xml, with absolute URLs, and points robots.txt to it", () => {
    const { urlset } = new XMLParser({ isArray: (name) => name === "url" }).parse(built.read("/sitemap.xml"));
    const locs: string[] = urlset.url.map((u: { loc: string }) => u.loc);
    const pages = htmlPages(built.output);
    expect(pages).toContain("/404.html");
    expect(locs).toEqual(pages.filter((p) => p !== "/404.html").map((p) => `${SITE}${p}`));
    expect(locs).toContain(`${SITE}/agenda/page/2/`);
    expect(locs).toContain(`${SITE}/plan-du-site/`);
    expect(built.read("/robots.txt")).toBe(`User-agent: *\nAllow: /\n\nSitemap: ${SITE}/sitemap.xml\n`);
  });

  it("has a 404 page in French, kept out of search engines, whose links work from any depth", () => {
    const html = built.read("/404.html");
    expect(html).toContain('<html lang="fr">');
    expect(html).toContain("<h1>Page non trouvée</h1>");
    expect(html).toContain('<meta name="robots" content="noindex">');
    expect(html).not.toContain('rel="canonical"');
    expect(html).toContain('<a class="fr-btn" href="/">Page d’accueil</a>');
    expect(html).toContain('href="/plan-du-site/">Plan du site</a>');
    for (const [, href] of html.matchAll(/(?:href|src)="([^"]+)"/g)) expect(href).toMatch(/^(\/|#|https:)/);
  });

  it("has a site map page listing every section, the categories, the job lists and the site's own pages", () => {
    const html = built.read("/plan-du-site/");
    for (const href of ["/", "/espace-presse/", "/agenda/", "/emplois/", "/espace-presse/categories/communique-de-presse/", "/espace-presse/categories/note-aux-redactions/", "/emplois/metier/developpement/", "/emplois/region/ile-de-france/", "/accessibilite/", "/mentions-legales/", "/donnees-personnelles/", "/espace-presse/flux.atom", "/agenda/agenda.ics"]) {
      expect(html).toContain(`<a href="${href}">`);
    }
    // The footer's link to it now leads somewhere.
    expect(built.read("/")).toContain('href="/plan-du-site/">Plan du site</a>');
  });

  it("gives every page a canonical URL, Open Graph and Twitter card tags", () => {
    for (const page of htmlPages(built.output).filter((p) => p !== "/404.html")) {
      const html = built.read(page);
      expect(html, page).toContain(`<link rel="canonical" href="${SITE}${page}">`);
      expect(meta(html, "og:url"), page).toBe(`${SITE}${page}`);
      expect(meta(html, "og:title"), page).toBeTruthy();
      expect(meta(html, "og:description"), page).toBeTruthy();
      expect(meta(html, "og:locale"), page).toBe("fr_FR");
      expect(meta(html, "twitter:card"), page).toMatch(/^summary(_large_image)?$/);
    }
  });

  it("describes a communiqué as a NewsArticle, with its chapeau and lead image as absolute URL", () => {
    const html = built.read("/espace-presse/forum-talents/");
    expect(meta(html, "og:type")).toBe("article");
    expect(meta(html, "og:title")).toBe("Forum &lt;emploi&gt; &amp; talents : « l’État recrute »");
    expect(meta(html, "og:description")).toBe("Le forum de l’emploi tech, avec le programme.");
    expect(meta(html, "og:image")).toBe(`${SITE}/uploads/forum.jpg`);
    expect(meta(html, "og:image:alt")).toBe("Des candidats devant les stands");
    expect(meta(html, "twitter:card")).toBe("summary_large_image");
    expect(meta(html, "twitter:image")).toBe(`${SITE}/uploads/forum.jpg`);
    const data = jsonLd(html)!;
    expect(data["@context"]).toBe("https://schema.org");
    expect(data["@type"]).toBe("NewsArticle");
    expect(data.headline).toBe("Forum <emploi> & talents : « l’État recrute »");
    expect(data.datePublished).toBe("2026-11-20T10:00:00+01:00");
    expect(data.image).toEqual([`${SITE}/uploads/forum.jpg`]);
    expect(data.articleSection).toBe("Note aux rédactions");
    expect(data.publisher.name).toBe("Direction interministérielle du numérique");
    // No text can close the script element early.
    expect(html).not.toMatch(/<script type="application\/ld\+json">[^]*<emploi>/);
  });

  it("describes events as Event, on site or online, and offers as JobPosting", () => {
    const forum = jsonLd(built.read("/agenda/forum-en-cours/"))!;
    expect(forum["@type"]).toBe("Event");
    expect(forum.startDate).toBe("2026-11-27");
    expect(forum.endDate).toBe("2026-11-29");
    expect(forum.eventAttendanceMode).toBe("https://schema.org/OfflineEventAttendanceMode");
    expect(forum.location).toEqual({
      "@type": "Place",
      name: "Lille Grand Palais",
      address: { "@type": "PostalAddress", streetAddress: "1 boulevard des Cités Unies, 59777 Lille", addressCountry: "FR" },
    });
    const webinar = jsonLd(built.read("/agenda/webinaire-decembre/"))!;
    expect(webinar.startDate).toBe("2026-12-01T10:00:00+01:00");
    expect(webinar.location["@type"]).toBe("VirtualLocation");
    expect(jsonLd(built.read("/agenda/date-fausse/"))).toBeUndefined();
    const job = jsonLd(built.read("/emplois/developpeur/"))!;
    expect(job["@type"]).toBe("JobPosting");
    expect(job.title).toBe("Développeur ou développeuse (F/H)");
    expect(job.datePosted).toBe("2026-11-02");
    expect(job.validThrough).toBe("2027-01-15");
    expect(job.hiringOrganization.name).toBe("Direction interministérielle du numérique (DINUM)");
    expect(job.jobLocation[0].address).toEqual({ "@type": "PostalAddress", addressLocality: "Paris", addressRegion: "Île-de-France", addressCountry: "FR" });
    expect(job.description).toContain("<h2");
  });

  it("keeps a communiqué under embargo out of every page, feed and list, and its own files out of uploads", () => {
    expect(fs.existsSync(path.join(built.output, "espace-presse/annonce-embargo"))).toBe(false);
    const everything = [...htmlPages(built.output).map((p) => built.read(p)), ...["/sitemap.xml", "/espace-presse/flux.atom", "/espace-presse/flux.rss", "/espace-presse/flux.json", "/espace-presse/categories/communique-de-presse/flux.atom"].map((u) => built.read(u))];
    for (const text of everything) {
      expect(text).not.toContain("annonce-embargo");
      expect(text).not.toContain("Annonce sous embargo");
    }
    expect(built.site.communiques.map((c) => c.slug)).not.toContain("annonce-embargo");
    expect(fs.existsSync(path.join(built.output, "uploads/dossier-embargo.pdf"))).toBe(false);
    expect(fs.existsSync(path.join(built.output, "uploads/brouillon.pdf"))).toBe(false);
    // A file a published communiqué links to stays, even if the embargoed one links to it too.
    expect(fs.existsSync(path.join(built.output, "uploads/note forum.pdf"))).toBe(true);
  });

  it("lists what is under embargo, with the release date, for the checker", () => {
    const finding = built.site.findings.find((f) => f.code === "sous-embargo")!;
    expect(finding.severity).toBe("warning");
    expect(finding.file).toMatch(/2026-11-27-annonce-embargo\.md$/);
    expect(finding.line).toBe(4);
    expect(finding.message).toBe(
      "sous embargo jusqu’au 3 décembre 2026 à 9 h : le communiqué n’est publié nulle part avant cette date — rien à faire : il sera publié à la première construction du site après cette date",
    );
    expect(built.log.join("\n")).toContain("2026-11-27-annonce-embargo.md:4:1  avertissement  embargo  sous embargo jusqu’au 3 décembre 2026 à 9 h");
  });

  it("publishes it at the first build after the embargo, and shows it with a notice in the preview", () => {
    const released = loadSite({ contentDir: dir, now: NOW.set({ month: 12, day: 3, hour: 9 }) });
    expect(released.communiques.map((c) => c.slug)).toContain("annonce-embargo");
    expect(released.findings.some((f) => f.code === "sous-embargo")).toBe(false);
    expect(released.withheldUploads).toEqual(["brouillon.pdf"]);
    const preview = loadSite({ contentDir: dir, now: NOW, preview: true });
    const embargoed = preview.communiques.find((c) => c.slug === "annonce-embargo")!;
    expect(embargoed.embargo).toEqual({ datetime: "2026-12-03T09:00:00+01:00", label: "3 décembre 2026 à 9 h" });
    expect(communiquePage(embargoed)).toContain("Sous embargo jusqu’au 3 décembre 2026 à 9 h : ce communiqué n’est publié nulle part avant cette date.");
  });
});
