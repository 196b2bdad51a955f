import neo4j from "neo4j-driver";
import { describe, expect, it } from "vitest";
import { readPropertyTypes } from "./property-types.js";
import {
  nodeProperties,
  PropertyValueError,
  relationshipProperties,
  toNeo4jValue,
  toPlain,
} from "./property-values.js";

describe("the declared property types", () => {
  const types = readPropertyTypes();

  it("come from the schema's node types and relationship properties", () => {
    expect(types.nodes.get("Organization")?.get("revenue")).toBe("Float");
    expect(types.nodes.get("Organization")?.get("headcount")).toBe("Int");
    expect(types.relationships.get("FUNDS")?.get("amount")).toBe("Float");
    expect(types.relationships.get("FUNDS")?.get("year")).toBe("Int");
  });

  it("leave out fields computed by @cypher or reached through @relationship", () => {
    expect(types.nodes.get("Organization")?.has("participatedIn")).toBe(false);
  });

  it("read a Date declared in other type definitions", () => {
    const custom = readPropertyTypes([`type Meeting @node { id: ID!, on: Date, attendees: Int }`]);
    expect(custom.nodes.get("Meeting")?.get("on")).toBe("Date");
  });
});

describe("one rule for the values written to Neo4j", () => {
  it("writes a Float property as a float even when it is a whole number", () => {
    const written = nodeProperties("Organization", { revenue: 1_200_000, headcount: 45 });
    expect(neo4j.isInt(written.revenue)).toBe(false);
    expect(written.revenue).toBe(1_200_000);
    expect(neo4j.isInt(written.headcount)).toBe(true);
  });

  it("converts an Integer read back for a Float property to a number", () => {
    expect(relationshipProperties("FUNDS", { amount: neo4j.int(45_000) }).amount).toBe(45_000);
  });

  it("keeps the seed's rule for undeclared properties: whole numbers are integers", () => {
    const written = nodeProperties("Organization", { notInTheSchema: 3, ratio: 0.5 });
    expect(neo4j.isInt(written.notInTheSchema)).toBe(true);
    expect(written.ratio).toBe(0.5);
  });

  it("refuses a fraction for an Int and a malformed date", () => {
    expect(() => nodeProperties("Organization", { headcount: 4.5 })).toThrow(PropertyValueError);
    expect(() => toNeo4jValue("2024-02-30", "Date")).toThrow(PropertyValueError);
  });

  it("writes a Date as a Neo4j date and reads it back as its ISO text", () => {
    const date = toNeo4jValue("2024-04-11", "Date");
    expect(neo4j.isDate(date)).toBe(true);
    expect(toPlain(date)).toBe("2024-04-11");
  });

  it("converts every item of a list", () => {
    expect(toPlain(toNeo4jValue([2023, 2024], "Int"))).toEqual([2023, 2024]);
  });
});
