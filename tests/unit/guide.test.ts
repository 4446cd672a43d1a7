/** The writing guide is generated: it must be the committed one, cover every kind and message, and its examples must pass the checker. */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../lib/findings.ts";
import { GUIDE, GUIDE_SOURCE, guideMarkdown } from "../../lib/guide.ts";
import { KINDS } from "../../lib/kinds.ts";
import { renderMarkdown } from "../../lib/markdown.ts";
import { runCheck } from "../../scripts/check-content.ts";
import { contentFolder, ROOT } from "../helpers.ts";

const source = fs.readFileSync(path.join(ROOT, GUIDE_SOURCE), "utf8");
const guide = guideMarkdown(source);

/** The source between two headings (examples hold headings of their own, so no split on "## "). */
const between = (from: string, to: string) => source.slice(source.indexOf(from), source.indexOf(to));
const markdownBlocks = (text: string) => [...text.matchAll(/^( *)```markdown\n([\s\S]*?)^\1```$/gm)].map((m) => m[2]!.replace(new RegExp(`^${m[1]}`, "gm"), ""));

describe("docs/guide-redaction.md", () => {
  it("is the one npm run guide writes from the schema and the message catalogue", () => {
    const committed = fs.readFileSync(path.join(ROOT, GUIDE), "utf8");
    expect(committed === guide, `${GUIDE} n’est plus à jour (schéma, catalogue des messages ou ${GUIDE_SOURCE} modifiés) : lancez « npm run guide » et validez le fichier.`).toBe(true);
  });

  it("has a table of fields for every kind of content and every message of the checker", () => {
    for (const kind of KINDS) expect(source, kind.name).toContain(`<!-- champs ${kind.name} -->`);
    expect(guide).not.toContain("<!--  ");
    for (const code of Object.keys(MESSAGES)) expect(guide, code).toContain(`- **\`${code}\`** : `);
    expect(guide).toContain("| Alternative textuelle | `une-ou-diaporama` › `alternative-textuelle` | non | texte sur une ligne | Ce que montre l’image ; vide si elle est décorative. |");
  });

  it.each(KINDS.map((kind) => [kind.name, kind] as const))("gives a %s example that the checker accepts without a single remark", (name, kind) => {
    // The example is the last one before the kind's table of fields.
    const example = markdownBlocks(source.slice(0, source.indexOf(`<!-- champs ${name} -->`))).at(-1);
    expect(example).toMatch(/^---\n/);
    const uploads = [...example!.matchAll(/\/uploads\/([\w.-]+)/g)].map((m) => [`uploads/${m[1]}`, "fichier"] as const);
    const dir = contentFolder({ [`${kind.folder}/2026-03-15-exemple.md`]: example!, ...Object.fromEntries(uploads) });
    const out: string[] = [];
    expect(runCheck([dir, "--format", "json"], { out: (t) => out.push(t), err: (t) => out.push(t) })).toBe(0);
    expect(JSON.parse(out.join(""))).toEqual([]);
  });

  it("shows quotes written in the text that the site renders as quotes", () => {
    const quotes = markdownBlocks(between("\n## Les citations\n", "\n## Les documents à télécharger\n"));
    expect(quotes).toHaveLength(3);
    for (const quote of quotes) {
      const rendered = renderMarkdown(quote);
      expect(rendered, quote).toMatch(/^<figure class="fr-quote[^"]*"><blockquote><p>Ces journées montrent aux étudiants des métiers qu’ils ne soupçonnaient pas\.<\/p><\/blockquote><figcaption><p class="fr-quote__author">Camille Martin<\/p>/);
    }
  });
});
