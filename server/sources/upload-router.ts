// HTTP entry of source uploads, to mount behind editor authentication:
//   app.use("/api/sources", requireEditor, sourcesRouter(store, driver, { maxBytes }))
// POST /api/sources?dryRun=true, multipart/form-data: the file in a part named `file`, and optional
// fields title, publisher, url, kind, language, date (YYYY-MM-DD). The file is streamed through the
// parser and refused as soon as it passes the size limit; a request that declares a larger body is
// refused before anything is read.
// 200 with the report (AddSourceReport); 413 PAYLOAD_TOO_LARGE; 415 UNSUPPORTED_MEDIA_TYPE;
// 422 UNREADABLE_SOURCE (no text layer, encrypted, empty); 400 BAD_REQUEST or BAD_USER_INPUT.
// With `Accept: application/x-ndjson`, once the file is received the answer is a 200 stream of
// progress lines (source-progress.ts: pages read, scan, save) ending with the report or the error,
// its status and code in the line.
import { Busboy, type BusboyHeaders, type BusboyInstance } from "@fastify/busboy";
import { Router, type Request, type Response } from "express";
import type { Driver } from "neo4j-driver";
import type { AuthUser } from "../auth/roles.js";
import { isDatabaseUnavailable } from "../errors/database-unavailable.js";
import { httpStatusOf, internalErrorMessage, type ErrorCode } from "../errors/error-codes.js";
import { logUnexpectedError } from "../errors/log-unexpected.js";
import { sendError, sendUnexpectedError } from "../http/send-error.js";
import { addSource, type AddSourceReport, type SourceMetadata, type SourceStore } from "./add-source.js";
import { SourceError } from "./source-errors.js";
import { progressStreamType, type SourceProgress, type UploadStreamLine } from "./source-progress.js";

/** The multipart fields read as metadata. */
const metadataFields = ["title", "publisher", "url", "kind", "language", "date"] as const;

/** Room for the multipart boundaries and fields around the file. */
const envelopeBytes = 64 * 1024;

/** The uploaded file and the fields beside it. */
interface ParsedUpload {
  bytes: Buffer;
  fileName: string;
  mediaType: string;
  metadata: SourceMetadata;
}

/** Streams the multipart body; rejects with a SourceError when the file passes `maxBytes` or is missing. */
function parseUpload(req: Request, maxBytes: number): Promise<ParsedUpload> {
  return new Promise((resolve, reject) => {
    let busboy: BusboyInstance;
    try {
      busboy = new Busboy({
        headers: req.headers as BusboyHeaders,
        limits: { fileSize: maxBytes, files: 1, fields: 20, fieldSize: 4096 },
      });
    } catch (error) {
      reject(new SourceError("BAD_INPUT", `Send the file as multipart/form-data (${(error as Error).message}).`));
      return;
    }
    const metadata: SourceMetadata = {};
    let file: Omit<ParsedUpload, "metadata"> | undefined;
    let failure: SourceError | undefined;
    const pending: Promise<void>[] = [];
    busboy.on("field", (name, value) => {
      if ((metadataFields as readonly string[]).includes(name)) metadata[name as keyof SourceMetadata] = value.trim();
    });
    busboy.on("file", (field, stream, fileName, _encoding, mediaType) => {
      if (field !== "file") {
        stream.resume();
        return;
      }
      const chunks: Buffer[] = [];
      pending.push(
        new Promise<void>((done) => {
          stream.on("data", (chunk: Buffer) => chunks.push(chunk));
          stream.on("limit", () => {
            failure = new SourceError("TOO_LARGE", `The file is larger than the limit of ${maxBytes} bytes.`);
            chunks.length = 0;
            stream.resume();
          });
          stream.on("end", () => {
            if (!failure) file = { bytes: Buffer.concat(chunks), fileName: fileName || "document", mediaType };
            done();
          });
        }),
      );
    });
    busboy.on("error", (error: Error) =>
      reject(new SourceError("BAD_INPUT", `The upload is malformed: ${error.message}`)),
    );
    busboy.on("finish", () => {
      void Promise.all(pending).then(() => {
        if (failure) reject(failure);
        else if (!file) reject(new SourceError("BAD_INPUT", "Send the document in a part named `file`."));
        else resolve({ ...file, metadata });
      });
    });
    req.pipe(busboy);
  });
}

