import { Neo4jError } from "neo4j-driver";

/** Neo4j error codes that mean the database cannot be reached or is going away. */
const unavailableCodes = new Set([
  "ServiceUnavailable",
  "SessionExpired",
  "Neo.TransientError.General.DatabaseUnavailable",
]);

/** Messages of connection failures that reach us without a Neo4j code (a refused socket, a failed routing discovery). */
const unavailableMessage = /ECONNREFUSED|Could not perform discovery|Failed to connect to server/u;

/** True when an error, or any error in its chain of causes, says the database is unreachable. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (
    let current = error;
    current;
    current =
      (current as { cause?: unknown; originalError?: unknown }).cause ??
      (current as { originalError?: unknown }).originalError
  ) {
    if (current instanceof Neo4jError && unavailableCodes.has(current.code)) return true;
    if (current instanceof Error && unavailableMessage.test(current.message)) return true;
  }
  return false;
}

/** What a client is told when the database cannot be reached, on GraphQL and REST alike. */
export const databaseUnavailableMessage = "The database is unavailable; try again in a moment.";
