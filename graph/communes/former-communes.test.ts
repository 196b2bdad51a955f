import { describe, expect, it } from "vitest";
import { formerCommunes, type FormerCommune } from "./commune-aliases.js";
import { checkFormerCommunes, FormerCommuneMismatchError } from "./former-communes.js";
import { communeRecords } from "./reference-data.js";

/** The reviewed entry for Le Gratteris, with the fields a test changes. */
function gratteris(changes: Partial<FormerCommune> = {}): Record<string, FormerCommune> {
  return {
    "Le Gratteris": {
      code: "25297",
      official: "Le Gratteris",
      mergedInto: "25364",
      successor: "Mamirolle",
      mergedOn: "2025-01-01",
      ...changes,
    },
  };
}

describe("checkFormerCommunes", () => {
  it("accepts the reviewed table, each entry a former code of the successor named", () => {
    const checked = checkFormerCommunes(formerCommunes, communeRecords());
    expect(checked.size).toBe(Object.keys(formerCommunes).length);
    expect(checked.get("25297")).toEqual({ ...gratteris()["Le Gratteris"], departement: "25" });
  });

  it("refuses a code the successor does not list among its former codes", () => {
    const check = () => checkFormerCommunes(gratteris({ code: "25298" }), communeRecords());
    expect(check).toThrow(FormerCommuneMismatchError);
    expect(check).toThrow(/25298 is not a former code of Mamirolle \(25364\), whose former codes are 25297/);
  });

  it("refuses a successor that is not the commune named, or not a current commune", () => {
    expect(() => checkFormerCommunes(gratteris({ successor: "Nancray" }), communeRecords())).toThrow(
      /25364 is Mamirolle, not Nancray/,
    );
    expect(() => checkFormerCommunes(gratteris({ mergedInto: "99999" }), communeRecords())).toThrow(
      /successor 99999 is not a current commune/,
    );
  });

  it("refuses a code that is still a current commune", () => {
    expect(() => checkFormerCommunes(gratteris({ code: "25364" }), communeRecords())).toThrow(
      /25364 is still a current commune/,
    );
  });

  it("lists every disagreement at once", () => {
    const table = {
      ...gratteris({ code: "25298" }),
      Ailleurs: { ...gratteris()["Le Gratteris"]!, mergedInto: "99999" },
    };
    expect(() => checkFormerCommunes(table, communeRecords())).toThrow(/25298[\s\S]*99999/);
  });
});