/** True for `true`, `1`, `yes` and an empty value (`?dryRun`). */
function flag(value: unknown): boolean {
  return typeof value === "string" && ["", "true", "1", "yes"].includes(value.toLowerCase());
}

/** The upload route: POST / with a multipart body; `dryRun` in the query. */
export function sourcesRouter(store: SourceStore, driver: Driver, options: { maxBytes: number }): Router {
  const router = Router();
  router.post("/", async (req, res) => {
    try {
      const declared = Number(req.get("content-length") ?? NaN);
      if (declared > options.maxBytes + envelopeBytes) {
        // Refused before reading: the connection is closed rather than drained.
        res.set("connection", "close");
        sendError(res, "PAYLOAD_TOO_LARGE", `The file is larger than the limit of ${options.maxBytes} bytes.`);
        return;
      }
      const upload = await parseUpload(req, options.maxBytes);
      const user = res.locals.user as AuthUser | undefined;
      const input = { ...upload, by: user?.id ?? "unknown user", dryRun: flag(req.query.dryRun) };
      if (req.accepts(["application/json", progressStreamType]) === progressStreamType) {
        await streamProgress(res, (onProgress) => addSource(store, driver, { ...input, onProgress }));
        return;
      }
      res.json(await addSource(store, driver, input));
    } catch (error) {
      if (res.headersSent) return;
      if (error instanceof SourceError) {
        if (error.problem === "TOO_LARGE") res.set("connection", "close");
        sendError(res, sourceErrorCode(error), error.message);
        return;
      }
      sendUnexpectedError(res, error, "a source upload", {
        unavailable: "The database cannot be reached: nothing was written; try again in a moment.",
        internal: "The upload failed: nothing was written.",
      });
    }
  });
  return router;
}

/** Answers with a stream of progress lines, then the report or the error (source-progress.ts). */
async function streamProgress(
  res: Response,
  work: (onProgress: (progress: SourceProgress) => void) => Promise<AddSourceReport>,
): Promise<void> {
  res.status(200).set({
    "content-type": `${progressStreamType}; charset=utf-8`,
    "cache-control": "no-store",
    // Proxies that buffer answers (nginx) pass this one through as it comes.
    "x-accel-buffering": "no",
  });
  res.flushHeaders();
  const send = (line: UploadStreamLine) => res.write(`${JSON.stringify(line)}\n`);
  try {
    const report = await work((progress) => send({ type: "progress", ...progress }));
    send({ type: "done", report });
  } catch (error) {
    const { code, message } = uploadErrorOf(error);
    send({ type: "error", status: httpStatusOf(code), code, message });
  }
  res.end();
}

/** The code and message of a failed upload; an unexpected error is logged and said in general words. */
function uploadErrorOf(error: unknown): { code: ErrorCode; message: string } {
  if (error instanceof SourceError) return { code: sourceErrorCode(error), message: error.message };
  if (isDatabaseUnavailable(error))
    return {
      code: "DATABASE_UNAVAILABLE",
      message: "The database cannot be reached: nothing was written; try again in a moment.",
    };
  logUnexpectedError("a source upload", error);
  return { code: "INTERNAL_SERVER_ERROR", message: `${internalErrorMessage}: the upload failed, nothing was written.` };
}

/** The error code of a refused source. */
function sourceErrorCode(error: SourceError) {
  switch (error.problem) {
    case "TOO_LARGE":
      return "PAYLOAD_TOO_LARGE" as const;
    case "UNSUPPORTED_FORMAT":
      return "UNSUPPORTED_MEDIA_TYPE" as const;
    case "BAD_INPUT":
      return "BAD_USER_INPUT" as const;
    default:
      return "UNREADABLE_SOURCE" as const;
  }
}
