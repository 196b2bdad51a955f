import { nodeKeys } from "../../schema/node-keys.js";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import {
  buildSchema,
  OperationTypeNode,
  getNamedType,
  isEnumType,
  isNonNullType,
  Kind,
  parse,
  typeFromAST,
  type DocumentNode,
  type GraphQLInputType,
  type OperationDefinitionNode,
} from "graphql";
import { describe, expect, it } from "vitest";
import { loadTypeDefs } from "../../graph/schema-files.js";
import { parseConfig, projectRoot } from "../config.js";
import { nestedAttendeesAttack } from "../../tests/resilience/hostile-queries.js";
import { countRootFields, pageSizes, queryCost, queryCostPlugin } from "./query-cost.js";

const schema = buildSchema(readFileSync(path.join(projectRoot, "client/src/__generated__/schema.graphql"), "utf8"));
const sizes = pageSizes(loadTypeDefs());
const { maxCost, maxRootFields } = parseConfig({}).graphql.limits;
const cost = (query: string, variables?: Record<string, unknown>) => queryCost(schema, sizes, parse(query), variables);

/** Every query of the query library, the client and the tests, with its document. */
function knownOperations(): Array<{ name: string; document: DocumentNode; operation: OperationDefinitionNode }> {
  const files = ["schema/queries", "client/src", "tests"].flatMap((folder) =>
    readdirSync(path.join(projectRoot, folder), { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".graphql") && !file.includes("__generated__"))
      .map((file) => readFileSync(path.join(projectRoot, folder, file), "utf8")),
  );
  const document: DocumentNode = {
    kind: Kind.DOCUMENT,
    definitions: files.flatMap((source) => parse(source).definitions),
  };
  return document.definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION && definition.operation === OperationTypeNode.QUERY && definition.name
      ? [{ name: definition.name.value, document, operation: definition }]
      : [],
  );
}

/** A value for each required variable without a default: the largest `limit` the API accepts. */
function sampleVariables(operation: OperationDefinitionNode): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  for (const definition of operation.variableDefinitions ?? []) {
    const type = typeFromAST(schema, definition.type as never) as GraphQLInputType | undefined;
    if (!type || !isNonNullType(type) || definition.defaultValue) continue;
    const named = getNamedType(type);
    const name = definition.variable.name.value;
    values[name] =
      named.name === "Int"
        ? name === "limit"
          ? 5_000
          : 2
        : named.name === "Boolean"
          ? false
          : isEnumType(named)
            ? named.getValues()[0]!.value
            : named.name === "ID" || named.name === "String"
              ? "x"
              : {};
  }
  return values;
}

describe("query cost", () => {
  it("reads every node type's @limit", () => {
    expect(sizes.get("Organization")).toEqual({ default: 100, max: 1_000 });
    expect(sizes.size).toBe(Object.keys(nodeKeys).length - 1); // every label but Change, which is no API type
  });

  it("counts a list at its page size, nested lists multiplied", () => {
    expect(cost("{ organizations { id name } }")).toBe(100);
    expect(cost("{ organizations(limit: 5) { id } }")).toBe(5);
    expect(cost("{ organizations(limit: 100000) { id } }")).toBe(1_000);
    expect(cost("{ organizations(limit: 10) { members(limit: 10) { id } } }")).toBe(10 * (1 + 10));
    expect(cost("{ organizations { members { participatedIn { id } } } }")).toBe(100 * (1 + 100 * (1 + 100)));
  });

  it("counts one row when `where` pins the key, and a connection by its first", () => {
    expect(cost('{ organizations(where: { id: { eq: "pmt" } }) { members { id } } }')).toBe(1 + 100);
    expect(cost("{ organizationsConnection(first: 10) { totalCount edges { node { id } } } }")).toBe(10 * 2);
    expect(cost('{ documents(where: { id: { eq: "d" } }) { attendeesConnection { totalCount } } }')).toBe(2);
  });

  it("counts the analyst questions by their limit argument", () => {
    expect(cost('{ search(text: "a", limit: 20) { totalCount hits { node { ref } } } }')).toBe(20 * 2);
    expect(cost('{ neighbourhood(ref: "Organization:pmt", limit: 100000) { nodes { ref } } }')).toBe(5_000);
    expect(cost("{ __schema { types { fields { name type { ofType { name } } } } } }")).toBe(0);
  });

  it("counts a paged question at the page size asked, times its answers' own bound", () => {
    const firms = (args: string) =>
      cost(
        `{ firmsAtEventsPage${args ? `(${args})` : ""} { totalCount answers { organization paths { nodes } } nodes { ref } } }`,
      );
    // Per answer: the answer, its paths, a node: 3 objects, each list inside counted once.
    expect(firms("")).toBe(50 * 20 * 3);
    expect(firms("first: 10")).toBe(10 * 20 * 3);
    expect(firms("first: 10, pathsPerAnswer: 1")).toBe(10 * 3);
    expect(firms("first: 100000, pathsPerAnswer: 100000")).toBe(500 * 100 * 3);
    const events = (args: string) =>
      cost(`{ eventParticipationPage(${args}) { answers { event organizations { evidence } } nodes { ref } } }`);
    expect(events("first: 20")).toBe(20 * 100 * 3);
    expect(events("first: 20, participantsPerEvent: 5")).toBe(20 * 5 * 3);
  });

  it("refuses the nested-attendees attack by far", () => {
    expect(cost(nestedAttendeesAttack())).toBeGreaterThan(maxCost * 1_000);
    expect(cost(nestedAttendeesAttack(1, 3))).toBeGreaterThan(maxCost);
  });

  it("lets every query of the client, the query library and the tests through", () => {
    const measured = knownOperations().map(({ name, document, operation }) => ({
      name,
      cost: queryCost(schema, sizes, document, sampleVariables(operation), name),
      rootFields: countRootFields(document, operation),
    }));
    // The largest today: EventsOfYear (30,301), the graph view at 5,000 nodes (25,000).
    expect(measured.filter((each) => each.cost > maxCost || each.rootFields > maxRootFields)).toEqual([]);
  });

  it("counts root fields with aliases and fragments", () => {
    const document = parse("query Q { a: me { id } b: me { id } ...F } fragment F on Query { me { id } __typename }");
    expect(countRootFields(document, document.definitions[0] as OperationDefinitionNode)).toBe(3);
  });

  it("counts a repeated query once per variables, and still refuses the same document with costlier variables", async () => {
    const plugin = queryCostPlugin({ maxCost, maxRootFields }, sizes);
    const document = parse(
      "query Q($n: Int) { organizations(limit: $n) { members(limit: $n) { participatedIn(limit: $n) { id } } } }",
    );
    const operation = document.definitions[0] as OperationDefinitionNode;
    const check = async (variables: Record<string, unknown>) => {
      const hooks = await plugin.requestDidStart!({} as never);
      const context = { schema, document, operation, request: { variables, operationName: "Q" } };
      return (hooks as { didResolveOperation: (context: never) => Promise<void> }).didResolveOperation(
        context as never,
      );
    };
    for (let round = 0; round < 2; round++) {
      await expect(check({ n: 2 })).resolves.toBeUndefined();
      await expect(check({ n: 1_000 })).rejects.toMatchObject({
        extensions: { code: "QUERY_TOO_COSTLY", limit: "cost" },
      });
      // Variables of the wrong type are the execution's to refuse: the cost check lets them through.
      await expect(check({ n: "many" })).resolves.toBeUndefined();
    }
  });
});
