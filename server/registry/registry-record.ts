// A company as the register states it: its head office (StockEtablissement) and, when the company
// file was given, its legal unit (StockUniteLegale). The record's fields, `name: value` one per
// line, are the text of its source document (`sirene:<siret>`); each fact quotes the lines it rests on.
import { nafLabel } from "../../graph/registry/naf-activities.js";
import { sizeBandLabel } from "../../graph/registry/size-bands.js";
import type { EstablishmentRow, LegalUnitRow } from "./read-stock-files.js";

/** One company of the register, with the cells it was built from. */
export interface RegistryRecord {
  siren: string;
  /** The head office's SIRET. */
  siret: string;
  /** The company's name (denominationUniteLegale), or the establishment's usual name without the company file. */
  denomination: string;
  sigle: string | null;
  /** Usual names of the company and trade names (enseignes) of the head office. */
  otherNames: string[];
  communeCode: string;
  communeName: string;
  nafCode: string | null;
  nafLabel: string | null;
  sizeBand: string | null;
  sizeBandLabel: string | null;
  legalCategory: string | null;
  /** PME, ETI or GE (categorieEntreprise). */
  companyCategory: string | null;
  creationDate: string | null;
  /** The company has ceased (etatAdministratifUniteLegale C) or its head office is closed (F). */
  closed: boolean;
  /** The official column names and values the record rests on, location first. */
  fields: Array<[string, string]>;
  /** The company's open secondary establishments (when all establishments were asked for), each its own record. */
  establishments: EstablishmentRecord[];
}

/** An open secondary establishment of a company: where it is, and the cells it was read from. */
export interface EstablishmentRecord {
  siret: string;
  communeCode: string;
  communeName: string;
  /** The official column names and values, location first: the text of its own `sirene:<siret>` document. */
  fields: Array<[string, string]>;
}

/** The columns that state where the head office is: the quote of LOCATED_IN. */
const locationColumns = new Set([
  "siren",
  "siret",
  "etablissementSiege",
  "codeCommuneEtablissement",
  "libelleCommuneEtablissement",
  // The same, as the search API names them.
  "siege.siret",
  "siege.est_siege",
  "siege.commune",
  "siege.libelle_commune",
]);

/** An establishment's cells, its location first. */
function establishmentFields(row: EstablishmentRow): Array<[string, string]> {
  return [
    ...Object.entries(row).filter(([name]) => locationColumns.has(name)),
    ...Object.entries(row).filter(([name]) => !locationColumns.has(name)),
  ] as Array<[string, string]>;
}

/** A secondary establishment's record. */
export function establishmentRecord(row: EstablishmentRow): EstablishmentRecord {
  return {
    siret: row.siret!,
    communeCode: row.codeCommuneEtablissement ?? "",
    communeName: row.libelleCommuneEtablissement ?? "",
    fields: establishmentFields(row),
  };
}

/** A record from a head office, its company (when known) and its open secondary establishments (when asked for). */
export function registryRecord(
  office: EstablishmentRow,
  unit: LegalUnitRow | undefined,
  secondaries: EstablishmentRow[] = [],
): RegistryRecord {
  const fields: Array<[string, string]> = [
    ...establishmentFields(office),
    ...(Object.entries(unit ?? {}).filter(([name]) => name !== "siren") as Array<[string, string]>),
  ];
  const nafCode = office.activitePrincipaleEtablissement ?? unit?.activitePrincipaleUniteLegale ?? null;
  const sizeBand = office.trancheEffectifsEtablissement ?? unit?.trancheEffectifsUniteLegale ?? null;
  const usual = [
    office.denominationUsuelleEtablissement,
    unit?.denominationUsuelle1UniteLegale,
    unit?.denominationUsuelle2UniteLegale,
    unit?.denominationUsuelle3UniteLegale,
    office.enseigne1Etablissement,
    office.enseigne2Etablissement,
    office.enseigne3Etablissement,
  ].filter((name): name is string => Boolean(name));
  return {
    siren: office.siren!,
    siret: office.siret!,
    denomination: unit?.denominationUniteLegale ?? usual[0] ?? office.siret!,
    sigle: unit?.sigleUniteLegale ?? null,
    otherNames: [...new Set(usual)],
    communeCode: office.codeCommuneEtablissement ?? "",
    communeName: office.libelleCommuneEtablissement ?? "",
    nafCode,
    nafLabel: nafLabel(nafCode),
    sizeBand,
    sizeBandLabel: sizeBandLabel(sizeBand),
    legalCategory: unit?.categorieJuridiqueUniteLegale ?? null,
    companyCategory: unit?.categorieEntreprise ?? null,
    creationDate: unit?.dateCreationUniteLegale ?? office.dateCreationEtablissement ?? null,
    closed: unit?.etatAdministratifUniteLegale === "C" || office.etatAdministratifEtablissement === "F",
    fields,
    establishments: secondaries.map(establishmentRecord),
  };
}

/** The source of every fact a record gives: `sirene:<siret>`. */
export function recordSource(record: Pick<RegistryRecord, "siret">): string {
  return `sirene:${record.siret}`;
}

/** Fields as the source document writes them: `name: value`, one per line. */
export function fieldLines(fields: Array<[string, string]>): string {
  return fields.map(([name, value]) => `${name}: ${value}`).join("\n");
}

/** The quote of an establishment's location: the record's location lines, contiguous in its text. */
export function locationQuote(record: Pick<RegistryRecord, "fields">): string {
  return fieldLines(record.fields.filter(([name]) => locationColumns.has(name)));
}
