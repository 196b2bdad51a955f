// What the organisations of the synthetic ecosystem do: events (years, markets, places) and who
// takes part in them, memberships, partnerships, programmes and who runs and funds them.
import type { Organizations, Places } from "./ecosystem-actors.js";
import { EdgeList } from "./edge-list.js";
import {
  activityWords,
  eventKinds,
  firstYear,
  lastYear,
  markets,
  partnershipContexts,
  partnershipStatuses,
  participationRoles,
  programmeKinds,
} from "./ecosystem-vocabulary.js";
import { WeightedPicker, type SeededRandom } from "./seeded-random.js";

export interface EventRecord {
  key: string;
  name: string;
  kind: string;
  year: number;
  startDate: string;
}

export interface ProgrammeRecord {
  key: string;
  name: string;
  kind: string;
  year: number;
  budget: number;
}

export interface Activities {
  events: EventRecord[];
  /** The market indexes each event targets. */
  eventMarkets: number[][];
  programmes: ProgrammeRecord[];
  heldIn: EdgeList;
  targets: EdgeList;
  activeIn: EdgeList;
  /** `extra`: the year membership started. */
  memberOf: EdgeList;
  /** `extra`: the index of the partnership's context and status. */
  partnerOf: EdgeList;
  organizes: EdgeList;
  runs: EdgeList;
  /** `extra`: the year of the funding. */
  fundsProgrammes: EdgeList;
  fundsOrganizations: EdgeList;
  /** `extra`: the index of the role in `participationRoles`. */
  participatedIn: EdgeList;
  partnershipContext(extra: number): string;
  partnershipStatus(extra: number): string;
  /** The amount of a funding, in euros (derived from its ends and year: nothing to store). */
  fundingAmount(from: number, to: number, year: number): number;
}

