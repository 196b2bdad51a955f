// A generated star whose second ring is far larger than the neighbourhood's limits: a hub with 40
// spokes, each with 100 leaves of its own and 10 it shares with the next spoke (4,400 leaves, the
// shared ones reached twice), and an event — 4,442 nodes. The neighbourhood's integration test and
// `npm run bench:top-k` load the same one.
import type { FactSet } from "../../graph/fact-model.js";
import { aNode, aRelationship, anOrganization, factSet } from "./fact-builders.js";

/** A leaf's name: the leaves' names are not in the order they were made, so the sort matters. */
export const leafName = (index: number, count: number) => `Feuille ${String((index * 7919) % count).padStart(6, "0")}`;

/**
 * The star's facts and its hub's ref. `id` makes each node's key (a test server's unique ids);
 * with `unverifiedEvery`, every such membership of a spoke is unverified.
 */
export function starFacts(
  id: (name: string) => string = (name) => name,
  options: { unverifiedEvery?: number } = {},
): { facts: FactSet; hub: string } {
  const spokes = Array.from({ length: 40 }, (_, index) =>
    anOrganization(id(`spoke-${index}`)).named(`Rayon ${String((index * 17) % 40).padStart(2, "0")}`),
  );
  const leafCount = 4_400;
  const leaves = Array.from({ length: leafCount }, (_, index) =>
    anOrganization(id(`leaf-${index}`)).named(leafName(index, leafCount)),
  );
  const centre = anOrganization(id("hub")).named("Moyeu");
  const event = aNode("Event", id("salon")).with({ name: "Salon du moyeu", year: 2024 });
  const facts = factSet(
    centre,
    event,
    ...spokes,
    ...leaves,
    aRelationship("PARTICIPATED_IN", centre.ref, event.ref).withProperties({ role: "exposant", year: 2024 }),
    ...spokes.map((spoke) => aRelationship("PARTNER_OF", centre.ref, spoke.ref)),
    ...spokes.flatMap((spoke, index) =>
      Array.from({ length: 110 }, (_, offset) => {
        const fact = aRelationship("MEMBER_OF", leaves[(index * 110 + offset) % leafCount]!.ref, spoke.ref);
        return options.unverifiedEvery && offset % options.unverifiedEvery === 0
          ? fact.withConfidence("unverified", "liste non publiée")
          : fact;
      }),
    ),
  );
  return { facts, hub: centre.ref };
}
