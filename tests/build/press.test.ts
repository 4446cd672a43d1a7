/** Builds the seed, the real corpus and the sample content, and reads the HTML back. */
import fs from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { communiquePage } from "../../_includes/layouts/communique.ts";
import { loadSite, loadSiteStreaming } from "../../lib/site.ts";
import { build, BuildError } from "../../scripts/build.ts";
import { buildSite, contentFolder, CORPUS, corpusContent, ROOT, type Built } from "../helpers.ts";

const SEED = fs.readFileSync(path.join(CORPUS, "seed/000_3e300e74e0d7ff04.md"), "utf8");

/** Every visible text node of a page, without tags and attributes. */
function visibleText(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>/g, "").replace(/<[^>]+>/g, " ");
}

/** The page-level invariants every communiqué page must hold. */
function expectWellFormedPage(html: string): void {
  expect(html).toMatch(/^<!doctype html>\n<html lang="fr"/i);
  expect(html.match(/<h1[\s>]/g)).toHaveLength(1);
  expect(html).toMatch(/<time datetime="\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2})?">\d{1,2}(er)? [a-zéû]+ \d{4}<\/time>/);
  expect(visibleText(html)).not.toContain("{:");
  expect(html).toBe(html.normalize("NFC"));
}

async function buildFails(contentDir: string, outputDir: string): Promise<string[]> {
  const log: string[] = [];
  await expect(build({ contentDir, outputDir }, (l) => log.push(l))).rejects.toThrow(BuildError);
  return log.join("\n").split("\n");
}

describe("the seed communiqué", () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildSite(
      contentFolder({
        "communiques/2022-10-25-vis-mon-job-3.md": SEED,
        "uploads/a51503ec-78c5-45a5-bee9-dc19e1c335ab-fccfa7.jpg": Buffer.alloc(2048),
      }),
    );
  });

  it("has its page at /espace-presse/<slug>/ with the title as the only h1", () => {
    const html = built.read("/espace-presse/vis-mon-job-3/");
    expectWellFormedPage(html);
    expect(html).toContain(
      "<h1>Vis mon Job #3 : le 24 novembre 2022 les professionnel/les du numérique de l’état invitent des étudiant/es dans la tech à découvrir leur métier</h1>",
    );
  });

  it("shows the date in French, Europe/Paris", () => {
    expect(built.read("/espace-presse/vis-mon-job-3/")).toContain('<time datetime="2022-10-25T16:46:00+02:00">25 octobre 2022</time>');
  });

  it("shows category, tags linking to their pages, the chapeau as lead, the image with its alt", () => {
    const html = built.read("/espace-presse/vis-mon-job-3/");
    expect(html).toContain('href="/espace-presse/categories/communique-de-presse/">Communiqué de presse</a>');
    expect(html).toContain('<a class="fr-tag" href="/espace-presse/mots-cles/rh/">RH</a>');
    expect(html).toMatch(/<p class="fr-text--lead">L’État réitère l’opération « Vis mon job »[^<]*« <a href="https:\/\/www\.numerique\.gouv\.fr\/agenda\/vis-mon-job-2022\/">Vis mon job<\/a> »/);
    expect(html).toContain('<img class="fr-responsive-img" src="/uploads/a51503ec-78c5-45a5-bee9-dc19e1c335ab-fccfa7.jpg" alt="Vis mon job">');
    expect(fs.existsSync(path.join(built.output, "uploads/a51503ec-78c5-45a5-bee9-dc19e1c335ab-fccfa7.jpg"))).toBe(true);
  });

  it("renders the raw HTML quote as fr-quote with its author", () => {
    const html = built.read("/espace-presse/vis-mon-job-3/");
    expect(html).toMatch(/<figure class="fr-quote[^"]*"><blockquote><p>Parce que le numérique/);
    expect(html).toContain(
      '<p class="fr-quote__author">Stanislas Guerini</p><ul class="fr-quote__source"><li>ministre de la Transformation et de la Fonction publiques</li></ul>',
    );
  });

  it("skips the download without a file, with a warning, and uses the default press contact", () => {
    const html = built.read("/espace-presse/vis-mon-job-3/");
    expect(html).not.toContain("fr-link--download");
    expect(built.log.join("\n")).toMatch(/vis-mon-job-3\.md:19:3 {2}avertissement {2}files\[0\] {2}le téléchargement « Télécharger le communiqué de presse » n’a pas de fichier/);
    expect(html).toContain("presse@numerique.gouv.fr");
  });

  it("lists it in the press room, its category, its tags and the home page", () => {
    for (const url of ["/espace-presse/", "/espace-presse/categories/communique-de-presse/", "/espace-presse/mots-cles/vis-mon-job/", "/"]) {
      expect(built.read(url)).toContain('<a href="/espace-presse/vis-mon-job-3/">Vis mon Job #3');
    }
  });
});

