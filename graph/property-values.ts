// One rule for the values written to Neo4j, whoever writes them (the seed, an edit, an import, a
// revert; a backup restores values exactly as they were stored): the schema's declared type decides.
// `Int` → a Neo4j Integer, `Float` → a float (45000 stays a float), `Date` → a Neo4j Date; a property
// the schema does not declare keeps the seed's rule (whole numbers are Integers).
import neo4j from "neo4j-driver";
import type { Properties } from "./fact-model.js";
import { readPropertyTypes, type PropertyType, type PropertyTypes } from "./property-types.js";

/** A value that cannot be stored under its declared type (a fraction for an Int, a malformed date). */
export class PropertyValueError extends Error {
  override name = "PropertyValueError";
}

let declaredTypes: PropertyTypes | undefined;

/** The declared types of the schema, read once. */
function schemaTypes(): PropertyTypes {
  declaredTypes ??= readPropertyTypes();
  return declaredTypes;
}

/** The declared type of a node label's or a relationship type's property, if the schema declares it. */
function declaredType(owner: { label: string } | { type: string }, name: string): PropertyType | undefined {
  const types = schemaTypes();
  return "label" in owner ? types.nodes.get(owner.label)?.get(name) : types.relationships.get(owner.type)?.get(name);
}

/** One value converted for Neo4j by its declared type. */
export function toNeo4jValue(value: unknown, declared: PropertyType | undefined, where = "value"): unknown {
  if (value === null || value === undefined) return null;
  if (Array.isArray(value)) return value.map((item) => toNeo4jValue(item, declared, where));
  if (neo4j.isInt(value)) return declared === "Float" ? neo4j.integer.toNumber(value) : value;
  if (typeof value === "number") {
    if (declared === "Float") return value;
    if (declared === "Int" || declared === "BigInt") {
      if (!Number.isInteger(value)) throw new PropertyValueError(`${where} must be a whole number (got ${value})`);
      return neo4j.int(value);
    }
    return Number.isInteger(value) ? neo4j.int(value) : value;
  }
  if (typeof value === "string" && declared === "Date") return toNeo4jDate(value, where);
  return value;
}

/** A Neo4j Date from an ISO calendar date (`2024-04-11`). */
function toNeo4jDate(value: string, where = "value"): InstanceType<typeof neo4j.types.Date> {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : undefined;
  if (!match || !date || date.toISOString().slice(0, 10) !== value)
    throw new PropertyValueError(`${where} must be a date written YYYY-MM-DD (got "${value}")`);
  return new neo4j.types.Date(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** The properties of a node of `label`, converted for Neo4j. */
export function nodeProperties(
  label: string,
  properties: Properties | Record<string, unknown>,
): Record<string, unknown> {
  return convert(properties, (name) => declaredType({ label }, name), label);
}

/** The properties of a relationship of `type`, converted for Neo4j. */
export function relationshipProperties(
  type: string,
  properties: Properties | Record<string, unknown>,
): Record<string, unknown> {
  return convert(properties, (name) => declaredType({ type }, name), type);
}

function convert(
  properties: Record<string, unknown>,
  typeOf: (name: string) => PropertyType | undefined,
  owner: string,
): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [name, toNeo4jValue(value, typeOf(name), `${owner}.${name}`)]),
  );
}

/** A JavaScript value for a Neo4j one: integers become numbers, dates ISO strings. */
export function toPlain(value: unknown): unknown {
  if (neo4j.isInt(value)) return neo4j.integer.toNumber(value);
  if (neo4j.isDate(value) || neo4j.isDateTime(value) || neo4j.isLocalDateTime(value)) return value.toString();
  if (Array.isArray(value)) return value.map(toPlain);
  return value;
}

/** Properties with Neo4j integers and dates as plain values. */
export function plainProperties(properties: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, toPlain(value)]));
}

/** A number from a Neo4j integer or float, or null. */
export function toNumber(value: unknown): number | null {
  const plain = toPlain(value);
  return typeof plain === "number" ? plain : null;
}
