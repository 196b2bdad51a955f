import type { ErrorRequestHandler } from "express";
import type { ErrorCode } from "../errors/error-codes.js";
import { sendError, sendUnexpectedError } from "./send-error.js";

/** The code of a client error (4xx) that express or its body parser raised, by status. */
const clientErrorCodes: Record<number, ErrorCode> = {
  401: "UNAUTHENTICATED",
  403: "FORBIDDEN",
  404: "NOT_FOUND",
  413: "PAYLOAD_TOO_LARGE",
};

/** Answers body-parsing failures (malformed JSON, a body over the limit) with a 4xx JSON error, never a
 *  500 page; anything else unexpected with a coded JSON error whose details stay in the server's log. */
/** What express and its body parser put on the errors they raise. */
interface HttpError {
  type?: string;
  status?: unknown;
  limit?: number;
  expose?: boolean;
  message?: string;
}

export const jsonErrors: ErrorRequestHandler = (raised, _req, res, next) => {
  if (res.headersSent) return next(raised);
  const error = raised as HttpError | undefined;
  const byType: Record<string, [ErrorCode, string]> = {
    "entity.parse.failed": ["BAD_REQUEST", "The request body is not valid JSON."],
    "entity.too.large": [
      "PAYLOAD_TOO_LARGE",
      `The request body is larger than the limit of ${error?.limit ?? "?"} bytes.`,
    ],
    "encoding.unsupported": ["BAD_REQUEST", "The request body's encoding is not supported."],
  };
  const known = error?.type === undefined ? undefined : byType[error.type];
  if (known) return sendError(res, ...known);
  const status = typeof error?.status === "number" ? error.status : 500;
  if (status >= 400 && status < 500) {
    // express marks the messages of client errors that are safe to show (`expose`); a missing file's
    // is not (it names the path on disk).
    const message =
      error?.expose === true ? String(error.message ?? "") : status === 404 ? "Not found." : "Bad request.";
    return sendError(res, clientErrorCodes[status] ?? "BAD_REQUEST", message);
  }
  sendUnexpectedError(res, raised, "an HTTP request");
};
