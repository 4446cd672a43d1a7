/** The feed files (Atom, RSS, JSON Feed): templates, so every build and `npm start` write them. */
import { renderFeed, type Feed } from "../lib/feeds.ts";

interface Data {
  feed: Feed;
}

export default class FeedTemplate {
  data() {
    return {
      pagination: { data: "press.feeds", size: 1, alias: "feed" },
      permalink: (data: Data) => data.feed.url,
      eleventyExcludeFromCollections: true,
    };
  }

  render(data: Data): string {
    return renderFeed(data.feed);
  }
}
