import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, html, raw, SafeHtml } from "../../lib/html.ts";

describe("the html template tag", () => {
  it("escapes values unless they are raw()", () => {
    expect(html`<p title="${'"x"'}">${"<b>"}${raw("<i>ok</i>")}</p>`.value).toBe('<p title="&quot;x&quot;">&lt;b&gt;<i>ok</i></p>');
  });

  it("leaves no trailing white space where an interpolation on its own line renders nothing", () => {
    const empty = html`<ul>
  ${false}
  ${[]}
  <li>${""}</li>
</ul>`.value;
    expect(empty).toBe("<ul>\n\n\n  <li></li>\n</ul>");
    expect(empty).not.toMatch(/[ \t]$/m);
  });

  it("keeps indentation before content and never touches the interpolated text itself", () => {
    expect(html`<div>\n  ${raw("<pre>a  \n</pre>")}\n</div>`.value).toBe("<div>\n  <pre>a  \n</pre>\n</div>");
  });

  it("gives what the rule says, looking at the whole output at each empty interpolation", () => {
    // The rule written plainly: before an interpolation that renders nothing and ends its line, the
    // output's last line is dropped if it holds only blanks. `html` keeps track instead of looking.
    const byTheRule = (strings: string[], values: (string | SafeHtml)[]) => {
      let out = strings[0]!;
      values.forEach((value, i) => {
        const text = value instanceof SafeHtml ? value.value : escapeHtml(value);
        const lineStart = out.lastIndexOf("\n") + 1;
        if (text === "" && /^\r?\n/.test(strings[i + 1]!) && lineStart > 0 && /^[ \t]*$/.test(out.slice(lineStart))) out = out.slice(0, lineStart);
        out += text + strings[i + 1];
      });
      return out;
    };
    const text = fc.array(fc.constantFrom("", " ", "  ", "\t", "\n", "\r\n", "<p>", "x", "é’"), { maxLength: 5 }).map((parts) => parts.join(""));
    const value = fc.oneof(fc.constant(""), text, text.map(raw));
    const template = fc.array(fc.tuple(value, text), { maxLength: 8 }).chain((rest) => text.map((first) => ({ strings: [first, ...rest.map(([, s]) => s)], values: rest.map(([v]) => v) })));
    fc.assert(
      fc.property(template, ({ strings, values }) => {
        const tag = Object.assign([...strings], { raw: strings }) as unknown as TemplateStringsArray;
        expect(html(tag, ...values).value).toBe(byTheRule(strings, values));
      }),
      { numRuns: 5000 },
    );
  });
});

describe("escaping", () => {
  it("replaces the five characters HTML gives a meaning to, wherever they are, and nothing else", () => {
    expect(escapeHtml(`Tom & "Jerry" <l'a> dit`)).toBe("Tom &amp; &quot;Jerry&quot; &lt;l&#39;a&gt; dit");
    const references: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
    const text = fc.array(fc.oneof(fc.string(), fc.constantFrom(..."&<>\"'’")), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(fc.property(text, (value) => escapeHtml(value) === [...value].map((c) => references[c] ?? c).join("")));
  });
});
