/** One page per event: https://www.11ty.dev/docs/pagination/ */
import { eventPage } from "../_includes/layouts/agenda.ts";
import type { AgendaEvent } from "../lib/events.ts";

interface Data {
  event: AgendaEvent;
}

export default class EventTemplate {
  data() {
    return {
      pagination: { data: "press.events", size: 1, alias: "event", addAllPagesToCollections: true },
      permalink: (data: Data) => data.event.url,
    };
  }

  render(data: Data): string {
    return eventPage(data.event);
  }
}
