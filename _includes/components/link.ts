/** Links that open a new window say so in their title (RGAA 13.2). */
import ui from "../../_data/ui.json" with { type: "json" };
import { html, type SafeHtml } from "../../lib/html.ts";

export function externalLink(label: string, url: string, className?: string): SafeHtml {
  return html`<a${className ? html` class="${className}"` : ""} href="${url}" target="_blank" rel="noopener" title="${label} - ${ui.newWindow}">${label}</a>`;
}
