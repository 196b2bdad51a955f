// A commune cell (a name as written, or an INSEE code) → the current commune to link to, with the
// confidence the link deserves: a former (merged) commune is linked to its successor, unverified.
import { isResolved, knownCommuneByCode, resolveCommune } from "../../graph/communes/resolve-commune.js";
import type { Confidence } from "../../graph/fact-model.js";

export type CommuneCell =
  { ok: true; code: string; name: string; confidence: Confidence; reason?: string } | { ok: false; reason: string };

const inseeCode = /^(\d{5}|2[AB]\d{3})$/u;

/** Resolves a commune cell against the INSEE reference (GBM communes first, then the Doubs). */
export function resolveCommuneCell(written: string): CommuneCell {
  const text = written.trim();
  const resolved = inseeCode.test(text) ? knownCommuneByCode(text) : resolveCommune(text);
  if (!resolved) return { ok: false, reason: `${text} is not the INSEE code of a commune` };
  if (!isResolved(resolved)) return { ok: false, reason: resolved.reason };
  if (resolved.via === "former" && resolved.mergedInto) {
    return {
      ok: true,
      code: resolved.mergedInto,
      name: resolved.name,
      confidence: "unverified",
      reason: `the row names ${resolved.name} (${resolved.code}), a former commune merged into ${resolved.mergedInto}: linked to the current commune`,
    };
  }
  return { ok: true, code: resolved.code, name: resolved.name, confidence: "stated" };
}

/** Resolves commune cells, each distinct spelling once. */
export function communeCellResolver(): (written: string) => CommuneCell {
  const cache = new Map<string, CommuneCell>();
  return (written) => {
    let resolved = cache.get(written);
    if (!resolved) cache.set(written, (resolved = resolveCommuneCell(written)));
    return resolved;
  };
}
