// The places and organisations of the synthetic ecosystem: real communes of the INSEE reference
// (all of GBM's member communes, and a sample of the rest weighted by population), the territories
// they belong to, and organisations of every kind located in them.
import { communeRecords, departementRecords, epciByCode, gbmEpciCode } from "../../graph/communes/reference-data.js";
import type { Properties } from "../../graph/fact-model.js";
import { EdgeList } from "./edge-list.js";
import {
  activityWords,
  kindNamePrefixes,
  nameEndings,
  nameStems,
  organizationKinds,
  type OrganizationKind,
} from "./ecosystem-vocabulary.js";
import { WeightedPicker, type SeededRandom } from "./seeded-random.js";

export interface CommunePlace {
  key: string;
  code: string;
  name: string;
  departement: string;
}

export interface TerritoryPlace {
  key: string;
  name: string;
  kind: "EPCI" | "DEPARTMENT";
}

export interface Places {
  /** GBM's member communes first (`gbmCount` of them), then the sample of other communes. */
  communes: CommunePlace[];
  gbmCount: number;
  /** GBM's EPCI first, then the départements of the communes. */
  territories: TerritoryPlace[];
  /** Commune → territory (département, and GBM's EPCI for its members). */
  partOf: EdgeList;
  /** A GBM commune, weighted by population. */
  pickGbmCommune(random: SeededRandom): number;
  /** A commune outside GBM, weighted by population. */
  pickOtherCommune(random: SeededRandom): number;
}

/** GBM's communes and `communeCount` other current communes, with their territories. */
export function buildPlaces(random: SeededRandom, options: { communeCount: number; keyPrefix: string }): Places {
  const departements = new Map(departementRecords().map((record) => [record.code, record.nom]));
  const current = communeRecords().filter(
    (record) =>
      record.type === "commune-actuelle" && record.departement !== undefined && departements.has(record.departement),
  );
  const gbm = epciByCode(gbmEpciCode);
  const gbmCodes = new Set(gbm.membres.map((member) => member.code));
  const gbmRecords = current.filter((record) => gbmCodes.has(record.code));
  const others = current.filter((record) => !gbmCodes.has(record.code));
  // A partial Fisher–Yates shuffle draws the sample without replacement.
  const sampleSize = Math.min(others.length, Math.max(20, options.communeCount));
  const order = others.map((_, index) => index);
  for (let index = 0; index < sampleSize; index++) {
    const swap = random.int(index, order.length - 1);
    [order[index], order[swap]] = [order[swap]!, order[index]!];
  }
  const sample = order.slice(0, sampleSize).map((index) => others[index]!);
  const records = [...gbmRecords, ...sample];
  const communes = records.map((record) => ({
    key: `${options.keyPrefix}${record.code}`,
    code: record.code,
    name: record.nom,
    departement: record.departement!,
  }));

  const departementCodes = [...new Set(communes.map((commune) => commune.departement))].sort();
  const territories: TerritoryPlace[] = [
    { key: `${options.keyPrefix}${gbm.code}`, name: gbm.nom, kind: "EPCI" },
    ...departementCodes.map((code) => ({
      key: `${options.keyPrefix}${code}`,
      name: departements.get(code)!,
      kind: "DEPARTMENT" as const,
    })),
  ];
  const territoryIndex = new Map(departementCodes.map((code, index) => [code, index + 1]));
  const partOf = new EdgeList(random, 0);
  communes.forEach((commune, index) => {
    if (index < gbmRecords.length) partOf.add(index, 0);
    partOf.add(index, territoryIndex.get(commune.departement)!);
  });

  const population = (record: (typeof records)[number]) =>
    Math.max(50, (record as { population?: number }).population ?? 0);
  const gbmPicker = new WeightedPicker(gbmRecords.map(population));
  const otherPicker = new WeightedPicker(sample.map(population));
  return {
    communes,
    gbmCount: gbmRecords.length,
    territories,
    partOf,
    pickGbmCommune: (r) => gbmPicker.pick(r),
    pickOtherCommune: (r) => gbmRecords.length + otherPicker.pick(r),
  };
}

