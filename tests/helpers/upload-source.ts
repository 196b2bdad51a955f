// Uploads a source document to a test server as the app does: multipart/form-data on POST /api/sources.
import type { UploadStreamLine } from "../../server/sources/source-progress.js";

/** The answer of an upload: its HTTP status and JSON body. */
export interface UploadAnswer {
  status: number;
  // The report (AddSourceReport) or an error body, read as JSON.
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** Posts `bytes` as the file `name` with the metadata `fields`; `dryRun` asks for a dry run. */
export async function uploadSource(
  baseUrl: string,
  token: string | undefined,
  file: { bytes: Uint8Array | string; name: string; type?: string },
  fields: Record<string, string> = {},
  options: { dryRun?: boolean } = {},
): Promise<UploadAnswer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  const bytes = typeof file.bytes === "string" ? new TextEncoder().encode(file.bytes) : new Uint8Array(file.bytes);
  form.append("file", new Blob([bytes], { type: file.type ?? "application/octet-stream" }), file.name);
  const response = await fetch(`${baseUrl}/api/sources${options.dryRun ? "?dryRun=true" : ""}`, {
    method: "POST",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

/** The lines of an upload's progress stream (server/sources/source-progress.ts), as they came. */
export async function uploadSourceWithProgress(
  baseUrl: string,
  token: string,
  file: { bytes: Uint8Array; name: string; type?: string },
  fields: Record<string, string> = {},
): Promise<{ status: number; contentType: string; lines: UploadStreamLine[] }> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  form.append("file", new Blob([new Uint8Array(file.bytes)], { type: file.type ?? "application/pdf" }), file.name);
  const response = await fetch(`${baseUrl}/api/sources`, {
    method: "POST",
    headers: { authorization: `Bearer ${token}`, accept: "application/x-ndjson" },
    body: form,
  });
  const text = await response.text();
  return {
    status: response.status,
    contentType: response.headers.get("content-type") ?? "",
    lines: text
      .split("\n")
      .filter((line) => line.trim() !== "")
      .map((line) => JSON.parse(line) as UploadStreamLine),
  };
}
