// The projection the network metrics run on: the nodes chosen, the ties between them (each with its
// type and year), and an undirected simple graph over them in compressed rows (typed arrays), so
// that 136,000 nodes and 1.2 million relationships fit in a few tens of megabytes.
import { seededRandom } from "./seeded-random.js";

/** A node of the projection. */
export interface NetworkNode {
  /** Neo4j's internal id, to read the node back (its evidence, its properties). */
  id: number;
  /** `Label:key`. */
  ref: string;
  label: string;
  name: string;
}

/** The relationships of the projection, one entry per relationship, as parallel arrays. */
export interface NetworkTies {
  /** Index of the start node in `nodes`. */
  from: Int32Array;
  /** Index of the end node in `nodes`. */
  to: Int32Array;
  /** The tie's year, 0 when it has none (undated). */
  year: Int32Array;
  /** Index of the relationship type in `types`. */
  type: Uint16Array;
  types: string[];
}

/**
 * The undirected simple graph the metrics walk, in compressed rows: plain typed arrays, so that it
 * crosses to a worker thread (metric-worker.ts) as a copy of three buffers.
 */
export interface Adjacency {
  size: number;
  /** `neighbours[offsets[v] .. offsets[v + 1]]` are v's neighbours, sorted, each once. */
  offsets: Int32Array;
  neighbours: Int32Array;
  /** `multiplicity[i]`: how many relationships tie v to `neighbours[i]` (the weight Louvain uses). */
  multiplicity: Int32Array;
}

/** The projection: nodes, their ties, and the undirected simple graph the metrics walk. */
export class NetworkGraph implements Adjacency {
  readonly size: number;
  readonly offsets: Int32Array;
  readonly neighbours: Int32Array;
  readonly multiplicity: Int32Array;
  private readonly indexByRef: Map<string, number>;

  constructor(
    readonly nodes: NetworkNode[],
    readonly ties: NetworkTies,
  ) {
    this.size = nodes.length;
    [this.offsets, this.neighbours, this.multiplicity] = simpleAdjacency(nodes.length, ties.from, ties.to);
    this.indexByRef = new Map(nodes.map((node, index) => [node.ref, index]));
  }

  /** The compressed rows alone (what a worker thread needs). */
  get adjacency(): Adjacency {
    const { size, offsets, neighbours, multiplicity } = this;
    return { size, offsets, neighbours, multiplicity };
  }

  /** How many distinct neighbours v has. */
  degree(v: number): number {
    return this.offsets[v + 1]! - this.offsets[v]!;
  }

  /** The number of distinct undirected ties (pairs of neighbours). */
  get edgeCount(): number {
    return this.neighbours.length / 2;
  }

  /** The index of a node by its ref, or undefined when the projection does not hold it. */
  indexOf(ref: string): number | undefined {
    return this.indexByRef.get(ref);
  }

  /** How many relationships have no year. */
  get undatedTies(): number {
    let count = 0;
    for (const year of this.ties.year) if (year === 0) count += 1;
    return count;
  }
}

/** Builds a NetworkGraph from small literal data (tests, fixtures): refs as nodes, pairs as ties. */
export function networkOf(refs: string[], pairs: Array<[string, string, number?, string?]>): NetworkGraph {
  const index = new Map(refs.map((ref, i) => [ref, i]));
  const types = [...new Set(pairs.map(([, , , type]) => type ?? "TIED_TO"))];
  const at = (ref: string) => {
    const i = index.get(ref);
    if (i === undefined) throw new Error(`networkOf: ${ref} is not among the nodes`);
    return i;
  };
  return new NetworkGraph(
    refs.map((ref, i) => ({ id: i, ref, label: ref.split(":")[0] ?? ref, name: ref.split(":")[1] ?? ref })),
    {
      from: Int32Array.from(pairs, ([a]) => at(a)),
      to: Int32Array.from(pairs, ([, b]) => at(b)),
      year: Int32Array.from(pairs, ([, , year]) => year ?? 0),
      type: Uint16Array.from(pairs, ([, , , type]) => types.indexOf(type ?? "TIED_TO")),
      types,
    },
  );
}

/** A random network for tests and timings: `ties` ties over `nodes` nodes, the same for the same seed. */
export function randomNetwork(nodes: number, ties: number, seed: number): NetworkGraph {
  const random = seededRandom(seed);
  return new NetworkGraph(
    Array.from({ length: nodes }, (_, i) => ({
      id: i,
      ref: `Organization:n${i}`,
      label: "Organization",
      name: `n${i}`,
    })),
    {
      from: Int32Array.from({ length: ties }, (_, i) => i % nodes),
      to: Int32Array.from({ length: ties }, () => Math.floor(random() * nodes)),
      year: new Int32Array(ties),
      type: new Uint16Array(ties),
      types: ["TIED_TO"],
    },
  );
}

/** Undirected adjacency in compressed rows, without self-loops; repeated pairs merged and counted. */
function simpleAdjacency(size: number, from: Int32Array, to: Int32Array): [Int32Array, Int32Array, Int32Array] {
  const counts = new Int32Array(size + 1);
  for (let i = 0; i < from.length; i++) {
    if (from[i] === to[i]) continue;
    counts[from[i]! + 1]! += 1;
    counts[to[i]! + 1]! += 1;
  }
  for (let v = 0; v < size; v++) counts[v + 1]! += counts[v]!;
  const cursor = counts.slice(0, size);
  const all = new Int32Array(counts[size]!);
  for (let i = 0; i < from.length; i++) {
    const a = from[i]!;
    const b = to[i]!;
    if (a === b) continue;
    all[cursor[a]!++] = b;
    all[cursor[b]!++] = a;
  }
  // Sort each row, then keep each neighbour once with the number of times it came.
  const offsets = new Int32Array(size + 1);
  const multiplicity = new Int32Array(all.length);
  let write = 0;
  for (let v = 0; v < size; v++) {
    const row = all.subarray(counts[v]!, counts[v + 1]!).sort();
    offsets[v] = write;
    for (let i = 0; i < row.length; i++) {
      if (i > 0 && row[i] === row[i - 1]) {
        multiplicity[write - 1]! += 1;
        continue;
      }
      all[write] = row[i]!;
      multiplicity[write++] = 1;
    }
  }
  offsets[size] = write;
  return [offsets, all.slice(0, write), multiplicity.slice(0, write)];
}
