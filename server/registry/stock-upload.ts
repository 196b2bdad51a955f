// The multipart upload of the Sirene stock files, streamed part by part with busboy: the
// establishment file (`establishments`, required, first) is handed to the reader as it arrives, and
// the company file (`units`, optional, after it) when the reader asks for it. Neither is ever held
// whole in memory; a file larger than `maxBytes` fails its stream at once with RegistryTooLargeError.
import type { Readable } from "node:stream";
import { Busboy, type BusboyHeaders } from "@fastify/busboy";
import type { Request } from "express";

/** A malformed upload: not multipart, a missing or misplaced part; nothing is read. */
export class RegistryUploadError extends Error {
  override name = "RegistryUploadError";
  constructor(
    message: string,
    /** `missing-part` when the form lacks the establishment file, `malformed` otherwise. */
    readonly problem: "missing-part" | "malformed",
  ) {
    super(message);
  }
}

/** A stock file larger than the limit (REGISTRY_MAX_MB). */
export class RegistryTooLargeError extends Error {
  override name = "RegistryTooLargeError";
}

/** The upload's parts, as they arrive. */
export interface StockUpload {
  /** The establishment file and its name, once its part begins. */
  establishments: Promise<{ stream: Readable; name: string }>;
  /** The company file once its part begins, or undefined when the form ends without one. */
  units: () => Promise<Readable | undefined>;
  /** Stops reading the request (after a refusal): its remaining bytes are drained, not parsed. */
  abandon: () => void;
}

/** A deferred promise: resolved or rejected once, from outside. */
function deferred<T>() {
  let settle!: { resolve: (value: T) => void; reject: (error: Error) => void };
  let settled = false;
  const promise = new Promise<T>((resolve, reject) => (settle = { resolve, reject }));
  // A rejection nobody awaits yet is not an unhandled one: it is read when asked for.
  promise.catch(() => undefined);
  return {
    promise,
    resolve: (value: T) => {
      if (settled) return;
      settled = true;
      settle.resolve(value);
    },
    reject: (error: Error) => {
      if (settled) return;
      settled = true;
      settle.reject(error);
    },
  };
}

/** Starts reading the request's multipart body; throws RegistryUploadError when it is not multipart. */
export function streamStockUpload(req: Request, maxBytes: number): StockUpload {
  let busboy: ReturnType<typeof createBusboy>;
  try {
    busboy = createBusboy(req, maxBytes);
  } catch (error) {
    throw new RegistryUploadError(
      `Send the Sirene files as a multipart form: establishments (required), then units (${(error as Error).message}).`,
      "malformed",
    );
  }
  const establishments = deferred<{ stream: Readable; name: string }>();
  const units = deferred<Readable | undefined>();
  const open = new Set<Readable>();
  let seenEstablishments = false;
  /** Fails the files being read and the parts not yet come. */
  const fail = (error: Error) => {
    for (const stream of open) stream.destroy(error);
    establishments.reject(error);
    units.reject(error);
  };
  busboy.on("file", (field, stream, fileName) => {
    if (field === "establishments" && !seenEstablishments) {
      seenEstablishments = true;
      track(stream, open, maxBytes, fileName);
      establishments.resolve({ stream, name: fileName || "StockEtablissement.csv" });
    } else if (field === "units" && seenEstablishments) {
      track(stream, open, maxBytes, fileName);
      units.resolve(stream);
    } else if (field === "units") {
      stream.resume();
      fail(
        new RegistryUploadError(
          "The form sends `units` before `establishments`: send the establishment file (StockEtablissement) first, so that each file is read as it arrives.",
          "malformed",
        ),
      );
    } else {
      stream.resume();
    }
  });
  busboy.on("finish", () => {
    establishments.reject(
      new RegistryUploadError(
        "The form needs the establishment file (StockEtablissement) as a file part named `establishments`.",
        "missing-part",
      ),
    );
    units.resolve(undefined);
  });
  busboy.on("error", (error: Error) =>
    fail(new RegistryUploadError(`The upload is malformed: ${error.message}`, "malformed")),
  );
  req.on("close", () => {
    if (!req.complete) fail(new RegistryUploadError("The upload was interrupted before its end.", "malformed"));
  });
  req.pipe(busboy);
  return {
    establishments: establishments.promise,
    units: () => units.promise,
    abandon: () => {
      req.unpipe(busboy);
      for (const stream of open) stream.resume();
      req.resume();
    },
  };
}

/** A busboy reading one file part at most `maxBytes` long. */
function createBusboy(req: Request, maxBytes: number) {
  return new Busboy({
    headers: req.headers as BusboyHeaders,
    limits: { fileSize: maxBytes, files: 2, fields: 20, fieldSize: 4096 },
  });
}

/** Keeps a file part among the open ones until it ends; fails it as soon as it passes the limit. */
function track(stream: Readable, open: Set<Readable>, maxBytes: number, fileName: string): void {
  open.add(stream);
  stream.on("close", () => open.delete(stream));
  stream.on("end", () => open.delete(stream));
  stream.on("limit", () =>
    stream.destroy(
      new RegistryTooLargeError(
        `${fileName || "The file"} is larger than the limit of ${Number((maxBytes / 1024 / 1024).toFixed(3))} MB (REGISTRY_MAX_MB): filter the file, or send it through the command line (npm run registry).`,
      ),
    ),
  );
}
