// The organisation form: its text fields from an organisation, and the mutation's input (a new
// organisation) or changes (only the fields that differ; an emptied field removes the value).
import type { OrganizationChanges, OrganizationInput, OrganizationKind } from "../__generated__/graphql";
import { parseDecimal, parseWhole } from "./form-numbers";

/** An organisation's editable properties (what OrganizationChanges can change), as the API gives them. */
export type EditableOrganization = OrganizationChanges & Pick<OrganizationInput, "name" | "kind">;

/** The form's fields as typed, one text per editable property; aliases one per line. */
export type OrganizationFormValues = { [K in Exclude<keyof OrganizationChanges, "kind">]-?: string } & {
  kind: OrganizationKind | "";
};

/** The fields of the organisation form that errors can be shown at. */
export const organizationFormFields = [
  "name",
  "kind",
  "aliases",
  "country",
  "siren",
  "headcount",
  "revenue",
  "fullName",
  "description",
  "why",
] as const satisfies ReadonlyArray<keyof OrganizationFormValues | "why">;

export type OrganizationProblems = Partial<
  Record<(typeof organizationFormFields)[number], "chooseKind" | "wholeNumber" | "number">
>;

/** The form's starting text: empty for a new organisation, the current values for a change. */
export function organizationFormValues(organization?: EditableOrganization): OrganizationFormValues {
  const text = (value: string | number | null | undefined) =>
    value === null || value === undefined ? "" : String(value);
  return {
    name: organization?.name ?? "",
    kind: organization?.kind ?? "",
    aliases: (organization?.aliases ?? []).join("\n"),
    country: text(organization?.country),
    siren: text(organization?.siren),
    headcount: text(organization?.headcount),
    revenue: text(organization?.revenue),
    fullName: text(organization?.fullName),
    description: text(organization?.description),
  };
}

/** Each editable property's value, null when the field is empty. */
type Parsed = { [K in keyof OrganizationChanges]-?: NonNullable<OrganizationChanges[K]> | null };

/** Each field's value (null when empty), and the numbers that are not numbers. */
function parseForm(values: OrganizationFormValues): { parsed: Parsed; problems: OrganizationProblems } {
  const problems: OrganizationProblems = {};
  const text = (value: string) => (value.trim() === "" ? null : value.trim());
  const headcount = text(values.headcount) === null ? null : parseWhole(values.headcount);
  if (text(values.headcount) !== null && headcount === null) problems.headcount = "wholeNumber";
  const revenue = text(values.revenue) === null ? null : parseDecimal(values.revenue);
  if (text(values.revenue) !== null && revenue === null) problems.revenue = "number";
  const aliases = values.aliases
    .split("\n")
    .map((alias) => alias.trim())
    .filter((alias) => alias !== "");
  return {
    parsed: {
      name: text(values.name),
      kind: values.kind === "" ? null : values.kind,
      aliases: aliases.length > 0 ? aliases : null,
      country: text(values.country)?.toUpperCase() ?? null,
      siren: text(values.siren),
      headcount,
      revenue,
      fullName: text(values.fullName),
      description: text(values.description),
    },
    problems,
  };
}

/** A new organisation's input; the server checks the name, SIREN and country at their fields. */
export function organizationInput(values: OrganizationFormValues): {
  input: OrganizationInput | null;
  problems: OrganizationProblems;
} {
  const { parsed, problems } = parseForm(values);
  const { kind } = parsed;
  if (!kind) problems.kind = "chooseKind";
  if (!kind || Object.keys(problems).length > 0) return { input: null, problems };
  const input: OrganizationInput = { name: parsed.name ?? "", kind };
  if (parsed.aliases) input.aliases = parsed.aliases;
  if (parsed.country) input.country = parsed.country;
  if (parsed.siren) input.siren = parsed.siren;
  if (parsed.headcount !== null) input.headcount = parsed.headcount;
  if (parsed.revenue !== null) input.revenue = parsed.revenue;
  return { input, problems };
}

/** The fields that differ from the organisation's current values; empty when nothing changed. */
export function organizationChanges(
  current: EditableOrganization,
  values: OrganizationFormValues,
): { changes: OrganizationChanges | null; problems: OrganizationProblems } {
  const { parsed, problems } = parseForm(values);
  if (Object.keys(problems).length > 0) return { changes: null, problems };
  const before = parseForm(organizationFormValues(current)).parsed;
  const changes: Record<string, unknown> = {};
  for (const name of Object.keys(parsed) as Array<keyof Parsed>) {
    if (JSON.stringify(parsed[name]) !== JSON.stringify(before[name]))
      changes[name] = name === "aliases" ? (parsed.aliases ?? []) : parsed[name];
  }
  return { changes: changes as OrganizationChanges, problems };
}
