// The network projection of a synthetic ecosystem built in memory, as load-projection.ts would read it
// from Neo4j (the default labels, every relationship between them, its year), so that the metrics'
// computation can be measured on the benchmark's own graph without a database.
import { NetworkGraph, type NetworkNode } from "../../server/network/network-graph.js";
import { defaultNetworkLabels } from "../../server/network/projection-input.js";
import type { Ecosystem } from "./synthetic-ecosystem.js";

/** The default projection of `ecosystem`: its actors and what ties them, with each tie's year (0: none). */
export function ecosystemProjection(ecosystem: Ecosystem): NetworkGraph {
  const labels = new Set<string>(defaultNetworkLabels);
  const nodes: NetworkNode[] = [];
  const indexByRef = new Map<string, number>();
  for (const group of ecosystem.nodeGroups) {
    if (!labels.has(group.label)) continue;
    for (let index = 0; index < group.size; index++) {
      const fact = group.fact(index);
      const ref = `${fact.label}:${fact.key}`;
      indexByRef.set(ref, nodes.length);
      nodes.push({ id: nodes.length, ref, label: fact.label, name: String(fact.properties.name ?? fact.key) });
    }
  }
  const groups = ecosystem.relationshipGroups.filter((group) => labels.has(group.from) && labels.has(group.to));
  const total = groups.reduce((sum, group) => sum + group.size, 0);
  const from = new Int32Array(total);
  const to = new Int32Array(total);
  const year = new Int32Array(total);
  const type = new Uint16Array(total);
  const types = [...new Set(groups.map((group) => group.type))];
  let i = 0;
  for (const group of groups) {
    const typeIndex = types.indexOf(group.type);
    for (let index = 0; index < group.size; index++, i++) {
      const fact = group.fact(index);
      from[i] = indexByRef.get(fact.from)!;
      to[i] = indexByRef.get(fact.to)!;
      year[i] = typeof fact.properties.year === "number" ? fact.properties.year : 0;
      type[i] = typeIndex;
    }
  }
  return new NetworkGraph(nodes, { from, to, year, type, types });
}
