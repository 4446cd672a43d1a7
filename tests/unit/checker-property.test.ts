/** Whatever a file holds, the checker answers with findings, never with an exception. https://fast-check.dev/ */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { DateTime } from "luxon";
import { stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { MESSAGES } from "../../lib/findings.ts";
import { communiqueSchema } from "../../lib/schema.ts";
import { loadSite } from "../../lib/site.ts";
import { contentFolder } from "../helpers.ts";

const NOW = DateTime.fromISO("2026-11-28T12:00:00", { zone: "Europe/Paris" });

/** Pieces real files are made of, and the ones that break parsers. */
const PIECES = [
  ...Object.keys(communiqueSchema.shape),
  "chapeau", "une", "lien", "File", "Key", "communique_file", "__proto__", "constructor", "toString",
  ":", ": ", "- ", "  ", "\n", "\t", "'", '"', "[", "]", "{", "}", "&a", "*a", "!!binary", "|", ">-", "#", "%", "@", "`", "---",
  "é", "e\u0301", "&nbsp;", "\u00a0", " ", "0007-08-31", "2024-02-30", "2099-01-01", "2024-03-15 10:00:00 +01:00",
  "/uploads/cp.pdf", "/uploads/absent.pdf", "%20", "http://localhost/", "https://preprod.example.org/", "javascript:x", "<script>", "<iframe", "onclick=",
];
const piece = fc.constantFrom(...PIECES);
const yamlishString = fc.oneof(fc.string(), fc.array(piece, { maxLength: 12 }).map((p) => p.join("")));

/** Values of the shapes YAML gives: scalars, lists, maps, nested a few levels deep. */
const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    yamlishString,
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.date({ noInvalidDate: true }),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(piece, fc.string()), tie("value"), { maxKeys: 4 }),
  ),
})).value;

const frontMatterObject = fc.dictionary(fc.oneof(piece, fc.string({ minLength: 1 })), value, { maxKeys: 8 }).map((o) => stringify(o));
const frontMatterText = fc.oneof(yamlishString, fc.array(yamlishString, { maxLength: 8 }).map((lines) => lines.join("\n")));

const source = fc
  .tuple(fc.oneof(frontMatterObject, frontMatterText), yamlishString, fc.boolean())
  .map(([frontMatter, body, fenced]) => (fenced ? `---\n${frontMatter}\n---\n${body}` : `${frontMatter}\n${body}`));

describe("the checker on random front matter", () => {
  it("never throws, and every finding is a catalogue code at a real place", () => {
    const dir = contentFolder({ "uploads/cp.pdf": "%PDF" });
    const file = path.join(dir, "communiques/2024-03-15-essai.md");
    fs.mkdirSync(path.dirname(file));
    fc.assert(
      fc.property(source, (text) => {
        fs.writeFileSync(file, text);
        const site = loadSite({ contentDir: dir, now: NOW });
        const lineCount = text.split("\n").length;
        for (const f of site.findings) {
          expect(MESSAGES).toHaveProperty([f.code]);
          expect(f.line).toBeGreaterThanOrEqual(1);
          expect(f.line).toBeLessThanOrEqual(lineCount);
          expect(f.column).toBeGreaterThanOrEqual(1);
          expect(f.message).toContain(" — ");
        }
      }),
      { numRuns: 1000 },
    );
  });
});