describe("downloads, drafts, bad input", () => {
  const communique = (extra: string, body = "Corps du texte.") => `---\ntitle: Essai\ndate: 2024-03-15 10:00:00 +01:00\n${extra}---\n\n${body}\n`;

  it("states the label, format and size computed at build time", async () => {
    const built = await buildSite(
      contentFolder({
        "communiques/2024-03-15-essai.md": communique(
          "files:\n- file: /uploads/cp%20essai.pdf\n  nom: Télécharger le communiqué de presse\n- file: https://example.org/annexe.docx\n  nom: Annexe\n",
        ),
        "uploads/cp essai.pdf": Buffer.alloc(245_000),
      }),
    );
    const html = built.read("/espace-presse/essai/");
    expect(html).toContain(
      '<a class="fr-link fr-link--download" href="/uploads/cp%20essai.pdf" download>Télécharger le communiqué de presse <span class="fr-link__detail">PDF, 245 Ko</span></a>',
    );
    expect(html).toContain('href="https://example.org/annexe.docx">Annexe <span class="fr-link__detail">DOCX</span>');
  });

  it("leaves drafts out of the build and shows them with a badge in the preview", async () => {
    const dir = contentFolder({
      "communiques/2024-03-15-essai.md": communique(""),
      "communiques/2024-03-16-brouillon.md": communique("published: false\n").replace("Essai", "Brouillon en cours"),
    });
    const built = await buildSite(dir);
    expect(fs.existsSync(path.join(built.output, "espace-presse/brouillon"))).toBe(false);
    expect(built.read("/espace-presse/")).not.toContain("Brouillon en cours");
    const preview = loadSite({ contentDir: dir, preview: true });
    const draft = preview.communiques.find((c) => c.slug === "brouillon")!;
    expect(draft.draft).toBe(true);
    expect(communiquePage(draft)).toContain('<p class="fr-badge fr-badge--warning fr-badge--sm">Brouillon</p>');
  });

  it("publishes a file that a published communiqué's text links to, even when a draft links to it too", async () => {
    const built = await buildSite(
      contentFolder({
        "communiques/2024-03-15-essai.md": communique("", "Voir [l’annexe](/uploads/annexe.pdf)."),
        "communiques/2024-03-16-brouillon.md": communique("published: false\n", "Voir [l’annexe](/uploads/annexe.pdf) et [le projet](/uploads/projet.pdf)."),
        "uploads/annexe.pdf": "%PDF-1.4",
        "uploads/projet.pdf": "%PDF-1.4",
      }),
    );
    expect(fs.existsSync(path.join(built.output, "uploads/annexe.pdf"))).toBe(true);
    expect(fs.existsSync(path.join(built.output, "uploads/projet.pdf"))).toBe(false);
  });

  it("stops on a missing upload, naming file, line and field, and leaves the previous site untouched", async () => {
    const good = await buildSite(contentFolder({ "communiques/2024-03-15-essai.md": communique("") }));
    const before = fs.readFileSync(path.join(good.output, "espace-presse/essai/index.html"));
    const bad = contentFolder({ "communiques/2024-03-15-essai.md": communique("files:\n- file: /uploads/absent.pdf\n  nom: CP\n") });
    const log = await buildFails(bad, good.output);
    expect(log.join("\n")).toMatch(/2024-03-15-essai\.md:5:3 {2}erreur {2}files\[0\]\.file {2}« \/uploads\/absent\.pdf » ne correspond à aucun fichier/);
    expect(fs.readFileSync(path.join(good.output, "espace-presse/essai/index.html"))).toEqual(before);
    expect(fs.readdirSync(path.dirname(good.output))).toEqual(["_site"]);
  });

  it("stops when two files would share a URL, naming both", async () => {
    const dir = contentFolder({ "communiques/2024-03-15-essai.md": communique(""), "communiques/2023-01-01-essai.md": communique("") });
    const log = await buildFails(dir, path.join(dir, "out"));
    expect(log).toContain(
      `${path.relative(process.cwd(), path.join(dir, "communiques/2023-01-01-essai.md"))}:1:1  erreur  permalink  l’adresse /espace-presse/essai/ est aussi celle de ${path.relative(process.cwd(), path.join(dir, "communiques/2024-03-15-essai.md"))} — renommez l’un des deux fichiers ou changez son permalink`,
    );
    expect(fs.existsSync(path.join(dir, "out"))).toBe(false);
  });

  it("stops when a file takes the address of a page of the site itself, and writes nothing", async () => {
    const dir = contentFolder({ "communiques/2024-03-15-essai.md": communique("permalink: /recherche/\n") });
    await expect(build({ contentDir: dir, outputDir: path.join(dir, "out") }, () => {})).rejects.toThrow(
      "Construction arrêtée : l’adresse /recherche/ est celle d’une page du site : changez le permalink ou le nom du fichier qui la prend.",
    );
    expect(fs.readdirSync(dir).sort()).toEqual(["communiques"]);
  });

  it("tells each published page as soon as its file is read, offers first, and loads the same site", async () => {
    const dir = contentFolder({
      "communiques/2024-03-15-essai.md": communique(""),
      "communiques/2024-03-16-brouillon.md": communique("published: false\n"),
      "communiques/2024-03-17-autre.md": communique(""),
      "agenda/2024-04-01-forum.md": "---\ntitle: Forum\ndate: 2024-03-01\nevent_start_date: 2024-04-01 09:00:00 +02:00\n---\n\nProgramme.\n",
      "emplois/2024-03-01-dev.md": "---\ntitle: Développeuse\ndate: 2024-03-01\n---\n\nMission.\n",
    });
    const told: string[] = [];
    const streamed = await loadSiteStreaming(
      { contentDir: dir },
      (built) => told.push(`${built.kind} ${built.model.url}`),
      (kind) => told.push(`${kind} read`),
    );
    // The offers' search index can then be written while the rest is read (lib/build-output.ts).
    expect(told).toEqual(["job /emplois/dev/", "job read", "communique /espace-presse/essai/", "communique /espace-presse/autre/", "communique read", "event /agenda/forum/", "event read"]);
    const loaded = loadSite({ contentDir: dir, now: streamed.now });
    expect(streamed.communiques.map((c) => c.url)).toEqual(loaded.communiques.map((c) => c.url));
    // The files and their findings keep the site's order: communiqués, events, offers.
    expect(streamed.documents.map((doc) => path.basename(doc.absolutePath))).toEqual(["2024-03-15-essai.md", "2024-03-16-brouillon.md", "2024-03-17-autre.md", "2024-04-01-forum.md", "2024-03-01-dev.md"]);
    expect(streamed.findings).toEqual(loaded.findings);
  });

  it("keeps {{ and {% as text: Markdown never meets a template engine", async () => {
    const built = await buildSite(contentFolder({ "communiques/2024-03-15-essai.md": communique("", "Voir `{{ page.url }}` et {% raw %} et {{ collections.all }}.") }));
    expect(built.read("/espace-presse/essai/")).toContain("<code>{{ page.url }}</code> et {% raw %} et {{ collections.all }}.");
  });
});

