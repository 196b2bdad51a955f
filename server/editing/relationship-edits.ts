import type { ManagedTransaction, Node, Relationship } from "neo4j-driver";
import { plainProperties, relationshipProperties } from "../../graph/property-values.js";
import { factId } from "../../graph/fact-model.js";
import { RefIndex } from "../../graph/graph-values.js";
import { nodePattern } from "../../graph/node-ref.js";
import { parseRef } from "../graphql/ref-argument.js";
import { recordChange } from "./audit-trail.js";
import { FieldChecks } from "./edit-errors.js";
import type { EditableRelationship, RelationshipInput } from "../__generated__/resolvers-types.js";

/** Which labels each editable relationship joins, and which properties tell two of them apart. */
const rules: Record<EditableRelationship, { from: string[]; to: string[]; key?: "year" }> = {
  MEMBER_OF: { from: ["Organization"], to: ["Organization"] },
  PARTNER_OF: { from: ["Organization"], to: ["Organization"] },
  PARTICIPATED_IN: { from: ["Organization", "Person"], to: ["Event"], key: "year" },
  FUNDS: { from: ["Organization"], to: ["Programme", "Organization", "Project"], key: "year" },
  LOCATED_IN: { from: ["Organization"], to: ["Commune"] },
};

/** Checks a relationship input: endpoints allowed for its type, evidence complete, values in range. */
function checkRelationship(input: RelationshipInput): FieldChecks {
  const checks = new FieldChecks();
  const rule = rules[input.type];
  const from = input.from.split(":")[0] ?? "";
  const to = input.to.split(":")[0] ?? "";
  checks.check(
    rule.from.includes(from),
    "input.from",
    `${input.type} starts from ${rule.from.join(" or ")}, not ${from || "?"}`,
    {
      code: "WRONG_START",
      values: { type: input.type, expected: rule.from.join(", "), got: from || "?" },
    },
  );
  checks.check(rule.to.includes(to), "input.to", `${input.type} goes to ${rule.to.join(" or ")}, not ${to || "?"}`, {
    code: "WRONG_END",
    values: { type: input.type, expected: rule.to.join(", "), got: to || "?" },
  });
  checks.check(
    input.evidence.quote.trim() !== "",
    "input.evidence.quote",
    "give the passage that states the fact, or a note saying how it is known",
    {
      code: "QUOTE_REQUIRED",
    },
  );
  checks.check(
    input.evidence.confidence !== "unverified" || !!input.evidence.reason?.trim(),
    "input.evidence.reason",
    "say why an unverified fact is added",
    {
      code: "REASON_REQUIRED",
    },
  );
  if (input.year != null)
    checks.check(input.year >= 1900 && input.year <= 2100, "input.year", "a year between 1900 and 2100", {
      code: "YEAR_RANGE",
    });
  if (input.type === "FUNDS")
    checks.check(input.amount != null && input.amount >= 0, "input.amount", "a funding needs an amount of 0 or more", {
      code: "AMOUNT_REQUIRED",
    });
  return checks;
}

