// What went wrong, in words a person can act on: the request, the access to the data, or the server.
import { CombinedGraphQLErrors, ServerError } from "@apollo/client/errors";

/** The message of anything thrown or returned as an error (each GraphQL error's message once). */
export function errorMessage(error: unknown): string {
  if (CombinedGraphQLErrors.is(error))
    return [...new Set(error.errors.map((graphQLError) => graphQLError.message))].join(" · ");
  if (error instanceof Error) return error.message;
  if (typeof error === "object" && error !== null && "statusText" in error) return String(error.statusText);
  return String(error);
}

/** What kind of failure an error is: the request itself, the access to the data, or the server. */
export function errorKind(error: unknown): "badInput" | "access" | "server" {
  if (ServerError.is(error)) return error.statusCode === 401 || error.statusCode === 403 ? "access" : "server";
  if (!CombinedGraphQLErrors.is(error)) return "server";
  const codes = error.errors.map((graphQLError) => graphQLError.extensions?.code);
  if (codes.every((code) => code === "BAD_USER_INPUT" || code === "GRAPHQL_VALIDATION_FAILED")) return "badInput";
  if (codes.some((code) => code === "UNAUTHENTICATED" || code === "FORBIDDEN")) return "access";
  return "server";
}

/** True when the request needs a sign-in it lacks, or its token was refused (expired, or not signed by this install). */
export function isRefusedSignIn(error: unknown): boolean {
  if (ServerError.is(error)) return error.statusCode === 401;
  return (
    CombinedGraphQLErrors.is(error) &&
    error.errors.some((graphQLError) => graphQLError.extensions?.code === "UNAUTHENTICATED")
  );
}
