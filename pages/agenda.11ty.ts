/** The agenda: upcoming events soonest first, then past events newest first, paginated. */
import { agendaListPage } from "../_includes/layouts/agenda.ts";
import type { AgendaEvent } from "../lib/events.ts";
import type { ListPage, Site } from "../lib/site.ts";

interface Data {
  press: Site;
  listPage: ListPage<AgendaEvent>;
}

export default class AgendaTemplate {
  data() {
    return {
      pagination: { data: "press.agendaPages", size: 1, alias: "listPage", addAllPagesToCollections: true },
      permalink: (data: Data) => data.listPage.url,
    };
  }

  render(data: Data): string {
    return agendaListPage(data.listPage, data.press.events.some((e) => e.status === "upcoming"));
  }
}
