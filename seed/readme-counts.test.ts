// The README states the seed's size, per label and per relationship type: this keeps it true.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { buildSeed } from "./build-seed.js";

const readme = readFileSync(path.join(import.meta.dirname, "..", "README.md"), "utf8");

/** Counts items by a name, as `{ name: count }`. */
function countBy<T>(items: T[], name: (item: T) => string): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const item of items) counts[name(item)] = (counts[name(item)] ?? 0) + 1;
  return counts;
}

/** The `Name 12 · Other 3` counts of the README table whose header row names `heading`. */
function readmeTable(heading: string): Record<string, number> {
  const table = new RegExp(`\\| ${heading} \\| \\|\\n\\| --- \\| --- \\|\\n\\| (.+) \\|\\n`, "u").exec(readme);
  expect(table, `README table "${heading}"`).not.toBeNull();
  return Object.fromEntries(
    [...table![1]!.matchAll(/([A-Z][A-Za-z_]*) (\d+)/gu)].map(([, name, count]) => [name!, Number(count)]),
  );
}

describe("the seed counts the README states", () => {
  const { facts } = buildSeed();

  it("gives the number of nodes and relationships", () => {
    const total = /The seed holds \*\*(\d+) nodes and (\d+)\s+relationships\*\*/u.exec(readme);
    expect(total?.slice(1).map(Number)).toEqual([facts.nodes.length, facts.relationships.length]);
  });

  it("gives the nodes per label", () => {
    expect(readmeTable("nodes")).toEqual(countBy(facts.nodes, (node) => node.label));
  });

  it("gives the relationships per type", () => {
    expect(readmeTable("relationships")).toEqual(countBy(facts.relationships, (fact) => fact.type));
  });
});
