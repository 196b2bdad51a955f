import type { Response } from "express";
import { databaseUnavailableMessage, isDatabaseUnavailable } from "../errors/database-unavailable.js";
import { errorBody, httpStatusOf, internalErrorMessage, type ErrorCode } from "../errors/error-codes.js";
import { logUnexpectedError } from "../errors/log-unexpected.js";

/** Sends an error answer: the code's HTTP status and the GraphQL-shaped body. */
export function sendError(res: Response, code: ErrorCode, message: string): void {
  res.status(httpStatusOf(code)).json(errorBody(code, message));
}

/**
 * Answers an error no route expected: DATABASE_UNAVAILABLE when Neo4j cannot be reached, else
 * INTERNAL_SERVER_ERROR with the given generic message, the details logged on the server only.
 */
export function sendUnexpectedError(
  res: Response,
  error: unknown,
  where: string,
  messages: { unavailable?: string; internal?: string } = {},
): void {
  if (isDatabaseUnavailable(error)) {
    sendError(res, "DATABASE_UNAVAILABLE", messages.unavailable ?? databaseUnavailableMessage);
    return;
  }
  logUnexpectedError(where, error);
  sendError(res, "INTERNAL_SERVER_ERROR", messages.internal ?? internalErrorMessage);
}
