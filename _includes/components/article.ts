/** The text of a communiqué or an event: chapeau, lead image, body. */
import type { Picture } from "../../lib/communiques.ts";
import { html, raw, type SafeHtml } from "../../lib/html.ts";
import type { RenderedBody } from "../../lib/markdown.ts";

/** DSFR content image with its optional caption: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/contenu-medias */

export function figure(image: Picture | undefined): SafeHtml {
  if (!image) return html``;
  return image.caption
    ? html`<figure class="fr-content-media" role="group" aria-label="${image.caption}">
    <img class="fr-responsive-img" src="${image.src}" alt="${image.alt}">
    <figcaption class="fr-content-media__caption">${image.caption}</figcaption>
  </figure>`
    : html`<figure class="fr-content-media"><img class="fr-responsive-img" src="${image.src}" alt="${image.alt}"></figure>`;
}

export function articleText(item: { chapeauHtml: string; image?: Picture; body: RenderedBody }): SafeHtml {
  return html`${item.chapeauHtml ? html`<p class="fr-text--lead">${raw(item.chapeauHtml)}</p>` : ""}
  ${figure(item.image)}
  <div class="press-body">
${raw(item.body.html)}
  </div>`;
}
