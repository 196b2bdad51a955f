// The public company search API of the French administration (recherche-entreprises, no key): a name
// or a SIREN → companies with their head office. Its answers become register records like those of
// the stock files, with the API's own field names as the quote; the search is opt-in
// (REGISTRY_SEARCH_URL) because a server may not reach it.
import { GraphQLError } from "graphql";
import { sirenProblem, siretProblem } from "../../graph/registry/company-numbers.js";
import { nafLabel } from "../../graph/registry/naf-activities.js";
import { sizeBandLabel } from "../../graph/registry/size-bands.js";
import type { ErrorCode } from "../errors/error-codes.js";
import type { RegistryRecord } from "./registry-record.js";

/** The head office as the API gives it (the fields Maillage reads). */
interface ApiHeadOffice {
  siret?: string;
  commune?: string | null;
  libelle_commune?: string | null;
  activite_principale?: string | null;
  tranche_effectif_salarie?: string | null;
  etat_administratif?: string | null;
  est_siege?: boolean;
  date_creation?: string | null;
  nom_commercial?: string | null;
  liste_enseignes?: string[] | null;
}

/** One company of the API's `results` (the fields Maillage reads). */
export interface ApiCompany {
  siren?: string;
  nom_complet?: string | null;
  nom_raison_sociale?: string | null;
  sigle?: string | null;
  activite_principale?: string | null;
  categorie_entreprise?: string | null;
  date_creation?: string | null;
  etat_administratif?: string | null;
  nature_juridique?: string | null;
  tranche_effectif_salarie?: string | null;
  siege?: ApiHeadOffice | null;
}

/** The API's answer to /search. */
export interface ApiSearchAnswer {
  results: ApiCompany[];
  total_results: number;
  page: number;
  per_page: number;
  total_pages: number;
}

/** The search API could not be asked, or did not answer usefully; `extensions.code` REGISTRY_UNAVAILABLE. */
export class RegistryUnavailableError extends GraphQLError {
  constructor(message: string) {
    const code: ErrorCode = "REGISTRY_UNAVAILABLE";
    super(message, { extensions: { code } });
    this.name = "RegistryUnavailableError";
  }
}

/** Asks the API for a name or a SIREN: the first page of companies. */
export async function searchCompanies(
  baseUrl: string,
  query: string,
  options: { timeoutMs: number; perPage?: number },
): Promise<ApiCompany[]> {
  const url = `${baseUrl}/search?${new URLSearchParams({ q: query, page: "1", per_page: String(options.perPage ?? 10) })}`;
  let response: Response;
  try {
    response = await fetch(url, {
      headers: { accept: "application/json" },
      signal: AbortSignal.timeout(options.timeoutMs),
    });
  } catch (error) {
    throw new RegistryUnavailableError(
      `The company search API did not answer (${(error as Error).message}): nothing was stored.`,
    );
  }
  if (!response.ok)
    throw new RegistryUnavailableError(`The company search API answered HTTP ${response.status}: nothing was stored.`);
  const answer = (await response.json().catch(() => null)) as Partial<ApiSearchAnswer> | null;
  if (!answer || !Array.isArray(answer.results))
    throw new RegistryUnavailableError("The company search API answered without a `results` list: nothing was stored.");
  return answer.results;
}

/** A record from an API company, or null when its SIREN or head office is missing or invalid. */
export function apiRecord(company: ApiCompany): RegistryRecord | null {
  const office = company.siege;
  if (!company.siren || sirenProblem(company.siren) || !office?.siret || siretProblem(office.siret)) return null;
  const cells: Array<[string, string | null | undefined]> = [
    ["siren", company.siren],
    ["siege.siret", office.siret],
    ["siege.est_siege", String(office.est_siege ?? true)],
    ["siege.commune", office.commune],
    ["siege.libelle_commune", office.libelle_commune],
    ["nom_raison_sociale", company.nom_raison_sociale],
    ["nom_complet", company.nom_complet],
    ["sigle", company.sigle],
    ["siege.activite_principale", office.activite_principale ?? company.activite_principale],
    ["siege.tranche_effectif_salarie", office.tranche_effectif_salarie ?? company.tranche_effectif_salarie],
    ["siege.etat_administratif", office.etat_administratif],
    ["etat_administratif", company.etat_administratif],
    ["nature_juridique", company.nature_juridique],
    ["categorie_entreprise", company.categorie_entreprise],
    ["date_creation", company.date_creation],
  ];
  const fields = cells.filter((cell): cell is [string, string] => typeof cell[1] === "string" && cell[1] !== "");
  const nafCode = office.activite_principale ?? company.activite_principale ?? null;
  const sizeBand = office.tranche_effectif_salarie ?? company.tranche_effectif_salarie ?? null;
  const otherNames = [company.nom_complet, office.nom_commercial, ...(office.liste_enseignes ?? [])].filter(
    (name): name is string => Boolean(name),
  );
  return {
    siren: company.siren,
    siret: office.siret,
    denomination: company.nom_raison_sociale ?? company.nom_complet ?? company.siren,
    sigle: company.sigle ?? null,
    otherNames: [...new Set(otherNames)],
    communeCode: office.commune ?? "",
    communeName: office.libelle_commune ?? "",
    nafCode,
    nafLabel: nafLabel(nafCode),
    sizeBand,
    sizeBandLabel: sizeBandLabel(sizeBand),
    legalCategory: company.nature_juridique ?? null,
    companyCategory: company.categorie_entreprise ?? null,
    creationDate: company.date_creation ?? null,
    closed: company.etat_administratif === "C" || office.etat_administratif === "F",
    fields,
    establishments: [],
  };
}
