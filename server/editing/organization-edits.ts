import type { ManagedTransaction, Node } from "neo4j-driver";
import { slugId } from "../../graph/slug.js";
import { toGraphNode } from "../../graph/graph-values.js";
import { nodeProperties, plainProperties, toPlain } from "../../graph/property-values.js";
import { recordChange, type ChangeRecord } from "./audit-trail.js";
import { FieldChecks } from "./edit-errors.js";
import type { OrganizationChanges, OrganizationInput } from "../__generated__/resolvers-types.js";

/** Checks organisation fields (an OrganizationInput is OrganizationChanges with name and kind); `creating` makes name and kind required. */
export function checkOrganizationFields(
  fields: OrganizationChanges,
  prefix: string,
  creating: boolean,
  checks = new FieldChecks(),
): FieldChecks {
  if (creating || fields.name !== undefined)
    checks.check(typeof fields.name === "string" && fields.name.trim() !== "", `${prefix}.name`, "a name is required", {
      code: "NAME_REQUIRED",
    });
  if (creating)
    checks.check(typeof fields.kind === "string", `${prefix}.kind`, "a kind is required", { code: "KIND_REQUIRED" });
  if (fields.siren != null)
    checks.check(/^\d{9}$/u.test(fields.siren.replace(/\s/gu, "")), `${prefix}.siren`, "a SIREN has 9 digits", {
      code: "SIREN_FORMAT",
    });
  if (fields.country != null)
    checks.check(
      /^[A-Z]{2}$/u.test(fields.country),
      `${prefix}.country`,
      "an ISO 3166 code of 2 capital letters, e.g. FR",
      { code: "COUNTRY_FORMAT" },
    );
  if (fields.headcount != null)
    checks.check(fields.headcount >= 0, `${prefix}.headcount`, "a headcount cannot be negative", {
      code: "NEGATIVE_HEADCOUNT",
    });
  if (fields.revenue != null)
    checks.check(fields.revenue >= 0, `${prefix}.revenue`, "a turnover cannot be negative", {
      code: "NEGATIVE_REVENUE",
    });
  return checks;
}

/** Neo4j property values for the fields given (by the schema's types; SIREN without spaces). */
function toProperties(fields: OrganizationChanges): Record<string, unknown> {
  const values = Object.fromEntries(
    Object.entries(fields)
      .filter(([, value]) => value !== undefined)
      .map(([name, value]) => {
        if (name === "siren" && typeof value === "string") return [name, value.replace(/\s/gu, "")];
        if (name === "name" && typeof value === "string") return [name, value.trim()];
        return [name, value];
      }),
  );
  return nodeProperties("Organization", values);
}

/** Creates an organisation with a fresh slug id (suffixed when taken) and records the change. */
export async function createOrganization(tx: ManagedTransaction, fields: OrganizationInput, by: string, why: string) {
  const base = slugId(fields.name ?? "organisation") || "organisation";
  const taken = await tx.run(
    "MATCH (o:Organization) WHERE o.id = $base OR o.id STARTS WITH $prefix RETURN collect(o.id) AS ids",
    {
      base,
      prefix: `${base}-`,
    },
  );
  const ids = new Set(taken.records[0]!.get("ids") as string[]);
  let id = base;
  for (let suffix = 2; ids.has(id); suffix += 1) id = `${base}-${suffix}`;
  const properties = { ...toProperties(fields), sources: [`entered by ${by}`] };
  const created = await tx.run("CREATE (o:Organization {id: $id}) SET o += $properties RETURN o", { id, properties });
  const node = created.records[0]!.get("o") as Node;
  const change = await recordChange(tx, {
    by,
    action: "CREATE_ORGANIZATION",
    entity: `Organization:${id}`,
    why,
    after: plainProperties(node.properties),
    touches: [`Organization:${id}`],
  });
  return { change, node: toGraphNode(node), edge: null };
}

/** Changes the fields given; records only what really changed, before and after. */
export async function updateOrganization(
  tx: ManagedTransaction,
  id: string,
  fields: OrganizationChanges,
  by: string,
  why: string,
) {
  const found = await tx.run("MATCH (o:Organization {id: $id}) RETURN o", { id });
  const current = found.records[0]?.get("o") as Node | undefined;
  if (!current)
    new FieldChecks()
      .check(false, "id", `no organisation has the id "${id}"`, { code: "UNKNOWN_ORGANIZATION", values: { id } })
      .throwIfAny();
  const before = plainProperties(current!.properties);
  const wanted = toProperties(fields);
  const changed = Object.keys(wanted).filter(
    (name) => JSON.stringify(toPlain(wanted[name]) ?? null) !== JSON.stringify(before[name] ?? null),
  );
  const updated = await tx.run("MATCH (o:Organization {id: $id}) SET o += $changes RETURN o", {
    id,
    changes: Object.fromEntries(changed.map((name) => [name, wanted[name]])),
  });
  const node = updated.records[0]!.get("o") as Node;
  const after = plainProperties(node.properties);
  const change = await recordChange(tx, {
    by,
    action: "UPDATE_ORGANIZATION",
    entity: `Organization:${id}`,
    why,
    before: Object.fromEntries(changed.map((name) => [name, before[name] ?? null])),
    after: Object.fromEntries(changed.map((name) => [name, after[name] ?? null])),
    touches: [`Organization:${id}`],
  });
  return { change, node: toGraphNode(node), edge: null };
}

/** Deletes an organisation and its relationships, keeping all of it in the change's `before` so a revert restores it. */
export async function deleteOrganization(
  tx: ManagedTransaction,
  id: string,
  by: string,
  why: string,
): Promise<{ change: ChangeRecord; node: null; edge: null }> {
  const found = await tx.run(
    `MATCH (o:Organization {id: $id})
     OPTIONAL MATCH (o)-[r]-(other) WHERE type(r) <> 'CHANGED'
     RETURN o, collect({type: type(r), outgoing: startNode(r) = o, other: other, properties: properties(r)}) AS relationships`,
    { id },
  );
  const record = found.records[0];
  if (!record)
    new FieldChecks()
      .check(false, "id", `no organisation has the id "${id}"`, { code: "UNKNOWN_ORGANIZATION", values: { id } })
      .throwIfAny();
  const relationships = (
    record!.get("relationships") as Array<{
      type: string | null;
      outgoing: boolean;
      other: Node | null;
      properties: Record<string, unknown>;
    }>
  )
    .filter((relationship) => relationship.type !== null && relationship.other !== null)
    .map((relationship) => ({
      type: relationship.type!,
      outgoing: relationship.outgoing,
      other: toGraphNode(relationship.other!).ref,
      properties: plainProperties(relationship.properties),
    }));
  const before = { properties: plainProperties((record!.get("o") as Node).properties), relationships };
  const change = await recordChange(tx, {
    by,
    action: "DELETE_ORGANIZATION",
    entity: `Organization:${id}`,
    why,
    before,
    touches: relationships.map((r) => r.other),
  });
  await tx.run("MATCH (o:Organization {id: $id}) DETACH DELETE o", { id });
  return { change, node: null, edge: null };
}
