// A deterministic synthetic ecosystem shaped like the real graph: organisations of every kind in
// real INSEE communes (a share of them in GBM's member communes), départements and GBM's EPCI,
// events with markets and years, participations, memberships, partnerships, programmes and
// fundings, evidence on every relationship and `sources` on every node. Facts are built lazily,
// group by group, so that a million participations never sit in memory as objects.
import { gbmEpciCode } from "../../graph/communes/reference-data.js";
import type { FactSet, Label, NodeFact, Properties, RelationshipFact } from "../../graph/fact-model.js";
import { buildOrganizations, buildPlaces, type Organizations, type Places } from "./ecosystem-actors.js";
import { buildActivities, type Activities } from "./ecosystem-activities.js";
import { markets, participationRoles, searchWord, unverifiedReason } from "./ecosystem-vocabulary.js";
import type { EdgeList } from "./edge-list.js";
import { SeededRandom } from "./seeded-random.js";

/**
 * The scales of the benchmark, by number of PARTICIPATED_IN relationships (`tiny` is for CI), and the
 * share of organisations seated in GBM: it falls as the graph grows from a regional one to a national
 * one, GBM staying GBM (about 200, 500 and 1,500 organisations; 1,500 of a million at xlarge).
 */
export const scales = {
  tiny: { participations: 400, gbmShare: 0.3 },
  small: { participations: 10_000, gbmShare: 0.2 },
  medium: { participations: 100_000, gbmShare: 0.05 },
  large: { participations: 1_000_000, gbmShare: 0.015 },
  /** Load only (`npm run bench -- --scale xlarge`): the growth of the first load and of the store. */
  xlarge: { participations: 10_000_000, gbmShare: 0.0015 },
} as const;

export type ScaleName = keyof typeof scales;

export interface EcosystemOptions {
  scale: ScaleName;
  /** Evidence `source` of every relationship and the `sources` of every node; `bench:<scale>` by default. */
  source?: string;
  /** Put before every key (ids, INSEE codes, territory and market codes), so that a test's graph is its own. */
  keyPrefix?: string;
  /** Appended to every organisation's name, so that a test's search finds only its own organisations. */
  nameTag?: string;
  /** The PRNG seed; the same seed gives the same graph. */
  seed?: number;
}

/** Nodes of one label, built on demand. */
export interface NodeGroup {
  label: Label;
  size: number;
  fact(index: number): NodeFact;
}

/** Relationships of one (type, start label, end label) shape, built on demand. */
export interface RelationshipGroup {
  type: string;
  from: Label;
  to: Label;
  size: number;
  fact(index: number): RelationshipFact;
}

/** The nodes the benchmark asks about, as `Label:key` refs or keys. */
export interface Probes {
  /** GBM's EPCI code (the headline question's territory). */
  territory: string;
  /** The ASD market's code. */
  market: string;
  /** A typical GBM company: as many participations as the GBM companies' mean. */
  firm: string;
  /** A GBM research organisation, one end of the shortest path. */
  lab: string;
  /** The biggest ASD event the lab did not take part in, the other end. */
  event: string;
  /** What the search question types. */
  searchText: string;
  /** Organisations the throughput test looks up in turn. */
  entityRefs: string[];
}

export interface Ecosystem {
  scale: ScaleName;
  source: string;
  nodeGroups: NodeGroup[];
  relationshipGroups: RelationshipGroup[];
  probes: Probes;
  /** How many organisations are seated in GBM. */
  gbmOrganizations: number;
}

/** Generates the ecosystem of a scale; deterministic for a given seed and options. */
export function generateEcosystem(options: EcosystemOptions): Ecosystem {
  const { participations, gbmShare } = scales[options.scale];
  const seed = options.seed ?? 20_240_098;
  const stream = (step: number) => new SeededRandom(seed * 64 + step);
  const source = options.source ?? `bench:${options.scale}`;
  const prefix = options.keyPrefix ?? "";
  const organizationCount = Math.max(80, Math.round(participations / 10));
  const eventCount = Math.max(30, Math.round(participations / 100));

  const places = buildPlaces(stream(1), { communeCount: Math.round(organizationCount / 4), keyPrefix: prefix });
  const organizations = buildOrganizations(stream(2), places, {
    count: organizationCount,
    gbmShare,
    nameTag: options.nameTag ?? "",
    keyPrefix: prefix,
  });
  const activities = buildActivities(stream(3), places, organizations, {
    eventCount,
    participations,
    keyPrefix: prefix,
  });
  const facts = new FactWriter(source, prefix, places, organizations, activities);

  return {
    scale: options.scale,
    source,
    nodeGroups: facts.nodeGroups(),
    relationshipGroups: facts.relationshipGroups(),
    probes: chooseProbes(prefix, organizations, activities, options.nameTag),
    gbmOrganizations: organizations.gbm.filter(Boolean).length,
  };
}

