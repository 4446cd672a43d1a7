/** DSFR card: https://www.systeme-de-design.gouv.fr/elements-d-interface/composants/carte */
import { html, type SafeHtml } from "../../lib/html.ts";

export interface CardOptions {
  title: string;
  url: string;
  /** The heading level of the card title in the page outline. */
  headingLevel: 2 | 3;
  description?: string;
  /** Badges or tags above the title. */
  start?: SafeHtml;
  /** Details under the description (the date). */
  detail?: SafeHtml;
  /** Where it takes place (events). */
  place?: string;
  /** Thumbnail: decorative here, the card title says what it is about. */
  imageSrc?: string;
}

export function card(options: CardOptions): SafeHtml {
  const heading = options.headingLevel === 2 ? "h2" : "h3";
  return html`<div class="fr-card fr-enlarge-link${options.imageSrc ? "" : " fr-card--no-image"}">
  <div class="fr-card__body">
    <div class="fr-card__content">
      <${heading} class="fr-card__title"><a href="${options.url}">${options.title}</a></${heading}>
      ${options.description ? html`<p class="fr-card__desc">${options.description}</p>` : ""}
      ${options.start ? html`<div class="fr-card__start">${options.start}</div>` : ""}
      ${options.detail || options.place
        ? html`<div class="fr-card__end">
        ${options.detail ? html`<p class="fr-card__detail fr-icon-calendar-line">${options.detail}</p>` : ""}
        ${options.place ? html`<p class="fr-card__detail fr-icon-map-pin-2-line">${options.place}</p>` : ""}
      </div>`
        : ""}
    </div>
  </div>
  ${options.imageSrc ? html`<div class="fr-card__header"><div class="fr-card__img"><img class="fr-responsive-img" src="${options.imageSrc}" alt="" loading="lazy"></div></div>` : ""}
</div>`;
}

/** Cards in a responsive grid: one per row on phones, two from tablets, `wide` columns on large screens. */
export function cardList(cards: SafeHtml[], wide: 2 | 3 = 3): SafeHtml {
  const columns = wide === 3 ? "fr-col-12 fr-col-md-6 fr-col-lg-4" : "fr-col-12 fr-col-md-6";
  return html`<ul class="fr-grid-row fr-grid-row--gutters fr-raw-list">
  ${cards.map((c) => html`<li class="${columns}">${c}</li>`)}
</ul>`;
}
