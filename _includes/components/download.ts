/** DSFR download link: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/telechargement-de-fichier */
import { html, type SafeHtml } from "../../lib/html.ts";
import type { Download } from "../../lib/communiques.ts";

export function downloadLink(file: Pick<Download, "label" | "href" | "details" | "external">): SafeHtml {
  return html`<a class="fr-link fr-link--download" href="${file.href}"${file.external ? "" : html` download`}>${file.label} <span class="fr-link__detail">${file.details}</span></a>`;
}
