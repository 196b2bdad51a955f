// The official French administrative reference (INSEE, via @etalab/decoupage-administratif):
// communes, EPCI and départements, read once from the package's JSON files.
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const packageName = "@etalab/decoupage-administratif";

/** One record of `data/communes.json` (only the fields Maillage reads). */
export interface CommuneRecord {
  code: string;
  nom: string;
  type: "commune-actuelle" | "commune-deleguee" | "commune-associee" | "arrondissement-municipal";
  departement?: string;
  region?: string;
  chefLieu?: string;
  /** INSEE codes of the communes merged into this one. */
  anciensCodes?: string[];
}

/** One record of `data/epci.json`. */
export interface EpciRecord {
  code: string;
  nom: string;
  type: string;
  membres: { code: string; nom: string }[];
}

/** One record of `data/departements.json`. */
export interface DepartementRecord {
  code: string;
  nom: string;
  region: string;
  chefLieu: string;
}

/** The installed version of the reference package, e.g. "6.0.0". */
export const referenceVersion: string = (require(`${packageName}/package.json`) as { version: string }).version;

/** The evidence `source` of every fact taken from the reference. */
export const referenceSource = `ref:decoupage-administratif@${referenceVersion}`;

/** Reads one of the package's data files, once. */
function dataFile<T>(name: string): () => T {
  let cached: T | undefined;
  return () => (cached ??= require(`${packageName}/data/${name}.json`) as T);
}

/** Every commune record: current communes, delegated and associated (former) communes, Paris/Lyon/Marseille districts. */
export const communeRecords = dataFile<CommuneRecord[]>("communes");

/** Every EPCI with its member communes. */
export const epciRecords = dataFile<EpciRecord[]>("epci");

/** Every département. */
export const departementRecords = dataFile<DepartementRecord[]>("departements");

/** The SIREN of Grand Besançon Métropole, the EPCI whose communes Maillage flags as "GBM territory". */
export const gbmEpciCode = "242500361";

/** The EPCI record with this SIREN; throws when the reference has none. */
export function epciByCode(code: string): EpciRecord {
  const epci = epciRecords().find((record) => record.code === code);
  if (!epci) throw new Error(`EPCI ${code} is not in ${referenceSource}`);
  return epci;
}

/** The INSEE codes of the communes that are members of an EPCI. */
export function epciMemberCodes(code: string): Set<string> {
  return new Set(epciByCode(code).membres.map((member) => member.code));
}
