import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { decodeValue, encodeValue } from "./backup-values.js";

describe("backup values", () => {
  it("carries a date (a document's date) as a tagged ISO date and back as a Neo4j Date", () => {
    const date = new neo4j.types.Date(2024, 4, 11);
    const encoded = encodeValue(date, "Document.date");
    expect(encoded).toEqual({ $date: "2024-04-11" });
    const decoded = decodeValue(JSON.parse(JSON.stringify(encoded)) as typeof encoded);
    expect(neo4j.isDate(decoded)).toBe(true);
    expect(String(decoded)).toBe("2024-04-11");
  });

  it("keeps integers integers and refuses a type it cannot carry", () => {
    expect(decodeValue(encodeValue(neo4j.int(12), "x"))).toEqual(neo4j.int(12));
    expect(() => encodeValue(new neo4j.types.Duration(1, 0, 0, 0), "Event.length")).toThrow(/cannot be backed up/);
  });
});
