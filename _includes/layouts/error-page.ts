/**
 * The preview's page for a file with errors: the checker's findings (line, field, message) in place
 * of the content. It only exists in the preview (`npm start`); the build stops on errors instead.
 */
import ui from "../../_data/ui.json" with { type: "json" };
import { html } from "../../lib/html.ts";
import type { ErrorPage } from "../../lib/site.ts";
import { badge } from "../components/badge.ts";
import { basePage } from "./base.ts";

const text = ui.authoring.errorPage;

export function errorPageHtml(page: ErrorPage): string {
  const title = `${text.titlePrefix} ${page.title}`;
  const content = html`<div class="fr-alert fr-alert--error fr-mb-4w">
  <h2 class="fr-alert__title">${text.alertTitle}</h2>
  <p>${text.notice}</p>
</div>
<h1>${title}</h1>
${page.sources.map(
  (source) => html`<div class="fr-table fr-table--bordered">
  <table>
    <caption>${text.caption.replace("{file}", source.file)}</caption>
    <thead><tr><th scope="col">${text.line}</th><th scope="col">${text.field}</th><th scope="col">${text.severity}</th><th scope="col">${text.message}</th></tr></thead>
    <tbody>
      ${source.findings.map(
        (f) => html`<tr><td>${f.line}</td><td><code>${f.field}</code></td><td>${f.severity === "error" ? badge(text.error, "error") : badge(text.warning, "warning")}</td><td>${f.message}</td></tr>`,
      )}
    </tbody>
  </table>
</div>`,
)}
<p class="fr-text--sm">${text.guide}</p>`;
  return basePage({ title, url: page.url, crumbs: [{ label: title }] }, content);
}