describe("the real communiqués of numerique.gouv.fr", () => {
  let dir: string;
  let built: Built;
  beforeAll(() => {
    dir = corpusContent({ _communiques: "numerique-gouv/_communiques" });
  });

  it("stop the build on the two files that differ only by a capital letter, naming both", async () => {
    const errors = (await buildFails(dir, path.join(dir, "out"))).filter((l) => l.includes("  erreur  "));
    expect(errors).toHaveLength(2);
    expect(errors.every((l) => l.includes("est aussi celle de"))).toBe(true);
    expect(errors.join("\n")).toContain("Lancement-du-site-nosdemarches.gouv.fr-pour-evaluer-les-demarches-en-ligne.markdown");
  });

  it("build every other file, with legacy keys, quotes and attribute lists rendered", async () => {
    fs.rmSync(path.join(dir, "_communiques/Lancement-du-site-nosdemarches.gouv.fr-pour-evaluer-les-demarches-en-ligne.markdown"));
    built = await buildSite(dir);
    const pages = built.site.communiques;
    expect(pages.length).toBeGreaterThanOrEqual(30);
    for (const c of pages) expectWellFormedPage(built.read(c.url));
    // `communique_file` (a legacy spelling) becomes the download, URL-encoded names included.
    expect(built.read("/espace-presse/communique-3/")).toContain('href="/uploads/courrier%20TC%20DITP%20vox%20usagers.pdf" download>Télécharger le communiqué de presse');
    // Where both spellings are present, the modern `files` wins.
    expect(built.read("/espace-presse/lancement-de-tchap-la-messagerie-instantanee-des-agents-de-letat/")).toContain('href="/uploads/CP_TCHAP.pdf" download>');
    // Every published page that had a kramdown or HTML quote shows a DSFR quote with an author.
    const quoted = pages.filter((c) => /class="citation"|\{: ?\.citation\}/.test(fs.readFileSync(path.join(ROOT, c.source), "utf8")));
    expect(quoted.length).toBeGreaterThan(0);
    for (const c of quoted) {
      expect(built.read(c.url)).toMatch(/<figure class="fr-quote[^"]*"><blockquote>[\s\S]*?<\/blockquote><figcaption><p class="fr-quote__author">[^<]+<\/p>/);
    }
  });

  it("leave the drafts out", () => {
    expect(built.site.communiques.some((c) => c.slug === "lancement-nouvelle-feuille-de-route-dinum")).toBe(false);
  });
});

describe("the sample content", () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildSite(path.join(ROOT, "content"));
  });

  it("builds without errors, with at least 12 communiqués in all three categories", () => {
    expect(built.site.findings.filter((f) => f.severity === "error")).toEqual([]);
    expect(built.site.communiques.length).toBeGreaterThanOrEqual(12);
    expect(new Set(built.site.communiques.map((c) => c.category?.label))).toEqual(new Set(["Communiqué de presse", "Dossier de presse", "Note aux rédactions"]));
  });

  it("renders every page well, with quotes and sized downloads", () => {
    let quotes = 0;
    let downloads = 0;
    for (const c of built.site.communiques) {
      const html = built.read(c.url);
      expectWellFormedPage(html);
      quotes += (html.match(/class="fr-quote__author"/g) ?? []).length;
      downloads += (html.match(/<span class="fr-link__detail">PDF, \d+(,\d)? (Ko|Mo)<\/span>/g) ?? []).length;
    }
    expect(quotes).toBeGreaterThanOrEqual(6);
    expect(downloads).toBeGreaterThanOrEqual(12);
  });
});
