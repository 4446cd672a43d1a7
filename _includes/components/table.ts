/** DSFR table with a caption and header cells: https://www.systeme-de-design.gouv.fr/version-courante/fr/composants/tableau */
import { html, type SafeHtml } from "../../lib/html.ts";

export type Cell = SafeHtml | string;

export interface TableOptions {
  /** Says what the table holds (RGAA 5.4). */
  caption: string;
  columns: string[];
  rows: Cell[][];
  /** The column whose cells name their row (`<th scope="row">`, RGAA 5.7). */
  rowHeader: number;
}

export function table(options: TableOptions): SafeHtml {
  return html`<div class="fr-table">
  <div class="fr-table__wrapper">
    <div class="fr-table__container">
      <div class="fr-table__content">
        <table>
          <caption>${options.caption}</caption>
          <thead>
            <tr>${options.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr>
          </thead>
          <tbody>${options.rows.map(
            (row) => html`
            <tr>${row.map((cell, i) => (i === options.rowHeader ? html`<th scope="row">${cell}</th>` : html`<td>${cell}</td>`))}</tr>`,
          )}
          </tbody>
        </table>
      </div>
    </div>
  </div>
</div>`;
}
