// Numbers as people type them in French or English: `1 250 000,50`, `1250000.5`, `12`.

/** A decimal number from typed text (spaces and a decimal comma allowed); null when it is not one. */
export function parseDecimal(typed: string): number | null {
  const compact = typed.trim().replace(/[\s\u00a0\u202f]/g, "");
  const normalized = /^-?\d+,\d+$/.test(compact) ? compact.replace(",", ".") : compact;
  if (!/^-?\d+(\.\d+)?$/.test(normalized)) return null;
  return Number(normalized);
}

/** A whole number from typed text; null when it is not one. */
export function parseWhole(typed: string): number | null {
  const value = parseDecimal(typed);
  return value !== null && Number.isInteger(value) ? value : null;
}
