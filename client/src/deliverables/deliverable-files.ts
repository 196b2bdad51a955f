// The convention's tables from the deliverables route (GET /api/deliverables, viewer): the list, and
// each table fetched with the sign-in token then saved, so downloads work when reading needs a sign-in.
import type { DeliverableSummary } from "../../../server/deliverables/deliverable-tables";
import { saveFile } from "../layout";
import { fetchWithToken } from "../session";

export type { DeliverableSummary };

/** The formats a table is offered in. */
export const deliverableFormats = ["csv", "xlsx"] as const;
export type DeliverableFormat = (typeof deliverableFormats)[number];

/** The URL of a table in a format, for a year (blank: every year). */
export function deliverableUrl(id: string, format: DeliverableFormat, year: string): string {
  const search = new URLSearchParams();
  if (year.trim() !== "") search.set("year", year.trim());
  const query = search.toString();
  return `/api/deliverables/${encodeURIComponent(id)}.${format}${query ? `?${query}` : ""}`;
}

/** The file name the server gives (`content-disposition: attachment; filename="…"`), or the fallback. */
export function fileNameOf(contentDisposition: string | null, fallback: string): string {
  const name = contentDisposition?.match(/filename\*?=(?:UTF-8'')?"?([^";]+)"?/i)?.[1];
  return name ? decodeURIComponent(name) : fallback;
}

/** The server's reason for a refused request, from its JSON errors or its status. */
async function refusal(response: Response): Promise<Error> {
  try {
    const body = (await response.json()) as { errors?: Array<{ message?: string }> };
    return new Error(body.errors?.[0]?.message ?? `HTTP ${response.status}`);
  } catch {
    return new Error(`HTTP ${response.status}`);
  }
}

/** The tables the convention asks for. */
export async function fetchDeliverableList(signal?: AbortSignal): Promise<DeliverableSummary[]> {
  const response = await fetchWithToken("/api/deliverables", signal ? { signal } : {});
  if (!response.ok) throw await refusal(response);
  return ((await response.json()) as { tables: DeliverableSummary[] }).tables;
}

/** Fetches a table with the token and saves it under the name the server gives. */
export async function downloadDeliverable(id: string, format: DeliverableFormat, year: string): Promise<void> {
  const response = await fetchWithToken(deliverableUrl(id, format, year));
  if (!response.ok) throw await refusal(response);
  saveFile(fileNameOf(response.headers.get("content-disposition"), `${id}.${format}`), await response.blob());
}
