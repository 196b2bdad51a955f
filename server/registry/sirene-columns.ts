// The official column names of the Sirene stock files (INSEE, « fichiers stock » v3, CSV UTF-8):
// StockEtablissement (one row per establishment) and StockUniteLegale (one row per company).
// Only the columns Maillage reads are required; the others are carried through untouched.

/** The columns of StockEtablissement, in the official order. */
export const establishmentColumns = [
  "siren",
  "nic",
  "siret",
  "statutDiffusionEtablissement",
  "dateCreationEtablissement",
  "trancheEffectifsEtablissement",
  "anneeEffectifsEtablissement",
  "activitePrincipaleRegistreMetiersEtablissement",
  "dateDernierTraitementEtablissement",
  "etablissementSiege",
  "nombrePeriodesEtablissement",
  "complementAdresseEtablissement",
  "numeroVoieEtablissement",
  "indiceRepetitionEtablissement",
  "dernierNumeroVoieEtablissement",
  "indiceRepetitionDernierNumeroVoieEtablissement",
  "typeVoieEtablissement",
  "libelleVoieEtablissement",
  "codePostalEtablissement",
  "libelleCommuneEtablissement",
  "libelleCommuneEtrangerEtablissement",
  "distributionSpecialeEtablissement",
  "codeCommuneEtablissement",
  "codeCedexEtablissement",
  "libelleCedexEtablissement",
  "codePaysEtrangerEtablissement",
  "libellePaysEtrangerEtablissement",
  "identifiantAdresseEtablissement",
  "coordonneeLambertAbscisseEtablissement",
  "coordonneeLambertOrdonneeEtablissement",
  "dateDebut",
  "etatAdministratifEtablissement",
  "enseigne1Etablissement",
  "enseigne2Etablissement",
  "enseigne3Etablissement",
  "denominationUsuelleEtablissement",
  "activitePrincipaleEtablissement",
  "nomenclatureActivitePrincipaleEtablissement",
  "caractereEmployeurEtablissement",
] as const;

/** The columns of StockUniteLegale, in the official order. */
export const legalUnitColumns = [
  "siren",
  "statutDiffusionUniteLegale",
  "unitePurgeeUniteLegale",
  "dateCreationUniteLegale",
  "sigleUniteLegale",
  "sexeUniteLegale",
  "prenom1UniteLegale",
  "prenom2UniteLegale",
  "prenom3UniteLegale",
  "prenom4UniteLegale",
  "prenomUsuelUniteLegale",
  "pseudonymeUniteLegale",
  "identifiantAssociationUniteLegale",
  "trancheEffectifsUniteLegale",
  "anneeEffectifsUniteLegale",
  "dateDernierTraitementUniteLegale",
  "nombrePeriodesUniteLegale",
  "categorieEntreprise",
  "anneeCategorieEntreprise",
  "dateDebut",
  "etatAdministratifUniteLegale",
  "nomUniteLegale",
  "nomUsageUniteLegale",
  "denominationUniteLegale",
  "denominationUsuelle1UniteLegale",
  "denominationUsuelle2UniteLegale",
  "denominationUsuelle3UniteLegale",
  "categorieJuridiqueUniteLegale",
  "activitePrincipaleUniteLegale",
  "nomenclatureActivitePrincipaleUniteLegale",
  "nicSiegeUniteLegale",
  "economieSocialeSolidaireUniteLegale",
  "societeMissionUniteLegale",
  "caractereEmployeurUniteLegale",
] as const;

export type EstablishmentColumn = (typeof establishmentColumns)[number];
export type LegalUnitColumn = (typeof legalUnitColumns)[number];

/** The establishment columns Maillage reads: a file without one of them is refused. */
export const requiredEstablishmentColumns: EstablishmentColumn[] = [
  "siren",
  "siret",
  "etablissementSiege",
  "codeCommuneEtablissement",
  "libelleCommuneEtablissement",
  "etatAdministratifEtablissement",
  "activitePrincipaleEtablissement",
  "trancheEffectifsEtablissement",
];

/** The company columns Maillage reads: a file without one of them is refused. */
export const requiredLegalUnitColumns: LegalUnitColumn[] = [
  "siren",
  "denominationUniteLegale",
  "sigleUniteLegale",
  "categorieJuridiqueUniteLegale",
  "dateCreationUniteLegale",
  "etatAdministratifUniteLegale",
];

/** A row of a stock file: column name → cell, as written. */
export type StockRow = Record<string, string | undefined>;
