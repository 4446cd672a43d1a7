/** "Plan du site" (RGAA 12.1): every section, the press categories, the job lists, the site's own pages, the feeds. */
import navigation from "../_data/navigation.json" with { type: "json" };
import ui from "../_data/ui.json" with { type: "json" };
import { basePage } from "../_includes/layouts/base.ts";
import { AGENDA_CALENDAR_URL } from "../lib/events.ts";
import { PRESS_FEEDS } from "../lib/feeds.ts";
import { html, type SafeHtml } from "../lib/html.ts";
import { DOCUMENTS_URL } from "../lib/press-documents.ts";
import type { Site } from "../lib/site.ts";
import { staticPages } from "./static.11ty.ts";

export const SITE_MAP_URL = "/plan-du-site/";

interface Link {
  label: string;
  url: string;
}

function links(items: Link[]): SafeHtml {
  return html`<ul>${items.map((l) => html`<li><a href="${l.url}">${l.label}</a></li>`)}</ul>`;
}

/** The sub-lists under a section of the main navigation. */
function children(press: Site, url: string): SafeHtml {
  const group = (title: string, items: Link[]) => (items.length ? html`<li>${title}${links(items)}</li>` : "");
  if (url === "/espace-presse/") return html`<ul><li><a href="${DOCUMENTS_URL}">${ui.documents.title}</a></li>${group(ui.siteMap.categories, press.categories)}</ul>`;
  if (url === "/emplois/") return html`<ul>${group(ui.siteMap.metiers, press.metiers)}${group(ui.siteMap.regions, press.regions)}</ul>`;
  return html``;
}

export default class SiteMapTemplate {
  data() {
    return { permalink: SITE_MAP_URL };
  }

  render(data: { press: Site }): string {
    const subscriptions = [
      ...PRESS_FEEDS.map((f) => ({ label: f.title, url: f.href })),
      { label: ui.agenda.subscribeLink, url: AGENDA_CALENDAR_URL },
    ];
    return basePage(
      { title: ui.siteMap.title, url: SITE_MAP_URL, description: ui.siteMap.intro, crumbs: [{ label: ui.siteMap.title }] },
      html`<h1>${ui.siteMap.title}</h1>
<p class="fr-text--lead">${ui.siteMap.intro}</p>
<nav aria-label="${ui.siteMap.title}" class="site-map">
<ul>
  ${navigation.map((item) => html`<li><a href="${item.url}">${item.label}</a>${children(data.press, item.url)}</li>`)}
  <li>${ui.siteMap.information}${links(staticPages().map((p) => ({ label: p.title, url: p.url })))}</li>
  <li>${ui.siteMap.subscriptions}${links(subscriptions)}</li>
</ul>
</nav>`,
    );
  }
}
