import { readFileSync } from "node:fs";
import path from "node:path";
import { Kind, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config.js";
import { revertibility } from "./revert-change.js";

/** The values of the schema's ChangeAction enum, as codegen printed the full schema. */
function schemaChangeActions(): string[] {
  const printed = readFileSync(path.join(projectRoot, "client/src/__generated__/schema.graphql"), "utf8");
  const definition = parse(printed).definitions.find(
    (node) => node.kind === Kind.ENUM_TYPE_DEFINITION && node.name.value === "ChangeAction",
  );
  if (definition?.kind !== Kind.ENUM_TYPE_DEFINITION) throw new Error("the schema has no ChangeAction enum");
  return (definition.values ?? []).map((value) => value.name.value);
}

describe("what a revert does with each action", () => {
  it("says it for every action of the schema, and for no other", () => {
    expect(Object.keys(revertibility).sort()).toEqual(schemaChangeActions().sort());
  });

  it("undoes each revertible action by one whose revert leads back to it", () => {
    for (const [action, rule] of Object.entries(revertibility)) {
      if (!("inverse" in rule)) continue;
      const back = revertibility[rule.inverse];
      expect({ action, back: "inverse" in back ? back.inverse : back.refused.code }).toEqual({ action, back: action });
    }
  });

  it("refuses imports, uploaded sources, accepted register matches and account changes, each with its code", () => {
    const refused = Object.entries(revertibility).flatMap(([action, rule]) =>
      "refused" in rule ? [[action, rule.refused.code] as const] : [],
    );
    expect(Object.fromEntries(refused)).toMatchObject({
      IMPORT: "IMPORT_NOT_REVERTIBLE",
      ADD_SOURCE: "SOURCE_NOT_REVERTIBLE",
      ACCEPT_REGISTRY_MATCH: "REGISTRY_MATCH_NOT_REVERTIBLE",
      CREATE_ACCOUNT: "ACCOUNT_CHANGE_NOT_REVERTIBLE",
      REVOKE_API_TOKEN: "ACCOUNT_CHANGE_NOT_REVERTIBLE",
    });
    for (const [, code] of refused) expect(code).toMatch(/_NOT_REVERTIBLE$/);
  });
});
