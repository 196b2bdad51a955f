import neo4j from "neo4j-driver";

/** A property value as a backup line stores it: integers and dates tagged so they come back as such. */
export type BackupValue = string | number | boolean | null | { $int: string } | { $date: string } | BackupValue[];

/** Encodes a Neo4j property value; throws on types a backup cannot carry faithfully. */
export function encodeValue(value: unknown, where: string): BackupValue {
  if (value === null || typeof value === "string" || typeof value === "boolean") return value;
  if (typeof value === "number") return value;
  if (neo4j.isInt(value)) return { $int: value.toString() };
  if (neo4j.isDate(value)) return { $date: value.toString() };
  if (Array.isArray(value)) return value.map((item) => encodeValue(item, where));
  throw new Error(
    `${where}: a value of type ${(value as object)?.constructor?.name ?? typeof value} cannot be backed up`,
  );
}

/** Decodes a stored value back to what the driver writes. */
export function decodeValue(value: BackupValue): unknown {
  if (Array.isArray(value)) return value.map(decodeValue);
  if (value !== null && typeof value === "object" && "$date" in value) {
    const [year, month, day] = value.$date.split("-").map(Number);
    return new neo4j.types.Date(year!, month!, day!);
  }
  if (value !== null && typeof value === "object") return neo4j.int(value.$int);
  return value;
}

/** Encodes every property of a map. */
export function encodeProperties(properties: Record<string, unknown>, where: string): Record<string, BackupValue> {
  return Object.fromEntries(
    Object.entries(properties).map(([name, value]) => [name, encodeValue(value, `${where}.${name}`)]),
  );
}

/** Decodes every property of a map. */
export function decodeProperties(properties: Record<string, BackupValue>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(properties).map(([name, value]) => [name, decodeValue(value)]));
}
