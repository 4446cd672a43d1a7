/**
 * Markdown as the real site wrote it (kramdown flavour), rendered with markdown-it to DSFR markup.
 * https://github.com/markdown-it/markdown-it/blob/master/docs/architecture.md
 */
import markdownIt, { type MarkdownIt, type StateCore, type Token } from "markdown-it";
import { escapeHtml } from "./html.ts";
import { slugify } from "./slug.ts";
import { htmlToText } from "./text.ts";
import { uploadLinks } from "./uploads.ts";

/** `{: .citation}`, `{:target="_blank"}`, `{:.encadre #id}`: a kramdown inline attribute list. */
const IAL = /\{:\s*([^}]*)\}/;
const IAL_LINE = /^\s*\{:\s*([^}]*)\}\s*$/;

interface Attributes {
  classes: string[];
  id?: string;
}

export function parseAttributeList(list: string): Attributes {
  const classes: string[] = [];
  let id: string | undefined;
  for (const part of list.match(/[.#][\w-]+|[\w-]+=("[^"]*"|'[^']*'|\S+)/g) ?? []) {
    if (part.startsWith(".")) classes.push(part.slice(1));
    else if (part.startsWith("#")) id = part.slice(1);
    // key="value" pairs (target="_blank"…) are dropped: links open in the same window (RGAA 13.2).
  }
  return { classes, id };
}

function applyAttributes(token: Token, attrs: Attributes): void {
  for (const name of attrs.classes) token.attrJoin("class", name);
  if (attrs.id) token.attrSet("id", attrs.id);
}

/** Index of the opening token matching the closing token at `closeIndex`. */
function openingOf(tokens: Token[], closeIndex: number): number {
  const close = tokens[closeIndex]!;
  for (let i = closeIndex - 1; i >= 0; i--) {
    const t = tokens[i]!;
    if (t.level === close.level && t.nesting === 1 && t.tag === close.tag) return i;
  }
  return -1;
}

/** Splits inline children into lines at soft breaks. */
function splitLines(children: Token[]): Token[][] {
  const lines: Token[][] = [[]];
  for (const child of children) {
    if (child.type === "softbreak") lines.push([]);
    else lines[lines.length - 1]!.push(child);
  }
  return lines;
}

function lineText(line: Token[]): string {
  return line.map((t) => t.content).join("");
}

/**
 * Block IALs (`{: .citation}` on a line of its own) end up inside paragraphs, since Markdown
 * continues a paragraph or a blockquote lazily. As kramdown does, each list closes the lines before
 * it: the paragraph is split there and the attributes go to that part; a list standing alone
 * decorates the previous block. https://kramdown.gettalong.org/syntax.html#block-ials
 */
function blockAttributeLists(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 1; i < tokens.length - 1; i++) {
    const inline = tokens[i]!;
    const open = tokens[i - 1]!;
    if (inline.type !== "inline" || !inline.children || open.type !== "paragraph_open") continue;
    const lines = splitLines(inline.children);
    if (!lines.some((line) => IAL_LINE.test(lineText(line)))) continue;
    const replacement: Token[] = [];
    let current: Token[][] = [];
    const flush = (attrs?: Attributes) => {
      if (!current.length) {
        // A list with nothing before it in this paragraph: it decorates the block before.
        const previousOpen = replacement.length ? replacement[replacement.length - 3] : tokens[i - 2] && tokens[i - 2]!.nesting === -1 ? tokens[openingOf(tokens, i - 2)] : undefined;
        if (previousOpen && attrs) applyAttributes(previousOpen, attrs);
        return;
      }
      const paragraphOpen = new state.Token("paragraph_open", "p", 1);
      Object.assign(paragraphOpen, { level: open.level, block: true, hidden: open.hidden, map: open.map });
      const content = new state.Token("inline", "", 0);
      const softbreak = () => Object.assign(new state.Token("softbreak", "br", 0), { level: inline.level });
      content.children = current.flatMap((line, n) => (n ? [softbreak(), ...line] : line));
      Object.assign(content, { level: inline.level, content: current.map(lineText).join("\n"), map: inline.map });
      const paragraphClose = new state.Token("paragraph_close", "p", -1);
      Object.assign(paragraphClose, { level: open.level, block: true, hidden: open.hidden });
      if (attrs) applyAttributes(paragraphOpen, attrs);
      replacement.push(paragraphOpen, content, paragraphClose);
      current = [];
    };
    for (const line of lines) {
      const match = IAL_LINE.exec(lineText(line));
      if (match) flush(parseAttributeList(match[1] ?? ""));
      else current.push(line);
    }
    flush();
    tokens.splice(i - 1, 3, ...replacement);
    i += replacement.length - 3;
  }
}

/** Span IALs right after a link or emphasis: applied to it, never shown. */
function spanAttributeLists(state: StateCore): void {
  for (const token of state.tokens) {
    if (token.type !== "inline" || !token.children) continue;
    const children = token.children;
    for (let i = 0; i < children.length; i++) {
      const child = children[i]!;
      if (child.type !== "text" || !IAL.test(child.content)) continue;
      const previous = children[i - 1];
      const match = IAL.exec(child.content)!;
      if (previous && previous.nesting === -1 && match.index === 0) {
        const open = openingOf(children, i - 1);
        if (open >= 0) applyAttributes(children[open]!, parseAttributeList(match[1] ?? ""));
      }
      child.content = child.content.replace(new RegExp(IAL.source, "g"), "");
    }
  }
}

/** The "Name, role" of a quote: the name, then the role as the source line. */
export function splitAuthor(author: string): { name: string; role?: string } {
  const clean = author.replace(/\s+/g, " ").trim().replace(/^[—–-]\s*/, "");
  const comma = clean.indexOf(",");
  if (comma < 0) return { name: clean };
  return { name: clean.slice(0, comma).trim(), role: clean.slice(comma + 1).trim() || undefined };
}

/** DSFR quote: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/citation */
export function quoteHtml(textHtml: string, author?: { name: string; role?: string }): string {
  const caption = author?.name
    ? `<figcaption><p class="fr-quote__author">${escapeHtml(author.name)}</p>${
        author.role ? `<ul class="fr-quote__source"><li>${escapeHtml(author.role)}</li></ul>` : ""
      }</figcaption>`
    : "";
  return `<figure class="fr-quote fr-my-4w"><blockquote>${textHtml}</blockquote>${caption}</figure>\n`;
}

const RAW_QUOTE =
  /<div\s+class="citation"\s*>([\s\S]*?)<\/div>(?:\s*<div\s+class="auteur-citation"\s*>([\s\S]*?)<\/div>)?/g;
const RAW_AUTHOR_ONLY = /^\s*<div\s+class="auteur-citation"\s*>([\s\S]*?)<\/div>\s*$/;

/**
 * Quotes written as raw HTML (`<div class="citation">` + `<div class="auteur-citation">`, as one
 * HTML block or two) become `fr-quote`.
 */
function rawHtmlQuotes(state: StateCore): void {
  const tokens = state.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.type !== "html_block" || !token.content.includes('class="citation"')) continue;
    const next = tokens[i + 1];
    if (next?.type === "html_block" && RAW_AUTHOR_ONLY.test(next.content) && !/auteur-citation/.test(token.content)) {
      token.content = token.content.trimEnd() + next.content;
      tokens.splice(i + 1, 1);
    }
    token.content = token.content.replace(RAW_QUOTE, (_all, text: string, author?: string) => {
      const body = /<p[\s>]/.test(text) ? text.trim() : `<p>${text.trim()}</p>`;
      return quoteHtml(body, author ? splitAuthor(htmlToText(author)) : undefined);
    });
  }
}

