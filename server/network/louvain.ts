// Louvain (Blondel, Guillaume, Lambiotte, Lefebvre 2008) directly on the projection's compressed rows.
//
// Why ours rather than graphology-communities-louvain: on the large benchmark projection (111,007
// nodes, 1,094,170 distinct ties), on the idle machine, building the graphology graph the library
// needs took 4.2–6.9 s and its Louvain 1.7–2.3 s (modularity 0.163): the build alone broke the 10 s
// bar of a cold answer. Here each level is plain typed arrays (compressed rows, weights, self-loops),
// so there is nothing to build (docs/NETWORK-ANALYSIS.md has the figures of both).
//
// The algorithm, weighted by how many relationships tie a pair, resolution 1:
// - local moving: each node moves to the neighbouring community that raises the modularity most (by
//   more than `moveGain`). The nodes are visited from a queue that starts with all of them in a seeded
//   random order; a node that moves puts back in the queue its neighbours outside its new community
//   (Traag 2015, "Faster unfolding of communities", graphology's default too), until the queue is
//   empty: no node can raise the modularity by moving. Repeated full sweeps (Blondel's original)
//   reached the same modularity at the large size (0.170 against 0.169) in about twice the time;
// - aggregation: each community becomes a node of a weighted graph (its inner ties a self-loop), and
//   the two phases repeat on it until a level moves nothing;
// - iterations (Waltman & van Eck 2013): the whole of it runs again from the partition found (local
//   moving on the original graph starting from it, then aggregation…), while an iteration raises the
//   modularity by `iterationGain` or more, `mostIterations` at most. At the large size one pass of
//   Louvain stops at 0.148 (the order of the first moves decides much on a graph of hubs), a second
//   iteration brings it to 0.169 (graphology: 0.163).
// The modularity returned is computed on the original graph.
import type { Adjacency } from "./network-graph.js";
import { seededRandom } from "./seeded-random.js";

/** Each node's community (numbered 0… below the node count, in no set order) and the partition's modularity. */
export interface LouvainResult {
  community: Int32Array;
  modularity: number;
  /** How many levels the first iteration aggregated (Louvain's own levels, from singletons). */
  levels: number;
  /** How many iterations ran. */
  iterations: number;
}

/** One level's weighted undirected graph: compressed rows without self-loops, and each node's self-loop. */
interface LevelGraph {
  size: number;
  offsets: Int32Array;
  targets: Int32Array;
  /** `weights[i]`: the weight of the tie to `targets[i]` (each tie is in both rows). */
  weights: Float64Array;
  /** The weight of each node's self-loop (a community's inner ties, each counted once). */
  loops: Float64Array;
  /** Each node's weighted degree (its self-loop counted twice). */
  degree: Float64Array;
}

/** A move is made only if it raises the modularity by more than this. */
const moveGain = 1e-12;
/** Another iteration runs while the last one raised the modularity by at least this… */
const iterationGain = 1e-3;
/** …and at most this many iterations run. */
const mostIterations = 8;
const resolution = 1;

/** Louvain communities of `graph`, weighted by `multiplicity`, seeded by the graph's size. */
export function louvain(graph: Adjacency): LouvainResult {
  const { size } = graph;
  const random = seededRandom(size);
  const original = levelGraph(size, graph.offsets, graph.neighbours, new Float64Array(graph.multiplicity));
  const community = new Int32Array(size);
  for (let v = 0; v < size; v++) community[v] = v;
  let modularityNow = -Infinity;
  let levels = 0;
  let iteration = 0;
  while (iteration < mostIterations) {
    // The first iteration starts from singletons, the next ones from the partition found.
    let start: Int32Array | undefined = iteration === 0 ? undefined : community.slice();
    for (let v = 0; v < size; v++) community[v] = v;
    let level = original;
    for (;;) {
      const [moved, count] = localMoves(level, random, start);
      start = undefined;
      if (count === level.size) break;
      if (iteration === 0) levels += 1;
      for (let v = 0; v < size; v++) community[v] = moved[community[v]!]!;
      level = aggregate(level, moved, count);
    }
    const reached = modularity(graph, community);
    const gained = reached - modularityNow;
    modularityNow = reached;
    iteration += 1;
    if (gained < iterationGain) break;
  }
  return { community, modularity: modularityNow, levels, iterations: iteration };
}

/** A level's graph, with each node's weighted degree. */
function levelGraph(
  size: number,
  offsets: Int32Array,
  targets: Int32Array,
  weights: Float64Array,
  loops = new Float64Array(size),
): LevelGraph {
  const degree = new Float64Array(size);
  for (let v = 0; v < size; v++) {
    let sum = 2 * loops[v]!;
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) sum += weights[i]!;
    degree[v] = sum;
  }
  return { size, offsets, targets, weights, loops, degree };
}

/** The nodes 0…size-1 in a random order. */
function shuffled(size: number, random: () => number): Int32Array {
  const order = new Int32Array(size);
  for (let v = 0; v < size; v++) order[v] = v;
  for (let i = size - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const swap = order[i]!;
    order[i] = order[j]!;
    order[j] = swap;
  }
  return order;
}

/**
 * The local moving phase on one level, from singletons or from `start`: each node's community,
 * renumbered 0…count-1 in order of first appearance, and the number of communities.
 */
