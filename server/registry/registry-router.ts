// HTTP entry of the register import, mounted behind admin authentication:
//   app.use("/api/registry", requireAdmin, registryRouter(graph, { maxBytes }))
// POST /api/registry/import?dryRun&fileDate=2024-11-01&departement=25 (or communes=25056,25527 or
// sirens=…, comma-separated)&establishmentScope=all&progressId=<uuid>, a multipart form with the file
// `establishments` (StockEtablissement) and, after it, optionally `units` (StockUniteLegale). Each
// file is streamed into the reader as it arrives (never held whole); with `progressId`, the counts
// are readable meanwhile through the `registryImportProgress` query.
// 200 with the report; 400 BAD_USER_INPUT for a missing file part, a bad filter, date or scope,
// BAD_REQUEST for a malformed form; 413 PAYLOAD_TOO_LARGE as soon as a file passes REGISTRY_MAX_MB;
// 422 INVALID_FILE_LAYOUT for a file without the official columns (named); nothing written on any.
import { Router, type Request } from "express";
import type { GraphDatabase } from "../../graph/graph-database.js";
import type { AuthUser } from "../auth/roles.js";
import type { ErrorCode } from "../errors/error-codes.js";
import { sendError, sendUnexpectedError } from "../http/send-error.js";
import { ImportProgressWriter, isProgressId } from "./import-progress.js";
import { establishmentScopes, RegistryFileError, type EstablishmentScope } from "./read-stock-files.js";
import { RegistryFilterError } from "./registry-filter.js";
import { importRegistry, RegistryDateError, type RegistryImportReport } from "./registry-import.js";
import { RegistryTooLargeError, RegistryUploadError, streamStockUpload } from "./stock-upload.js";

/** Room for the multipart boundaries and fields around the two files. */
const envelopeBytes = 64 * 1024;

/** A query-string parameter that is refused; answered 400 before the body is read. */
class RegistryParameterError extends Error {
  override name = "RegistryParameterError";
}

/** True for `true`, `1`, `yes` and an empty value (`?dryRun`). */
function flag(value: unknown): boolean {
  return typeof value === "string" && ["", "true", "1", "yes"].includes(value.toLowerCase());
}

/** A comma-separated query parameter as a list, or undefined. */
function list(value: unknown): string[] | undefined {
  return typeof value === "string" && value.trim() !== ""
    ? value
        .split(",")
        .map((item) => item.trim())
        .filter(Boolean)
    : undefined;
}

/** A non-empty text parameter, or undefined. */
function text(value: unknown): string | undefined {
  return typeof value === "string" && value !== "" ? value : undefined;
}

/** The establishment scope asked for (head office by default). */
function scopeOf(value: unknown): EstablishmentScope {
  const scope = text(value) ?? "head-office";
  if (!(establishmentScopes as readonly string[]).includes(scope))
    throw new RegistryParameterError(
      `establishmentScope "${scope}" is not one of ${establishmentScopes.join(", ")} (the head office only, or every open establishment too)`,
    );
  return scope as EstablishmentScope;
}

/** The progress id asked for, checked, or undefined. */
function progressIdOf(value: unknown): string | undefined {
  const id = text(value);
  if (id !== undefined && !isProgressId(id))
    throw new RegistryParameterError(`progressId "${id}" is not a UUID (the page picks one to follow the import)`);
  return id;
}

/** The error code of a refused import, or null for an unexpected failure. */
function refusalCode(error: unknown): ErrorCode | null {
  if (error instanceof RegistryTooLargeError) return "PAYLOAD_TOO_LARGE";
  if (error instanceof RegistryFileError) return "INVALID_FILE_LAYOUT";
  if (error instanceof RegistryUploadError) return error.problem === "missing-part" ? "BAD_USER_INPUT" : "BAD_REQUEST";
  if ([RegistryFilterError, RegistryDateError, RegistryParameterError].some((type) => error instanceof type))
    return "BAD_USER_INPUT";
  return null;
}

/** Streams the upload into the import; the report, or the refusal thrown. */
async function importUpload(
  graph: GraphDatabase,
  req: Request,
  options: { maxBytes: number; progress: ImportProgressWriter | undefined },
): Promise<RegistryImportReport> {
  const query = req.query;
  const settings = {
    fileDate: text(query.fileDate) ?? new Date().toISOString().slice(0, 10),
    filter: { departement: text(query.departement), communes: list(query.communes), sirens: list(query.sirens) },
    establishmentScope: scopeOf(query.establishmentScope),
    dryRun: flag(query.dryRun),
  };
  const upload = streamStockUpload(req, options.maxBytes);
  try {
    const establishments = await upload.establishments;
    return await importRegistry(graph, {
      ...settings,
      establishments: establishments.stream,
      units: upload.units,
      fileName: establishments.name,
      onRows: options.progress && ((counts) => options.progress!.update(counts)),
    });
  } catch (error) {
    upload.abandon();
    throw error;
  }
}

/** The register routes: POST /import. */
export function registryRouter(graph: GraphDatabase, options: { maxBytes: number }): Router {
  const router = Router();
  router.post("/import", async (req, res) => {
    let progress: ImportProgressWriter | undefined;
    try {
      const declared = Number(req.get("content-length") ?? NaN);
      if (declared > 2 * options.maxBytes + envelopeBytes) {
        // Refused before reading: the connection is closed rather than drained.
        res.set("connection", "close");
        throw new RegistryTooLargeError(
          `The upload (${declared} bytes) is larger than two files at the limit of ${Number((options.maxBytes / 1024 / 1024).toFixed(3))} MB each (REGISTRY_MAX_MB).`,
        );
      }
      const progressId = progressIdOf(req.query.progressId);
      if (progressId) {
        progress = new ImportProgressWriter(graph, progressId);
        await progress.start((res.locals.user as AuthUser | undefined)?.id ?? "unknown user");
      }
      const report = await importUpload(graph, req, { maxBytes: options.maxBytes, progress });
      await progress?.finish("DONE");
      res.json(report);
    } catch (error) {
      const code = refusalCode(error);
      await progress?.finish("FAILED", code ? (error as Error).message : "unexpected failure").catch(() => undefined);
      if (res.headersSent) return;
      if (code) {
        if (code === "PAYLOAD_TOO_LARGE") res.set("connection", "close");
        sendError(res, code, (error as Error).message);
        return;
      }
      sendUnexpectedError(res, error, "a register import", {
        unavailable: "The database cannot be reached: nothing was written; try again in a moment.",
        internal: "The register import failed: nothing was written.",
      });
    }
  });
  return router;
}