export interface Organizations {
  names: string[];
  kinds: OrganizationKind[];
  /** Whether the organisation's seat is in a GBM commune. */
  gbm: boolean[];
  /** Organisation → commune: the seat (`extra` 0) and, for a few, a second site (`extra` 1). */
  locatedIn: EdgeList;
  /** How active each organisation is (log-normal): the busiest take part in hundreds of events. */
  activity: WeightedPicker;
  /** The indexes of the organisations of each kind. */
  ofKind: Map<OrganizationKind, number[]>;
  key(index: number): string;
  properties(index: number): Properties;
}

/** `count` organisations, every kind present, a `gbmShare` of them seated in GBM. */
export function buildOrganizations(
  random: SeededRandom,
  places: Places,
  options: { count: number; gbmShare: number; nameTag: string; keyPrefix: string },
): Organizations {
  const kindPicker = new WeightedPicker(organizationKinds.map((entry) => entry.weight));
  // The first organisations are one of each kind, the first two in GBM (a firm and a lab, at least).
  const firstKinds: OrganizationKind[] = [
    "COMPANY",
    "RESEARCH",
    "CLUSTER",
    "PUBLIC_BODY",
    "SCHOOL",
    "ASSOCIATION",
    "OTHER",
  ];
  const names: string[] = [];
  const kinds: OrganizationKind[] = [];
  const gbm: boolean[] = [];
  const headcounts: number[] = [];
  const weights: number[] = [];
  const locatedIn = new EdgeList(random, 0.08);
  const tag = options.nameTag ? ` ${options.nameTag}` : "";
  for (let index = 0; index < options.count; index++) {
    const kind = firstKinds[index] ?? organizationKinds[kindPicker.pick(random)]!.kind;
    const inGbm = index < 2 || random.chance(options.gbmShare);
    const commune = inGbm ? places.pickGbmCommune(random) : places.pickOtherCommune(random);
    const code = index.toString(36).toUpperCase();
    const word = random.pick(activityWords);
    const name =
      kind === "COMPANY"
        ? `${random.pick(nameStems)}${random.pick(nameEndings)} ${word} ${code}`
        : `${random.pick(kindNamePrefixes[kind])} ${word} ${places.communes[commune]!.name} ${code}`;
    names.push(name + tag);
    kinds.push(kind);
    gbm.push(inGbm);
    headcounts.push(kind === "COMPANY" ? Math.max(1, Math.round(20 * random.logNormal(1.1))) : 0);
    weights.push(random.logNormal(1) * (kind === "CLUSTER" ? 8 : 1));
    locatedIn.add(index, commune, 0);
    if (random.chance(0.03)) {
      const site = places.pickOtherCommune(random);
      if (site !== commune) locatedIn.add(index, site, 1);
    }
  }
  const ofKind = new Map<OrganizationKind, number[]>(organizationKinds.map((entry) => [entry.kind, []]));
  kinds.forEach((kind, index) => ofKind.get(kind)!.push(index));
  return {
    names,
    kinds,
    gbm,
    locatedIn,
    activity: new WeightedPicker(weights),
    ofKind,
    key: (index) => `${options.keyPrefix}org-${index}`,
    properties: (index) => {
      const properties: Properties = { name: names[index]!, kind: kinds[index]!, country: "FR" };
      if (kinds[index] === "COMPANY") {
        properties.headcount = headcounts[index]!;
        properties.revenue = headcounts[index]! * 115_000;
      }
      if (kinds[index] === "CLUSTER") properties.aliases = [acronym(names[index]!)];
      return properties;
    },
  };
}

/** The initials of a name's words, e.g. "Pôle Optique Besançon 2" → "POB2". */
function acronym(name: string): string {
  return name
    .split(/\s+/)
    .map((word) => word[0] ?? "")
    .join("")
    .toUpperCase();
}
