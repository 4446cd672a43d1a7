/** The page of one communiqué. */
import ui from "../../_data/ui.json" with { type: "json" };
import type { Communique } from "../../lib/communiques.ts";
import { telUrl, unbreakablePhone } from "../../lib/format.ts";
import { html } from "../../lib/html.ts";
import { newsArticle } from "../../lib/structured-data.ts";
import { downloadLink } from "../components/download.ts";
import { articleText } from "../components/article.ts";
import { tagLinks } from "../components/tags.ts";
import { sortKey } from "../../lib/dates.ts";
import { basePage } from "./base.ts";

export function communiquePage(c: Communique): string {
  const content = html`<div class="fr-grid-row fr-grid-row--gutters">
<article class="fr-col-12 fr-col-md-8">
  ${c.draft ? html`<div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w"><p>${ui.press.draftNotice}</p></div>` : ""}
  ${c.embargo ? html`<div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w"><p>${ui.press.embargoNotice.replace("{date}", c.embargo.label)}</p></div>` : ""}
  ${c.category || c.draft || c.embargo
    ? html`<ul class="fr-badges-group fr-mb-1w">
    ${c.category ? html`<li><a class="fr-tag fr-tag--sm" href="${c.category.url}">${c.category.label}</a></li>` : ""}
    ${[c.draft && ui.press.draft, c.embargo && ui.press.embargo].map((label) => (label ? html`<li><p class="fr-badge fr-badge--warning fr-badge--sm">${label}</p></li>` : ""))}
  </ul>`
    : ""}
  <h1>${c.title}</h1>
  <p class="fr-text--sm fr-mb-3w">${ui.press.publishedOn} <time datetime="${c.datetime}">${c.dateLabel}</time></p>
  ${articleText(c)}
</article>
<aside class="fr-col-12 fr-col-md-4 press-meta">
  ${c.downloads.length
    ? html`<section aria-labelledby="telechargements" data-pagefind-ignore>
    <h2 class="fr-h5" id="telechargements">${ui.press.downloads}</h2>
    <ul class="fr-raw-list">
      ${c.downloads.map((d) => html`<li class="fr-mb-2w">${downloadLink(d)}</li>`)}
    </ul>
  </section>`
    : ""}
  ${c.tags.length
    ? html`<section aria-labelledby="mots-cles">
    <h2 class="fr-h5" id="mots-cles" data-pagefind-ignore>${ui.press.tagsTitle}</h2>
    ${tagLinks(c.tags)}
  </section>`
    : ""}
  <section aria-labelledby="contact-presse" data-pagefind-ignore>
    <h2 class="fr-h5" id="contact-presse">${ui.press.contact}</h2>
    <address class="fr-text--sm">
      ${c.contact.name ? html`${c.contact.name}<br>` : ""}
      ${c.contact.tel.map((t) => html`<a href="${telUrl(t)}">${unbreakablePhone(t)}</a><br>`)}
      ${c.contact.email ? html`<a href="mailto:${c.contact.email}">${c.contact.email}</a>` : ""}
    </address>
  </section>
</aside>
</div>`;
  return basePage(
    {
      title: c.title,
      url: c.url,
      description: c.chapeauText || undefined,
      crumbs: [{ label: ui.press.title, url: "/espace-presse/" }, { label: c.title }],
      ogType: "article",
      socialImage: c.image,
      structuredData: newsArticle(c),
      search: {
        type: ui.search.types.communique,
        sort: { date: sortKey(c.date.value) },
        meta: { description: c.chapeauText, detail: `${ui.press.publishedOn} ${c.dateLabel}` },
      },
    },
    content,
  );
}