/** Adds a relationship with its evidence, refusing a duplicate, and records the change. */
export async function addRelationship(tx: ManagedTransaction, input: RelationshipInput, by: string, why: string) {
  const checks = checkRelationship(input);
  checks.throwIfAny();
  const from = parseRef(input.from, "input.from");
  const to = parseRef(input.to, "input.to");
  const key = rules[input.type].key === "year" && input.year != null ? String(input.year) : undefined;
  const id = factId({ type: input.type, from: input.from as never, to: input.to as never, key });
  const properties: Record<string, unknown> = {
    factId: id,
    source: input.evidence.source?.trim() || `entered by ${by}`,
    quote: input.evidence.quote.trim(),
    confidence: input.evidence.confidence,
    reason: input.evidence.reason?.trim() || null,
    role: input.role ?? null,
    year: input.year ?? null,
    context: input.context ?? null,
    ...(input.type === "FUNDS" ? { amount: input.amount, currency: "EUR" } : {}),
  };
  const found = await tx.run(
    `OPTIONAL MATCH ${nodePattern("a", from, "fromKey")}
     OPTIONAL MATCH ${nodePattern("b", to, "toKey")}
     RETURN a, b, EXISTS { MATCH ()-[existing {factId: $factId}]->() } AS duplicate`,
    { fromKey: from.key, toKey: to.key, factId: id },
  );
  const record = found.records[0]!;
  new FieldChecks()
    .check(record.get("a") !== null, "input.from", `nothing has the reference ${input.from}`, {
      code: "UNKNOWN_REF",
      values: { ref: input.from },
    })
    .check(record.get("b") !== null, "input.to", `nothing has the reference ${input.to}`, {
      code: "UNKNOWN_REF",
      values: { ref: input.to },
    })
    .check(record.get("duplicate") !== true, "input", `this fact exists already (${id}): change or remove it instead`, {
      code: "DUPLICATE_FACT",
      values: { id },
    })
    .throwIfAny();
  const created = await tx.run(
    `MATCH ${nodePattern("a", from, "fromKey")} MATCH ${nodePattern("b", to, "toKey")}
     CREATE (a)-[r:${input.type}]->(b) SET r = $properties RETURN r`,
    {
      fromKey: from.key,
      toKey: to.key,
      properties: relationshipProperties(
        input.type,
        Object.fromEntries(Object.entries(properties).filter(([, value]) => value !== null)),
      ),
    },
  );
  return describeAdded(
    tx,
    record.get("a") as Node,
    record.get("b") as Node,
    created.records[0]!.get("r") as Relationship,
    by,
    why,
  );
}

async function describeAdded(
  tx: ManagedTransaction,
  a: Node,
  b: Node,
  relationship: Relationship,
  by: string,
  why: string,
) {
  const refs = new RefIndex();
  refs.add([a, b]);
  const edge = refs.edge(relationship);
  const change = await recordChange(tx, {
    by,
    action: "ADD_RELATIONSHIP",
    entity: edge.from,
    relationship: edge.id,
    why,
    after: relationshipSnapshot(relationship, edge.from, edge.to),
    touches: [edge.from, edge.to],
  });
  return { change, node: null, edge };
}

/** Removes a relationship by its fact id (or element id), keeping it in the change's `before`. */
export async function removeRelationship(tx: ManagedTransaction, id: string, by: string, why: string) {
  const found = await tx.run(
    `MATCH (a)-[r]->(b) WHERE r.factId = $id OR elementId(r) = $id
     RETURN a, r, b LIMIT 1`,
    { id },
  );
  const record = found.records[0];
  new FieldChecks()
    .check(
      !!record && (record.get("r") as Relationship).type !== "CHANGED",
      "id",
      `no relationship has the id "${id}"`,
      { code: "UNKNOWN_RELATIONSHIP", values: { id } },
    )
    .throwIfAny();
  const refs = new RefIndex();
  refs.add([record!.get("a") as Node, record!.get("b") as Node]);
  const relationship = record!.get("r") as Relationship;
  const edge = refs.edge(relationship);
  const change = await recordChange(tx, {
    by,
    action: "REMOVE_RELATIONSHIP",
    entity: edge.from,
    relationship: edge.id,
    why,
    before: relationshipSnapshot(relationship, edge.from, edge.to),
    touches: [edge.from, edge.to],
  });
  await tx.run("MATCH ()-[r]->() WHERE elementId(r) = $elementId DELETE r", { elementId: relationship.elementId });
  return { change, node: null, edge: null };
}

/** What a revert needs to recreate a relationship. */
export function relationshipSnapshot(relationship: Relationship, from: string, to: string) {
  return {
    type: relationship.type,
    from,
    to,
    properties: plainProperties(relationship.properties),
  };
}