function localMoves(level: LevelGraph, random: () => number, start?: Int32Array): [Int32Array, number] {
  const { size, offsets, targets, weights, degree } = level;
  let twoM = 0;
  for (let v = 0; v < size; v++) twoM += degree[v]!;
  const community = new Int32Array(size);
  for (let v = 0; v < size; v++) community[v] = start ? start[v]! : v;
  if (twoM === 0) return [community, size];
  const m = twoM / 2;
  // total[c]: the sum of the degrees of c's nodes.
  const total = new Float64Array(size);
  for (let v = 0; v < size; v++) total[community[v]!]! += degree[v]!;
  // The weight from the node being visited to each neighbouring community (-1: not a neighbour).
  const tieWeight = new Float64Array(size).fill(-1);
  const touched = new Int32Array(size);

  /** Moves v to its best community; true if it moved. */
  const visit = (v: number): boolean => {
    const own = community[v]!;
    const k = degree[v]!;
    let count = 0;
    tieWeight[own] = 0;
    touched[count++] = own;
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
      const c = community[targets[i]!]!;
      if (tieWeight[c]! < 0) {
        tieWeight[c] = 0;
        touched[count++] = c;
      }
      tieWeight[c]! += weights[i]!;
    }
    // Gains measured from v alone: the weight of v's ties to c less what chance gives, k·total[c]/2m.
    total[own]! -= k;
    const scale = (resolution * k) / twoM;
    const stay = tieWeight[own]! - total[own]! * scale;
    let best = own;
    let bestGain = stay;
    for (let t = 1; t < count; t++) {
      const c = touched[t]!;
      const gain = tieWeight[c]! - total[c]! * scale;
      if (gain > bestGain) {
        best = c;
        bestGain = gain;
      }
    }
    // The move raises the modularity by (bestGain − stay) / m.
    if ((bestGain - stay) / m <= moveGain) best = own;
    total[best]! += k;
    community[v] = best;
    for (let t = 0; t < count; t++) tieWeight[touched[t]!] = -1;
    return best !== own;
  };

  // A ring buffer of the nodes to visit, each in it at most once.
  const queue = new Int32Array(size);
  const queued = new Uint8Array(size);
  let head = 0;
  let length = 0;
  for (const v of shuffled(size, random)) {
    if (offsets[v] === offsets[v + 1]) continue;
    queue[length++] = v;
    queued[v] = 1;
  }
  while (length > 0) {
    const v = queue[head]!;
    head = head + 1 === size ? 0 : head + 1;
    length -= 1;
    queued[v] = 0;
    if (!visit(v)) continue;
    const c = community[v]!;
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
      const w = targets[i]!;
      if (queued[w] === 1 || community[w] === c) continue;
      queued[w] = 1;
      queue[(head + length) % size] = w;
      length += 1;
    }
  }
  // Renumber the communities 0…count-1 (`touched` reused: -1 is "not numbered yet").
  const number = touched.fill(-1);
  let count = 0;
  for (let v = 0; v < size; v++) {
    const c = community[v]!;
    if (number[c] === -1) number[c] = count++;
    community[v] = number[c]!;
  }
  return [community, count];
}

/** The graph of the communities: one node per community, the ties between them summed, inner ties as a self-loop. */
function aggregate(level: LevelGraph, community: Int32Array, count: number): LevelGraph {
  const { size, offsets, targets, weights, loops } = level;
  // The members of each community, in compressed rows.
  const memberOffsets = new Int32Array(count + 1);
  for (let v = 0; v < size; v++) memberOffsets[community[v]! + 1]! += 1;
  for (let c = 0; c < count; c++) memberOffsets[c + 1]! += memberOffsets[c]!;
  const cursor = memberOffsets.slice(0, count);
  const members = new Int32Array(size);
  for (let v = 0; v < size; v++) members[cursor[community[v]!]!++] = v;

  const nextOffsets = new Int32Array(count + 1);
  const nextTargets = new Int32Array(targets.length);
  const nextWeights = new Float64Array(targets.length);
  const nextLoops = new Float64Array(count);
  const tieWeight = new Float64Array(count).fill(-1);
  const touched = new Int32Array(count);
  let write = 0;
  for (let c = 0; c < count; c++) {
    nextOffsets[c] = write;
    let loop = 0;
    let touchedCount = 0;
    for (let at = memberOffsets[c]!; at < memberOffsets[c + 1]!; at++) {
      const v = members[at]!;
      loop += loops[v]!;
      for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
        const d = community[targets[i]!]!;
        if (d === c) {
          // An inner tie is met from both its ends: half its weight each time.
          loop += weights[i]! / 2;
          continue;
        }
        if (tieWeight[d]! < 0) {
          tieWeight[d] = 0;
          touched[touchedCount++] = d;
        }
        tieWeight[d]! += weights[i]!;
      }
    }
    nextLoops[c] = loop;
    for (let t = 0; t < touchedCount; t++) {
      const d = touched[t]!;
      nextTargets[write] = d;
      nextWeights[write++] = tieWeight[d]!;
      tieWeight[d] = -1;
    }
  }
  nextOffsets[count] = write;
  return levelGraph(count, nextOffsets, nextTargets.slice(0, write), nextWeights.slice(0, write), nextLoops);
}

/**
 * The modularity of a partition of the original graph (communities numbered below its node count),
 * weighted by `multiplicity` (resolution 1): the sum over communities of inner weight / 2m − (community degree / 2m)²; 0 for a graph without ties.
 */
export function modularity(graph: Adjacency, community: Int32Array): number {
  const { size, offsets, neighbours, multiplicity } = graph;
  const total = new Float64Array(size);
  let inner = 0;
  let twoM = 0;
  for (let v = 0; v < size; v++) {
    const c = community[v]!;
    for (let i = offsets[v]!; i < offsets[v + 1]!; i++) {
      const weight = multiplicity[i]!;
      twoM += weight;
      total[c]! += weight;
      if (community[neighbours[i]!] === c) inner += weight;
    }
  }
  if (twoM === 0) return 0;
  let expected = 0;
  for (let c = 0; c < size; c++) expected += total[c]! * total[c]!;
  return inner / twoM - (resolution * expected) / (twoM * twoM);
}
