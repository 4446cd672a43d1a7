import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { escapeHtml, html, raw } from "../../lib/html.ts";

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
});

describe("escaping", () => {
  it("replaces the five characters HTML gives a meaning to, wherever they are, and nothing else", () => {
    expect(escapeHtml(`Tom & "Jerry" <l'a> dit`)).toBe("Tom &amp; &quot;Jerry&quot; &lt;l&#39;a&gt; dit");
    const references: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
    const text = fc.array(fc.oneof(fc.string(), fc.constantFrom(..."&<>\"'’")), { maxLength: 12 }).map((parts) => parts.join(""));
    fc.assert(fc.property(text, (value) => escapeHtml(value) === [...value].map((c) => references[c] ?? c).join("")));
  });
});
