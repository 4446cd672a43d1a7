/** The whole agenda as one iCalendar file, `/agenda/agenda.ics`, to subscribe to. */
import ui from "../_data/ui.json" with { type: "json" };
import { AGENDA_CALENDAR_URL } from "../lib/events.ts";
import { calendar } from "../lib/ical.ts";
import type { Site } from "../lib/site.ts";

export default class AgendaCalendarTemplate {
  data() {
    return { permalink: AGENDA_CALENDAR_URL, eleventyExcludeFromCollections: true };
  }

  render(data: { press: Site }): string {
    return calendar(data.press.events, ui.agenda.calendarName);
  }
}
