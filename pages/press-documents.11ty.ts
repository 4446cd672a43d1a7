/**
 * Every document of the communiqués, newest first: a page, and the same list as JSON and CSV.
 * One template paginated over the three outputs: https://www.11ty.dev/docs/pagination/
 */
import ui from "../_data/ui.json" with { type: "json" };
import { downloadLink } from "../_includes/components/download.ts";
import { table } from "../_includes/components/table.ts";
import { basePage } from "../_includes/layouts/base.ts";
import { PRESS_ROOM_URL } from "../lib/communiques.ts";
import { textFileDetails } from "../lib/format.ts";
import { html } from "../lib/html.ts";
import {
  DOCUMENTS_CSV_URL,
  DOCUMENTS_JSON_URL,
  DOCUMENTS_URL,
  documentsCsv,
  documentsJson,
  pressDocuments,
  type PressDocument,
} from "../lib/press-documents.ts";
import type { Site } from "../lib/site.ts";

interface Data {
  press: Site;
  output: { url: string; render: (rows: readonly PressDocument[]) => string };
}

function documentsPage(rows: readonly PressDocument[]): string {
  const text = ui.documents;
  const list = rows.length
    ? table({
        caption: text.caption,
        columns: [text.date, text.communique, text.document, text.format, text.size],
        rowHeader: 1,
        rows: rows.map((r) => [
          html`<time datetime="${r.date}">${r.dateLabel}</time>`,
          html`<a href="${r.communiqueUrl}">${r.communiqueTitle}</a>`,
          downloadLink({ label: r.label, href: r.url, external: r.external, details: r.details }),
          r.format,
          r.bytes === null ? text.unknownSize : html`<data value="${r.bytes}">${r.size}</data>`,
        ]),
      })
    : html`<p>${text.empty}</p>`;
  return basePage(
    { title: text.title, url: DOCUMENTS_URL, description: text.intro, crumbs: [{ label: ui.press.title, url: PRESS_ROOM_URL }, { label: text.title }] },
    html`<h1>${text.title}</h1>
<p class="fr-text--lead">${text.intro}</p>
<ul class="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
  <li><a class="fr-btn fr-btn--secondary fr-icon-download-line" href="${DOCUMENTS_CSV_URL}" download>${text.downloadList} – ${textFileDetails("CSV", documentsCsv(rows))}</a></li>
  <li><a class="fr-btn fr-btn--secondary fr-icon-download-line" href="${DOCUMENTS_JSON_URL}" download>${text.downloadList} – ${textFileDetails("JSON", documentsJson(rows))}</a></li>
</ul>
${list}`,
  );
}

export default class PressDocumentsTemplate {
  data() {
    return {
      outputs: [
        { url: DOCUMENTS_URL, render: documentsPage },
        { url: DOCUMENTS_JSON_URL, render: documentsJson },
        { url: DOCUMENTS_CSV_URL, render: documentsCsv },
      ],
      pagination: { data: "outputs", size: 1, alias: "output" },
      // Left in the collections: sitemap.xml takes the HTML page and leaves the .json and .csv out.
      permalink: (data: Data) => data.output.url,
    };
  }

  render(data: Data): string {
    return data.output.render(pressDocuments(data.press.communiques));
  }
}
