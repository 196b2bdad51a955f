// The one vocabulary of `extensions.code`: every code Maillage answers with, on /graphql and on the
// REST routes (/api/import, /api/deliverables, /health) alike. The README's error table lists the
// same codes and statuses; error-codes.test.ts compares the two.

/**
 * Each code with the HTTP status of an answer that carries it: a REST answer, or a GraphQL request
 * refused whole. An error of one field inside a GraphQL answer comes with HTTP 200 beside the data.
 */
export const errorCodes = {
  /** The request itself is malformed: not JSON, an empty body, an unsupported encoding. */
  BAD_REQUEST: 400,
  /** An argument, a query-string parameter or an edit's field is refused; the message names it. */
  BAD_USER_INPUT: 400,
  /** The GraphQL document does not parse, or holds more tokens than the limit. */
  GRAPHQL_PARSE_FAILED: 400,
  /** The GraphQL document asks for what the schema lacks, or exceeds a depth or alias limit. */
  GRAPHQL_VALIDATION_FAILED: 400,
  /** The request names an operation the document does not hold. */
  OPERATION_RESOLUTION_FAILURE: 400,
  /** An automatic persisted query the server has not seen yet: send the full query. */
  PERSISTED_QUERY_NOT_FOUND: 200,
  /** Automatic persisted queries are not accepted here. */
  PERSISTED_QUERY_NOT_SUPPORTED: 200,
  /** No valid token, and the request needs one. */
  UNAUTHENTICATED: 401,
  /** The token's role does not allow the request. */
  FORBIDDEN: 403,
  /** No such route, import kind or deliverable table. */
  NOT_FOUND: 404,
  /** The request may read more objects than the cost limit, or runs more root fields than allowed. */
  QUERY_TOO_COSTLY: 400,
  /** The client sent more requests in a minute than its rate limit; `Retry-After` says when to retry. */
  RATE_LIMITED: 429,
  /** The body is larger than the limit, which the message names. */
  PAYLOAD_TOO_LARGE: 413,
  /** An uploaded file is not a format Maillage reads (PDF, web page, plain text). */
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** An uploaded source cannot be read: an image-only PDF (no text layer), an encrypted one, an empty file. */
  UNREADABLE_SOURCE: 422,
  /** An uploaded table lacks the columns of its official layout (a Sirene stock file): the message names them. */
  INVALID_FILE_LAYOUT: 422,
  /** Neo4j cannot be reached; the API stays up and recovers by itself when it returns. */
  DATABASE_UNAVAILABLE: 503,
  /** The public company search API (REGISTRY_SEARCH_URL) did not answer, or answered an error. */
  REGISTRY_UNAVAILABLE: 503,
  /** A network question's read or computation outlasted NETWORK_TIMEOUT_MS and was stopped. */
  QUERY_TIMEOUT: 504,
  /** Anything unexpected: logged on the server, answered with a generic message. */
  INTERNAL_SERVER_ERROR: 500,
} as const satisfies Record<string, number>;

/** The message of an unexpected error, whose details stay in the server's log. */
export const internalErrorMessage = "Internal server error";

/** A code of Maillage's error vocabulary. */
export type ErrorCode = keyof typeof errorCodes;

/** True when `code` belongs to the vocabulary. */
export function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === "string" && Object.hasOwn(errorCodes, code);
}

/** The HTTP status an answer carrying `code` is sent with. */
export function httpStatusOf(code: ErrorCode): number {
  return errorCodes[code];
}

/** The JSON body of an error answer, the same shape as a GraphQL error: `{ errors: [{ message, extensions: { code } }] }`. */
export function errorBody(code: ErrorCode, message: string) {
  return { errors: [{ message, extensions: { code } }] };
}
