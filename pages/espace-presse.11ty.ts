/** The press room: every communiqué, newest first, paginated. */
import ui from "../_data/ui.json" with { type: "json" };
import { communiqueListPage } from "../_includes/layouts/communique-list.ts";
import { subscribeLinks } from "../_includes/components/subscribe.ts";
import { tagLinks } from "../_includes/components/tags.ts";
import { PRESS_FEEDS } from "../lib/feeds.ts";
import type { Communique } from "../lib/communiques.ts";
import { html } from "../lib/html.ts";
import { DOCUMENTS_URL } from "../lib/press-documents.ts";
import type { ListPage, Site } from "../lib/site.ts";

interface Data {
  press: Site;
  listPage: ListPage<Communique>;
}

export default class PressRoomTemplate {
  data() {
    return {
      pagination: { data: "press.pressPages", size: 1, alias: "listPage", addAllPagesToCollections: true },
      permalink: (data: Data) => data.listPage.url,
    };
  }

  render(data: Data): string {
    const intro = html`<p class="fr-text--lead">${ui.press.intro}</p>
<p><a class="fr-link fr-icon-arrow-right-line fr-link--icon-right" href="${DOCUMENTS_URL}">${ui.documents.link}</a></p>
${data.press.categories.length ? html`<h2 class="fr-h6">${ui.press.categoriesTitle}</h2>${tagLinks(data.press.categories, ui.press.categoriesTitle)}` : ""}
${subscribeLinks(ui.feeds.subscribe, ui.feeds.subscribeHint, PRESS_FEEDS)}`;
    return communiqueListPage(data.listPage, {
      title: ui.press.title,
      intro: data.listPage.pageNumber === 1 ? intro : undefined,
      crumbs: [{ label: ui.press.title }],
    });
  }
}
