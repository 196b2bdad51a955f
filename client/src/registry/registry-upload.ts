// Sending the Sirene stock files to the register import (POST /api/registry/import, admin) as a
// multipart form — the establishment file first, so the server reads each as it arrives — and
// reading its answer: the report, or why there is none. `progressId` names the import so that the
// page can follow its counts (registryImportProgress) while the files stream in.
import type { RegistryImportReport } from "../../../server/registry/registry-import";
import { fetchWithToken } from "../session";

export type { RegistryImportReport };

/** What the form asks for. */
export interface RegistryUpload {
  establishments: File;
  units: File | null;
  fileDate: string;
  departement: string;
  /** Also locate each open secondary establishment of an accepted match. */
  allEstablishments: boolean;
  dryRun: boolean;
  /** A UUID the page picks to follow the import's progress. */
  progressId: string;
}

/** The report, or the server's message. */
export type RegistryUploadOutcome =
  { kind: "report"; report: RegistryImportReport } | { kind: "failure"; message: string };

/** A random UUID (v4) naming an import; `crypto.randomUUID` needs a secure context, this does not. */
export function newProgressId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x40;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = [...bytes].map((byte) => byte.toString(16).padStart(2, "0")).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Sends the files; a network failure is an outcome too, never a throw. */
export async function sendRegistryFiles(upload: RegistryUpload): Promise<RegistryUploadOutcome> {
  const form = new FormData();
  form.set("establishments", upload.establishments);
  if (upload.units) form.set("units", upload.units);
  const search = new URLSearchParams({ fileDate: upload.fileDate });
  if (upload.departement) search.set("departement", upload.departement);
  if (upload.dryRun) search.set("dryRun", "true");
  if (upload.allEstablishments) search.set("establishmentScope", "all");
  search.set("progressId", upload.progressId);
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
