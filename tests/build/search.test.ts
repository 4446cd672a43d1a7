/** The search index built with the site, and what the pages give it. */
import { spawn, spawnSync } from "node:child_process";
import { once } from "node:events";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { BuildOutput } from "../../lib/build-output.ts";
import { childPids, processStat, threadIds } from "../../lib/proc.ts";
import { PAGEFIND_ALLOCATOR, PAGEFIND_ALLOCATOR_VARIABLE, SEARCH_BUNDLES, SearchIndexer, SearchSession, SITE_INDEX_SIZE, siteBundles, writeSearchIndex } from "../../lib/search-index.ts";
import { loadSite, type Site } from "../../lib/site.ts";
import SearchTemplate from "../../pages/search.11ty.ts";
import { buildArgs } from "../../scripts/bench/measure.ts";
import { build, BuildError, PHASE_LINE } from "../../scripts/build.ts";
import { buildSite, contentFolder, ROOT, temporaryDir, type Built } from "../helpers.ts";

const FILES = {
  "communiques/2026-11-02-cloud.md":
    "---\ntitle: Le cloud de l’État\ndate: 2026-11-02\nchapeau-text: Un chapeau sur l’hébergement.\ntags:\n  - Souveraineté\nfiles:\n  - file: /uploads/cp.pdf\n    nom: Télécharger le communiqué de presse\n---\n\nUn communiqué sur la sécurité.\n",
  "uploads/cp.pdf": "%PDF-1.4",
  "agenda/2026-11-03-forum.md": "---\ntitle: Forum de l’emploi\ndate: 2026-11-03\nevent_start_date: 2099-12-01\n---\n\nVenez nombreux.\n",
  "emplois/2026-11-04-reseau.md":
    "---\ntitle: Ingénieur réseau\ndate: 2026-11-04\nadministration:\n  - DINUM\n  - Département ISO\nregion: Bretagne\nmetier: Infrastructure et réseaux\nposte-ouvert-aux:\n  - Fonctionnaire\n  - Contractuel\ndate-limite: 2099-01-15\ncandidater: a@b.fr\n---\n\n## Mission\n\nLe réseau.\n",
  "emplois/2026-11-05-ancienne.md": "---\ntitle: Offre close\ndate: 2020-11-05\ndate-limite: 2020-12-01\ncandidater: a@b.fr\n---\n\nClose.\n",
};

