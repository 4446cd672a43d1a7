/**
 * Feeds of the communiqués: Atom (RFC 4287), RSS 2.0 (https://www.rssboard.org/rss-specification)
 * and JSON Feed 1.1 (https://www.jsonfeed.org/version/1.1/). Full content with absolute URLs;
 * every date comes from the content (`updated` is the newest entry's), so builds are reproducible.
 */
import { DateTime } from "luxon";
import site from "../_data/site.json" with { type: "json" };
import ui from "../_data/ui.json" with { type: "json" };
import { PRESS_ROOM_URL, type Communique, type Term } from "./communiques.ts";
import { newestFirst } from "./dates.ts";
import { escapeHtml } from "./html.ts";
import { withoutControlCharacters } from "./text.ts";
import { absoluteUrl, absolutizeHtml } from "./urls.ts";

export type FeedFormat = "atom" | "rss" | "json";

export interface Feed {
  /** Where the feed is published: `/espace-presse/flux.atom`. */
  url: string;
  format: FeedFormat;
  title: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  items: Communique[];
}

/** A `<link rel="alternate">` in a page's head (feeds and calendars). */
export interface AlternateLink {
  href: string;
  type: string;
  title: string;
}

export const FEED_TYPES: Record<FeedFormat, string> = {
  atom: "application/atom+xml",
  rss: "application/rss+xml",
  json: "application/feed+json",
};

/** The press room's own feeds, linked from every page's head and visibly from the press room. */
export const PRESS_FEEDS: (AlternateLink & { label: string })[] = (["atom", "rss", "json"] as const).map((format) => ({
  href: `${PRESS_ROOM_URL}flux.${format}`,
  type: FEED_TYPES[format],
  title: `${ui.feeds.title} (${ui.feeds[format]})`,
  label: ui.feeds[format],
}));

export function categoryFeedUrl(category: Term): string {
  return `${category.url}flux.atom`;
}

export function categoryFeedLink(category: Term): AlternateLink & { label: string } {
  return { href: categoryFeedUrl(category), type: FEED_TYPES.atom, title: `${ui.feeds.categoryTitle.replace("{label}", category.label)} (${ui.feeds.atom})`, label: ui.feeds.atom };
}

/** The groups whose newest communiqués make a feed: all of them (""), and each category. */
const feedGroups = (c: Communique): string[] => (c.category ? ["", c.category.slug] : [""]);

/**
 * Every feed file of the site: the three press-room feeds, then an Atom feed per category. The
 * communiqués come newest first (`newestFirst`).
 */
export function siteFeeds(communiques: Communique[], categories: Term[]): Feed[] {
  const latest = (items: Communique[]) => items.slice(0, site.feedSize);
  return [
    ...(["atom", "rss", "json"] as const).map((format) => ({
      url: `${PRESS_ROOM_URL}flux.${format}`,
      format,
      title: ui.feeds.title,
      pageUrl: PRESS_ROOM_URL,
      items: latest(communiques),
    })),
    ...categories.map((category) => ({
      url: categoryFeedUrl(category),
      format: "atom" as const,
      title: ui.feeds.categoryTitle.replace("{label}", category.label),
      pageUrl: category.url,
      items: latest(communiques.filter((c) => feedGroups(c).includes(category.slug))),
    })),
  ];
}

/**
 * While the communiqués are read one by one, those that may still be in a feed: the newest of each
 * group, as many as a feed shows. `add` returns the communiqués that no longer can be, whose bodies
 * the build lets go (at N = 10,000, keeping every file's text held 70 MB more to the end of the build).
 */
export class FeedCandidates {
  private readonly newest = new Map<string, Communique[]>();

  add(communique: Communique): Communique[] {
    const pushedOut: Communique[] = [];
    for (const group of feedGroups(communique)) {
      const newest = this.newest.get(group) ?? [];
      const at = newest.findIndex((other) => newestFirst(communique, other) < 0);
      newest.splice(at < 0 ? newest.length : at, 0, communique);
      if (newest.length > site.feedSize) pushedOut.push(newest.pop()!);
      this.newest.set(group, newest);
    }
    return [...new Set(pushedOut)].filter((c) => !feedGroups(c).some((group) => this.newest.get(group)!.includes(c)));
  }
}

/** XML text and attribute values; characters XML 1.0 forbids are dropped. */
export function escapeXml(value: string): string {
  return escapeHtml(withoutControlCharacters(value));
}

