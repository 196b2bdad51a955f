import type { ErrorRequestHandler } from "express";

/** Answers body-parsing failures (malformed JSON, a body over the limit) with a 4xx JSON error, never a 500 page. */
export const jsonErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
  const byType: Record<string, [string, string]> = {
    "entity.parse.failed": ["BAD_REQUEST", "The request body is not valid JSON."],
    "entity.too.large": ["PAYLOAD_TOO_LARGE", `The request body is larger than the limit of ${error?.limit ?? "?"} bytes.`],
    "encoding.unsupported": ["BAD_REQUEST", "The request body's encoding is not supported."],
  };
  const [code, message] = byType[error?.type as string] ?? (status < 500 ? ["BAD_REQUEST", String(error?.message ?? "Bad request")] : ["INTERNAL_SERVER_ERROR", "Internal server error"]);
  res.status(status).json({ errors: [{ message, extensions: { code } }] });
};