/** Every fact of the ecosystem at once, in the shape seed/load-facts.ts takes. */
export function toFactSet(ecosystem: Ecosystem): FactSet {
  return {
    nodes: ecosystem.nodeGroups.flatMap((group) => Array.from({ length: group.size }, (_, index) => group.fact(index))),
    relationships: ecosystem.relationshipGroups.flatMap((group) =>
      Array.from({ length: group.size }, (_, index) => group.fact(index)),
    ),
  };
}

/** How many nodes and relationships the ecosystem holds. */
export function ecosystemSize(ecosystem: Ecosystem): { nodes: number; relationships: number; participations: number } {
  const sum = (groups: Array<{ size: number }>) => groups.reduce((total, group) => total + group.size, 0);
  return {
    nodes: sum(ecosystem.nodeGroups),
    relationships: sum(ecosystem.relationshipGroups),
    participations: sum(ecosystem.relationshipGroups.filter((group) => group.type === "PARTICIPATED_IN")),
  };
}

/** Turns the compact model into node and relationship facts with keys, evidence and sources. */
class FactWriter {
  constructor(
    private readonly source: string,
    private readonly prefix: string,
    private readonly places: Places,
    private readonly organizations: Organizations,
    private readonly activities: Activities,
  ) {}

  nodeGroups(): NodeGroup[] {
    const { places, organizations: orgs, activities: acts, prefix } = this;
    const group = <T>(
      label: Label,
      items: readonly T[],
      describe: (item: T, index: number) => { key: string; properties: Properties },
    ): NodeGroup => ({
      label,
      size: items.length,
      fact: (index) => ({ label, ...describe(items[index]!, index), sources: [this.source] }),
    });
    return [
      group("Territory", places.territories, (territory) => ({
        key: territory.key,
        properties: { name: territory.name, kind: territory.kind },
      })),
      group("Commune", places.communes, (commune) => ({
        key: commune.key,
        properties: {
          name: commune.name,
          inseeCode: commune.code,
          department: commune.departement,
          country: "FR",
          status: "current",
        },
      })),
      group("Market", markets, (market) => ({ key: `${prefix}${market.code}`, properties: { name: market.name } })),
      group("Organization", orgs.names, (_, index) => ({ key: orgs.key(index), properties: orgs.properties(index) })),
      group("Event", acts.events, (event) => ({
        key: event.key,
        properties: { name: event.name, kind: event.kind, year: event.year, startDate: event.startDate },
      })),
      group("Programme", acts.programmes, (programme) => ({
        key: programme.key,
        properties: {
          name: programme.name,
          kind: programme.kind,
          year: programme.year,
          budget: programme.budget,
          currency: "EUR",
        },
      })),
    ];
  }

  relationshipGroups(): RelationshipGroup[] {
    const { places, organizations: orgs, activities: acts, prefix } = this;
    const commune = (i: number) => places.communes[i]!;
    const event = (i: number) => acts.events[i]!;
    const market = (i: number) => markets[i]!;
    const territory = (i: number) => places.territories[i]!;
    const programme = (i: number) => acts.programmes[i]!;
    return [
      this.group("PART_OF", "Commune", "Territory", places.partOf, (from, to) => ({
        from: commune(from).key,
        to: territory(to).key,
        properties: {},
        quote: `${commune(from).name} (${commune(from).code}) — membre de ${territory(to).name}`,
      })),
      this.group("LOCATED_IN", "Organization", "Commune", orgs.locatedIn, (from, to, site) => ({
        from: orgs.key(from),
        to: commune(to).key,
        properties: { role: site ? "site" : "siège" },
        quote: `${orgs.names[from]}, ${site ? "site de" : "siège à"} ${commune(to).name} (${commune(to).departement})`,
      })),
      this.group("HELD_IN", "Event", "Commune", acts.heldIn, (from, to) => ({
        from: event(from).key,
        to: commune(to).key,
        properties: {},
        quote: `${event(from).name}, à ${commune(to).name}`,
      })),
      this.group("TARGETS", "Event", "Market", acts.targets, (from, to) => ({
        from: event(from).key,
        to: `${prefix}${market(to).code}`,
        properties: { role: "filière" },
        quote: `${event(from).name} — filière ${market(to).name}`,
      })),
      this.group("ACTIVE_IN", "Organization", "Market", acts.activeIn, (from, to) => ({
        from: orgs.key(from),
        to: `${prefix}${market(to).code}`,
        properties: {},
        quote: `${orgs.names[from]} est active sur le marché ${market(to).name}`,
      })),
      this.group("MEMBER_OF", "Organization", "Organization", acts.memberOf, (from, to, year) => ({
        from: orgs.key(from),
        to: orgs.key(to),
        properties: { year },
        quote: `${orgs.names[from]} adhère à ${orgs.names[to]} (${year})`,
      })),
      this.group("PARTNER_OF", "Organization", "Organization", acts.partnerOf, (from, to, context) => ({
        from: orgs.key(from),
        to: orgs.key(to),
        properties: { context: acts.partnershipContext(context), status: acts.partnershipStatus(context) },
        quote: `${orgs.names[from]} et ${orgs.names[to]} : partenariat (${acts.partnershipContext(context)})`,
      })),
      this.group("ORGANIZES", "Organization", "Event", acts.organizes, (from, to) => ({
        from: orgs.key(from),
        to: event(to).key,
        properties: { role: "organisateur" },
        quote: `${orgs.names[from]} organise ${event(to).name}`,
      })),
      this.group("RUNS", "Organization", "Programme", acts.runs, (from, to) => ({
        from: orgs.key(from),
        to: programme(to).key,
        properties: {},
        quote: `${orgs.names[from]} porte le programme ${programme(to).name}`,
      })),
      this.group("FUNDS", "Organization", "Programme", acts.fundsProgrammes, (from, to, year) => ({
        from: orgs.key(from),
        to: programme(to).key,
        key: String(year),
        properties: { amount: acts.fundingAmount(from, to, year), currency: "EUR", year, instrument: "subvention" },
        quote: `${orgs.names[from]} attribue ${acts.fundingAmount(from, to, year).toLocaleString("fr-FR")} € au programme ${programme(to).name} (${year})`,
      })),
      this.group("FUNDS", "Organization", "Organization", acts.fundsOrganizations, (from, to, year) => ({
        from: orgs.key(from),
        to: orgs.key(to),
        key: String(year),
        properties: { amount: acts.fundingAmount(from, to, year), currency: "EUR", year, instrument: "subvention" },
        quote: `${orgs.names[from]} attribue ${acts.fundingAmount(from, to, year).toLocaleString("fr-FR")} € à ${orgs.names[to]} (${year})`,
      })),
      this.group("PARTICIPATED_IN", "Organization", "Event", acts.participatedIn, (from, to, role) => ({
        from: orgs.key(from),
        to: event(to).key,
        properties: { role: participationRoles[role]!.role, year: event(to).year },
        quote: `${orgs.names[from]} — ${participationRoles[role]!.role} à « ${event(to).name} »`,
      })),
    ];
  }

