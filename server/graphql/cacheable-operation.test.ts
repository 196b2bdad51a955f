import { readFileSync } from "node:fs";
import path from "node:path";
import { buildSchema, Kind, parse, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { projectRoot } from "../config.js";
import {
  cacheableRootFields,
  canonicalJson,
  isCacheableOperation,
  responseCacheKey,
  rootFieldNames,
  uncachedRootFields,
} from "./cacheable-operation.js";

/** Whether the (first) operation of `source` may be answered from the response cache. */
function cacheable(source: string): boolean {
  const document = parse(source);
  const operation = document.definitions.find((definition) => definition.kind === Kind.OPERATION_DEFINITION);
  return isCacheableOperation(operation as OperationDefinitionNode, document);
}

describe("which operations the response cache answers", () => {
  it("classifies every root query field of the schema as cached or not, never both", () => {
    const schema = buildSchema(readFileSync(path.join(projectRoot, "client/src/__generated__/schema.graphql"), "utf8"));
    const fields = Object.keys(schema.getQueryType()!.getFields()).sort();
    const classified = [...cacheableRootFields, ...uncachedRootFields.keys()].sort();
    expect(classified).toEqual(fields);
    expect([...cacheableRootFields].filter((field) => uncachedRootFields.has(field))).toEqual([]);
  });

  it("caches queries whose root fields are all graph reads, fragments and __typename included", () => {
    expect(cacheable('query Entity { entity(ref: "Organization:pmt") { ref } }')).toBe(true);
    expect(cacheable('{ __typename a: entity(ref: "Organization:pmt") { ref } search(text: "micro") { ref } }')).toBe(
      true,
    );
    expect(
      cacheable(
        "query { ...Root ... on Query { organizations { id } } } fragment Root on Query { countsByKind { count } }",
      ),
    ).toBe(true);
  });

  it("never caches mutations, identity, history, network questions or a mix of cached and uncached fields", () => {
    expect(cacheable('mutation { deleteOrganization(id: "x", why: "y") { change { id } } }')).toBe(false);
    expect(cacheable("{ me { id } }")).toBe(false);
    expect(cacheable('{ history(ref: "Organization:pmt") { id } }')).toBe(false);
    expect(cacheable("{ networkMetrics { cached } }")).toBe(false);
    expect(cacheable('{ entity(ref: "Organization:pmt") { ref } me { id } }')).toBe(false);
    expect(cacheable('{ entity(ref: "Organization:pmt") { ref } ...Who } fragment Who on Query { me { id } }')).toBe(
      false,
    );
    expect(cacheable("{ __typename }")).toBe(false);
    expect(cacheable("{ __schema { queryType { name } } }")).toBe(false);
  });

  it("lists root fields once per fragment spread, an unknown fragment by name", () => {
    const document = parse(
      '{ ...A ...A ...Missing entity(ref: "x") { ref } } fragment A on Query { search(text: "a") { ref } }',
    );
    const operation = document.definitions[0] as OperationDefinitionNode;
    expect(rootFieldNames(operation, document)).toEqual(["search", "...Missing", "entity"]);
  });
});

describe("the key of a cached answer", () => {
  it("serialises variables with sorted keys at every depth, undefined left out", () => {
    expect(canonicalJson({ b: 1, a: { d: [2, { z: null, y: "é" }], c: undefined } })).toBe(
      '{"a":{"d":[2,{"y":"é","z":null}]},"b":1}',
    );
  });

  it("is the same for the same variables in another order, different for another value, name or document", () => {
    const key = responseCacheKey("hash", "Entity", { ref: "Organization:pmt", depth: 1 });
    expect(responseCacheKey("hash", "Entity", { depth: 1, ref: "Organization:pmt" })).toBe(key);
    expect(responseCacheKey("hash", "Entity", { depth: 2, ref: "Organization:pmt" })).not.toBe(key);
    expect(responseCacheKey("hash", "Other", { ref: "Organization:pmt", depth: 1 })).not.toBe(key);
    expect(responseCacheKey("other", "Entity", { ref: "Organization:pmt", depth: 1 })).not.toBe(key);
    expect(responseCacheKey("hash", null, undefined)).toBe(responseCacheKey("hash", undefined, {}));
  });
});
