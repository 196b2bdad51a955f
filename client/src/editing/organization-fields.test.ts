import { describe, expect, it } from "vitest";
import {
  type EditableOrganization,
  organizationChanges,
  organizationFormValues,
  organizationInput,
} from "./organization-fields";

const statice: EditableOrganization = {
  name: "Statice",
  kind: "COMPANY",
  aliases: ["STATICE SAS"],
  country: "FR",
  siren: null,
  headcount: 24,
  revenue: null,
};

describe("the organisation form", () => {
  it("starts from the organisation's values, aliases one per line", () => {
    expect(organizationFormValues(statice)).toMatchObject({
      name: "Statice",
      kind: "COMPANY",
      aliases: "STATICE SAS",
      headcount: "24",
      revenue: "",
      siren: "",
    });
    expect(organizationFormValues()).toMatchObject({ name: "", kind: "" });
  });

  it("sends a new organisation with what was filled in, numbers as typed in French", () => {
    const values = {
      ...organizationFormValues(),
      name: " Microméca ",
      kind: "COMPANY" as const,
      aliases: "MICROMECA\n\n Micro-Méca ",
      revenue: "3 200 000,50",
      country: "fr",
    };
    expect(organizationInput(values)).toEqual({
      input: {
        name: "Microméca",
        kind: "COMPANY",
        aliases: ["MICROMECA", "Micro-Méca"],
        country: "FR",
        revenue: 3_200_000.5,
      },
      problems: {},
    });
  });

  it("asks for a kind and for numbers that are numbers before sending", () => {
    const values = { ...organizationFormValues(), name: "Sans type", headcount: "douze", revenue: "1,2 M€" };
    expect(organizationInput(values)).toEqual({
      input: null,
      problems: { kind: "chooseKind", headcount: "wholeNumber", revenue: "number" },
    });
  });

  it("changes only the fields that differ, and removes a value whose field was emptied", () => {
    const values = { ...organizationFormValues(statice), headcount: "30", aliases: "", siren: "123 456 789" };
    expect(organizationChanges(statice, values)).toEqual({
      changes: { aliases: [], siren: "123 456 789", headcount: 30 },
      problems: {},
    });
    const emptied = { ...organizationFormValues(statice), country: "" };
    expect(organizationChanges(statice, emptied).changes).toEqual({ country: null });
    expect(organizationChanges(statice, organizationFormValues(statice)).changes).toEqual({});
  });
});