  /** A relationship group over an edge list; `describe` gives the keys, properties and quote of one edge. */
  private group(
    type: string,
    from: Label,
    to: Label,
    edges: EdgeList,
    describe: (
      from: number,
      to: number,
      extra: number,
    ) => { from: string; to: string; key?: string; properties: Properties; quote: string },
  ): RelationshipGroup {
    return {
      type,
      from,
      to,
      size: edges.size,
      fact: (index) => {
        const described = describe(edges.from[index]!, edges.to[index]!, edges.extra[index]!);
        const unverified = edges.unverified[index] === 1;
        const fact: RelationshipFact = {
          type,
          from: `${from}:${described.from}`,
          to: `${to}:${described.to}`,
          properties: described.properties,
          source: this.source,
          quote: described.quote,
          confidence: unverified ? "unverified" : "stated",
        };
        if (described.key !== undefined) fact.key = described.key;
        if (unverified) fact.reason = unverifiedReason;
        return fact;
      },
    };
  }
}

/** Picks the nodes the questions are asked about. */
function chooseProbes(prefix: string, orgs: Organizations, acts: Activities, nameTag: string | undefined): Probes {
  const counts = new Int32Array(orgs.names.length);
  for (let index = 0; index < acts.participatedIn.size; index++) counts[acts.participatedIn.from[index]!]!++;
  const gbmCompanies = orgs.names
    .map((_, index) => index)
    .filter((index) => orgs.gbm[index] && orgs.kinds[index] === "COMPANY" && counts[index]! > 0);
  const mean = gbmCompanies.reduce((total, index) => total + counts[index]!, 0) / gbmCompanies.length;
  const firm = gbmCompanies.reduce((best, index) =>
    Math.abs(counts[index]! - mean) < Math.abs(counts[best]! - mean) ? index : best,
  );

  const lab = orgs.names.findIndex((_, index) => orgs.gbm[index] && orgs.kinds[index] === "RESEARCH");
  const joined = new Set<number>();
  const participants = new Int32Array(acts.events.length);
  for (let index = 0; index < acts.participatedIn.size; index++) {
    participants[acts.participatedIn.to[index]!]!++;
    if (acts.participatedIn.from[index] === lab) joined.add(acts.participatedIn.to[index]!);
  }
  const asd = markets.findIndex((market) => market.code === "ASD");
  const asdEvents = acts.events
    .map((_, index) => index)
    .filter((index) => acts.eventMarkets[index]!.includes(asd) && !joined.has(index));
  const event = asdEvents.reduce((best, index) => (participants[index]! > participants[best]! ? index : best));

  const step = Math.max(1, Math.floor(orgs.names.length / 1000));
  return {
    territory: `${prefix}${gbmEpciCode}`,
    market: `${prefix}ASD`,
    firm: `Organization:${orgs.key(firm)}`,
    lab: `Organization:${orgs.key(lab)}`,
    event: `Event:${acts.events[event]!.key}`,
    searchText: nameTag ? `${searchWord} ${nameTag}` : searchWord,
    entityRefs: Array.from(
      { length: Math.min(1000, orgs.names.length) },
      (_, index) => `Organization:${orgs.key((index * step) % orgs.names.length)}`,
    ),
  };
}
