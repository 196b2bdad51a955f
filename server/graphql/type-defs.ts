import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../config.js";

/** The folder holding the GraphQL type definitions, one file per domain. */
export const schemaDir = path.join(projectRoot, "schema");

/** Reads every schema/*.graphql file, in name order, as one list of type definitions. */
export function loadTypeDefs(): string[] {
  return readdirSync(schemaDir)
    .filter((file) => file.endsWith(".graphql"))
    .sort()
    .map((file) => readFileSync(path.join(schemaDir, file), "utf8"));
}
