// The projection an analyst asks for, checked and put in a canonical form whose key names a cache entry.
import type { EntityLabel, NetworkProjectionInput, PartnershipStatus } from "../__generated__/resolvers-types.js";
import { BadUserInputError } from "../graphql/errors.js";

/** The labels counted when the analyst names none: the actors and what ties them. */
export const defaultNetworkLabels: readonly EntityLabel[] = [
  "Organization",
  "Person",
  "Event",
  "Programme",
  "Project",
  "Market",
];

/** A projection checked and sorted: the same choice always gives the same keys. */
export interface Projection {
  labels: EntityLabel[];
  relationshipTypes: string[] | null;
  years: number[] | null;
  includeUndated: boolean;
  statedOnly: boolean;
  partnershipStatuses: PartnershipStatus[] | null;
}

const relationshipTypePattern = /^[A-Z][A-Z0-9_]{0,49}$/;

/** Checks the analyst's projection (a clear error names what is wrong) and fills in the defaults. */
export function parseProjection(input: NetworkProjectionInput | null | undefined): Projection {
  const labels = [...new Set(input?.labels?.length ? input.labels : defaultNetworkLabels)].sort();
  const types = input?.relationshipTypes ?? null;
  if (types && (types.length === 0 || types.length > 30))
    throw new BadUserInputError("projection.relationshipTypes must list 1 to 30 types", "projection");
  for (const type of types ?? []) {
    if (!relationshipTypePattern.test(type))
      throw new BadUserInputError(
        `projection.relationshipTypes: "${type}" is not a relationship type (upper case, e.g. PARTICIPATED_IN)`,
        "projection",
      );
  }
  const years = input?.years ?? null;
  if (years && (years.length === 0 || years.length > 30))
    throw new BadUserInputError("projection.years must list 1 to 30 years", "projection");
  for (const year of years ?? []) {
    if (!Number.isInteger(year) || year < 1900 || year > 2200)
      throw new BadUserInputError(`projection.years: ${year} is not a year from 1900 to 2200`, "projection");
  }
  const statuses = input?.partnershipStatuses ?? null;
  return {
    labels,
    relationshipTypes: types ? [...new Set(types)].sort() : null,
    years: years ? [...new Set(years)].sort((a, b) => a - b) : null,
    includeUndated: input?.includeUndated ?? true,
    statedOnly: input?.statedOnly ?? false,
    partnershipStatuses: statuses?.length ? [...new Set(statuses)].sort() : null,
  };
}

/** The key of what is read from Neo4j (the years are applied afterwards, in memory). */
export function baseKey(projection: Projection): string {
  const { labels, relationshipTypes, statedOnly, partnershipStatuses } = projection;
  return JSON.stringify({ labels, relationshipTypes, statedOnly, partnershipStatuses });
}

/** The key of the projection with its years. */
export function viewKey(projection: Projection): string {
  return JSON.stringify([baseKey(projection), projection.years, projection.includeUndated]);
}
