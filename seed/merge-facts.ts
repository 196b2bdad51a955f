import type { FactSet, NodeFact, Properties } from "../graph/fact-model.js";

/** Merged facts, and the property values that disagreed between extractors. */
export interface MergedFacts {
  facts: FactSet;
  conflicts: string[];
}

/**
 * Merges fact sets into one: a node named by several sets gets the union of their properties and
 * sources. When two sets give a property different values, the later set wins and the conflict is
 * reported (list the most trusted set last).
 */
export function mergeFactSets(...sets: FactSet[]): MergedFacts {
  const nodes = new Map<string, NodeFact>();
  const conflicts: string[] = [];
  for (const node of sets.flatMap((set) => set.nodes)) {
    const ref = `${node.label}:${node.key}`;
    const existing = nodes.get(ref);
    if (!existing) {
      nodes.set(ref, { ...node, properties: { ...node.properties }, sources: [...node.sources] });
      continue;
    }
    conflicts.push(...propertyConflicts(ref, existing.properties, node.properties));
    Object.assign(existing.properties, node.properties);
    existing.sources = [...new Set([...existing.sources, ...node.sources])];
  }
  return { facts: { nodes: [...nodes.values()], relationships: sets.flatMap((set) => set.relationships) }, conflicts };
}

function propertyConflicts(ref: string, before: Properties, after: Properties): string[] {
  return Object.entries(after)
    .filter(([name, value]) => name in before && JSON.stringify(before[name]) !== JSON.stringify(value))
    .map(([name, value]) => `${ref}.${name}: ${JSON.stringify(before[name])} replaced by ${JSON.stringify(value)}`);
}
