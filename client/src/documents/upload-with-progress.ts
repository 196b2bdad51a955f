// Uploads a source with its progress: the bytes sent (XMLHttpRequest's upload events: fetch has
// none), then the server's progress stream (server/sources/source-progress.ts), one JSON line per
// step, read as it arrives until the last line, the report or the error.
import type { AddSourceReport } from "../../../server/sources/add-source";
import type { SourceProgress, UploadStreamLine } from "../../../server/sources/source-progress";
import { csrfHeaders } from "../session";

/** Where an upload stands: bytes sent, then the server's steps. */
export type UploadProgress = { stage: "send"; sent: number; total: number } | SourceProgress;

/** The complete lines of a stream read so far after `consumed` characters, and the new count. */
export function newStreamLines(text: string, consumed: number): { lines: UploadStreamLine[]; consumed: number } {
  const end = text.lastIndexOf("\n");
  if (end < consumed) return { lines: [], consumed };
  const lines = text
    .slice(consumed, end)
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as UploadStreamLine);
  return { lines, consumed: end + 1 };
}

/** A refused upload: the server's message and code. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = "UploadError";
  }
}

/** Posts the form to /api/sources, telling `onProgress` each step; resolves with the report. */
export function uploadWithProgress(
  form: FormData,
  onProgress: (progress: UploadProgress) => void,
): Promise<AddSourceReport> {
  return new Promise((resolve, reject) => {
    const request = new XMLHttpRequest();
    let consumed = 0;
    let outcome: UploadStreamLine | undefined;
    const read = () => {
      const fresh = newStreamLines(request.responseText, consumed);
      consumed = fresh.consumed;
      for (const line of fresh.lines) {
        if (line.type === "progress") {
          const { type: _type, ...progress } = line;
          onProgress(progress);
        } else outcome = line;
      }
    };
    request.open("POST", "/api/sources");
    request.withCredentials = true;
    request.setRequestHeader("accept", "application/x-ndjson");
    for (const [name, value] of Object.entries(csrfHeaders)) request.setRequestHeader(name, value);
    request.upload.addEventListener("progress", (event) =>
      onProgress({ stage: "send", sent: event.loaded, total: event.lengthComputable ? event.total : 0 }),
    );
    request.addEventListener("progress", () => {
      if (request.status === 200) read();
    });
    request.addEventListener("error", () => reject(new UploadError("the server cannot be reached", undefined)));
    request.addEventListener("load", () => {
      if (request.status !== 200) {
        // Refused before processing (size, role, format): a JSON error body.
        let body: { errors?: Array<{ message: string; extensions?: { code?: string } }> } = {};
        try {
          body = JSON.parse(request.responseText) as typeof body;
        } catch {
          // Not JSON: the status says it.
        }
        const first = body.errors?.[0];
        reject(new UploadError(first?.message ?? String(request.status), first?.extensions?.code));
        return;
      }
      read();
      if (outcome?.type === "done") resolve(outcome.report);
      else if (outcome?.type === "error") reject(new UploadError(outcome.message, outcome.code));
      else reject(new UploadError("the answer ended before the report", undefined));
    });
    request.send(form);
  });
}
