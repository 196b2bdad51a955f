// Sending the Sirene stock files to the register import (POST /api/registry/import, admin) as a
// multipart form, and reading its answer: the report, or why there is none.
import type { RegistryImportReport } from "../../../server/registry/registry-import";
import { fetchWithToken } from "../session";

export type { RegistryImportReport };

/** What the form asks for. */
export interface RegistryUpload {
  establishments: File;
  units: File | null;
  fileDate: string;
  departement: string;
  dryRun: boolean;
}

/** The report, or the server's message. */
export type RegistryUploadOutcome =
  { kind: "report"; report: RegistryImportReport } | { kind: "failure"; message: string };

/** Sends the files; a network failure is an outcome too, never a throw. */
export async function sendRegistryFiles(upload: RegistryUpload): Promise<RegistryUploadOutcome> {
  const form = new FormData();
  form.set("establishments", upload.establishments);
  if (upload.units) form.set("units", upload.units);
  const search = new URLSearchParams({ fileDate: upload.fileDate });
  if (upload.departement) search.set("departement", upload.departement);
  if (upload.dryRun) search.set("dryRun", "true");
  try {
    const response = await fetchWithToken(`/api/registry/import?${search.toString()}`, { method: "POST", body: form });
    const body = (await response.json().catch(() => null)) as
      (RegistryImportReport & { errors?: undefined }) | { errors?: Array<{ message?: string }> } | null;
    if (response.ok && body && !body.errors) return { kind: "report", report: body as RegistryImportReport };
    return { kind: "failure", message: body?.errors?.[0]?.message ?? `HTTP ${response.status}` };
  } catch (error) {
    return { kind: "failure", message: error instanceof Error ? error.message : String(error) };
  }
}
