// HTTP entry of the CSV import, to mount behind admin authentication:
//   app.use("/api/import", requireAdmin, importRouter(driver, database))
// POST /api/import/:kind?dryRun=true&fileName=adherents.csv with the file as the raw body (or the
// name URI-encoded in an X-File-Name header).
// 200 with the report when the file is ready (dry run) or committed; 422 with the report when a
// row or the file has a problem (nothing written); 404 for an unknown kind, 400 for an empty body;
// errors in the vocabulary of server/errors/error-codes.ts.
import express, { Router, type ErrorRequestHandler } from "express";
import type { Driver } from "neo4j-driver";
import type { AuthUser } from "../auth/roles.js";
import { commitImport, ImportRequestError, planImport } from "./import-csv.js";
import { isImportKind } from "./columns.js";
import { sendError, sendUnexpectedError } from "../http/send-error.js";

export interface ImportRouterOptions {
  /** The largest file accepted (express's size syntax); 100,000 member rows are about 8 MB. */
  limit?: string;
  /** How long Neo4j may run each query of an import or a dry run (QUERY_TIMEOUT_MS). */
  timeoutMs?: number | undefined;
}

/** True for `true`, `1`, `yes` and an empty value (`?dryRun`). */
function flag(value: unknown): boolean {
  return typeof value === "string" && ["", "true", "1", "yes"].includes(value.toLowerCase());
}

/** The import routes: POST /:kind, the raw file as body, `dryRun` and `fileName` in the query. */
export function importRouter(driver: Driver, database: string | undefined, options: ImportRouterOptions = {}): Router {
  const router = Router();
  router.post("/:kind", express.raw({ type: () => true, limit: options.limit ?? "50mb" }), async (req, res, next) => {
    try {
      const kind = String(req.params.kind);
      if (!isImportKind(kind)) {
        sendError(res, "NOT_FOUND", `"${kind}" is not a kind of import: members, participations or projects`);
        return;
      }
      const bytes: unknown = req.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
        sendError(res, "BAD_REQUEST", "Send the CSV file as the request body.");
        return;
      }
      // The query string arrives decoded; a header carries the name URI-encoded (it may hold accents).
      const header = req.get("x-file-name");
      const fileName =
        typeof req.query.fileName === "string"
          ? req.query.fileName
          : header
            ? decodeURIComponent(header)
            : `${kind}.csv`;
      // The role middleware in front of the router leaves the signed-in admin in res.locals.
      const user = res.locals.user as AuthUser | undefined;
      const input = { kind, fileName, bytes, database, by: user?.id ?? "unknown user" };
      const report = flag(req.query.dryRun)
        ? await planImport(driver, input, { timeoutMs: options.timeoutMs })
        : await commitImport(driver, input, { timeoutMs: options.timeoutMs });
      res.status(report.status === "rejected" ? 422 : 200).json(report);
    } catch (error) {
      next(error);
    }
  });
  router.use(importErrors);
  return router;
}

/** A body over the limit → 413; a bad request → 400; a database that cannot be reached → 503
 *  DATABASE_UNAVAILABLE; anything else → 500, its details logged on the server only. */
const importErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  const bodyError = error as { type?: string; limit?: number } | undefined;
  if (bodyError?.type === "entity.too.large") {
    sendError(
      res,
      "PAYLOAD_TOO_LARGE",
      `The file is larger than the limit of ${bodyError.limit ?? "?"} bytes: split it.`,
    );
    return;
  }
  if (error instanceof ImportRequestError || error instanceof URIError) {
    sendError(res, "BAD_REQUEST", error.message);
    return;
  }
  sendUnexpectedError(res, error, "an import", {
    unavailable: "The database cannot be reached: nothing was written; try again in a moment.",
    internal: "The import failed: nothing was written.",
  });
};
