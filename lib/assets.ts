/** The DSFR files the pages use, copied from node_modules (never vendored), with their site paths. */
const DSFR = "node_modules/@gouvfr/dsfr/dist";

export function dsfrAssets(): Record<string, string> {
  return {
    [`${DSFR}/dsfr.min.css`]: "dsfr/dsfr.min.css",
    [`${DSFR}/dsfr.module.min.js`]: "dsfr/dsfr.module.min.js",
    [`${DSFR}/dsfr.nomodule.min.js`]: "dsfr/dsfr.nomodule.min.js",
    [`${DSFR}/fonts`]: "dsfr/fonts",
    [`${DSFR}/favicon`]: "dsfr/favicon",
    [`${DSFR}/icons`]: "dsfr/icons",
    [`${DSFR}/utility/icons/icons.min.css`]: "dsfr/utility/icons/icons.min.css",
  };
}
