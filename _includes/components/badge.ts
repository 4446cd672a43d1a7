/** DSFR badge: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/badge */
import { html, type SafeHtml } from "../../lib/html.ts";

export type BadgeType = "success" | "error" | "info" | "warning" | "new";

export function badge(label: string, type?: BadgeType): SafeHtml {
  return html`<p class="fr-badge fr-badge--sm${type ? ` fr-badge--${type}` : ""}">${label}</p>`;
}
