import { Readable } from "node:stream";
import { describe, expect, it } from "vitest";
import {
  aSiren,
  aSiret,
  establishmentFile,
  headOffice,
  legalUnit,
  legalUnitFile,
} from "../../tests/fixtures/registry/stock-files.js";
import { apiRecord } from "./company-search.js";
import { reconcileAll } from "./match-organizations.js";
import { readEstablishments, readLegalUnits, RegistryFileError } from "./read-stock-files.js";
import { checkRegistryFilter } from "./registry-filter.js";
import { locationQuote, registryRecord } from "./registry-record.js";
import { searchStatus } from "./registry-search.js";

const besancon = { code: "25056", name: "Besançon" };
const organization = (name: string, more: { siren?: string; communes?: string[]; aliases?: string[] } = {}) => ({
  id: name,
  name,
  aliases: more.aliases ?? [],
  siren: more.siren ?? null,
  communes: more.communes ?? [],
});

describe("reading the stock files", () => {
  it("keeps head offices that pass the filter, refuses bad SIRETs with their line", async () => {
    const [kept, elsewhere, secondary] = [aSiren(), aSiren(), aSiren()];
    const file = establishmentFile([
      headOffice(kept, besancon),
      headOffice(elsewhere, { code: "75056", name: "Paris" }),
      { ...headOffice(secondary, besancon), etablissementSiege: "false" },
      { ...headOffice(aSiren(), besancon), siret: "12345678901234" },
    ]);
    const { headOffices, stats } = await readEstablishments(Readable.from([file]), { departement: "25" });
    expect(headOffices.map((office) => office.siren)).toEqual([kept]);
    expect(stats).toMatchObject({ rows: 4, kept: 1, refused: 1, problems: [{ line: 5 }] });
  });

  it("keeps the open secondary establishments of kept head offices when all are asked for, none otherwise", async () => {
    const [firm, elsewhere] = [aSiren(), aSiren()];
    const secondary = (siren: string, nic: string, more: Record<string, string> = {}) => ({
      ...headOffice(siren, { code: "25527", name: "Saint-Vit" }),
      siret: aSiret(siren, nic),
      nic,
      etablissementSiege: "false",
      ...more,
    });
    const file = establishmentFile([
      secondary(firm, "0002"),
      headOffice(firm, besancon),
      secondary(firm, "0003", { etatAdministratifEtablissement: "F" }),
      // Of a company whose head office the filter leaves out: not kept.
      secondary(elsewhere, "0002"),
      headOffice(elsewhere, { code: "75056", name: "Paris" }),
    ]);
    const all = await readEstablishments(Readable.from([file]), { departement: "25" }, { scope: "all" });
    expect(all.headOffices.map((office) => office.siret)).toEqual([aSiret(firm)]);
    expect([...all.secondaries.entries()].map(([siren, rows]) => [siren, rows.map((row) => row.siret)])).toEqual([
      [firm, [aSiret(firm, "0002")]],
    ]);
    expect(all.stats).toMatchObject({ rows: 5, kept: 1, secondaryKept: 1, refused: 0 });
    const record = registryRecord(all.headOffices[0]!, undefined, all.secondaries.get(firm));
    expect(record.establishments).toEqual([
      expect.objectContaining({ siret: aSiret(firm, "0002"), communeCode: "25527", communeName: "SAINT-VIT" }),
    ]);
    const headOnly = await readEstablishments(Readable.from([file]), { departement: "25" });
    expect(headOnly.secondaries.size).toBe(0);
    expect(headOnly.stats.secondaryKept).toBe(0);
  });

  it("reports the counts as they grow, and at the end", async () => {
    const rows = Array.from({ length: 600 }, () => headOffice(aSiren(), besancon));
    const seen: number[] = [];
    await readEstablishments(
      Readable.from([establishmentFile(rows)]),
      {},
      { onRows: (stats) => seen.push(stats.rows) },
    );
    expect(seen).toEqual([256, 512, 600]);
  });

  it("refuses a file without the official columns, naming them", async () => {
    await expect(readEstablishments(Readable.from(["siren;siret\n1;2\n"]), {})).rejects.toThrow(RegistryFileError);
    await expect(readEstablishments(Readable.from(["siren,siret\n1,2\n"]), {})).rejects.toMatchObject({
      missingColumns: expect.arrayContaining(["etablissementSiege", "codeCommuneEtablissement"]),
    });
    await expect(readLegalUnits(Readable.from(["nom\nx\n"]), new Set())).rejects.toThrow(/denominationUniteLegale/);
  });

  // The commune check loads the INSEE reference (35,000 communes) once: seconds on a busy machine.
  it("refuses a bad filter, naming every problem", () => {
    expect(() => checkRegistryFilter({ departement: "Doubs", communes: ["99999"], sirens: ["123"] })).toThrow(
      /département "Doubs"[\s\S]*commune "99999"[\s\S]*SIREN "123"/,
    );
    expect(checkRegistryFilter({ departement: "25", communes: ["25056"] })).toEqual({
      departement: "25",
      communes: ["25056"],
    });
  }, 60_000);
});

