/** The agenda: the list of events (upcoming, then past) and the page of one event. */
import ui from "../../_data/ui.json" with { type: "json" };
import { AGENDA_CALENDAR_URL, type AgendaEvent, type EventStatus } from "../../lib/events.ts";
import { html, type SafeHtml } from "../../lib/html.ts";
import { textFileDetails } from "../../lib/format.ts";
import { calendar } from "../../lib/ical.ts";
import { eventData } from "../../lib/structured-data.ts";
import type { ListPage } from "../../lib/site.ts";
import { upperFirst } from "../../lib/text.ts";
import { card, cardList } from "../components/card.ts";
import { articleText } from "../components/article.ts";
import { externalLink } from "../components/link.ts";
import { subscribeLinks } from "../components/subscribe.ts";
import { cardLabels, tagLabel } from "../components/tags.ts";
import { sortKey } from "../../lib/dates.ts";
import { basePage } from "./base.ts";
import { listPage } from "./communique-list.ts";

const CRUMB = { label: ui.agenda.title, url: "/agenda/" };

/** "Le 8 octobre 2024 de 9 h à 12 h" in a `<time>` giving the start. */
function when(event: AgendaEvent): SafeHtml {
  return event.dateLabel ? html`<time datetime="${event.startIso}">${upperFirst(event.dateLabel)}</time>` : html`${ui.agenda.undated}`;
}

/** The category and the draft badge, on the card and above the page title. */
function labels(event: AgendaEvent): SafeHtml | undefined {
  return cardLabels(event.category ? [event.category] : [], event.draft ? [ui.agenda.draft] : []);
}

export function eventCard(event: AgendaEvent, headingLevel: 2 | 3): SafeHtml {
  return card({
    title: event.title,
    url: event.url,
    headingLevel,
    description: event.chapeauText || undefined,
    start: labels(event),
    detail: when(event),
    place: event.place,
    imageSrc: event.image?.src,
  });
}

const GROUPS: { status: EventStatus; title: string }[] = [
  { status: "upcoming", title: ui.agenda.upcoming },
  { status: "past", title: ui.agenda.past },
  { status: "undated", title: ui.agenda.undated },
];

function eventGroups(page: ListPage<AgendaEvent>, hasUpcoming: boolean): SafeHtml {
  if (!page.items.length) return html`<p>${ui.agenda.empty}</p>`;
  return html`${GROUPS.map(({ status, title }) => {
    const items = page.items.filter((e) => e.status === status);
    const noneYet = status === "upcoming" && page.pageNumber === 1 && !hasUpcoming;
    if (!items.length && !noneYet) return "";
    return html`<h2 class="fr-mt-4w">${title}</h2>
${noneYet
  ? html`<p>${ui.agenda.noUpcoming}</p>`
  : cardList(items.map((e) => eventCard(e, 3)))}`;
  })}`;
}

/** The whole agenda as an iCalendar file, in the head of agenda pages and visibly on the list. */
const AGENDA_CALENDAR = { href: AGENDA_CALENDAR_URL, type: "text/calendar", title: ui.agenda.calendarName, label: ui.agenda.subscribeLink };

export function agendaListPage(page: ListPage<AgendaEvent>, hasUpcoming: boolean): string {
  const intro = html`<p class="fr-text--lead">${ui.agenda.intro}</p>
${subscribeLinks(ui.agenda.subscribe, ui.agenda.subscribeHint, [AGENDA_CALENDAR], "fr-icon-calendar-event-line")}`;
  return listPage(
    page,
    { title: ui.agenda.title, intro: page.pageNumber === 1 ? intro : undefined, crumbs: [{ label: ui.agenda.title }], alternates: [AGENDA_CALENDAR] },
    eventGroups(page, hasUpcoming),
  );
}

function infoValue(info: AgendaEvent["infos"][number]): SafeHtml | string {
  if (!info.href) return info.text;
  if (info.href.startsWith("mailto:") || info.href.startsWith("/")) return html`<a href="${info.href}">${info.text}</a>`;
  return externalLink(info.text, info.href);
}

/** The "Informations pratiques" block: date, place, address, the event's own fields, access. */
function practicalInfo(event: AgendaEvent): SafeHtml {
  return html`<section class="fr-p-3w event-practical" aria-labelledby="informations-pratiques">
  <h2 class="fr-h5" id="informations-pratiques">${ui.agenda.practical}</h2>
  <dl>
    <dt>${ui.agenda.date}</dt><dd>${when(event)}</dd>
    ${event.place ? html`<dt>${ui.agenda.place}</dt><dd>${event.place}</dd>` : ""}
    ${event.address.length
      ? html`<dt>${ui.agenda.address}</dt><dd><address>${event.address.map((line, i) => (i ? html`<br>${line}` : line))}</address>${event.mapUrl ? html`<p class="fr-mt-1w fr-mb-0">${externalLink(ui.agenda.map, event.mapUrl)}</p>` : ""}</dd>`
      : ""}
    ${event.infos.map((info) => html`<dt>${info.label}</dt><dd>${infoValue(info)}</dd>`)}
    ${event.access.length
      ? html`<dt>${ui.agenda.access}</dt><dd><ul class="fr-mb-0">${event.access.map((a) => html`<li>${a}</li>`)}</ul></dd>`
      : ""}
  </dl>
  ${event.icsUrl
    ? html`<p class="fr-mb-0"><a class="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-calendar-event-line" href="${event.icsUrl}" type="text/calendar" download>${ui.agenda.addToCalendar} – ${textFileDetails("ICS", calendar([event]))}</a></p>
  <p class="fr-hint-text fr-mt-1w fr-mb-0">${ui.agenda.calendarHint}</p>`
    : ""}
</section>`;
}

export function eventPage(event: AgendaEvent): string {
  const content = html`<div class="fr-grid-row fr-grid-row--gutters">
<article class="fr-col-12 fr-col-md-8">
  ${event.draft ? html`<div class="fr-alert fr-alert--warning fr-alert--sm fr-mb-3w"><p>${ui.agenda.draftNotice}</p></div>` : ""}
  ${labels(event) ?? ""}
  <h1>${event.title}</h1>
  <p class="fr-text--lg fr-mb-1w"><span class="fr-icon-calendar-line" aria-hidden="true"></span> ${when(event)}</p>
  ${event.place ? html`<p class="fr-text--lg"><span class="fr-icon-map-pin-2-line" aria-hidden="true"></span> ${event.place}</p>` : ""}
  ${articleText(event)}
</article>
<aside class="fr-col-12 fr-col-md-4 press-meta">
  ${practicalInfo(event)}
  ${event.tags.length
    ? html`<section aria-labelledby="mots-cles">
    <h2 class="fr-h5" id="mots-cles" data-pagefind-ignore>${ui.press.tagsTitle}</h2>
    <ul class="fr-tags-group">${event.tags.map((t) => html`<li>${tagLabel(t)}</li>`)}</ul>
  </section>`
    : ""}
</aside>
</div>`;
  return basePage(
    {
      title: event.title,
      url: event.url,
      description: event.chapeauText || undefined,
      crumbs: [CRUMB, { label: event.title }],
      alternates: event.icsUrl ? [{ href: event.icsUrl, type: "text/calendar", title: event.title }] : undefined,
      ogType: "article",
      socialImage: event.image,
      structuredData: eventData(event),
      search: {
        type: ui.search.types.event,
        sort: { date: sortKey(event.published.value) },
        meta: { description: event.chapeauText, detail: event.dateLabel ? upperFirst(event.dateLabel) : ui.agenda.undated },
      },
    },
    content,
  );
}
