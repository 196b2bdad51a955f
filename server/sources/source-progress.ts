// How far the processing of an uploaded source has gone, and the lines of the progress stream that
// POST /api/sources sends when asked (`Accept: application/x-ndjson`): one JSON object a line, the
// last one the report or the error. The client and the tests read these types; no other state is
// kept, so any instance behind a load balancer can serve an upload.
import type { ErrorCode } from "../errors/error-codes.js";
import type { AddSourceReport } from "./add-source.js";

/** One step of the processing: a PDF's pages read, then the scan for mentions part by part (a PDF's
 *  pages, or slices of a long text), then the write. */
export type SourceProgress =
  { stage: "read"; page: number; pages: number } | { stage: "scan"; part: number; parts: number } | { stage: "save" };

/** One line of the progress stream. */
export type UploadStreamLine =
  | ({ type: "progress" } & SourceProgress)
  | { type: "done"; report: AddSourceReport }
  | { type: "error"; status: number; code: ErrorCode; message: string };

/** The media type of the progress stream. */
export const progressStreamType = "application/x-ndjson";

/** The progress in a few words, for the command line. */
export function describeProgress(progress: SourceProgress): string {
  switch (progress.stage) {
    case "read":
      return `read page ${progress.page} of ${progress.pages}`;
    case "scan":
      return `looked for mentions and suggestions in part ${progress.part} of ${progress.parts}`;
    case "save":
      return "saving the document and its suggestions";
  }
}
