// "Chercher dans le registre": one organisation reconciled online through the company search API,
// its candidates stored as matches for the same review as the stock files'.
import type { GraphDatabase } from "../../graph/graph-database.js";
import { EditValidationError } from "../editing/edit-errors.js";
import { apiRecord, searchCompanies } from "./company-search.js";
import { candidate, reconcile, RecordIndex, type Reconciliation } from "./match-organizations.js";
import { listMatches, organizationsToReconcile, saveProposals, type RegistryMatchView } from "./registry-matches.js";
import type { RegistryRecord } from "./registry-record.js";

/** The search API's settings (server/config.ts `registry`). */
export interface RegistrySearchSettings {
  searchUrl: string | undefined;
  searchTimeoutMs: number;
}

/** The file name matches from the API carry. */
export const searchApiName = "recherche-entreprises";

/** Whether the search is enabled, and why not. */
export function searchStatus(settings: RegistrySearchSettings | undefined) {
  return settings?.searchUrl
    ? { enabled: true, reason: null }
    : { enabled: false, reason: "REGISTRY_SEARCH_URL is not set: this server does not query the company search API" };
}

/** What the API's answer proposes: the reconciliation's candidates, else its first results at a low score. */
function proposals(organization: Reconciliation["organization"], records: RegistryRecord[]): Reconciliation {
  const reconciliation = reconcile(organization, new RecordIndex(records));
  if (reconciliation.outcome !== "not-found" || records.length === 0) return reconciliation;
  const candidates = records.slice(0, 5).map((record) => candidate(organization, record, "search"));
  return { organization, outcome: candidates.length === 1 ? "matched" : "ambiguous", candidates };
}

/** Searches the register for one organisation and stores its candidates; returns its pending matches. */
export async function searchRegistryFor(
  graph: GraphDatabase,
  settings: RegistrySearchSettings,
  organizationId: string,
  today = new Date().toISOString().slice(0, 10),
): Promise<RegistryMatchView[]> {
  const [organization] = await organizationsToReconcile(graph, [organizationId]);
  if (!organization)
    throw new EditValidationError([
      { field: "organizationRef", message: `no French organisation has the id "${organizationId}"`, code: "NOT_FOUND" },
    ]);
  const companies = await searchCompanies(settings.searchUrl!, organization.siren ?? organization.name, {
    timeoutMs: settings.searchTimeoutMs,
  });
  const records = companies.map(apiRecord).filter((record): record is RegistryRecord => record !== null);
  await saveProposals(graph, [proposals(organization, records)], { fileName: searchApiName, fileDate: today }, false);
  return listMatches(graph, { organizationId, status: "PENDING", limit: 50 });
}
