/** A paginated list per category and per tag of the press room. */
import ui from "../_data/ui.json" with { type: "json" };
import { subscribeLinks } from "../_includes/components/subscribe.ts";
import { communiqueListPage } from "../_includes/layouts/communique-list.ts";
import type { Communique } from "../lib/communiques.ts";
import { categoryFeedLink } from "../lib/feeds.ts";
import type { ListPage } from "../lib/site.ts";

interface Data {
  listPage: ListPage<Communique>;
}

export default class TermTemplate {
  data() {
    return {
      pagination: { data: "press.termPages", size: 1, alias: "listPage", addAllPagesToCollections: true },
      permalink: (data: Data) => data.listPage.url,
    };
  }

  render(data: Data): string {
    const heading = data.listPage.termKind === "category" ? ui.press.categoryTitle : ui.press.tagTitle;
    const title = heading.replace("{label}", data.listPage.term!.label);
    const feed = data.listPage.termKind === "category" ? categoryFeedLink(data.listPage.term!) : undefined;
    return communiqueListPage(data.listPage, {
      title,
      crumbs: [{ label: ui.press.title, url: "/espace-presse/" }, { label: title }],
      intro: feed && data.listPage.pageNumber === 1 ? subscribeLinks(ui.feeds.subscribe, ui.feeds.categoryHint, [feed]) : undefined,
      alternates: feed ? [feed] : undefined,
    });
  }
}
