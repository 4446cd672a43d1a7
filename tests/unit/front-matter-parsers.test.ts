/**
 * js-yaml reads most front matters (`readFast` of lib/content.ts) and `yaml` is the reference:
 * whatever js-yaml accepts, `yaml` must accept too, and read as the same data. https://fast-check.dev/
 */
import fs from "node:fs";
import path from "node:path";
import fc from "fast-check";
import matter from "gray-matter";
import { parseDocument, stringify } from "yaml";
import { describe, expect, it } from "vitest";
import { readFast, splitFrontMatter } from "../../lib/content.ts";
import { CORPUS, ROOT } from "../helpers.ts";

/** What `yaml` reads, as the build did before js-yaml: "refused" when it reports an error. */
function reference(frontMatter: string): unknown {
  const doc = parseDocument(frontMatter, { prettyErrors: false });
  if (doc.errors.length) return "refused";
  try {
    return doc.toJS({ maxAliasCount: 100 }) ?? null;
  } catch {
    return "refused";
  }
}

function expectSameReading(frontMatter: string): boolean {
  const fast = readFast(frontMatter);
  if (fast === undefined) return false;
  expect(fast, frontMatter).toStrictEqual(reference(frontMatter));
  return true;
}

function markdownFiles(dir: string): string[] {
  return fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((name) => name.endsWith(".md")).map((name) => path.join(dir, name));
}

/** Plain scalars whose type depends on the schema, and the spellings around them. */
const SCALARS = [
  "true", "True", "TRUE", "tRUE", "yes", "no", "on", "off", "y", "n", "~", "null", "Null", "NULL", "nULL", "",
  "0", "-0", "+0", "012", "0o17", "0O17", "0o8", "0x1F", "0X1f", "0xG", "0b101", "1_000", "+12", "-12", "1e3", "1E3", "1.5e-3", "-1.5E+3",
  ".5", "5.", "-.5", ".inf", "-.Inf", "+.INF", ".nan", ".NaN", ".NAN", "NaN", "inf", "1,000", "1.2.3", "12:30", "1:30:00", "190:20:30",
  "2022-10-25", "2022-10-25 16:46:00 +02:00", "2022-10-25T16:46:00Z", "2022-1-5", "9007199254740993", "1e400", "0x", "0o", ".", "-", "+",
];
/** Pieces of lines: quotes and escapes, block scalars, flow collections, comments, French text. */
const PIECES = [
  ...SCALARS, ": ", ":", "- ", "  ", "    ", "\t", "\n", "'", "''", '"', '\\"', "\\n", "\\x41", "\\u00e9", "\\t", "|", "|-", "|+", ">", ">-", ">+", "|2",
  "[", "]", "{", "}", ", ", "# ", " #", "%", "@", "`", "---", "...", "é", "e\u0301", "\u00a0", "\u202f", "Vis mon job : la suite", "l’État", "R&D", "Bravo !", "Pourquoi ?",
];
const piece = fc.constantFrom(...PIECES);
const key = fc.constantFrom("title", "date", "chapeau", "published", "tags", "files", "numero", "Key", "a b", "'q'", '"d"', "1", "true", "null", "-");
const line = fc.tuple(fc.constantFrom("", "  ", "    ", "- ", "  - "), key, fc.constantFrom(": ", ":", ": |\n  ", ": >-\n  ", ":\n  - "), fc.array(piece, { maxLength: 6 })).map(
  ([indent, k, colon, value]) => `${indent}${k}${colon}${value.join("")}`,
);
const lines = fc.array(fc.oneof(line, fc.array(piece, { maxLength: 8 }).map((p) => p.join(""))), { maxLength: 10 }).map((l) => l.join("\n"));

/** Lines of the shapes content files have, at indentations right and wrong, to probe js-yaml's leniency. */
const text = fc.array(piece, { maxLength: 5 }).map((p) => p.join(""));
const spaces = fc.constantFrom(0, 0, 2, 2, 4, 1, 3).map((n) => " ".repeat(n));
const simpleKey = fc.constantFrom("title", "date", "tags", "files", "nom", "chapeau-text");
const shapedLine = fc.oneof(
  fc.tuple(spaces, simpleKey, text).map(([sp, k, v]) => `${sp}${k}: ${v}`),
  fc.tuple(spaces, simpleKey).map(([sp, k]) => `${sp}${k}:`),
  fc.tuple(spaces, text).map(([sp, v]) => `${sp}- ${v}`),
  fc.tuple(spaces, simpleKey, text).map(([sp, k, v]) => `${sp}- ${k}: ${v}`),
  fc.tuple(spaces, text).map(([sp, v]) => `${sp}${v}`),
  fc.tuple(spaces, simpleKey, fc.constantFrom("|", "|-", "|+", ">", ">-", ">+")).map(([sp, k, h]) => `${sp}${k}: ${h}`),
  fc.tuple(spaces, simpleKey, fc.constantFrom("'", '"'), text).map(([sp, k, q, v]) => `${sp}${k}: ${q}${v}`),
  fc.tuple(spaces, text, fc.constantFrom("'", '"')).map(([sp, v, q]) => `${sp}${v}${q}`),
);
const shaped = fc.array(shapedLine, { maxLength: 10 }).map((l) => l.join("\n"));

