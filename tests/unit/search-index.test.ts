import { describe, expect, it } from "vitest";
import { indexableHtml } from "../../lib/search-index.ts";

describe("indexableHtml", () => {
  const page = `<!doctype html>
<html lang="fr">
<head>
<title>Essai - Salle de presse</title>
<link rel="stylesheet" href="/dsfr/dsfr.min.css">
<meta name="pagefind:type" content="Communiqué" data-pagefind-filter="type[content]">
</head>
<body>
<header>Menu Espace presse</header>
<main id="contenu"><div class="fr-container"><nav>Accueil</nav>
<div data-pagefind-body>
<h1>Essai</h1><p>Texte indexé.</p>
<h2 id="partie" class="fr-h3">Partie</h2><p data-id="7">Suite.</p>
</div>
</div>
</main>
<footer>Pied de page</footer>
</body>
</html>`;

  it("keeps the language, the title, the search meta tags and the indexed body", () => {
    const out = indexableHtml(page);
    expect(out).toContain('<html lang="fr">');
    expect(out).toContain("<title>Essai - Salle de presse</title>");
    expect(out).toContain('<meta name="pagefind:type" content="Communiqué" data-pagefind-filter="type[content]">');
    expect(out).toContain("<div data-pagefind-body>\n<h1>Essai</h1><p>Texte indexé.</p>");
  });

  it("drops the ids, of which Pagefind would make sub-results the site does not show", () => {
    expect(indexableHtml(page)).toContain('<h2 class="fr-h3">Partie</h2><p data-id="7">Suite.</p>');
  });

  it("leaves the header, navigation, footer and stylesheets out", () => {
    const out = indexableHtml(page);
    for (const left of ["Menu Espace presse", "Accueil", "Pied de page", "dsfr.min.css"]) expect(out).not.toContain(left);
  });

  it("returns a page without an indexed body as it is", () => {
    expect(indexableHtml("<html><body><p>x</p></body></html>")).toBe("<html><body><p>x</p></body></html>");
  });
});
