/** Preview only: one page per file with errors, at the file's address. https://www.11ty.dev/docs/pagination/ */
import { errorPageHtml } from "../_includes/layouts/error-page.ts";
import type { ErrorPage } from "../lib/site.ts";

interface Data {
  errorPage: ErrorPage;
}

export default class ErrorPageTemplate {
  data() {
    return {
      pagination: { data: "press.errorPages", size: 1, alias: "errorPage" },
      permalink: (data: Data) => data.errorPage.url,
      eleventyExcludeFromCollections: true,
    };
  }

  render(data: Data): string {
    return errorPageHtml(data.errorPage);
  }
}