function hasClass(token: Token | undefined, name: string): boolean {
  return String(token?.attrGet("class") ?? "").split(" ").includes(name);
}

/** The plain text of an inline token (bold, links and breaks flattened). */
function inlineText(token: Token | undefined): string {
  return (token?.children ?? []).map((t) => (t.type === "softbreak" ? " " : t.content)).join("");
}

/**
 * Markdown quotes, as the real site wrote them: a blockquote (or its paragraph) marked
 * `{: .citation}` with its author in a paragraph marked `{: .auteur-citation}` inside or right
 * after it; or a plain blockquote whose last paragraph is only `**Name, role**`.
 */
function markdownQuotes(md: MarkdownIt) {
  return (state: StateCore): void => {
    const tokens = state.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const open = tokens[i]!;
      if (open.type !== "blockquote_open") continue;
      let close = i + 1;
      while (close < tokens.length && !(tokens[close]!.type === "blockquote_close" && tokens[close]!.level === open.level)) close++;
      const inner = tokens.slice(i + 1, close);
      let author: { name: string; role?: string } | undefined;
      let consumedAfter = 0;
      const authorInside = inner.findIndex((t) => t.type === "paragraph_open" && hasClass(t, "auteur-citation"));
      if (authorInside >= 0) {
        author = splitAuthor(inlineText(inner[authorInside + 1]));
        inner.splice(authorInside, 3);
      } else if (tokens[close + 1]?.type === "paragraph_open" && hasClass(tokens[close + 1], "auteur-citation")) {
        author = splitAuthor(inlineText(tokens[close + 2]));
        consumedAfter = 3;
      } else {
        // A last paragraph that is only bold text is the author line.
        const n = inner.length;
        const kids = (inner[n - 2]?.children ?? []).filter((k) => !(k.type === "text" && k.content.trim() === ""));
        if (n >= 6 && kids.length === 3 && kids[0]!.type === "strong_open" && kids[2]!.type === "strong_close") {
          author = splitAuthor(kids[1]!.content);
          inner.splice(n - 3, 3);
        }
      }
      const marked = hasClass(open, "citation") || inner.some((t) => t.type === "paragraph_open" && hasClass(t, "citation"));
      if (!marked && !author) continue;
      for (const t of inner) if (t.type === "paragraph_open" && hasClass(t, "citation")) t.attrs = (t.attrs ?? []).filter(([name]) => name !== "class");
      const quote = new state.Token("html_block", "", 0);
      quote.content = quoteHtml(md.renderer.render(inner, md.options, state.env).trim(), author);
      quote.block = true;
      tokens.splice(i, close - i + 1 + consumedAfter, quote);
    }
  };
}

