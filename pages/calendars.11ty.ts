/** One iCalendar file per dated event, `/agenda/<slug>.ics`, linked as "Ajouter à mon agenda". */
import { calendar } from "../lib/ical.ts";
import type { AgendaEvent } from "../lib/events.ts";

interface Data {
  event: AgendaEvent;
}

export default class EventCalendarTemplate {
  data() {
    return {
      pagination: { data: "press.events", size: 1, alias: "event", before: (events: AgendaEvent[]) => events.filter((e) => e.icsUrl) },
      permalink: (data: Data) => data.event.icsUrl,
      eleventyExcludeFromCollections: true,
    };
  }

  render(data: Data): string {
    return calendar([data.event]);
  }
}
