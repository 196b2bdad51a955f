// Reading a question's parameters from its URL, so every answer has a shareable address.
import type { OrganizationKind } from "../__generated__/graphql";

/** Every organisation kind, in the order forms list them. */
export const organizationKinds: readonly OrganizationKind[] = [
  "COMPANY",
  "CLUSTER",
  "RESEARCH",
  "SCHOOL",
  "PUBLIC_BODY",
  "ASSOCIATION",
  "OTHER",
];

/** GBM's EPCI, the territory the questions count by default. */
export const gbmTerritory = "242500361";

/** A year parameter: a four-digit year, or null for "any year". */
export function parseYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value.trim())) return null;
  return Number(value.trim());
}

/** The organisation kinds asked for, known kinds only, in form order; `fallback` when none is. */
export function parseKinds(
  values: readonly string[],
  fallback: readonly OrganizationKind[] = ["COMPANY"],
): OrganizationKind[] {
  const asked = organizationKinds.filter((kind) => values.includes(kind));
  return asked.length > 0 ? asked : [...fallback];
}

/** A text parameter, or `fallback` when it is absent; an empty value means "none" (null). */
export function parseOptional(value: string | null, fallback: string | null = null): string | null {
  if (value === null) return fallback;
  return value.trim() === "" ? null : value.trim();
}

/** A switch parameter: on for `1` or `true`. */
export function parseSwitch(value: string | null): boolean {
  return value === "1" || value === "true";
}

/** The largest page the paged questions serve (the API refuses more). */
export const maxPageSize = 500;

/** A page-size parameter (`?first=20`): a whole number from 1 to the largest page, else `fallback`. */
export function parsePageSize(value: string | null, fallback: number): number {
  if (value === null || !/^\d{1,3}$/.test(value.trim())) return fallback;
  const size = Number(value.trim());
  return size >= 1 && size <= maxPageSize ? size : fallback;
}
