// The GraphQL type definitions of the vocabulary (schema/*.graphql), read from disk.
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";

/** The folder holding the GraphQL type definitions, one file per domain. */
const schemaDir = path.join(import.meta.dirname, "..", "schema");

let typeDefs: string[] | undefined;

/** Every schema/*.graphql file, in name order, as one list of type definitions (read once per process). */
export function loadTypeDefs(): string[] {
  typeDefs ??= readdirSync(schemaDir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => readFileSync(path.join(schemaDir, file), "utf8"));
  return typeDefs;
}
