import { describe, expect, it } from "vitest";
import { overBudget, parseSize } from "./transaction-budget.js";

describe("transaction budget", () => {
  it("reads Neo4j's sizes", () => {
    expect(["1.40GiB", "537.6MiB", "0B", "512KiB", "junk"].map(parseSize)).toEqual([
      1.4 * 1024 ** 3,
      537.6 * 1024 ** 2,
      0,
      512 * 1024,
      null,
    ]);
  });

  it("lets a file through when its transaction fits, and says how to split one that does not", () => {
    const limit = { bytes: 537.6 * 1024 ** 2, setting: "dbms.memory.transaction.total.max" };
    expect(overBudget(10_000, 5_000, limit)).toBeNull();
    expect(overBudget(10_000, 5_000, null)).toBeNull();
    expect(overBudget(310_000, 100_000, limit)).toBe(
      "the file writes 310,000 nodes and relationships in one transaction, about 1,211 MB of transaction memory; the database allows 538 MB " +
        "(dbms.memory.transaction.total.max). Nothing was written: split the file into parts of at most 39,955 rows, or give Neo4j more heap (NEO4J_HEAP).",
    );
  });
});
