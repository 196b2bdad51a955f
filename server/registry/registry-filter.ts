// Which establishments of a stock file to keep, decided on each row as it streams by (the full file
// has tens of millions of rows: only head offices that pass the filter are kept in memory).
import { sirenProblem } from "../../graph/registry/company-numbers.js";
import { knownCommuneByCode } from "../../graph/communes/resolve-commune.js";

/** Keep head offices in a département, in a list of communes, or of a list of SIRENs (any that apply). */
export interface RegistryFilter {
  departement?: string | undefined;
  communes?: string[] | undefined;
  sirens?: string[] | undefined;
}

/** A filter that cannot be used, with every problem listed. */
export class RegistryFilterError extends Error {
  override name = "RegistryFilterError";
}

/** Checks a filter: a département code, INSEE commune codes, valid SIRENs; throws listing every problem. */
export function checkRegistryFilter(filter: RegistryFilter): RegistryFilter {
  const problems = [
    ...(filter.departement !== undefined && !/^(\d{2}|2A|2B|97\d)$/.test(filter.departement)
      ? [`département "${filter.departement}" is not a département code such as 25 or 2A`]
      : []),
    ...(filter.communes ?? [])
      .filter((code) => !knownCommuneByCode(code))
      .map((code) => `commune "${code}" is not the INSEE code of a known commune`),
    ...(filter.sirens ?? []).flatMap((siren) => sirenProblem(siren) ?? []),
  ];
  if (problems.length > 0) throw new RegistryFilterError(`Invalid filter:\n  - ${problems.join("\n  - ")}`);
  return filter;
}

/** The test a row's commune and SIREN must pass; every row passes when the filter is empty. */
export function rowFilter(filter: RegistryFilter): (commune: string, siren: string) => boolean {
  const communes = filter.communes ? new Set(filter.communes) : null;
  const sirens = filter.sirens ? new Set(filter.sirens.map((siren) => siren.replace(/\s/g, ""))) : null;
  const departement = filter.departement;
  if (!departement && !communes && !sirens) return () => true;
  return (commune, siren) =>
    (departement !== undefined && commune.startsWith(departement)) ||
    (communes?.has(commune) ?? false) ||
    (sirens?.has(siren) ?? false);
}
