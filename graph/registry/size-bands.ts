// The size bands of the Sirene register (`trancheEffectifsEtablissement`, `trancheEffectifsUniteLegale`):
// salaried headcount at 31 December. Labels from INSEE's documentation of the Sirene stock files
// (« Description des fichiers de stock », variable « Tranche d'effectif salarié », version of 2024).

/** Where the labels come from, shown beside them. */
export const sizeBandSource = "INSEE, Sirene : tranches d'effectif salarié (documentation des fichiers stock, 2024)";

/** Each size band code with its official label and the largest headcount it allows. */
export const sizeBands: Record<string, { label: string; upTo: number }> = {
  NN: { label: "Unité non employeuse", upTo: 0 },
  "00": { label: "0 salarié", upTo: 0 },
  "01": { label: "1 ou 2 salariés", upTo: 2 },
  "02": { label: "3 à 5 salariés", upTo: 5 },
  "03": { label: "6 à 9 salariés", upTo: 9 },
  "11": { label: "10 à 19 salariés", upTo: 19 },
  "12": { label: "20 à 49 salariés", upTo: 49 },
  "21": { label: "50 à 99 salariés", upTo: 99 },
  "22": { label: "100 à 199 salariés", upTo: 199 },
  "31": { label: "200 à 249 salariés", upTo: 249 },
  "32": { label: "250 à 499 salariés", upTo: 499 },
  "41": { label: "500 à 999 salariés", upTo: 999 },
  "42": { label: "1 000 à 1 999 salariés", upTo: 1_999 },
  "51": { label: "2 000 à 4 999 salariés", upTo: 4_999 },
  "52": { label: "5 000 à 9 999 salariés", upTo: 9_999 },
  "53": { label: "10 000 salariés et plus", upTo: Number.POSITIVE_INFINITY },
};

/** The official label of a size band code, or null for an unknown or empty code. */
export function sizeBandLabel(code: string | null | undefined): string | null {
  return code ? (sizeBands[code]?.label ?? null) : null;
}

/** The size bands of an SME by headcount (fewer than 250 salaried staff): NN to 31. */
export const smeSizeBands: string[] = Object.entries(sizeBands)
  .filter(([, band]) => band.upTo < 250)
  .map(([code]) => code);
