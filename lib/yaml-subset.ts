/**
 * The YAML that content files are written in, recognised line by line: a mapping of simple keys,
 * block sequences (also at the key's indentation, as Decap CMS writes them), values that are plain,
 * quoted (on one line or more) or block scalars (`|`, `>-`…). js-yaml reads such front matter as
 * `yaml` does; outside it, js-yaml accepts mistakes that `yaml` reports (a list item moved left, a
 * quoted value continued at the margin, a tab in an indentation), so lib/content.ts leaves the rest
 * to `yaml`. Checked against `yaml` by tests/unit/front-matter-parsers.test.ts.
 * https://yaml.org/spec/1.2.2/#chapter-8-block-style-productions
 */

interface Container {
  indent: number;
  kind: "map" | "seq";
}

/** A list item's dash. */
const DASH = /^-(?: +|$)/;
/** A key that stays a text whatever the schema: a letter first, no space, not `null`, `true` or `false`. */
const KEY = /^([\p{L}_][\p{L}\p{N}_-]*):(?: +|$)/u;
const RESERVED_KEY = /^(?:null|Null|NULL|true|True|TRUE|false|False|FALSE)$/;
/** What may follow a value: spaces, a comment after a space. */
const END = /^(?:\s+#.*|\s*)$/;
/** Block scalars, without an indentation digit or "keep" chomping (`|+`: its trailing blank lines differ). */
const BLOCK_HEADER = /^[|>]-?(?:\s+#.*|\s*)$/;
/** Characters that start something other than a plain scalar (or a plain scalar whose reading differs). */
const NOT_PLAIN = /^(?:[-?:](?:\s|$)|[,[\]{}#&*!|>'"%@`])/;

/** Where the quoted scalar opened at `start` closes on this line: the index after the quote, or -1. */
function closingQuote(text: string, start: number, quote: string): number {
  for (let i = start; i < text.length; i++) {
    if (quote === '"' && text[i] === "\\") i++;
    else if (text[i] === quote) {
      if (quote === "'" && text[i + 1] === "'") i++;
      else return i + 1;
    }
  }
  return -1;
}

const isQuoted = (value: { kind: string } | undefined) => value?.kind === "'" || value?.kind === '"';

export function isSimpleBlockYaml(frontMatter: string): boolean {
  const stack: Container[] = [];
  /** Indentation of the line whose value is a block still to come (-1 at the start), else undefined. */
  let awaitingBlock: number | undefined = -1;
  /** The value continuing on the next lines, and the indentation of the line it belongs to. */
  let continued: { kind: "plain" | "block" | "'" | '"'; owner: number; blockIndent?: number; leadingSpaces?: number } | undefined;

  for (const raw of frontMatter.split("\n")) {
    const text = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const indent = text.search(/[^ ]/);
    if (indent < 0) {
      // Blank lines before a block scalar's first line may not hold more spaces than its indentation.
      if (continued?.kind === "block" && continued.blockIndent === undefined) continued.leadingSpaces = Math.max(continued.leadingSpaces ?? 0, text.length);
      continue;
    }
    if (text[indent] === "\t") return false;
    if (continued && indent > continued.owner) {
      if (continued.kind === "block") {
        // Lines of a block scalar are indented as its first line at least.
        continued.blockIndent ??= indent;
        if (indent < continued.blockIndent || (continued.leadingSpaces ?? 0) > continued.blockIndent) return false;
        continue;
      }
      if (continued.kind === "plain") {
        if (/: |:$| #|^\s*#/.test(text)) return false;
        continue;
      }
      const end = closingQuote(text, indent, continued.kind);
      if (end < 0) continue;
      continued = undefined;
      if (!END.test(text.slice(end))) return false;
      continue;
    }
    if (isQuoted(continued)) return false; // a quoted value continued at or left of its key
    continued = undefined;
    if (text[indent] === "#") continue;

    // The containers this line opens: a sequence for "- ", then a mapping if a key follows.
    const opened: Container[] = [];
    let at = indent;
    const dash = DASH.exec(text.slice(at));
    if (dash) {
      opened.push({ indent: at, kind: "seq" });
      at += dash[0].length;
      if (DASH.test(text.slice(at))) return false; // "- - x": js-yaml may put the next item in the inner list
    }
    const key = KEY.exec(text.slice(at));
    if (key && RESERVED_KEY.test(key[1]!)) return false;
    if (key) opened.push({ indent: at, kind: "map" });
    if (!opened.length) return false;

    const first = opened[0]!;
    while (stack.length && stack.at(-1)!.indent > first.indent) stack.pop();
    let top = stack.at(-1);
    // A key after a sequence written at its parent key's indentation closes that sequence.
    if (top?.kind === "seq" && first.kind === "map" && top.indent === first.indent && stack.at(-2)?.kind === "map" && stack.at(-2)!.indent === top.indent) {
      stack.pop();
      top = stack.at(-1);
    }
    if (top && top.indent === first.indent) {
      const compactSequence = top.kind === "map" && first.kind === "seq" && awaitingBlock === first.indent;
      if (top.kind !== first.kind && !compactSequence) return false;
      if (compactSequence) stack.push(first);
    } else {
      if (awaitingBlock === undefined || first.indent <= awaitingBlock) return false;
      if (!stack.length && first.kind !== "map") return false; // the front matter is a mapping
      stack.push(first);
    }
    stack.push(...opened.slice(1));

    const owner = opened.at(-1)!.indent;
    const value = key ? text.slice(at + key[0].length) : text.slice(at);
    awaitingBlock = undefined;
    if (value === "" || value.startsWith("#")) awaitingBlock = owner;
    else if (BLOCK_HEADER.test(value)) continued = { kind: "block", owner };
    else if (value[0] === "'" || value[0] === '"') {
      const end = closingQuote(value, 1, value[0]);
      if (end < 0) continued = { kind: value[0], owner };
      else if (!END.test(value.slice(end))) return false;
    } else if (value === "[]" || value === "{}") continue;
    else if (NOT_PLAIN.test(value) || /: |:$/.test(value)) return false;
    else continued = { kind: "plain", owner };
  }
  return !isQuoted(continued);
}
