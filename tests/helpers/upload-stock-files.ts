// Sends Sirene stock files to a test server's register import (POST /api/registry/import) as the
// app does — a multipart form, the establishment file first — either whole (fetch) or part by part
// over a request the test keeps open (node:http), to see what the server does before the end.
import { randomUUID } from "node:crypto";
import { request, type ClientRequest } from "node:http";

/** The answer of an upload: its HTTP status and JSON body. */
export interface StockUploadAnswer {
  status: number;
  // The report (RegistryImportReport) or an error body, read as JSON.
  body: any; // eslint-disable-line @typescript-eslint/no-explicit-any
}

/** The import's URL with its query string. */
function importUrl(baseUrl: string, query: Record<string, string>): string {
  const search = new URLSearchParams(query).toString();
  return `${baseUrl}/api/registry/import${search ? `?${search}` : ""}`;
}

/** Posts the files (each optional, in this order) and the text fields as a multipart form. */
export async function uploadStockFiles(
  baseUrl: string,
  token: string | undefined,
  files: { establishments?: string; units?: string; fields?: Record<string, string> },
  query: Record<string, string> = {},
): Promise<StockUploadAnswer> {
  const form = new FormData();
  for (const [name, value] of Object.entries(files.fields ?? {})) form.append(name, value);
  if (files.establishments !== undefined)
    form.append("establishments", new Blob([files.establishments], { type: "text/csv" }), "StockEtablissement.csv");
  if (files.units !== undefined)
    form.append("units", new Blob([files.units], { type: "text/csv" }), "StockUniteLegale.csv");
  const response = await fetch(importUrl(baseUrl, query), {
    method: "POST",
    headers: token ? { authorization: `Bearer ${token}` } : {},
    body: form,
  });
  return { status: response.status, body: await response.json() };
}

/** An upload the test writes part by part (no declared length): the server reads it as it comes. */
export interface OpenStockUpload {
  /** Begins a file part. */
  part(name: "establishments" | "units", fileName: string): void;
  /** Writes bytes of the current part. */
  write(text: string): void;
  /** How many bytes were written so far. */
  written(): number;
  /** Closes the form and the request. */
  end(): void;
  /** The server's answer, whenever it comes (before the end, for a refusal). */
  response: Promise<StockUploadAnswer>;
  /** Drops the request (after an early answer). */
  destroy(): void;
}

/** Opens a multipart upload to the register import, chunked, without a content length. */
export function openStockUpload(baseUrl: string, token: string, query: Record<string, string> = {}): OpenStockUpload {
  const boundary = `maillage-${randomUUID()}`;
  let req!: ClientRequest;
  let parts = 0;
  let written = 0;
  const response = new Promise<StockUploadAnswer>((resolve, reject) => {
    req = request(importUrl(baseUrl, query), {
      method: "POST",
      headers: {
        authorization: `Bearer ${token}`,
        "content-type": `multipart/form-data; boundary=${boundary}`,
        "transfer-encoding": "chunked",
      },
    });
    req.on("response", (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (chunk: Buffer) => chunks.push(chunk));
      res.on("end", () =>
        resolve({ status: res.statusCode ?? 0, body: JSON.parse(Buffer.concat(chunks).toString("utf8")) }),
      );
      res.on("error", reject);
    });
    // Writing on after the server answered and closed may fail: the answer is what the test reads.
    req.on("error", () => undefined);
  });
  return {
    part(name, fileName) {
      req.write(
        `${parts++ > 0 ? "\r\n" : ""}--${boundary}\r\nContent-Disposition: form-data; name="${name}"; filename="${fileName}"\r\nContent-Type: text/csv\r\n\r\n`,
      );
    },
    write(text) {
      written += Buffer.byteLength(text);
      req.write(text);
    },
    written: () => written,
    end() {
      req.end(`\r\n--${boundary}--\r\n`);
    },
    response,
    destroy() {
      req.destroy();
    },
  };
}
