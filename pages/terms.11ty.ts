/** A paginated list per category and per tag of the press room. */
import ui from "../_data/ui.json" with { type: "json" };
import { communiqueListPage } from "../_includes/layouts/communique-list.ts";
import type { Communique } from "../lib/communiques.ts";
import type { ListPage } from "../lib/site.ts";

interface Data {
  listPage: ListPage<Communique>;
}

export default class TermTemplate {
  data() {
    return {
      pagination: { data: "press.termPages", size: 1, alias: "listPage" },
      permalink: (data: Data) => data.listPage.url,
      eleventyExcludeFromCollections: true,
    };
  }

  render(data: Data): string {
    const heading = data.listPage.termKind === "category" ? ui.press.categoryTitle : ui.press.tagTitle;
    const title = heading.replace("{label}", data.listPage.term!.label);
    return communiqueListPage(data.listPage, { title, crumbs: [{ label: ui.press.title, url: "/espace-presse/" }, { label: title }] });
  }
}
