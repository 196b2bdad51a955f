import { describe, expect, it } from "vitest";
import { foldName, OrganizationMatcher, type KnownOrganization } from "./organization-matcher.js";

const organization = (id: string, name: string, more: Partial<KnownOrganization> = {}): KnownOrganization => ({
  id,
  name,
  kind: "COMPANY",
  siren: null,
  aliases: [],
  headcount: null,
  revenue: null,
  isNew: false,
  ...more,
});

describe("OrganizationMatcher", () => {
  const femto = organization("femto-st", "FEMTO-ST", { kind: "RESEARCH", aliases: ["institut Femto-St"] });
  const acme = organization("acme", "ACME Microtechniques", { siren: "732829320" });
  const twinA = organization("twin-a", "Jumeaux");
  const twinB = organization("twin-b", "JUMEAUX");
  const matcher = new OrganizationMatcher([femto, acme, twinA, twinB]);

  it("folds names: accents, case, punctuation, œ", () => {
    expect(foldName("  Cœur-de-Métal, S.A.S. ")).toBe("coeur de metal s a s");
  });

  it("matches by id, then SIREN, then name or alias", () => {
    expect(matcher.match({ name: "whatever", id: "acme" })).toMatchObject({
      status: "matched",
      organization: acme,
      via: "id",
    });
    expect(matcher.match({ name: "ACME SAS", siren: "732829320" })).toMatchObject({
      status: "matched",
      organization: acme,
      via: "siren",
    });
    expect(matcher.match({ name: "Institut FEMTO-ST" })).toMatchObject({
      status: "matched",
      organization: femto,
      via: "name",
    });
    expect(matcher.match({ name: "femto st", siren: "552100554" })).toMatchObject({
      status: "matched",
      organization: femto,
      via: "name",
    });
  });

  it("reports two candidates instead of guessing, and a name held by a firm with another SIREN", () => {
    expect(matcher.match({ name: "jumeaux" })).toMatchObject({
      status: "ambiguous",
      via: "name",
      candidates: [twinA, twinB],
    });
    expect(matcher.match({ name: "Acme microtechniques", siren: "552100554" })).toMatchObject({
      status: "conflict",
      organization: acme,
    });
    expect(matcher.match({ name: "x", id: "nobody" })).toMatchObject({ status: "unknown-id" });
    expect(matcher.match({ name: "Inconnue" })).toEqual({ status: "unmatched" });
  });

  it("finds organisations the file introduced, and SIRENs and aliases it learnt", () => {
    const local = new OrganizationMatcher([]);
    const created = organization("nouvelle", "Nouvelle Firme", { isNew: true });
    local.add(created);
    local.setSiren(created, "732829320");
    local.addAlias(created, "NF");
    expect(local.match({ name: "autre nom", siren: "732829320" })).toMatchObject({
      status: "matched",
      organization: created,
    });
    expect(local.match({ name: "nf" })).toMatchObject({ status: "matched", organization: created });
    expect(local.knowsName(created, "NOUVELLE FIRME")).toBe(true);
  });
});
