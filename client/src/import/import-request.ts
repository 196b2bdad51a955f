// Sending a CSV table to the import route (POST /api/import/:kind, admin) and reading its answer: the
// report (200 ready or committed, 422 rejected) or why there is none (not signed in, too large…).
import type { ImportKind } from "../../../server/import/columns";
import type { ImportReport } from "../../../server/import/import-report";
import { fetchWithToken } from "../session";

export type { ImportKind, ImportReport };

/** The tables PMT keeps, in the order the form offers them. */
export const importKinds: readonly ImportKind[] = ["members", "participations", "projects"];

/** What an import request gave: a report, or a failure with the server's message. */
export type ImportOutcome =
  | { kind: "report"; report: ImportReport }
  | { kind: "failure"; status: number | null; code: string | null; message: string };

/** The outcome of an answer from its status and JSON body. */
export function importOutcomeOf(status: number, body: unknown): ImportOutcome {
  const value = (body ?? {}) as Partial<ImportReport> & {
    errors?: Array<{ message?: string; extensions?: { code?: string } }>;
  };
  if ((status === 200 || status === 422) && typeof value.status === "string" && Array.isArray(value.errors)) {
    return { kind: "report", report: value as ImportReport };
  }
  const error = Array.isArray(value.errors) ? value.errors[0] : undefined;
  return {
    kind: "failure",
    status,
    code: error?.extensions?.code ?? null,
    message: error?.message ?? `HTTP ${status}`,
  };
}

/** Sends the file; a dry run writes nothing. A network failure is an outcome too, never a throw (except an abort). */
export async function sendImport(
  kind: ImportKind,
  file: File,
  dryRun: boolean,
  signal?: AbortSignal,
): Promise<ImportOutcome> {
  const search = new URLSearchParams({ fileName: file.name });
  if (dryRun) search.set("dryRun", "true");
  let response: Response;
  try {
    response = await fetchWithToken(`/api/import/${kind}?${search.toString()}`, {
      method: "POST",
      headers: { "content-type": "text/csv" },
      body: file,
      signal,
    });
  } catch (error) {
    if (signal?.aborted) throw error;
    return {
      kind: "failure",
      status: null,
      code: null,
      message: error instanceof Error ? error.message : String(error),
    };
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON (a proxy's error page): the status says enough.
  }
  return importOutcomeOf(response.status, body);
}
