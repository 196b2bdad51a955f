// The columns of each table PMT keeps, as staff write their headers in French (and in English):
// which are required, and the header spellings each one accepts.

/** The tables that can be imported. */
export const importKinds = ["members", "participations", "projects"] as const;
export type ImportKind = (typeof importKinds)[number];

/** True when `value` names an import kind. */
export function isImportKind(value: string): value is ImportKind {
  return (importKinds as readonly string[]).includes(value);
}

/** One column: the field it fills, whether the header must be present, and what it holds. */
export interface ColumnSpec {
  field: string;
  required: boolean;
  /** Accepted headers, folded (see foldHeader); the first is the one to write. */
  headers: string[];
  description: string;
}

const name = (field: string, headers: string[], description: string, required = true): ColumnSpec => ({
  field,
  required,
  headers,
  description,
});

/** The columns of each kind of table. */
export const columnSpecs: Record<ImportKind, ColumnSpec[]> = {
  members: [
    name("name", ["nom", "name", "raison_sociale", "entreprise", "organisation", "organization"], "the member's name"),
    name("siren", ["siren", "numero_siren", "siret"], "SIREN (9 digits) or SIRET (14); may be blank"),
    name(
      "commune",
      ["commune", "ville", "city", "town"],
      "commune name as written (or INSEE code), resolved against the INSEE reference",
    ),
    name("headcount", ["effectif", "effectifs", "headcount", "employees"], "headcount, a whole number; may be blank"),
    name(
      "revenue",
      ["chiffre_affaires", "chiffre_d_affaires", "ca", "turnover", "revenue"],
      "yearly turnover in euros (1 234 567,89 · 1234567.89 · 1,2 M€ · 850 k€); may be blank",
    ),
    name(
      "markets",
      ["marches", "marche", "markets", "market", "filieres"],
      "markets, separated by | or , (ASD, santé, aéronautique…)",
      false,
    ),
    name(
      "kind",
      ["type", "kind", "categorie"],
      "entreprise (default), recherche, école, cluster, association, public, autre",
      false,
    ),
    name(
      "id",
      ["id", "identifiant", "maillage_id"],
      "the Maillage id of an existing organisation, to settle an ambiguous name",
      false,
    ),
    name("year", ["annee", "annee_adhesion", "year"], "the membership year", false),
  ],
  participations: [
    name("event", ["evenement", "event", "manifestation", "salon"], "the event's name (without the year)"),
    name("year", ["annee", "year"], "the year of the event"),
    name(
      "organization",
      ["organisation", "organization", "entreprise", "participant", "nom", "name"],
      "the participating organisation's name",
    ),
    name("role", ["role"], "exposant, visiteur, co-exposant, intervenant…; may be blank"),
    name("siren", ["siren", "siret"], "the organisation's SIREN, to match it surely", false),
    name("organizationId", ["id_organisation", "organization_id", "id"], "the Maillage id of the organisation", false),
    name(
      "eventKind",
      ["type_evenement", "event_kind", "event_type"],
      "the event's kind for a new event (salon, convention d'affaires…)",
      false,
    ),
    name("kind", ["type_organisation", "organization_kind", "type"], "the organisation's kind, for a new one", false),
  ],
  projects: [
    name("project", ["projet", "project", "nom_projet", "nom", "name"], "the project's name"),
    name("partners", ["partenaires", "partners", "entreprises"], "the partner organisations, separated by | or ,"),
    name(
      "programme",
      ["programme", "program", "dispositif"],
      "the funding programme or call (CORAC, ASTRID, France 2030…); may be blank",
    ),
    name(
      "totalAmount",
      ["montant_total", "montant", "total_amount", "amount", "budget"],
      "the project's total amount in euros; may be blank",
    ),
    name(
      "publicAid",
      [
        "aide_publique",
        "aide_publique_obtenue",
        "aides_publiques",
        "aides_publiques_obtenues",
        "montant_aides_publiques",
        "public_aid",
        "public_funding",
      ],
      "the public aid obtained, in euros; may be blank",
    ),
    name(
      "patents",
      ["brevets", "brevets_deposes", "nombre_brevets", "patents", "patents_filed"],
      "patents filed, a whole number; may be blank",
    ),
    name(
      "jobs",
      ["emplois", "emplois_crees_ou_maintenus", "jobs", "jobs_created_or_kept"],
      "jobs created or kept, a whole number; may be blank",
    ),
    name("year", ["annee", "year"], "the year", false),
    name(
      "markets",
      ["marches", "marche", "markets", "market", "filieres"],
      "markets the project addresses (santé, aéronautique…)",
      false,
    ),
    name("status", ["statut", "status"], "the project's status, in words", false),
  ],
};

/** A header folded for comparison: accents, case, units in parentheses, € and punctuation ignored. */
export function foldHeader(header: string): string {
  return header
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .replace(/\([^)]*\)|€/gu, " ")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "_")
    .replace(/^_+|_+$/gu, "");
}

/** How a file's header maps onto a kind's columns. */
export interface ColumnMapping {
  /** Field → index of its column in the file. */
  indexOf: Map<string, number>;
  /** Field → the header as the file writes it. */
  headerOf: Map<string, string>;
  missing: ColumnSpec[];
  duplicates: Array<{ field: string; headers: string[] }>;
  ignored: string[];
}

/** Maps a header row onto the columns of a kind: which fields are where, missing, twice or unknown. */
export function mapColumns(kind: ImportKind, header: string[]): ColumnMapping {
  const specs = columnSpecs[kind];
  const found = new Map<string, number[]>();
  const ignored: string[] = [];
  header.forEach((written, index) => {
    const folded = foldHeader(written);
    if (folded === "") return;
    // The first spec that claims the header wins (`type` is the organisation kind, not the event's).
    const spec = specs.find((candidate) => candidate.headers.includes(folded));
    if (spec) found.set(spec.field, [...(found.get(spec.field) ?? []), index]);
    else ignored.push(written);
  });
  const indexOf = new Map([...found].map(([field, indexes]) => [field, indexes[0]!]));
  return {
    indexOf,
    headerOf: new Map([...indexOf].map(([field, index]) => [field, header[index]!.trim()])),
    missing: specs.filter((spec) => spec.required && !found.has(spec.field)),
    duplicates: [...found]
      .filter(([, indexes]) => indexes.length > 1)
      .map(([field, indexes]) => ({ field, headers: indexes.map((index) => header[index]!) })),
    ignored,
  };
}