describe("the search index", () => {
  let built: Built;
  beforeAll(async () => {
    built = await buildSite(contentFolder(FILES));
  });

  const bundles = Object.values(SEARCH_BUNDLES);
  const pagefindFiles = (output: string) =>
    bundles.flatMap((bundle) =>
      fs
        .readdirSync(path.join(output, bundle), { recursive: true, encoding: "utf8" })
        .map((f) => path.join(bundle, f))
        .filter((f) => fs.statSync(path.join(output, f)).isFile()),
    );
  const pageCount = (bundle: string) => {
    const entry = JSON.parse(fs.readFileSync(path.join(built.output, bundle, "pagefind-entry.json"), "utf8"));
    expect(Object.keys(entry.languages)).toEqual(["fr"]);
    return entry.languages.fr.page_count;
  };

  /** The text Pagefind holds for each page of an index: its fragments are gzipped JSON after a signature. */
  const indexedTexts = (output: string, bundle: string): Record<string, string> =>
    Object.fromEntries(
      fs.readdirSync(path.join(output, bundle, "fragment")).map((name) => {
        const fragment = JSON.parse(zlib.gunzipSync(fs.readFileSync(path.join(output, bundle, "fragment", name))).subarray("pagefind_dcd".length).toString("utf8"));
        return [fragment.url, fragment.content as string];
      }),
    );

  it("holds the communiqués and events in one index, the offers (expired ones included) in another, and no list page", () => {
    expect(bundles).toEqual(["/pagefind/", "/pagefind-emplois/"]);
    expect(pageCount(SEARCH_BUNDLES.site)).toBe(2);
    expect(pageCount(SEARCH_BUNDLES.jobs)).toBe(2);
    expect(built.read("/emplois/")).toContain('data-bundles="/pagefind-emplois/"');
    expect(built.read("/recherche/")).toContain('data-bundles="/pagefind/ /pagefind-emplois/"');
  });

  it("has the site search merge every index the build wrote, however many there are", () => {
    const written = fs.readdirSync(built.output).filter((name) => name.startsWith("pagefind")).map((name) => `/${name}/`);
    const searched = /data-bundles="([^"]*)"/.exec(built.read("/recherche/"))![1]!.split(" ");
    expect([...searched].sort()).toEqual(written.sort());
    const press = { communiques: new Array(SITE_INDEX_SIZE), events: [{}] } as unknown as Site;
    expect(new SearchTemplate().render({ press })).toContain('data-bundles="/pagefind/ /pagefind-2/ /pagefind-emplois/"');
  });

  it("ships the search API and not Pagefind's default interface", () => {
    const files = pagefindFiles(built.output);
    for (const bundle of bundles) expect(files).toContain(path.join(bundle, "pagefind.js"));
    expect(files.filter((f) => /ui|highlight/.test(path.basename(f)))).toEqual([]);
  });

  /**
   * The children of `parent` that are Pagefind and running. A stopped one may stay a zombie until
   * Node reaps it: it no longer runs nor holds memory, and has no environment left to read.
   */
  const livePagefind = (parent: number | "self" = "self") =>
    childPids(parent).filter((pid) => {
      const stat = processStat(pid);
      return stat?.name.startsWith("pagefind") && stat.state !== "Z";
    });

  /** This process's Pagefind children still running, once those being stopped have gone (2 s at most). */
  const runningPagefind = async (): Promise<number[]> => {
    for (let waited = 0; waited < 2000 && livePagefind().length; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
    return livePagefind();
  };

  it("leaves no Pagefind process running after a build, whether it succeeds or fails", async () => {
    expect(await runningPagefind()).toEqual([]);
    const broken = contentFolder({ ...FILES, "communiques/2026-11-06-vide.md": "---\ntitle: \n---\n" });
    await expect(build({ contentDir: broken, outputDir: path.join(temporaryDir("site"), "_site") }, () => {})).rejects.toThrow(BuildError);
    expect(await runningPagefind()).toEqual([]);
  });

  it("on the command line, lets Pagefind run before the build's own threads", async () => {
    // The command of `npm run build` itself, without npm's shell between the test and the build.
    const args = [...buildArgs(ROOT), "--content", built.site.contentDir, "--output", path.join(temporaryDir("site"), "_site")];
    const cli = spawn(process.execPath, args, { cwd: ROOT, stdio: "ignore" });
    const exited = once(cli, "exit");
    let running = true;
    void exited.then(() => (running = false));
    // The niceness of the build's threads and of its Pagefind processes, read while they run.
    const samples: { threads: number[]; pagefind: number[] }[] = [];
    while (running) {
      const pagefind = livePagefind(cli.pid!).map((pid) => processStat(pid)?.nice).filter((nice) => nice !== undefined);
      const threads = threadIds(cli.pid!).map((thread) => processStat(`${cli.pid}/task/${thread}`)?.nice).filter((nice) => nice !== undefined);
      if (pagefind.length && threads.length) samples.push({ threads, pagefind });
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    expect((await exited)[0]).toBe(0);
    const start = processStat("self")!.nice;
    expect(samples.length).toBeGreaterThan(0);
    expect(samples.at(-1)!.pagefind.every((nice) => nice === start)).toBe(true);
    expect(samples.at(-1)!.threads.every((nice) => nice === Math.min(19, start + 10))).toBe(true);
  });

  it("on the command line, keeps Node's heap near what it holds, to leave memory to Pagefind's peak", () => {
    const script = buildArgs(ROOT);
    const nodeOptions = script.slice(0, script.indexOf("--import"));
    // 190 MB kept, then 40 rounds of garbage: by default V8 let its heap reach 4.6 to 5.5 times what
    // is kept; with the build's option, 1.7 to 2.2 times (more while other tests load the machine).
    const program = `const kept = [];
      for (let i = 0; i < 600000; i++) kept.push({ text: "x".repeat(100) + i });
      let peak = 0;
      for (let round = 0; round < 40; round++) {
        let garbage = [];
        for (let i = 0; i < 100000; i++) garbage.push({ text: "y".repeat(200) + i });
        garbage = null;
        peak = Math.max(peak, process.memoryUsage().heapTotal);
      }
      gc();
      console.log(JSON.stringify({ peak, kept: process.memoryUsage().heapUsed, count: kept.length }));`;
    const run = spawnSync(process.execPath, [...nodeOptions, "--expose-gc", "-e", program], { encoding: "utf8" });
    expect(run.status, run.stderr).toBe(0);
    const { peak, kept } = JSON.parse(run.stdout);
    expect(kept).toBeGreaterThan(150e6);
    expect(peak / kept).toBeLessThan(3);
  });

  it("in the preview, stops when a save arrives while Pagefind reads the pages, and leaves the previous index whole", async () => {
    const output = temporaryDir("preview-index");
    const page = (i: number, word: string) => ({
      url: `/espace-presse/page-${i}/`,
      content: `<html lang="fr"><head><title>Page ${i}</title></head><body><div data-pagefind-body><h1>Page ${i}</h1><p>${word} ${"texte ".repeat(100)}</p></div></body></html>`,
    });
    const indexedPages = () => JSON.parse(fs.readFileSync(path.join(output, SEARCH_BUNDLES.site, "pagefind-entry.json"), "utf8")).languages.fr.page_count;
    await writeSearchIndex([page(0, "ancien")], output);
    const before = fs.readFileSync(path.join(output, SEARCH_BUNDLES.site, "pagefind-entry.json"), "utf8");
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    const indexer = new SearchIndexer(0);
    const add = SearchSession.prototype.add;
    // The save arrives when Pagefind has been sent 100 of the 5,000 pages.
    const sent = vi.spyOn(SearchSession.prototype, "add").mockImplementation(function (this: SearchSession, sentPage) {
      if (sent.mock.calls.length === 100) indexer.interrupt();
      return add.call(this, sentPage);
    });
    try {
      indexer.update(Array.from({ length: 5000 }, (_, i) => page(i, "nouveau")), output);
      await indexer.idle();
      expect(sent).toHaveBeenCalledTimes(100);
      expect(fs.readFileSync(path.join(output, SEARCH_BUNDLES.site, "pagefind-entry.json"), "utf8")).toBe(before);
      expect(await runningPagefind()).toEqual([]);
      indexer.update([page(0, "ancien"), page(1, "suivant")], output);
      await indexer.idle();
      expect(indexedPages()).toBe(2);
      expect(errors).not.toHaveBeenCalled();
    } finally {
      errors.mockRestore();
      sent.mockRestore();
    }
  });

  it("prints with PRESS_TIMINGS=1 each phase as the benchmark reads it, with the CPU used by Node and by Pagefind", async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, "error").mockImplementation((line: unknown) => void lines.push(String(line)));
    process.env.PRESS_TIMINGS = "1";
    try {
      await build({ contentDir: built.site.contentDir, outputDir: path.join(temporaryDir("site"), "_site") }, () => {});
    } finally {
      delete process.env.PRESS_TIMINGS;
      spy.mockRestore();
    }
    expect(lines).toHaveLength(5);
    for (const line of lines) expect(line).toMatch(PHASE_LINE);
    const seconds = (label: string) => Number(new RegExp(`${label} ([\\d,]+) s`).exec(lines.at(-1)!)![1]!.replace(",", "."));
    expect(seconds("Node")).toBeGreaterThan(0);
    expect(seconds("fil principal")).toBeLessThanOrEqual(seconds("Node"));
    expect(seconds("Pagefind")).toBeGreaterThanOrEqual(0);
  });

  it("starts Pagefind with its allocator set to one arena, a setting its binary reads", async () => {
    const session = await SearchSession.open();
    try {
      const pagefind = livePagefind();
      expect(pagefind.length).toBeGreaterThanOrEqual(2);
      for (const pid of pagefind) {
        expect(fs.readFileSync(`/proc/${pid}/environ`, "utf8").split("\0")).toContain(`${PAGEFIND_ALLOCATOR_VARIABLE}=${PAGEFIND_ALLOCATOR}`);
      }
      // The binary's allocator prints the options it took (a misspelt one, or another variable, would leave the default of 8).
      const binary = fs.readlinkSync(`/proc/${pagefind[0]}/exe`);
      const printed = spawnSync(binary, ["--version"], { env: { [PAGEFIND_ALLOCATOR_VARIABLE]: `${PAGEFIND_ALLOCATOR},stats_print:true` }, encoding: "utf8" });
      expect(printed.stdout + printed.stderr).toMatch(/opt\.narenas: 1\n/);
    } finally {
      await session.close();
    }
  });

  it("refuses a page to index once the indexes are being written, and lets other pages through", async () => {
    const session = await SearchSession.open();
    const page = (body: string) => ({ url: "/espace-presse/tard/", content: `<html lang="fr"><head><title>Tard</title></head><body>${body}</body></html>` });
    const written = session.write(temporaryDir("late-index"));
    expect(() => session.add(page("<div data-pagefind-body><p>Texte</p></div>"))).toThrow("la page /espace-presse/tard/ est à indexer mais l’index est déjà écrit");
    expect(session.add(page("<p>Liste</p>"))).toBeUndefined();
    expect(await written).toBe(0);
  });

  it("writes the offers' index on its own, stops its process, and goes on taking the other pages", async () => {
    expect(await runningPagefind()).toEqual([]);
    const output = temporaryDir("offers-first");
    const session = await SearchSession.open({ writeEarlyInto: output });
    const page = (url: string, text: string) => ({ url, content: `<html lang="fr"><head><title>${text}</title></head><body><div data-pagefind-body><p>${text}</p></div></body></html>` });
    try {
      expect(livePagefind()).toHaveLength(2);
      session.add(page("/emplois/dev/", "Développeuse"));
      session.jobsSent();
      for (let waited = 0; waited < 10_000 && livePagefind().length > 1; waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(livePagefind()).toHaveLength(1);
      expect(fs.existsSync(path.join(output, SEARCH_BUNDLES.jobs, "pagefind-entry.json"))).toBe(true);
      expect(() => session.add(page("/emplois/tard/", "Tard"))).toThrow("la page /emplois/tard/ est à indexer mais l’index est déjà écrit");
      session.add(page("/espace-presse/cloud/", "Cloud"));
      expect(await session.write(output)).toBe(2);
      const count = (bundle: string) => JSON.parse(fs.readFileSync(path.join(output, bundle, "pagefind-entry.json"), "utf8")).languages.fr.page_count;
      expect([count(SEARCH_BUNDLES.jobs), count(SEARCH_BUNDLES.site)]).toEqual([1, 1]);
    } finally {
      await session.close();
    }
  });

  it("cuts the communiqués and events into indexes of a fixed size, in the order sent, whichever way they are written", async () => {
    expect(siteBundles(0)).toEqual(["/pagefind/"]);
    expect(siteBundles(SITE_INDEX_SIZE)).toEqual(["/pagefind/"]);
    expect(siteBundles(SITE_INDEX_SIZE + 1)).toEqual(["/pagefind/", "/pagefind-2/"]);
    expect(siteBundles(5, 2)).toEqual(["/pagefind/", "/pagefind-2/", "/pagefind-3/"]);
    const page = (url: string) => ({ url, content: `<html lang="fr"><head><title>${url}</title></head><body><div data-pagefind-body><p>Texte</p></div></body></html>` });
    const urls = ["/espace-presse/a/", "/espace-presse/b/", "/agenda/c/", "/espace-presse/d/", "/espace-presse/e/"];
    for (const early of [true, false]) {
      expect(await runningPagefind()).toEqual([]);
      const output = temporaryDir(early ? "site-indexes-early" : "site-indexes-at-end");
      const session = await SearchSession.open({ indexSize: 2, writeEarlyInto: early ? output : undefined });
      try {
        for (const url of urls.slice(0, 3)) session.add(page(url));
        // The first index is full once the second page is sent: the build writes it (and stops its Pagefind) meanwhile.
        const firstWritten = () => fs.existsSync(path.join(output, "/pagefind/", "pagefind-entry.json"));
        for (let waited = 0; waited < 10_000 && early && !firstWritten(); waited += 50) await new Promise((resolve) => setTimeout(resolve, 50));
        expect(firstWritten()).toBe(early);
        for (const url of urls.slice(3)) session.add(page(url));
        expect(await session.write(output)).toBe(5);
        const bundles = siteBundles(urls.length, 2);
        expect(fs.readdirSync(output).filter((name) => name.startsWith("pagefind") && name !== "pagefind-emplois").map((name) => `/${name}/`).sort()).toEqual([...bundles].sort());
        const indexedUrls = bundles.map((bundle) => Object.keys(indexedTexts(output, bundle)).sort());
        expect(indexedUrls).toEqual([urls.slice(0, 2), urls.slice(2, 4), urls.slice(4)].map((part) => part.sort()));
      } finally {
        await session.close();
      }
    }
  });

  it("in a build, has the offers' index written once the offers are sent, before any communiqué", async () => {
    const calls: string[] = [];
    const add = SearchSession.prototype.add;
    const jobsSent = SearchSession.prototype.jobsSent;
    const added = vi.spyOn(SearchSession.prototype, "add").mockImplementation(function (this: SearchSession, page) {
      const sent = add.call(this, page);
      if (sent) calls.push(String(page.url));
      return sent;
    });
    const written = vi.spyOn(SearchSession.prototype, "jobsSent").mockImplementation(function (this: SearchSession) {
      calls.push(`écrit ${SEARCH_BUNDLES.jobs}`);
      jobsSent.call(this);
    });
    try {
      await buildSite(built.site.contentDir);
      expect(calls).toEqual(["/emplois/reseau/", "/emplois/ancienne/", `écrit ${SEARCH_BUNDLES.jobs}`, "/espace-presse/cloud/", "/agenda/forum/"]);
    } finally {
      added.mockRestore();
      written.mockRestore();
    }
  });

  it("stops a build whose site indexes would not hold one page per communiqué and event", async () => {
    const output = await BuildOutput.open(temporaryDir("site-page-count"));
    try {
      // No page sent for the two communiqués and events: /recherche/ would count indexes that do not exist.
      await expect(output.addSitePages(loadSite({ contentDir: built.site.contentDir }), [])).rejects.toThrow("0 pages envoyées aux index du site pour 2 communiqués et évènements");
    } finally {
      await output.close();
    }
  });

  it("comes out the same, byte for byte, at the next build", async () => {
    const again = await buildSite(built.site.contentDir);
    const read = (output: string) => pagefindFiles(output).sort().map((f) => [f, fs.readFileSync(path.join(output, f)).toString("base64")]);
    expect(read(again.output)).toEqual(read(built.output));
  });

  it("indexes a page's content only: header, menu, breadcrumb and footer stay out", () => {
    const html = built.read("/emplois/reseau/");
    const indexed = html.slice(html.indexOf("<div data-pagefind-body>"), html.indexOf("</main>"));
    expect(indexed).toContain("<h1>Ingénieur réseau</h1>");
    for (const outside of ["fr-header", "fr-nav", "fr-breadcrumb", "fr-footer", "fr-skiplinks"]) expect(indexed).not.toContain(outside);
    expect(built.read("/emplois/")).not.toContain("data-pagefind-body");
  });

  it("indexes what a communiqué says, not what every communiqué repeats (downloads, press contact, headings of the side column)", () => {
    const text = indexedTexts(built.output, SEARCH_BUNDLES.site)["/espace-presse/cloud/"]!;
    for (const said of ["Le cloud de l’État", "Un chapeau sur l’hébergement", "Un communiqué sur la sécurité", "Souveraineté"]) expect(text).toContain(said);
    // Each would make every communiqué match « presse », « télécharger », « PDF »…
    for (const repeated of ["Documents à télécharger", "Télécharger le communiqué", "PDF", "Contact presse", "presse@", "Mots-clés"]) expect(text).not.toContain(repeated);
  });

  it("gives each offer its type, facets, sort keys and result texts", () => {
    const tags = [...built.read("/emplois/reseau/").matchAll(/<meta name="pagefind:([\w-]+)" content="([^"]*)" data-pagefind-(\w+)=/g)].map((m) => `${m[3]} ${m[1]}=${m[2]}`);
    expect(tags).toEqual([
      "filter type=Offre d’emploi",
      "filter statut=ouverte",
      "filter metier=Infrastructure et réseaux",
      "filter region=Bretagne",
      "filter administration=DINUM",
      "filter ouvert-aux=Fonctionnaire",
      "filter ouvert-aux=Contractuel",
      "sort date=2026-11-03T23:00:00Z",
      "sort deadline=2099-01-14T23:00:00Z",
      "meta description=DINUM",
      "meta detail=Candidatures jusqu’au 15 janvier 2099",
    ]);
    expect(built.read("/emplois/ancienne/")).toContain('<meta name="pagefind:statut" content="expiree"');
    expect(built.read("/espace-presse/cloud/")).toContain('<meta name="pagefind:type" content="Communiqué" data-pagefind-filter="type[content]">');
    expect(built.read("/agenda/forum/")).toContain('<meta name="pagefind:type" content="Évènement" data-pagefind-filter="type[content]">');
  });

  it("is reached from every page by a real search form in the header and a skip link", () => {
    for (const url of ["/", "/espace-presse/cloud/", "/emplois/", "/agenda/forum/", "/recherche/"]) {
      const html = built.read(url);
      expect(html).toContain('<form class="fr-search-bar" id="recherche-entete" role="search" aria-label="Rechercher sur le site" method="get" action="/recherche/">');
      expect(html).toContain('<input class="fr-input" placeholder="Rechercher" type="search" id="recherche-site" name="q">');
      expect(html).toContain('<a class="fr-link" href="#recherche-site">Recherche</a>');
    }
  });
});