/** Events, programmes and the relationships of organisations to them and to each other. */
export function buildActivities(
  random: SeededRandom,
  places: Places,
  orgs: Organizations,
  options: { eventCount: number; participations: number; keyPrefix: string },
): Activities {
  const year = () => random.int(firstYear, lastYear);
  const marketPicker = new WeightedPicker(markets.map((market) => market.weight));
  const asd = markets.findIndex((market) => market.code === "ASD");
  const clusters = orgs.ofKind.get("CLUSTER")!;
  const publicBodies = orgs.ofKind.get("PUBLIC_BODY")!;
  const clusterPicker = new WeightedPicker(clusters.map(() => random.logNormal(1.2)));

  // Events: a year, a kind, one or two markets (the first targets ASD), a commune, a popularity.
  const events: EventRecord[] = [];
  const eventMarkets: number[][] = [];
  const popularity: number[] = [];
  const heldIn = new EdgeList(random);
  const targets = new EdgeList(random);
  const organizes = new EdgeList(random);
  for (let index = 0; index < options.eventCount; index++) {
    const kind = random.pick(eventKinds);
    const when = year();
    const commune = random.chance(0.08) ? places.pickGbmCommune(random) : places.pickOtherCommune(random);
    const name = `${kind[0]!.toUpperCase()}${kind.slice(1)} ${random.pick(activityWords)} ${places.communes[commune]!.name} ${when} (${index.toString(36).toUpperCase()})`;
    const month = String(random.int(1, 12)).padStart(2, "0");
    const day = String(random.int(1, 28)).padStart(2, "0");
    events.push({
      key: `${options.keyPrefix}ev-${index}-${when}`,
      name,
      kind,
      year: when,
      startDate: `${when}-${month}-${day}`,
    });
    const first = index === 0 ? asd : marketPicker.pick(random);
    const second = random.chance(0.3) ? marketPicker.pick(random) : first;
    eventMarkets.push(second === first ? [first] : [first, second]);
    popularity.push(random.logNormal(1));
    heldIn.add(index, commune);
    for (const market of eventMarkets[index]!) targets.add(index, market);
    if (random.chance(0.7)) {
      const organiser = random.chance(0.7) ? clusters[clusterPicker.pick(random)]! : random.pick(publicBodies);
      organizes.add(organiser, index);
    }
  }

  // Participations: organisations by activity, events by popularity, each pair at most once.
  const participatedIn = new EdgeList(random);
  const eventPicker = new WeightedPicker(popularity);
  const rolePicker = new WeightedPicker(participationRoles.map((role) => role.weight));
  const pairs = new Set<number>();
  for (let attempts = 0; participatedIn.size < options.participations; attempts++) {
    if (attempts > options.participations * 50)
      throw new Error("too few organisations and events for this many participations");
    const org = orgs.activity.pick(random);
    const event = eventPicker.pick(random);
    const pair = org * options.eventCount + event;
    if (pairs.has(pair)) continue;
    pairs.add(pair);
    participatedIn.add(org, event, rolePicker.pick(random));
  }

  // Memberships of clusters, markets companies are active in.
  const memberOf = new EdgeList(random);
  const activeIn = new EdgeList(random);
  orgs.kinds.forEach((kind, org) => {
    const share = kind === "COMPANY" ? 0.5 : kind === "RESEARCH" || kind === "SCHOOL" ? 0.3 : 0;
    if (random.chance(share)) {
      const first = clusterPicker.pick(random);
      memberOf.add(org, clusters[first]!, year());
      const second = clusterPicker.pick(random);
      if (second !== first && random.chance(0.15)) memberOf.add(org, clusters[second]!, year());
    }
    if (kind === "COMPANY" && random.chance(0.3)) activeIn.add(org, marketPicker.pick(random));
  });

  // Partnerships declared by clusters, labs and schools.
  const partnerOf = new EdgeList(random);
  const declarers = [...clusters, ...orgs.ofKind.get("RESEARCH")!, ...orgs.ofKind.get("SCHOOL")!];
  const partnerPairs = new Set<string>();
  const partnerships = Math.round(orgs.names.length * 0.05);
  for (let attempts = 0; partnerOf.size < partnerships && attempts < partnerships * 20; attempts++) {
    const from = random.pick(declarers);
    const to = orgs.activity.pick(random);
    if (from === to || partnerPairs.has(`${from}-${to}`) || partnerPairs.has(`${to}-${from}`)) continue;
    partnerPairs.add(`${from}-${to}`);
    partnerOf.add(from, to, random.int(0, partnershipContexts.length * partnershipStatuses.length - 1));
  }

  // Programmes, run by a cluster or a public body, funded by public bodies (as are some organisations).
  const programmes: ProgrammeRecord[] = [];
  const runs = new EdgeList(random);
  const runners = [...clusters, ...publicBodies];
  for (let index = 0; index < Math.max(5, Math.round(orgs.names.length / 100)); index++) {
    const when = year();
    const kind = random.pick(programmeKinds);
    const label = kind === "CALL_FOR_PROJECTS" ? "Appel à projets" : kind === "LABEL" ? "Label" : "Programme";
    programmes.push({
      key: `${options.keyPrefix}prog-${index}`,
      name: `${label} ${random.pick(activityWords)} ${when} (${index.toString(36).toUpperCase()})`,
      kind,
      year: when,
      budget: Math.round((300 * random.logNormal(0.8)) / 5) * 5_000,
    });
    runs.add(random.pick(runners), index);
  }
  const fundsProgrammes = new EdgeList(random);
  const fundsOrganizations = new EdgeList(random);
  const fundings = new Set<string>();
  for (let index = 0; index < Math.max(10, Math.round(orgs.names.length * 0.04)); index++) {
    const funder = random.pick(publicBodies);
    const when = year();
    const toProgramme = random.chance(0.6);
    const recipient = toProgramme ? random.int(0, programmes.length - 1) : orgs.activity.pick(random);
    const identity = `${funder}-${toProgramme ? "p" : "o"}${recipient}-${when}`;
    if ((!toProgramme && recipient === funder) || fundings.has(identity)) continue;
    fundings.add(identity);
    (toProgramme ? fundsProgrammes : fundsOrganizations).add(funder, recipient, when);
  }

  return {
    events,
    eventMarkets,
    programmes,
    heldIn,
    targets,
    activeIn,
    memberOf,
    partnerOf,
    organizes,
    runs,
    fundsProgrammes,
    fundsOrganizations,
    participatedIn,
    partnershipContext: (extra) => partnershipContexts[extra % partnershipContexts.length]!,
    partnershipStatus: (extra) =>
      partnershipStatuses[Math.floor(extra / partnershipContexts.length) % partnershipStatuses.length]!,
    fundingAmount: (from, to, when) => 5_000 + (mix(from, to, when) % 200) * 500,
  };
}

/** A 32-bit hash of three integers. */
function mix(a: number, b: number, c: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x7f4a7c15, 0xc2b2ae35) ^ c;
  h ^= h >>> 16;
  h = Math.imul(h, 0x45d9f3b);
  h ^= h >>> 16;
  return h >>> 0;
}
