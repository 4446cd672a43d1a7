import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { sampleSite, temporaryDir } from "../helpers.ts";
import { brokenLinks, cssUrls, grouped, srcsetUrls } from "./links.ts";

function write(dir: string, files: Record<string, string>): string {
  for (const [name, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const page = (body: string) => `<!DOCTYPE html><html lang="fr"><head><title>t</title><link rel="stylesheet" href="/s.css"></head><body>${body}</body></html>`;

describe("the link checker", () => {
  it("reads srcset and CSS url() references", () => {
    expect(srcsetUrls("a.jpg 1x, /b/c.jpg 2x")).toEqual(["a.jpg", "/b/c.jpg"]);
    expect(cssUrls(`@font-face{src:url(fonts/M.woff2) format("woff2"),url('f.woff')}.i{background:url("data:image/svg+xml,<svg/>")}.j{mask:url(#m)}`)).toEqual(["fonts/M.woff2", "f.woff"]);
  });

  it("groups a reference broken on many pages into one line", () => {
    const broken = ["/", "/a/", "/b/", "/c/"].map((from) => ({ from, reference: "/plan/", problem: "fichier absent" }));
    expect(grouped(broken)).toEqual(["/plan/ : fichier absent — dans /, /a/, /b/ et 1 autre(s)"]);
  });

  it("finds missing pages, files, fragments and stylesheet assets, and leaves external addresses and <template> content alone", async () => {
    const dir = write(temporaryDir("links"), {
      "index.html": page(
        '<main id="contenu"><a href="#contenu">ok</a> <a href="#absent">x</a> <a href="a/">ok</a> <a href="/a/#titre">ok</a> <a href="/a/#nope">x</a>' +
          ' <a href="/nulle-part/">x</a> <a href="#">x</a> <img src="/uploads/%C3%A9t%C3%A9.png" alt=""> <img srcset="/i.png 1x, /i2.png 2x" alt="">' +
          ' <a href="https://example.org/">ext</a> <a href="mailto:a@b.fr">m</a> <a href="https://presse.numerique.gouv.fr/a/">ok</a> <script src="/app.js"></script><template><a href="#">modèle</a></template></main>',
      ),
      "a/index.html": page('<h1 id="titre">A</h1>'),
      "uploads/été.png": "png",
      "i.png": "png",
      "s.css": "@font-face{src:url(fonts/ok.woff2)} .x{background:url('../missing.svg')}",
      "fonts/ok.woff2": "font",
    });
    const found = (await brokenLinks(dir)).map((b) => `${b.from} ${b.reference} : ${b.problem}`);
    expect(found).toEqual([
      "/ #absent : pas d’élément id=\"absent\" dans /",
      "/ /a/#nope : pas d’élément id=\"nope\" dans /a/",
      "/ /nulle-part/ : fichier absent",
      "/ # : lien vers « # » : il ne mène nulle part",
      "/ /app.js : fichier absent",
      "/ /i2.png : fichier absent",
      "/s.css ../missing.svg : fichier absent",
    ]);
  });
});

describe("every link of the sample site", () => {
  it("leads somewhere: pages, fragments, uploads, stylesheets, scripts, fonts and icons", async () => {
    expect(grouped(await brokenLinks((await sampleSite()).output))).toEqual([]);
  });
});