/** The entry's full text: chapeau, lead image, body and downloads, with absolute URLs. */
export function entryHtml(c: Communique): string {
  const image = c.image ? `<figure><img src="${escapeHtml(c.image.src)}" alt="${escapeHtml(c.image.alt)}">${c.image.caption ? `<figcaption>${escapeHtml(c.image.caption)}</figcaption>` : ""}</figure>` : "";
  const downloads = c.downloads.length
    ? `<h2>${escapeHtml(ui.press.downloads)}</h2><ul>${c.downloads.map((d) => `<li><a href="${escapeHtml(d.href)}">${escapeHtml(d.label)}</a> (${escapeHtml(d.details)})</li>`).join("")}</ul>`
    : "";
  const html = `${c.chapeauHtml ? `<p><strong>${c.chapeauHtml}</strong></p>` : ""}${image}${c.body.html}${downloads}`;
  return absolutizeHtml(html, absoluteUrl(c.url));
}

function instant(c: Communique): DateTime {
  return c.date.value;
}

/** The newest entry's date: a feed changes only when its content does. Epoch for an empty feed. */
function updated(feed: Feed): DateTime {
  return feed.items.length ? DateTime.max(...feed.items.map(instant))! : DateTime.fromMillis(0, { zone: "utc" });
}

function rfc3339(value: DateTime): string {
  return value.toISO({ suppressMilliseconds: true })!;
}

export function atomFeed(feed: Feed): string {
  const entries = feed.items.map((c) => {
    const url = escapeXml(absoluteUrl(c.url));
    return `  <entry>
    <id>${url}</id>
    <title type="text">${escapeXml(c.title)}</title>
    <link rel="alternate" type="text/html" href="${url}"/>
    <published>${rfc3339(instant(c))}</published>
    <updated>${rfc3339(instant(c))}</updated>
${c.category ? `    <category term="${escapeXml(c.category.slug)}" label="${escapeXml(c.category.label)}"/>\n` : ""}${c.chapeauText ? `    <summary type="text">${escapeXml(c.chapeauText)}</summary>\n` : ""}    <content type="html">${escapeXml(entryHtml(c))}</content>
  </entry>
`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <id>${escapeXml(absoluteUrl(feed.url))}</id>
  <title type="text">${escapeXml(feed.title)}</title>
  <subtitle type="text">${escapeXml(site.description)}</subtitle>
  <link rel="self" type="${FEED_TYPES.atom}" href="${escapeXml(absoluteUrl(feed.url))}"/>
  <link rel="alternate" type="text/html" href="${escapeXml(absoluteUrl(feed.pageUrl))}"/>
  <updated>${rfc3339(updated(feed))}</updated>
  <author>
    <name>${escapeXml(site.operator)}</name>
    <uri>${escapeXml(absoluteUrl("/"))}</uri>
  </author>
${entries.join("")}</feed>
`;
}

export function rssFeed(feed: Feed): string {
  const items = feed.items.map((c) => {
    const url = escapeXml(absoluteUrl(c.url));
    return `    <item>
      <title>${escapeXml(c.title)}</title>
      <link>${url}</link>
      <guid isPermaLink="true">${url}</guid>
      <pubDate>${instant(c).toRFC2822()}</pubDate>
${c.category ? `      <category>${escapeXml(c.category.label)}</category>\n` : ""}      <description>${escapeXml(entryHtml(c))}</description>
    </item>
`;
  });
  return `<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
  <channel>
    <title>${escapeXml(feed.title)}</title>
    <link>${escapeXml(absoluteUrl(feed.pageUrl))}</link>
    <description>${escapeXml(site.description)}</description>
    <language>fr</language>
    <atom:link rel="self" type="${FEED_TYPES.rss}" href="${escapeXml(absoluteUrl(feed.url))}"/>
    <pubDate>${updated(feed).toRFC2822()}</pubDate>
    <lastBuildDate>${updated(feed).toRFC2822()}</lastBuildDate>
${items.join("")}  </channel>
</rss>
`;
}

export function jsonFeed(feed: Feed): string {
  return `${JSON.stringify(
    {
      version: "https://jsonfeed.org/version/1.1",
      title: feed.title,
      home_page_url: absoluteUrl(feed.pageUrl),
      feed_url: absoluteUrl(feed.url),
      description: site.description,
      language: "fr",
      authors: [{ name: site.operator, url: absoluteUrl("/") }],
      items: feed.items.map((c) => ({
        id: absoluteUrl(c.url),
        url: absoluteUrl(c.url),
        title: c.title,
        content_html: entryHtml(c),
        ...(c.chapeauText ? { summary: c.chapeauText } : {}),
        ...(c.image ? { image: absoluteUrl(c.image.src) } : {}),
        date_published: rfc3339(instant(c)),
        tags: [...(c.category ? [c.category.label] : []), ...c.tags.map((t) => t.label)],
      })),
    },
    null,
    2,
  )}\n`;
}

const RENDERERS: Record<FeedFormat, (feed: Feed) => string> = { atom: atomFeed, rss: rssFeed, json: jsonFeed };

export function renderFeed(feed: Feed): string {
  return RENDERERS[feed.format](feed);
}
