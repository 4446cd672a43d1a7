/**
 * schema.org descriptions of the pages, written as JSON-LD in their head, so that search engines
 * show communiqués as news, events with their dates and offers as jobs.
 * https://schema.org/NewsArticle  https://schema.org/Event  https://schema.org/JobPosting
 */
import site from "../_data/site.json" with { type: "json" };
import type { Communique } from "./communiques.ts";
import type { AgendaEvent } from "./events.ts";
import type { Job } from "./jobs.ts";
import { absoluteUrl } from "./urls.ts";

export type StructuredData = Record<string, unknown>;

const CONTEXT = "https://schema.org";

export function organization(name: string = site.operator): StructuredData {
  return { "@type": "GovernmentOrganization", name, ...(name === site.operator ? { url: absoluteUrl("/") } : {}) };
}

/** JSON for a `<script>` element: `<` escaped so that no text can close the element. */
export function jsonLd(data: StructuredData): string {
  return JSON.stringify(data).replace(/</g, "\\u003c");
}

export function newsArticle(c: Communique): StructuredData {
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    headline: c.title,
    ...(c.chapeauText ? { description: c.chapeauText } : {}),
    datePublished: c.datetime,
    url: absoluteUrl(c.url),
    mainEntityOfPage: absoluteUrl(c.url),
    ...(c.image ? { image: [absoluteUrl(c.image.src)] } : {}),
    ...(c.category ? { articleSection: c.category.label } : {}),
    ...(c.tags.length ? { keywords: c.tags.map((t) => t.label).join(", ") } : {}),
    inLanguage: "fr-FR",
    author: organization(),
    publisher: organization(),
  };
}

/** An event with its dates; undefined when it has none (an Event without `startDate` is invalid). */
export function eventData(e: AgendaEvent): StructuredData | undefined {
  if (!e.startIso) return undefined;
  const location = e.online
    ? { "@type": "VirtualLocation", url: e.infos.find((i) => i.href?.startsWith("http"))?.href ?? absoluteUrl(e.url) }
    : {
        "@type": "Place",
        name: e.place ?? e.address[0] ?? site.operator,
        ...(e.address.length ? { address: { "@type": "PostalAddress", streetAddress: e.address.join(", "), addressCountry: "FR" } } : {}),
      };
  return {
    "@context": CONTEXT,
    "@type": "Event",
    name: e.title,
    ...(e.chapeauText ? { description: e.chapeauText } : {}),
    startDate: e.startIso,
    ...(e.endIso ? { endDate: e.endIso } : {}),
    eventStatus: "https://schema.org/EventScheduled",
    eventAttendanceMode: e.online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode",
    location,
    ...(e.image ? { image: [absoluteUrl(e.image.src)] } : {}),
    url: absoluteUrl(e.url),
    organizer: organization(),
    inLanguage: "fr-FR",
  };
}

export function jobPosting(job: Job): StructuredData {
  return {
    "@context": CONTEXT,
    "@type": "JobPosting",
    title: job.title,
    // Google asks for the full description, as HTML.
    description: job.body.html,
    datePosted: job.datetime,
    ...(job.deadline ? { validThrough: job.deadline.datetime } : {}),
    hiringOrganization: organization(job.administrations[0]),
    jobLocation: (job.places.length ? job.places : [undefined]).map((place) => ({
      "@type": "Place",
      address: {
        "@type": "PostalAddress",
        ...(place ? { addressLocality: place } : {}),
        ...(job.region ? { addressRegion: job.region.label } : {}),
        addressCountry: "FR",
      },
    })),
    ...(job.experience ? { experienceRequirements: job.experience } : {}),
    ...(job.metier ? { occupationalCategory: job.metier.label } : {}),
    url: absoluteUrl(job.url),
  };
}
