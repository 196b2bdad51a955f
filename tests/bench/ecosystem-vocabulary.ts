// The words the synthetic ecosystem is made of: kinds, markets, roles and names in the style of the
// real graph (seed/facts/*.yaml), with the weights that shape how often each appears.

/** Organisation kinds (schema/organization.graphql) and their share of the organisations. */
export const organizationKinds = [
  { kind: "COMPANY", weight: 0.7 },
  { kind: "ASSOCIATION", weight: 0.08 },
  { kind: "RESEARCH", weight: 0.06 },
  { kind: "PUBLIC_BODY", weight: 0.06 },
  { kind: "SCHOOL", weight: 0.04 },
  { kind: "CLUSTER", weight: 0.02 },
  { kind: "OTHER", weight: 0.04 },
] as const;

export type OrganizationKind = (typeof organizationKinds)[number]["kind"];

/** Markets (the real graph has ASD and HEALTH) and how often events target each. */
export const markets = [
  { code: "ASD", name: "Aéronautique, spatial, défense", weight: 0.2 },
  { code: "HEALTH", name: "Santé", weight: 0.15 },
  { code: "INDUSTRY", name: "Industrie du futur", weight: 0.2 },
  { code: "LUXURY", name: "Luxe et horlogerie", weight: 0.12 },
  { code: "ENERGY", name: "Énergie", weight: 0.11 },
  { code: "MOBILITY", name: "Mobilité", weight: 0.11 },
  { code: "DIGITAL", name: "Numérique", weight: 0.11 },
] as const;

/** Event kinds, in the sources' words. */
export const eventKinds = [
  "salon",
  "convention d'affaires",
  "symposium",
  "webinaire",
  "comité",
  "soirée networking",
  "atelier",
  "rencontre d'affaires",
];

/** Roles at an event (PARTICIPATED_IN.role) with their weights. */
export const participationRoles = [
  { role: "exposant", weight: 0.45 },
  { role: "visiteur", weight: 0.25 },
  { role: "intervenant", weight: 0.1 },
  { role: "partenaire", weight: 0.08 },
  { role: "co-exposant", weight: 0.07 },
  { role: "délégation", weight: 0.05 },
] as const;

/** The years events take place in. */
export const firstYear = 2015;
export const lastYear = 2025;

/** Stems and endings of company names ("Microtec", "Optinov"…). */
export const nameStems = [
  "Micro",
  "Précis",
  "Horlo",
  "Méca",
  "Opti",
  "Bio",
  "Laser",
  "Céra",
  "Métal",
  "Usi",
  "Électro",
  "Nano",
  "Ortho",
  "Aéro",
  "Thermo",
  "Hydro",
  "Robo",
  "Photo",
  "Chrono",
  "Déco",
];
export const nameEndings = ["tec", "tech", "nov", "lab", "mat", "sys", "tronic", "form", "ica", "is"];

/** Activity words; `search` looks one of them up ("precision" finds "Précision", accents folded). */
export const activityWords = [
  "Précision",
  "Composants",
  "Industrie",
  "Systèmes",
  "Solutions",
  "Usinage",
  "Horlogerie",
  "Médical",
  "Mesure",
  "Instruments",
  "Décolletage",
  "Traitements",
  "Surfaces",
  "Automatismes",
  "Optique",
  "Ingénierie",
  "Mécanique",
  "Électronique",
  "Capteurs",
  "Moules",
];

/** The word the benchmark searches for: about one organisation in twenty has it in its name. */
export const searchWord = "precision";

/** How names of the other kinds start. */
export const kindNamePrefixes: Record<Exclude<OrganizationKind, "COMPANY">, string[]> = {
  ASSOCIATION: ["Association", "Club", "Fédération"],
  RESEARCH: ["Laboratoire", "Institut", "Centre de recherche"],
  PUBLIC_BODY: ["Agence", "Communauté", "Conseil", "Direction régionale"],
  SCHOOL: ["École", "Lycée technique", "Université"],
  CLUSTER: ["Pôle", "Cluster", "Réseau"],
  OTHER: ["Fondation", "Groupement", "Plateforme"],
};

/** Programme kinds (Programme.kind). */
export const programmeKinds = ["ACTION_PROGRAMME", "PROGRAMME", "CALL_FOR_PROJECTS", "LABEL"];

/** Partnership states (Partnership.status) and subjects. */
export const partnershipStatuses = ["ACTIVE", "ACTIVE", "ACTIVE", "TO_STRENGTHEN", "PLANNED"];
export const partnershipContexts = [
  "projets collaboratifs",
  "accompagnement des adhérents",
  "échanges de compétences",
  "prospection à l'international",
  "plateforme technologique",
];

/** Why a synthetic fact is unverified, as the real graph says it of a commune the source omits. */
export const unverifiedReason = "synthétique : lien tiré d'un annuaire, non cité par la source";
