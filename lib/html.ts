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

/**
 * Drops the indentation that ends `text` when it is alone on its line: a template line left empty by
 * an interpolation that rendered nothing. (Looks at the last line only: a regular expression
 * anchored at the end would scan the whole page so far, at every interpolation.)
 */
function dropBlankIndent(text: string): string {
  const lineStart = text.lastIndexOf("\n") + 1;
  if (lineStart === 0 || lineStart === text.length) return text;
  for (let i = lineStart; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9) return text;
  }
  return text.slice(0, lineStart);
}

export function html(strings: TemplateStringsArray, ...values: Interpolation[]): SafeHtml {
  let out = strings[0] ?? "";
  for (let i = 0; i < values.length; i++) {
    const value = render(values[i]);
    const next = strings[i + 1] ?? "";
    // Drop that indentation so pages carry no trailing white space (only template text is touched).
    if (value === "" && /^\r?\n/.test(next)) out = dropBlankIndent(out);
    out += value + next;
  }
  return new SafeHtml(out);
}
