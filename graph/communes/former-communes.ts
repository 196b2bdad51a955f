// The reviewed former communes (commune-aliases.ts) checked against the reference: each must be a
// former code of the current commune the table names as its successor.
import type { FormerCommune } from "./commune-aliases.js";
import { referenceSource, type CommuneRecord } from "./reference-data.js";

/** A former commune of the reviewed table, with the département of its successor. */
export interface CheckedFormerCommune extends FormerCommune {
  departement: string;
}

/** The reviewed table disagrees with the reference; the resolver refuses to load. */
export class FormerCommuneMismatchError extends Error {
  override name = "FormerCommuneMismatchError";
}

/** What is wrong with one entry against the current communes of the reference, if anything. */
function problemsOf(written: string, former: FormerCommune, current: Map<string, CommuneRecord>): string[] {
  const successor = current.get(former.mergedInto);
  if (!successor) return [`"${written}": successor ${former.mergedInto} is not a current commune`];
  const problems: string[] = [];
  if (successor.nom !== former.successor)
    problems.push(`"${written}": ${former.mergedInto} is ${successor.nom}, not ${former.successor}`);
  if (!successor.anciensCodes?.includes(former.code)) {
    problems.push(
      `"${written}": ${former.code} is not a former code of ${successor.nom} (${successor.code}), whose former codes are ${successor.anciensCodes?.join(", ") || "none"}`,
    );
  }
  if (current.has(former.code))
    problems.push(`"${written}": ${former.code} is still a current commune (${current.get(former.code)?.nom})`);
  return problems;
}

/** Checks every entry against the reference and indexes them by code; throws listing every disagreement. */
export function checkFormerCommunes(
  table: Record<string, FormerCommune>,
  records: CommuneRecord[],
): Map<string, CheckedFormerCommune> {
  const current = new Map(
    records.filter((record) => record.type === "commune-actuelle").map((record) => [record.code, record]),
  );
  const problems = Object.entries(table).flatMap(([written, former]) => problemsOf(written, former, current));
  const byCode = new Map<string, FormerCommune>();
  for (const [written, former] of Object.entries(table)) {
    const earlier = byCode.get(former.code);
    if (earlier && JSON.stringify(earlier) !== JSON.stringify(former))
      problems.push(`"${written}": ${former.code} is described differently by another entry`);
    byCode.set(former.code, former);
  }
  if (problems.length > 0) {
    throw new FormerCommuneMismatchError(
      `the reviewed former communes disagree with ${referenceSource}:\n  ${problems.join("\n  ")}`,
    );
  }
  return new Map(
    [...byCode].map(([code, former]) => [
      code,
      { ...former, departement: current.get(former.mergedInto)?.departement ?? "" },
    ]),
  );
}
