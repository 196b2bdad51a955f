// Reviewed corrections: commune names as source documents misspell them, mapped to the INSEE code
// of the commune meant. Spelling differences of accents, case, hyphens and apostrophes need no entry
// (the resolver ignores them); only real misspellings go here. A test checks each code and official
// name against the reference.

/** One correction: the INSEE code meant, and its official name (checked against the reference). */
export interface CommuneAlias {
  code: string;
  official: string;
}

/** Written name (as in the source) → the commune it means. */
export const communeAliases: Record<string, CommuneAlias> = {
  // GBM deliberation 2024-00098: "Francois" is Franois (25258), member of GBM — not Fontain (25245).
  Francois: { code: "25258", official: "Franois" },
  // GBM deliberation 2024-00098: "Chevezoy" is Chevroz (25153), member of GBM; no commune is named Chevezoy.
  Chevezoy: { code: "25153", official: "Chevroz" },
  // GBM deliberation 2024-00098: "Merey-Vieille" is Mérey-Vieilley (25376), member of GBM.
  "Merey-Vieille": { code: "25376", official: "Mérey-Vieilley" },
  // GBM deliberation 2024-00098: "Gennes-Sur-Doubs" is Gennes (25267), member of GBM (on the Doubs, but the official name has no suffix).
  "Gennes-Sur-Doubs": { code: "25267", official: "Gennes" },
  // GBM deliberation 2024-00098: "Marchaux-Chaufontaine" is Marchaux-Chaudefontaine (25368), member of GBM.
  "Marchaux-Chaufontaine": { code: "25368", official: "Marchaux-Chaudefontaine" },
};

/** A commune that existed when a source was written but is no longer in the reference (merged). */
export interface FormerCommune {
  /** Its INSEE code before the merger (listed in the successor's `anciensCodes`). */
  code: string;
  /** Its official name before the merger (the reference keeps only its code). */
  official: string;
  /** The INSEE code of the current commune it merged into. */
  mergedInto: string;
  /** The successor's official name (checked against the reference). */
  successor: string;
  /** The day the merger took effect, ISO 8601 (the reference gives no date). */
  mergedOn: string;
}

/** Written name → the former commune it means. The resolver resolves these to the former commune
 *  itself, never to its successor: a councillor of the former commune did not represent the
 *  successor. Each entry is checked against the reference when the resolver loads, and a
 *  disagreement stops the load (see former-communes.ts). */
export const formerCommunes: Record<string, FormerCommune> = {
  // Le Gratteris (25297), member of GBM in 2024 (listed in deliberation 2024-00098), merged into
  // Mamirolle (25364): Mamirolle's record lists 25297 in its anciensCodes. The reference keeps no
  // name or date for it; "effective au 1er janvier 2025" per plus.besancon.fr (2024-12-06, "Le
  // Gratteris et Mamirolle, la fusion fait la force").
  "Le Gratteris": {
    code: "25297",
    official: "Le Gratteris",
    mergedInto: "25364",
    successor: "Mamirolle",
    mergedOn: "2025-01-01",
  },
};
