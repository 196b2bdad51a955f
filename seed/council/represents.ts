// Which commune each councillor represents: the commune heading they are listed under, resolved
// against the official reference.
import {
  formerCommuneByCode,
  isResolved,
  resolveCommune,
  type CommuneResolution,
} from "../../graph/communes/resolve-commune.js";
import type { RelationshipCollector } from "./relationship-collector.js";

/** A person listed under a commune heading, with the passage from the heading to the person. */
export interface CommuneListing {
  personId: string;
  commune: string | null;
  quote?: string;
}

/** What a resolution worth a second look says: an unresolved name, an alias, a former commune. */
function resolutionWarning(commune: string, resolution: CommuneResolution): string | undefined {
  if (!isResolved(resolution))
    return `commune "${commune}" unresolved (${resolution.reason}); its councillors get no REPRESENTS`;
  if (resolution.via === "alias")
    return `commune "${commune}" read as ${resolution.name} (${resolution.code}) by the reviewed alias table`;
  const former = resolution.via === "former" ? formerCommuneByCode(resolution.code) : undefined;
  if (!former) return undefined;
  return (
    `commune "${commune}" is the former commune ${former.official} (${former.code}), merged into ${former.successor} (${former.mergedInto}) ` +
    `on ${former.mergedOn}; its councillors represent ${former.official}, not ${former.successor}`
  );
}

/** Adds one REPRESENTS per person and commune (shortest passage as quote); returns what it noticed. */
export function addRepresents(listings: CommuneListing[], facts: RelationshipCollector): string[] {
  const warnings: string[] = [];
  const resolutions = new Map<string, CommuneResolution>();
  const best = new Map<string, { personId: string; code: string; quote: string }>();
  for (const { personId, commune, quote } of listings) {
    if (commune === null || quote === undefined) continue;
    let resolution = resolutions.get(commune);
    if (!resolution) {
      resolution = resolveCommune(commune);
      resolutions.set(commune, resolution);
      const warning = resolutionWarning(commune, resolution);
      if (warning) warnings.push(warning);
    }
    if (!isResolved(resolution)) continue;
    const pair = `${personId}|${resolution.code}`;
    const earlier = best.get(pair);
    if (!earlier || quote.length < earlier.quote.length) best.set(pair, { personId, code: resolution.code, quote });
  }
  const communesOf = new Map<string, string[]>();
  for (const { personId, code, quote } of best.values()) {
    facts.add("REPRESENTS", `Person:${personId}`, `Commune:${code}`, {}, quote);
    communesOf.set(personId, [...(communesOf.get(personId) ?? []), code]);
  }
  for (const [personId, codes] of communesOf) {
    if (codes.length > 1)
      warnings.push(
        `${personId} is listed under several communes (${codes.join(", ")}): homonyms, or an error in the lists`,
      );
  }
  return warnings;
}
