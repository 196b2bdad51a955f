import { readFileSync } from "node:fs";
import path from "node:path";
import { ApolloServerErrorCode } from "@apollo/server/errors";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config.js";
import { errorCodes, isErrorCode } from "./error-codes.js";

/** The rows of the README's error table (under "### Errors and limits"): code → HTTP status. */
function readmeErrorTable(): Record<string, number> {
  const readme = readFileSync(path.join(projectRoot, "README.md"), "utf8");
  const section = readme.split(/^### Errors and limits$/mu)[1]?.split(/^#{1,3} /mu)[0];
  if (!section) throw new Error('README.md has no "### Errors and limits" section');
  const rows = [...section.matchAll(/^\| `([A-Z_]+)` \| (\d{3}) \|/gmu)];
  return Object.fromEntries(rows.map(([, code, status]) => [code!, Number(status)]));
}

describe("the error vocabulary", () => {
  it("is the README's error table, code for code and status for status, both ways", () => {
    const table = readmeErrorTable();
    expect(Object.keys(table).length).toBeGreaterThan(0);
    const inCodeOnly = Object.keys(errorCodes).filter((code) => !(code in table));
    const inReadmeOnly = Object.keys(table).filter((code) => !isErrorCode(code));
    expect({ inCodeOnly, inReadmeOnly }).toEqual({ inCodeOnly: [], inReadmeOnly: [] });
    expect(table).toEqual(errorCodes);
  });

  it("covers every code Apollo Server itself answers with", () => {
    const apolloCodes = Object.values(ApolloServerErrorCode);
    expect(apolloCodes.filter((code) => !isErrorCode(code))).toEqual([]);
  });

  it("knows no code by a prototype's name", () => {
    expect(isErrorCode("constructor")).toBe(false);
    expect(isErrorCode("toString")).toBe(false);
  });
});
