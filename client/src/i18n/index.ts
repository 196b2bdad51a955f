// The public face of client/src/i18n: other features and the router import it from here, never its files.
export { en } from "./en";
export { localeOf, useFormat } from "./format";
export { fr } from "./fr";
export { frenchOrder } from "./french-order";
export { createI18n } from "./i18n";
