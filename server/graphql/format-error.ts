import { unwrapResolverError } from "@apollo/server/errors";
import type { GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";

/** Neo4j error codes that mean the database cannot be reached or is going away. */
const unavailableCodes = new Set(["ServiceUnavailable", "SessionExpired", "Neo.TransientError.General.DatabaseUnavailable"]);

/** The codes of @neo4j/graphql's errors, by class name. */
const libraryErrorCodes: Record<string, string> = {
  Neo4jGraphQLAuthenticationError: "UNAUTHENTICATED",
  Neo4jGraphQLForbiddenError: "FORBIDDEN",
  Neo4jGraphQLConstraintValidationError: "BAD_USER_INPUT",
  Neo4jGraphQLRelationshipValidationError: "BAD_USER_INPUT",
};

/** The codes of @neo4j/graphql's base-class errors, by message. */
const libraryMessageCodes: Record<string, string> = { Unauthenticated: "UNAUTHENTICATED", Forbidden: "FORBIDDEN" };

/** The code of the first @neo4j/graphql error in an error's chain of original errors. */
function libraryErrorCode(error: unknown): string | undefined {
  for (let current = error; current; current = (current as { originalError?: unknown }).originalError) {
    const name = current instanceof Error ? current.constructor.name : "";
    // applyAuthentication throws the base class with the message "Unauthenticated" or "Forbidden".
    const code = name === "Neo4jGraphQLError" ? libraryMessageCodes[(current as Error).message] : libraryErrorCodes[name];
    if (code) return code;
  }
  return undefined;
}

/** True when an error (or its cause) says the database is unreachable. */
function isDatabaseUnavailable(error: unknown): boolean {
  for (let current = error; current; current = (current as { cause?: unknown }).cause) {
    if (current instanceof Neo4jError && unavailableCodes.has(current.code)) return true;
    if (current instanceof Error && /ECONNREFUSED|Could not perform discovery|Failed to connect to server/u.test(current.message)) return true;
  }
  return false;
}

/**
 * Gives every error a stable `extensions.code`, turns an unreachable database into
 * DATABASE_UNAVAILABLE, and in production replaces unexpected errors (which may carry Cypher or
 * internals) with a plain message.
 */
export function formatError(production: boolean) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    if (isDatabaseUnavailable(original)) {
      return { message: "The database is unavailable; try again in a moment.", path: formatted.path, extensions: { code: "DATABASE_UNAVAILABLE" } };
    }
    // @neo4j/graphql's own refusals carry no code; they are named (its error classes are not exported).
    const libraryCode = libraryErrorCode(error);
    if (libraryCode) {
      return { message: formatted.message, path: formatted.path, extensions: { code: libraryCode } };
    }
    const code = formatted.extensions?.code ?? "INTERNAL_SERVER_ERROR";
    if (code === "INTERNAL_SERVER_ERROR" && production) {
      return { message: "Internal server error", path: formatted.path, extensions: { code } };
    }
    return { ...formatted, extensions: { ...formatted.extensions, code } };
  };
}
