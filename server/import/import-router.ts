// HTTP entry of the CSV import, to mount behind admin authentication:
//   app.use("/api/import", requireAdmin, importRouter(driver, database))
// POST /api/import/:kind?dryRun=true&fileName=adherents.csv with the file as the raw body (or the
// name URI-encoded in an X-File-Name header).
// 200 with the report when the file is ready (dry run) or committed; 422 with the report when a
// row or the file has a problem (nothing written); 400 for an unknown kind or an empty body.
import express, { Router, type ErrorRequestHandler } from "express";
import type { Driver } from "neo4j-driver";
import type { AuthUser } from "../auth/roles.js";
import { commitImport, ImportRequestError, planImport } from "./import-csv.js";
import { isImportKind } from "./columns.js";

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
        res.status(404).json({ errors: [{ message: `"${kind}" is not a kind of import: members, participations or projects`, extensions: { code: "NOT_FOUND" } }] });
        return;
      }
      const bytes: unknown = req.body;
      if (!Buffer.isBuffer(bytes) || bytes.length === 0) {
        res.status(400).json({ errors: [{ message: "Send the CSV file as the request body.", extensions: { code: "BAD_REQUEST" } }] });
        return;
      }
      // The query string arrives decoded; a header carries the name URI-encoded (it may hold accents).
      const header = req.get("x-file-name");
      const fileName = typeof req.query.fileName === "string" ? req.query.fileName : header ? decodeURIComponent(header) : `${kind}.csv`;
      // The role middleware in front of the router leaves the signed-in admin in res.locals.
      const user = res.locals.user as AuthUser | undefined;
      const input = { kind, fileName, bytes, database, by: user?.id ?? "unknown user" };
      const report = flag(req.query.dryRun) ? await planImport(driver, input, { timeoutMs: options.timeoutMs }) : await commitImport(driver, input, { timeoutMs: options.timeoutMs });
      res.status(report.status === "rejected" ? 422 : 200).json(report);
    } catch (error) {
      next(error);
    }
  });
  router.use(importErrors);
  return router;
}

/** A body over the limit → 413; a bad request → 400; anything else (database down…) → 503/500 in JSON. */
const importErrors: ErrorRequestHandler = (error, _req, res, next) => {
  if (res.headersSent) return next(error);
  if (error?.type === "entity.too.large") {
    res.status(413).json({ errors: [{ message: `The file is larger than the limit of ${error.limit} bytes: split it.`, extensions: { code: "PAYLOAD_TOO_LARGE" } }] });
    return;
  }
  if (error instanceof ImportRequestError || error instanceof URIError) {
    res.status(400).json({ errors: [{ message: error.message, extensions: { code: "BAD_REQUEST" } }] });
    return;
  }
  const unavailable = error?.code === "ServiceUnavailable" || error?.code === "SessionExpired";
  res.status(unavailable ? 503 : 500).json({
    errors: [{ message: unavailable ? "The database cannot be reached: nothing was written." : "The import failed: nothing was written.", extensions: { code: unavailable ? "SERVICE_UNAVAILABLE" : "INTERNAL_SERVER_ERROR" } }],
  });
};
