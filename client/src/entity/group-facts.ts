// A node's facts grouped by relationship type and direction, as its page lists them.
import { frenchOrder } from "../i18n";

/** The least a fact needs to be grouped. */
export interface FactLike {
  id: string;
  type: string;
  from: string;
  to: string;
}

/** The facts of one relationship type in one direction, e.g. every PARTICIPATED_IN from the node. */
export interface FactGroup<Fact extends FactLike> {
  key: string;
  type: string;
  /** `out`: the node is the start of the relationships; `in`: their end. */
  direction: "out" | "in";
  facts: Array<{ fact: Fact; neighbour: string }>;
}

/**
 * Groups the facts touching `center` by type and direction, largest group first (then by type);
 * within a group, neighbours in name order. Facts between two other nodes are left out.
 */
export function groupFacts<Fact extends FactLike>(
  center: string,
  facts: readonly Fact[],
  nameOf: (ref: string) => string,
): Array<FactGroup<Fact>> {
  const groups = new Map<string, FactGroup<Fact>>();
  for (const fact of facts) {
    if (fact.from !== center && fact.to !== center) continue;
    const direction = fact.from === center ? "out" : "in";
    const key = `${fact.type}:${direction}`;
    const group = groups.get(key) ?? { key, type: fact.type, direction, facts: [] };
    group.facts.push({ fact, neighbour: direction === "out" ? fact.to : fact.from });
    groups.set(key, group);
  }
  const byName = (a: { neighbour: string }, b: { neighbour: string }) =>
    frenchOrder(nameOf(a.neighbour), nameOf(b.neighbour));
  return [...groups.values()]
    .map((group) => ({ ...group, facts: group.facts.sort(byName) }))
    .sort(
      (a, b) =>
        b.facts.length - a.facts.length || a.type.localeCompare(b.type) || a.direction.localeCompare(b.direction),
    );
}

/** How many distinct neighbours of each label the node has, most first. */
export function countNeighboursByLabel<Label extends string>(
  center: string,
  facts: ReadonlyArray<Pick<FactLike, "from" | "to">>,
  labelOf: (ref: string) => Label | undefined,
): Array<{ label: Label; count: number }> {
  const neighbours = new Set<string>();
  for (const fact of facts) {
    if (fact.from === center && fact.to !== center) neighbours.add(fact.to);
    else if (fact.to === center && fact.from !== center) neighbours.add(fact.from);
  }
  const counts = new Map<Label, number>();
  for (const ref of neighbours) {
    const label = labelOf(ref);
    if (label) counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return [...counts]
    .map(([label, count]) => ({ label, count }))
    .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label));
}

/** The statuses a partnership (PARTNER_OF) can have, in the order the page lists them. */
export const partnershipStatuses = ["ACTIVE", "PLANNED", "TO_STRENGTHEN"] as const;

/** A fact's `status` property, when it has one. */
export function factStatus(fact: { properties: ReadonlyArray<{ name: string; value: string }> }): string | undefined {
  return fact.properties.find((property) => property.name === "status")?.value;
}

/** How many facts have each partnership status (statuses no fact has count 0), in the page's order. */
export function countByStatus(
  facts: ReadonlyArray<{ properties: ReadonlyArray<{ name: string; value: string }> }>,
): Array<{ status: (typeof partnershipStatuses)[number]; count: number }> {
  return partnershipStatuses.map((status) => ({
    status,
    count: facts.filter((fact) => factStatus(fact) === status).length,
  }));
}
