import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { RenderedBody, renderInlineMarkdown, renderMarkdown, splitAuthor, TEMPLATE_IDS } from "../../lib/markdown.ts";
import { ROOT } from "../helpers.ts";

describe("quotes become DSFR fr-quote", () => {
  it("reads raw HTML citation and author divs", () => {
    const out = renderMarkdown('<div class="citation"><p>Le numérique d’abord.</p></div>\n\n<div class="auteur-citation">Jeanne Martin, ministre du Numérique</div>\n');
    expect(out).toContain('<figure class="fr-quote');
    expect(out).toContain("<blockquote><p>Le numérique d’abord.</p></blockquote>");
    expect(out).toContain('<p class="fr-quote__author">Jeanne Martin</p>');
    expect(out).toContain("<li>ministre du Numérique</li>");
    expect(out).not.toContain("auteur-citation");
  });

  it("reads the raw author as text: tags dropped, entities escaped once", () => {
    const out = renderMarkdown('<div class="citation"><p>X.</p></div>\n\n<div class="auteur-citation">Jeanne &amp; <em>Paul</em>&nbsp;Martin, ministre</div>\n');
    expect(out).toContain('<p class="fr-quote__author">Jeanne &amp; Paul Martin</p>');
  });

  it("reads kramdown {: .citation} and {: .auteur-citation}", () => {
    const out = renderMarkdown("> Une phrase forte.\n{: .citation}\n\nPaul Durand, directeur\n{: .auteur-citation}\n");
    expect(out).toMatch(/<figure class="fr-quote[^"]*"><blockquote><p>Une phrase forte.<\/p><\/blockquote><figcaption><p class="fr-quote__author">Paul Durand<\/p>/);
    expect(out).not.toContain("{:");
  });

  it("reads a plain blockquote that ends with a bold author line", () => {
    const out = renderMarkdown("> Texte cité.\n>\n> **Anne Roy, cheffe de projet**\n");
    expect(out).toContain('<p class="fr-quote__author">Anne Roy</p>');
    expect(out).not.toContain("<strong>");
  });

  it("leaves an ordinary blockquote alone", () => {
    expect(renderMarkdown("> Juste une citation.\n")).toBe("<blockquote>\n<p>Juste une citation.</p>\n</blockquote>\n");
  });

  it("splits the author line on the first comma", () => {
    expect(splitAuthor(" Stanislas Guerini, ministre de la Transformation, et de la Fonction publiques ")).toEqual({
      name: "Stanislas Guerini",
      role: "ministre de la Transformation, et de la Fonction publiques",
    });
    expect(splitAuthor("— Clara")).toEqual({ name: "Clara" });
  });
});

describe("kramdown attribute lists never show as text", () => {
  it("applies a block class to the paragraph before it", () => {
    expect(renderMarkdown("Un encadré.\n\n{: .encadre}\n")).toBe('<p class="encadre">Un encadré.</p>\n');
    expect(renderMarkdown("Un encadré.\n{: .encadre}\n")).toBe('<p class="encadre">Un encadré.</p>\n');
  });

  it("drops span lists after links (links open in the same window)", () => {
    const out = renderMarkdown('Voir [le site](https://example.org){:target="_blank"} ici.\n');
    expect(out).toBe('<p>Voir <a href="https://example.org">le site</a> ici.</p>\n');
  });
});

describe("headings", () => {
  it("keeps the page h1 unique and never skips a level", () => {
    const out = renderMarkdown("# Un\n\n### Deux\n\n## Trois\n");
    expect(out).toContain('<h2 id="un">Un</h2>');
    expect(out).toContain('<h3 id="deux">Deux</h3>');
    expect(out).toContain('<h3 id="trois">Trois</h3>');
    expect(out).not.toContain("<h1");
  });

  it("gives stable, unique ids", () => {
    const out = renderMarkdown("## Contexte\n\n## Contexte\n");
    expect(out).toContain('id="contexte"');
    expect(out).toContain('id="contexte-2"');
  });

  it("starts ids with a letter, as kramdown does", () => {
    expect(renderMarkdown("## 11 h : présentation des offres\n\n## 2026\n")).toBe('<h2 id="h-presentation-des-offres">11 h : présentation des offres</h2>\n<h2 id="section">2026</h2>\n');
  });

  it("never takes an id the page templates use", () => {
    const out = renderMarkdown("## Contenu\n\n## Informations pratiques\n\n## Contact presse\n");
    expect(out).toContain('<h2 id="contenu-2">Contenu</h2>');
    expect(out).toContain('<h2 id="informations-pratiques-2">');
    expect(out).toContain('<h2 id="contact-presse-2">');
  });

  it("knows every fixed id the templates write", () => {
    const sources = ["_includes", "pages"].flatMap((folder) =>
      fs.readdirSync(path.join(ROOT, folder), { recursive: true, encoding: "utf8" }).filter((f) => f.endsWith(".ts")).map((f) => path.join(ROOT, folder, f)),
    );
    const ids = sources.flatMap((f) => [...fs.readFileSync(f, "utf8").matchAll(/\sid="([a-z][a-z0-9-]*)"/g)].map((m) => m[1]!));
    expect(ids.length).toBeGreaterThan(5);
    expect(ids.filter((id) => !TEMPLATE_IDS.includes(id))).toEqual([]);
  });
});

describe("no template engine", () => {
  it("keeps {{ and {% as text", () => {
    expect(renderMarkdown("Voir {{ collections.all }} et {% raw %}.\n")).toContain("{{ collections.all }} et {% raw %}");
    expect(renderInlineMarkdown("{{ x }}")).toBe("{{ x }}");
  });
});

describe("quotes as the real site wrote them", () => {
  it("reads lazy kramdown lists inside one blockquote: quote, then author with role", () => {
    const out = renderMarkdown("> Nous avons réduit les délais.\n{: .citation}\n> **Christelle Gigault**, adjointe, Conseil départemental.\n{: .auteur-citation}\n");
    expect(out).toBe(
      '<figure class="fr-quote fr-my-4w"><blockquote><p>Nous avons réduit les délais.</p></blockquote><figcaption><p class="fr-quote__author">Christelle Gigault</p><ul class="fr-quote__source"><li>adjointe, Conseil départemental.</li></ul></figcaption></figure>\n',
    );
  });

  it("splits a paragraph where a list closes lines before it", () => {
    expect(renderMarkdown("Premier.\n{: .encadre}\nSecond.\n")).toBe('<p class="encadre">Premier.</p>\n<p>Second.</p>\n');
  });
});

describe("a page's rendered body", () => {
  it("is rendered once when first read, forgotten on demand, and keeps the uploads it links to", () => {
    let renders = 0;
    const body = new RenderedBody("Voir [la note](/uploads/note%20forum.pdf) et ![Plan](/uploads/plan.png).", (markdown) => {
      renders++;
      return renderMarkdown(markdown);
    });
    expect(renders).toBe(0);
    expect(body.html).toContain('href="/uploads/note%20forum.pdf"');
    expect(body.html).toBe(body.html);
    expect(renders).toBe(1);
    body.forget();
    expect(body.uploads()).toEqual(["note forum.pdf", "plan.png"]);
    expect(renders).toBe(1);
    expect(body.html).toContain('src="/uploads/plan.png"');
    expect(renders).toBe(2);
  });

  it("once released, keeps the uploads it links to and refuses to be shown", () => {
    const body = new RenderedBody("![Plan](/uploads/plan.png)", renderMarkdown);
    body.release();
    expect(body.uploads()).toEqual(["plan.png"]);
    expect(() => body.html).toThrow("le corps de cette page a été libéré");
  });
});
