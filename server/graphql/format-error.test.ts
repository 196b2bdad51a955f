import { GraphQLError, type GraphQLFormattedError } from "graphql";
import { Neo4jError } from "neo4j-driver";
import { describe, expect, it, vi } from "vitest";
import { BadUserInputError } from "./errors.js";
import { formatError } from "./format-error.js";

/** A Cypher syntax error as Neo4j reports it: the generated query and a server path in the message. */
const cypherError = new Neo4jError(
  "Invalid input '(': expected a node label name\n\"MATCH (this:constructor {function Object() { [native code] }: $key}) RETURN this\"\n at /srv/maillage/server/analytics/entity.ts:42:7",
  "Neo.ClientError.Statement.SyntaxError",
  "42I06",
  "syntax error",
);

/** The error Apollo passes to formatError for a resolver that threw `original`, and its formatted form with a stack. */
function resolverError(original: Error): [GraphQLFormattedError, unknown] {
  const error = new GraphQLError(original.message, { originalError: original, path: ["entity"] });
  return [
    {
      message: original.message,
      path: ["entity"],
      extensions: { code: "INTERNAL_SERVER_ERROR", stacktrace: (original.stack ?? "").split("\n") },
    },
    error,
  ];
}

describe("formatError", () => {
  it("in production, answers an unexpected error with a generic message and no stack, and logs it", () => {
    const log = vi.fn();
    const answer = formatError(true, log)(...resolverError(cypherError));
    expect(answer).toEqual({
      message: "Internal server error",
      path: ["entity"],
      extensions: { code: "INTERNAL_SERVER_ERROR" },
    });
    expect(log).toHaveBeenCalledWith(cypherError);
  });

  it("in development, keeps the message and the stack of an unexpected error", () => {
    const answer = formatError(false, () => {})(...resolverError(cypherError));
    expect(answer.message).toContain("MATCH (this:constructor");
    expect(answer.extensions?.stacktrace).toBeDefined();
  });

  it("turns an unreachable database into DATABASE_UNAVAILABLE, in both modes", () => {
    for (const production of [true, false]) {
      const answer = formatError(production, () => {})(
        ...resolverError(new Neo4jError("connect ECONNREFUSED 127.0.0.1:1", "ServiceUnavailable", "08000", "")),
      );
      expect(answer).toEqual({
        message: "The database is unavailable; try again in a moment.",
        path: ["entity"],
        extensions: { code: "DATABASE_UNAVAILABLE" },
      });
    }
  });

  it("keeps a refusal's message and extensions but never a stack trace in production", () => {
    const refusal = new BadUserInputError("ref must be a reference Label:key", "ref");
    const formatted = {
      message: refusal.message,
      extensions: { code: "BAD_USER_INPUT", argumentName: "ref", stacktrace: ["at /srv/maillage/x.ts"] },
    };
    expect(formatError(true, () => {})(formatted, refusal)).toEqual({
      message: refusal.message,
      extensions: { code: "BAD_USER_INPUT", argumentName: "ref" },
    });
  });

  it("masks an error whose code is outside the vocabulary", () => {
    const odd = new GraphQLError("SELECT secret FROM /etc/passwd", { extensions: { code: "SOMETHING_ELSE" } });
    const answer = formatError(true, () => {})({ message: odd.message, extensions: { code: "SOMETHING_ELSE" } }, odd);
    expect(answer).toEqual({ message: "Internal server error", extensions: { code: "INTERNAL_SERVER_ERROR" } });
  });
});
