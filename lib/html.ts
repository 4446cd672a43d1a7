/**
 * A tiny HTML templating helper: values interpolated in `html` are escaped unless wrapped in `raw()`.
 * Templates stay plain TypeScript functions (fast, typed), and Markdown never passes through a
 * template engine, so `{{` in a communiqué is just text.
 */
const ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

const SPECIAL = /[&<>"']/;

export function escapeHtml(value: string): string {
  // Almost no value has one (101 of 300,000 in a build): a test is three times cheaper than a replace finding nothing.
  return SPECIAL.test(value) ? value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c) : value;
}

export class SafeHtml {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks a string as already-safe HTML. */
export function raw(value: string): SafeHtml {
  return new SafeHtml(value);
}

type Interpolation = SafeHtml | string | number | boolean | null | undefined | readonly Interpolation[];

function render(value: Interpolation): string {
  if (value === null || value === undefined || value === false || value === true) return "";
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

/** Whether `text` holds only spaces and tabs. */
function isBlank(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return false;
  }
  return true;
}

/**
 * Drops the indentation that ends `text` when it is alone on its line: a template line left empty by
 * an interpolation that rendered nothing. `html` calls it only when that line began inside a value.
 */
function dropBlankIndent(text: string): string {
  const lineStart = text.lastIndexOf("\n") + 1;
  return lineStart > 0 && isBlank(text.slice(lineStart)) ? text.slice(0, lineStart) : text;
}

/**
 * What `html` knows of the last line of what it has written so far: "kept", nothing to drop (no line
 * break yet, or something other than blanks since the last one); "blank", it starts right after
 * `out` and holds only the blanks held back; "unknown", it began inside an interpolated value (looked
 * up only if it has to be).
 */
type LastLine = "kept" | "blank" | "unknown";

/** A template's literal text, cut once per template (the same array comes back at each call). */
interface Literal {
  /** Up to its last line break, or all of it when its last line is not only blanks. */
  head: string;
  /** Its last line when it holds only blanks (held back), else "". */
  indent: string;
  /** "blank": has a line break and ends with blanks; "kept": ends with something else; "none": only blanks, no line break. */
  ends: "blank" | "kept" | "none";
  /** Begins with a line break. */
  startsLine: boolean;
}

const LITERALS = new WeakMap<TemplateStringsArray, Literal[]>();

function literalsOf(strings: TemplateStringsArray): Literal[] {
  let literals = LITERALS.get(strings);
  if (!literals) {
    literals = strings.map((text) => {
      const lineStart = text.lastIndexOf("\n") + 1;
      const indent = text.slice(lineStart);
      const startsLine = /^\r?\n/.test(text);
      if (!isBlank(indent)) return { head: text, indent: "", ends: "kept", startsLine };
      return lineStart > 0 ? { head: text.slice(0, lineStart), indent, ends: "blank", startsLine } : { head: "", indent, ends: "none", startsLine };
    });
    LITERALS.set(strings, literals);
  }
  return literals;
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  // The output is `out + held`: the blanks that end a template line are held back until what follows
  // is known, so that dropping them never cuts into `out`. Cutting it, or looking for its last line
  // break, would flatten the whole page so far at every interpolation (V8 builds `+=` as a rope):
  // at N = 10,000, 433 scavenges and 361 MB promoted that way, 371 and 297 MB this way.
  const literals = literalsOf(strings);
  let out = "";
  let held = "";
  let lastLine: LastLine = "kept";
  let lastValue = "";
  for (let i = 0; ; i++) {
    const literal = literals[i]!;
    if (literal.ends !== "none") {
      out += held + literal.head;
      held = literal.indent;
      lastLine = literal.ends;
    } else if (lastLine === "kept") out += literal.indent;
    else held += literal.indent;
    if (i === values.length) break;
    const value = render(values[i]);
    // Drop that indentation so pages carry no trailing white space.
    if (value === "") {
      if (literals[i + 1]!.startsLine) {
        // Unknown: the line began in the last value (only blanks were held since), or before it.
        if (lastLine === "unknown" && !lastValue.endsWith("\n")) out = dropBlankIndent(out + held);
        if (lastLine !== "kept") held = "";
      }
    } else {
      out += held + value;
      held = "";
      lastLine = "unknown";
      lastValue = value;
    }
  }
  return new SafeHtml(out + held);
}