/** Values of the shapes YAML gives, written by `yaml` itself. */
const value = fc.letrec<{ value: unknown }>((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.oneof(fc.string(), fc.constantFrom(...SCALARS), fc.array(piece, { maxLength: 6 }).map((p) => p.join(""))),
    fc.integer(),
    fc.double({ noNaN: true }),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(key, fc.string({ minLength: 1 })), tie("value"), { maxKeys: 4 }),
  ),
})).value;
const written = fc.dictionary(fc.oneof(key, fc.string({ minLength: 1 })), value, { maxKeys: 8 }).map((data) => stringify(data));

describe("js-yaml, as the build runs it, against yaml", () => {
  it("reads every front matter of the real corpus, the sample content and the fixtures as yaml does", () => {
    const files = [CORPUS, path.join(ROOT, "content"), path.join(ROOT, "tests/fixtures")].flatMap(markdownFiles);
    const split = { engines: { yaml: { parse: () => ({}) } } };
    let read = 0;
    for (const file of files) {
      const text = fs.readFileSync(file, "utf8").replace(/^\uFEFF/, "");
      if (text.startsWith("---") && expectSameReading(matter(text, split as never).matter)) read++;
    }
    // Nearly all are read by js-yaml: the comparison is not empty.
    expect(read).toBeGreaterThan(files.length * 0.8);
  });

  it("on scalars of every type: booleans and nulls of YAML 1.2 only, numbers in every notation", () => {
    for (const scalar of SCALARS) expectSameReading(`valeur: ${scalar}\nliste: [${scalar}]\n`);
    expect(readFast("a: yes\nb: 0b101\nc: 1_000\nd: 0o17\ne: .NaN\nf: 2022-10-25\n")).toStrictEqual({ a: "yes", b: "0b101", c: "1_000", d: 15, e: Number.NaN, f: "2022-10-25" });
  });

  it("leaves to yaml what js-yaml reads otherwise: anchors, aliases, tags, complex keys, misplaced indentation", () => {
    for (const frontMatter of ["a: &x 1\nb: *x", "a: !!str 12", "a: !custom x", "? a\n: b", "tags:\n  - *italique*", "a: 1\n\tb: 2", "title: \"x\ny\"", "k:\n  - a\n- b", "a: |+\n  x\n ", "a: \"x\"# y", "a:\n  - - \n  - b", "a: |\n   \n  x"]) expect(readFast(frontMatter), frontMatter).toBeUndefined();
  });

  it("on random lines, lines shaped like content files, and random data written by yaml", () => {
    let read = 0;
    fc.assert(
      fc.property(fc.oneof(lines, written, shaped), (frontMatter) => {
        if (expectSameReading(frontMatter)) read++;
      }),
      { numRuns: 3000 },
    );
    // About one in ten is read by js-yaml, and compared.
    expect(read).toBeGreaterThan(150);
  });
});

describe("the split of a file into front matter and body", () => {
  const split = { engines: { yaml: { parse: () => ({}) } } };
  const pieces = fc.constantFrom("---", "----", "---yaml", "--- ", "\n", "\r\n", "\r", "title: x", "# c", "texte", " ", "-", "\uFEFF");
  const file = fc.array(pieces, { maxLength: 14 }).map((p) => p.join(""));

  it("is gray-matter's, though gray-matter is only given the text up to the closing delimiter", () => {
    fc.assert(
      fc.property(fc.oneof(file, file.map((f) => `---\n${f}`), fc.string()), (text) => {
        let whole: { matter: string; content: string };
        try {
          whole = matter(text, split as never);
        } catch {
          // "---title: x": gray-matter takes "title:" for a language it has no engine for.
          expect(() => splitFrontMatter(text)).toThrow();
          return;
        }
        expect(splitFrontMatter(text)).toStrictEqual({ frontMatter: whole.matter, body: whole.content });
      }),
      { numRuns: 5000 },
    );
  });
});
