/** One page per communiqué: https://www.11ty.dev/docs/pagination/ */
import { communiquePage } from "../_includes/layouts/communique.ts";
import type { Communique } from "../lib/communiques.ts";

interface Data {
  communique: Communique;
}

export default class CommuniqueTemplate {
  data() {
    return {
      pagination: { data: "press.communiques", size: 1, alias: "communique", addAllPagesToCollections: true },
      permalink: (data: Data) => data.communique.url,
    };
  }

  render(data: Data): string {
    return communiquePage(data.communique);
  }
}
