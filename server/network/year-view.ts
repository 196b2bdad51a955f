// The year view of a projection: the ties of the years asked (undated ties kept and counted, never
// dropped), and what changed between two years (who joined, who left, which ties are new or gone).
import { NetworkGraph } from "./network-graph.js";

/** The projection restricted to ties of `years`; undated ties stay unless `includeUndated` is false. */
export function restrictToYears(graph: NetworkGraph, years: readonly number[], includeUndated: boolean): NetworkGraph {
  const wanted = new Set(years);
  const { ties } = graph;
  const keep: number[] = [];
  for (let i = 0; i < ties.year.length; i++) {
    const year = ties.year[i]!;
    if (year === 0 ? includeUndated : wanted.has(year)) keep.push(i);
  }
  return new NetworkGraph(graph.nodes, {
    from: Int32Array.from(keep, (i) => ties.from[i]!),
    to: Int32Array.from(keep, (i) => ties.to[i]!),
    year: Int32Array.from(keep, (i) => ties.year[i]!),
    type: Uint16Array.from(keep, (i) => ties.type[i]!),
    types: ties.types,
  });
}

/** A tie between two nodes (indices), with its relationship type. */
export interface TiePair {
  a: number;
  b: number;
  type: string;
}

/** What changed from one year to the next. */
export interface YearChange {
  /** Nodes with a tie dated `to` and none dated `from`. */
  joined: number[];
  /** Nodes with a tie dated `from` and none dated `to`. */
  left: number[];
  /** Pairs tied in `to` (by a relationship of that type) and not in `from`. */
  newTies: TiePair[];
  /** Pairs tied in `from` and not in `to`. */
  goneTies: TiePair[];
  /** Nodes present in both years. */
  stayed: number;
  /** Ties that have no year: shown apart, in neither year. */
  undatedTies: TiePair[];
}

/** Compares the dated ties of two years. */
export function compareYears(graph: NetworkGraph, from: number, to: number): YearChange {
  const { ties } = graph;
  const present = { [from]: new Set<number>(), [to]: new Set<number>() } as Record<number, Set<number>>;
  const pairs = { [from]: new Map<string, TiePair>(), [to]: new Map<string, TiePair>() } as Record<
    number,
    Map<string, TiePair>
  >;
  const undatedTies: TiePair[] = [];
  for (let i = 0; i < ties.year.length; i++) {
    const a = Math.min(ties.from[i]!, ties.to[i]!);
    const b = Math.max(ties.from[i]!, ties.to[i]!);
    const tie = { a, b, type: ties.types[ties.type[i]!]! };
    const year = ties.year[i]!;
    if (year === 0) {
      undatedTies.push(tie);
      continue;
    }
    if (year !== from && year !== to) continue;
    present[year]!.add(a).add(b);
    pairs[year]!.set(`${a}-${b}-${tie.type}`, tie);
  }
  const minus = <T>(left: Map<string, T> | Set<T>, right: Map<string, T> | Set<T>) =>
    left instanceof Map
      ? [...left].filter(([key]) => !(right as Map<string, T>).has(key)).map(([, value]) => value)
      : [...left].filter((value) => !(right as Set<T>).has(value));
  const before = present[from]!;
  const after = present[to]!;
  return {
    joined: minus(after, before) as number[],
    left: minus(before, after) as number[],
    newTies: minus(pairs[to]!, pairs[from]!) as TiePair[],
    goneTies: minus(pairs[from]!, pairs[to]!) as TiePair[],
    stayed: [...after].filter((v) => before.has(v)).length,
    undatedTies,
  };
}
