// HTTP entry of the register import, to mount behind admin authentication:
//   app.use("/api/registry", requireAdmin, registryRouter(graph))
// POST /api/registry/import?dryRun&fileDate=2024-11-01&departement=25 (or communes=25056,25527 or
// sirens=…, comma-separated), a multipart form with the file `establishments` (StockEtablissement)
// and, optionally, `units` (StockUniteLegale). Each file is read as a stream.
// 200 with the report; 400 BAD_USER_INPUT for a bad file, filter or date (nothing written).
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import { Router } from "express";
import type { GraphDatabase } from "../../graph/graph-database.js";
import { sendError, sendUnexpectedError } from "../http/send-error.js";
import { RegistryFileError } from "./read-stock-files.js";
import { RegistryFilterError } from "./registry-filter.js";
import { importRegistry, RegistryDateError } from "./registry-import.js";

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

/** A file of the form as a Node stream, or undefined. */
function fileStream(value: FormDataEntryValue | null): { stream: Readable; name: string } | undefined {
  if (!value || typeof value === "string") return undefined;
  return { stream: Readable.fromWeb(value.stream() as NodeReadableStream), name: value.name };
}

/** The register routes: POST /import. */
export function registryRouter(graph: GraphDatabase): Router {
  const router = Router();
  router.post("/import", async (req, res) => {
    try {
      const contentType = req.get("content-type") ?? "";
      if (!contentType.startsWith("multipart/form-data")) {
        sendError(res, "BAD_REQUEST", "Send the Sirene files as a multipart form: establishments (required), units.");
        return;
      }
      const request = new Request("http://registry.local/import", {
        method: "POST",
        headers: { "content-type": contentType },
        body: Readable.toWeb(req) as ReadableStream,
        duplex: "half",
      } as RequestInit & { duplex: "half" });
      const form = await request.formData();
      const establishments = fileStream(form.get("establishments"));
      if (!establishments) {
        sendError(
          res,
          "BAD_USER_INPUT",
          "The form needs the establishment file (StockEtablissement) as `establishments`.",
        );
        return;
      }
      const query = req.query;
      const report = await importRegistry(graph, {
        establishments: establishments.stream,
        units: fileStream(form.get("units"))?.stream,
        fileName: establishments.name,
        fileDate: typeof query.fileDate === "string" ? query.fileDate : new Date().toISOString().slice(0, 10),
        filter: {
          departement:
            typeof query.departement === "string" && query.departement !== "" ? query.departement : undefined,
          communes: list(query.communes),
          sirens: list(query.sirens),
        },
        dryRun: flag(query.dryRun),
      });
      res.json(report);
    } catch (error) {
      if ([RegistryFileError, RegistryFilterError, RegistryDateError].some((type) => error instanceof type)) {
        sendError(res, "BAD_USER_INPUT", (error as Error).message);
        return;
      }
      if (error instanceof TypeError && /form/i.test(error.message)) {
        sendError(res, "BAD_REQUEST", `The form could not be read: ${error.message}`);
        return;
      }
      sendUnexpectedError(res, error, "a register import", {
        internal: "The register import failed: nothing was written.",
      });
    }
  });
  return router;
}
