import fc from "fast-check";
import { describe, expect, it } from "vitest";
import site from "../../_data/site.json" with { type: "json" };
import { absoluteUrl } from "../../lib/urls.ts";

const outcome = (make: () => string) => {
  try {
    return make();
  } catch {
    return "invalide";
  }
};

describe("absoluteUrl", () => {
  it("gives the site's address of a path, as the URL parser would", () => {
    expect(absoluteUrl("/espace-presse/")).toBe(`${site.url.replace(/\/$/, "")}/espace-presse/`);
    expect(absoluteUrl("/uploads/dossier de presse.pdf")).toBe(`${new URL(site.url).origin}/uploads/dossier%20de%20presse.pdf`);
    expect(absoluteUrl("/a/../b/./c")).toBe(`${new URL(site.url).origin}/b/c`);
    expect(absoluteUrl("https://www.numerique.gouv.fr/")).toBe("https://www.numerique.gouv.fr/");
    // The shortcut for plain paths must never give another address than the parser.
    const paths = fc.string({ unit: fc.constantFrom(..."/.ab%:é ?#\\~-_!'()*@=&;"), maxLength: 12 }).map((s) => `/${s}`).filter((p) => !p.startsWith("//"));
    fc.assert(fc.property(paths, (p) => outcome(() => absoluteUrl(p)) === outcome(() => new URL(p, site.url).href)), { numRuns: 20_000 });
  });
});