/**
 * Ids the page templates write (skip-link targets, header, aside sections): a body heading never
 * takes one, or a page would hold the id twice and "Contenu" could lead to a heading.
 */
export const TEMPLATE_IDS = [
  "contenu",
  "navigation",
  "footer",
  "breadcrumb",
  "modal-menu",
  "button-menu",
  "telechargements",
  "mots-cles",
  "contact-presse",
  "informations-pratiques",
  "offre-en-bref",
  "nombre-offres",
  "offres-tri",
  "bouton-recherche",
  "modal-recherche",
  "recherche-entete",
];

/** A heading's id as kramdown makes it: the slug from its first letter ("11 h : Accueil" → "h-accueil"). */
export function headingId(text: string): string {
  return slugify(text).replace(/^[^a-z]+/, "") || "section";
}

/**
 * Headings of the body: the page title is the only h1, so body levels are shifted to start at h2
 * and never skip a level (RGAA 9.1). Each gets a stable id from its text.
 */
function headings(state: StateCore): void {
  const used = new Set<string>(TEMPLATE_IDS);
  let previous = 1;
  const levels = state.tokens.filter((t) => t.type === "heading_open").map((t) => Number(t.tag.slice(1)));
  const shift = levels.length ? Math.max(0, 2 - Math.min(...levels)) : 0;
  state.tokens.forEach((token, index) => {
    if (token.type !== "heading_open") return;
    const level = Math.min(Number(token.tag.slice(1)) + shift, previous + 1, 6);
    previous = level;
    token.tag = `h${level}`;
    state.tokens[index + 2]!.tag = token.tag;
    const base = headingId(state.tokens[index + 1]!.content);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    if (!token.attrGet("id")) token.attrSet("id", id);
  });
}

function createRenderer(): MarkdownIt {
  const md = markdownIt({ html: true, linkify: false, typographer: false });
  md.core.ruler.push("block_attribute_lists", blockAttributeLists);
  md.core.ruler.push("span_attribute_lists", spanAttributeLists);
  md.core.ruler.push("headings", headings);
  md.core.ruler.push("markdown_quotes", markdownQuotes(md));
  md.core.ruler.push("raw_html_quotes", rawHtmlQuotes);
  md.renderer.rules.table_open = () => '<div class="fr-table"><table>\n';
  md.renderer.rules.table_close = () => "</table></div>\n";
  return md;
}

const renderer = createRenderer();

/**
 * A page's body as HTML, rendered from its Markdown when first asked for. The one-off build forgets
 * the HTML once the page is written (lib/build-output.ts): the lists and the sitemap never show it,
 * and the rendered bodies were a sixth of what Node's young generation had to copy into the old one
 * at N = 10,000 (318 MB promoted, 265 MB without them). A feed that shows a forgotten body renders it
 * again; the files it links to are kept, for the uploads that only drafts link to (lib/site.ts).
 * A body no feed can show is released, Markdown included (see `FeedCandidates`).
 */
export class RenderedBody {
  private rendered: string | undefined;
  private links: string[] | undefined;
  private markdown: string | undefined;

  constructor(
    markdown: string,
    private readonly render: (markdown: string) => string,
  ) {
    this.markdown = markdown;
  }

  get html(): string {
    if (this.rendered !== undefined) return this.rendered;
    if (this.markdown === undefined) throw new Error("le corps de cette page a été libéré : il ne peut plus être affiché");
    return (this.rendered = this.render(this.markdown));
  }

  /** The `/uploads/…` files the body links to, decoded. */
  uploads(): string[] {
    return this.links ?? uploadLinks(this.html);
  }

  forget(): void {
    if (this.rendered === undefined) return;
    this.links = uploadLinks(this.rendered);
    this.rendered = undefined;
  }

  /** Keeps only the files it links to: the body will not be shown again. */
  release(): void {
    this.links ??= uploadLinks(this.html);
    this.rendered = undefined;
    this.markdown = undefined;
  }
}

/** Renders a Markdown body. Nothing here runs a template engine: `{{` stays text. */
export function renderMarkdown(source: string): string {
  return renderer.render(source);
}

/** Renders a short Markdown text (a chapeau) without wrapping paragraph. */
export function renderInlineMarkdown(source: string): string {
  return renderer.renderInline(source.trim());
}
