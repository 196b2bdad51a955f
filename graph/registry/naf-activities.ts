// The activity codes of the Sirene register (`activitePrincipaleEtablissement`, NAF rév. 2, e.g.
// `26.51B`) with their official labels. naf-rev2.json holds the 732 sub-classes of INSEE's
// nomenclature NAF rév. 2 (2008), as published by INSEE and packaged by the French social ministries'
// digital team in the npm package @socialgouv/codes-naf 1.1.1 (Apache-2.0), copied here as data.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);

/** Where the labels come from, shown beside them. */
export const nafSource = "INSEE, nomenclature d'activités française NAF rév. 2 (2008), via @socialgouv/codes-naf 1.1.1";

let labels: Record<string, string> | undefined;

/** The official label of a NAF rév. 2 sub-class, or null when the code is not one (an older NAF). */
export function nafLabel(code: string | null | undefined): string | null {
  labels ??= require("./naf-rev2.json") as Record<string, string>;
  return code ? (labels[code] ?? null) : null;
}
