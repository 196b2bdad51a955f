import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import type { Properties } from "../../graph/fact-model.js";
import { ImportCsvError, writeImportCsv } from "./import-csv.js";
import { generateEcosystem, type Ecosystem } from "./synthetic-ecosystem.js";

const dir = mkdtempSync(path.join(os.tmpdir(), "import-csv-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** An ecosystem of two organisations and one funding between them, with the values given. */
function twoFirms(quote: string, secondName: unknown = "Deux"): Ecosystem {
  const base = generateEcosystem({ scale: "tiny" });
  return {
    ...base,
    nodeGroups: [
      {
        label: "Organization",
        size: 2,
        fact: (index) => ({
          label: "Organization",
          key: `o${index}`,
          properties: (index === 0
            ? { name: "L'Un, « premier »", kind: "CLUSTER", headcount: 12, revenue: 45_000, aliases: ["U1", "Un"] }
            : { name: secondName, kind: "COMPANY" }) as Properties,
          sources: ["bench:test"],
        }),
      },
    ],
    relationshipGroups: [
      {
        type: "FUNDS",
        from: "Organization",
        to: "Organization",
        size: 1,
        fact: () => ({
          type: "FUNDS",
          from: "Organization:o0",
          to: "Organization:o1",
          key: "2024",
          properties: { amount: 1500, year: 2024, currency: "EUR" },
          source: "bench:test",
          quote,
          confidence: "stated",
        }),
      },
    ],
  };
}

describe("the import tool's CSV", () => {
  it("types each column by the schema's rule and quotes every string", async () => {
    const csv = await writeImportCsv(twoFirms('Le « Un » dit "oui", et paie'), path.join(dir, "typed"));
    const read = (file: string) => readFileSync(file, "utf8").trimEnd().split("\n");
    const [firms] = csv.nodes;
    expect(read(firms!.header)).toEqual([
      "id:ID(Organization),name:string,kind:string,headcount:long,revenue:double,aliases:string[],sources:string[]",
    ]);
    expect(read(firms!.data[0]!)).toEqual([
      `"o0","L'Un, « premier »","CLUSTER",12,45000,"U1|Un","bench:test"`,
      `"o1","Deux","COMPANY",,,,"bench:test"`,
    ]);
    const [funds] = csv.relationships;
    expect(funds!.name).toBe("FUNDS");
    expect(read(funds!.header)).toEqual([
      ":START_ID(Organization),:END_ID(Organization),factId:string,amount:double,year:long,currency:string,source:string,quote:string,confidence:string",
    ]);
    expect(read(funds!.data[0]!)).toEqual([
      `"o0","o1","Organization:o0-[FUNDS]->Organization:o1#2024",1500,2024,"EUR","bench:test","Le « Un » dit ""oui"", et paie","stated"`,
    ]);
    expect(csv.multilineFields).toBe(false);
  });

  it("asks the tool to read quoted line breaks only when a value holds one", async () => {
    const csv = await writeImportCsv(twoFirms("une ligne\npuis une autre"), path.join(dir, "multiline"));
    expect(csv.multilineFields).toBe(true);
  });

  it("refuses a value of another type than its column's", async () => {
    const written = writeImportCsv(twoFirms("q", 42), path.join(dir, "mistyped"));
    await expect(written).rejects.toThrow(ImportCsvError);
    await expect(written).rejects.toThrow("Organization.name is a string column, got 42");
  });
});