describe("reconciling organisations", () => {
  const records = async (offices: ReturnType<typeof headOffice>[], units: ReturnType<typeof legalUnit>[]) => {
    const { headOffices } = await readEstablishments(Readable.from([establishmentFile(offices)]), {});
    const { units: byUnit } = await readLegalUnits(
      Readable.from([legalUnitFile(units)]),
      new Set(headOffices.map((o) => o.siren!)),
    );
    return headOffices.map((office) => registryRecord(office, byUnit.get(office.siren!)));
  };

  it("matches by SIREN first, then by folded name, acronym or trade name", async () => {
    const [a, b, c] = [aSiren(), aSiren(), aSiren()];
    const found = await records(
      [
        headOffice(a, besancon),
        headOffice(b, besancon, { enseigne1Etablissement: "L'ATELIER" }),
        headOffice(c, besancon),
      ],
      [legalUnit(a, "ALPHA"), legalUnit(b, "BETA SAS"), legalUnit(c, "SOCIETE GAMMA", { sigleUniteLegale: "SG" })],
    );
    const outcomes = reconcileAll(
      [organization("x", { siren: a }), organization("Bêta-SAS"), organization("L’Atelier"), organization("SG")],
      found,
    );
    expect(outcomes.map((o) => [o.outcome, o.candidates[0]?.via, o.candidates[0]?.record.siren])).toEqual([
      ["matched", "siren", a],
      ["matched", "denomination", b],
      ["matched", "usual-name", b],
      ["matched", "sigle", c],
    ]);
  });

  it("breaks a tie by commune, else lists the candidates; a SIREN absent from the extract is not found", async () => {
    const [here, there] = [aSiren(), aSiren()];
    const found = await records(
      [headOffice(here, besancon), headOffice(there, { code: "25462", name: "Pontarlier" })],
      [legalUnit(here, "DOUBLON"), legalUnit(there, "DOUBLON")],
    );
    const [placed, unplaced, missing] = reconcileAll(
      [
        organization("Doublon", { communes: ["25056"] }),
        organization("Doublon"),
        organization("y", { siren: aSiren() }),
      ],
      found,
    );
    expect(placed).toMatchObject({ outcome: "matched", candidates: [{ score: 1, communeAgrees: true }] });
    expect(placed!.candidates[0]!.record.siren).toBe(here);
    expect(unplaced!.outcome).toBe("ambiguous");
    expect(unplaced!.candidates).toHaveLength(2);
    expect(missing!.outcome).toBe("not-found");
    expect(locationQuote(placed!.candidates[0]!.record)).toMatch(
      /^siren: \d{9}\nsiret: \d{14}\netablissementSiege: true\n/,
    );
  });
});

describe("the company search API", () => {
  it("is off unless configured, and turns an answer into a record (bad keys left out)", () => {
    expect(searchStatus({ searchUrl: undefined, searchTimeoutMs: 1 }).enabled).toBe(false);
    const siren = aSiren();
    expect(apiRecord({ siren: "123", siege: { siret: "1" } })).toBeNull();
    const record = apiRecord({
      siren,
      nom_raison_sociale: "ALPHA",
      etat_administratif: "C",
      siege: { siret: aSiret(siren), commune: "25056", libelle_commune: "BESANCON" },
    });
    expect(record).toMatchObject({ denomination: "ALPHA", communeCode: "25056", closed: true });
    expect(locationQuote(record!)).toBe(
      `siren: ${siren}\nsiege.siret: ${aSiret(siren)}\nsiege.est_siege: true\nsiege.commune: 25056\nsiege.libelle_commune: BESANCON`,
    );
  });
});
