import type { GraphQLFormattedError } from "graphql";
import { databaseUnavailableMessage, isDatabaseUnavailable } from "../errors/database-unavailable.js";
import { internalErrorMessage, isErrorCode, type ErrorCode } from "../errors/error-codes.js";
import { logUnexpectedError } from "../errors/log-unexpected.js";

/** The codes of @neo4j/graphql's errors, by class name. */
const libraryErrorCodes: Record<string, ErrorCode> = {
  Neo4jGraphQLAuthenticationError: "UNAUTHENTICATED",
  Neo4jGraphQLForbiddenError: "FORBIDDEN",
  Neo4jGraphQLConstraintValidationError: "BAD_USER_INPUT",
  Neo4jGraphQLRelationshipValidationError: "BAD_USER_INPUT",
};

/** The codes of @neo4j/graphql's base-class errors, by message. */
const libraryMessageCodes: Record<string, ErrorCode> = { Unauthenticated: "UNAUTHENTICATED", Forbidden: "FORBIDDEN" };

/** The error at the end of a chain of original errors: what a resolver threw. */
function innermost(error: unknown): unknown {
  let current = error;
  while ((current as { originalError?: unknown } | undefined)?.originalError)
    current = (current as { originalError: unknown }).originalError;
  return current;
}

/** The code of the first @neo4j/graphql error in an error's chain of original errors. */
function libraryErrorCode(error: unknown): ErrorCode | undefined {
  for (let current = error; current; current = (current as { originalError?: unknown }).originalError) {
    const name = current instanceof Error ? current.constructor.name : "";
    // applyAuthentication throws the base class with the message "Unauthenticated" or "Forbidden".
    const code =
      name === "Neo4jGraphQLError" ? libraryMessageCodes[(current as Error).message] : libraryErrorCodes[name];
    if (code) return code;
  }
  return undefined;
}

/**
 * Gives every error a `extensions.code` of the vocabulary (server/errors/error-codes.ts), turns an
 * unreachable database into DATABASE_UNAVAILABLE, and logs unexpected errors. In production an
 * unexpected error (which may carry Cypher, a stack or a file path) becomes INTERNAL_SERVER_ERROR
 * with a generic message, and no answer carries a stack trace.
 */
export function formatError(
  production: boolean,
  log: (error: unknown) => void = (error) => logUnexpectedError("a GraphQL request", error),
) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = innermost(error);
    if (isDatabaseUnavailable(original)) {
      return {
        message: databaseUnavailableMessage,
        path: formatted.path,
        extensions: { code: "DATABASE_UNAVAILABLE" },
      };
    }
    // @neo4j/graphql's own refusals carry no code; they are named (its error classes are not exported).
    const libraryCode = libraryErrorCode(error);
    if (libraryCode) {
      return { message: formatted.message, path: formatted.path, extensions: { code: libraryCode } };
    }
    const given = formatted.extensions?.code;
    const code: ErrorCode = isErrorCode(given) ? given : "INTERNAL_SERVER_ERROR";
    if (code === "INTERNAL_SERVER_ERROR") {
      log(original);
      if (production) return { message: internalErrorMessage, path: formatted.path, extensions: { code } };
    }
    const { stacktrace, ...extensions } = formatted.extensions ?? {};
    return {
      ...formatted,
      extensions: production ? { ...extensions, code } : { ...extensions, code, ...(stacktrace ? { stacktrace } : {}) },
    };
  };
}
