// What every benchmarked question provides: the same question asked three ways, each way's raw
// result turned into a comparable answer, and the hand-written Cypher to PROFILE.
import type { GraphDatabase } from "../../../graph/graph-database.js";
import type { GraphQLHttp } from "../graphql-http.js";
import type { Probes } from "../synthetic-ecosystem.js";

/** (a) GraphQL over HTTP through Maillage, (b) one hand-written Cypher query, (c) naive per-field resolvers. */
export type WayName = "graphql" | "cypher" | "naive";

export const wayNames: WayName[] = ["graphql", "cypher", "naive"];

/** Where the three ways are asked. */
export interface BenchContext {
  probes: Probes;
  /** (a): Maillage's /graphql. */
  maillage: GraphQLHttp;
  /** (b): the driver. */
  reader: GraphDatabase;
  /** (c): the naive server. */
  naive: GraphQLHttp;
}

/** Sizes of one run: response bytes, rows, Cypher queries it took. */
export type RunDetail = Partial<Record<"bytes" | "rows" | "queries" | "answers", number>>;

/** One way of asking: `run` is what the timer measures; `answer` makes its result comparable. */
export interface Way {
  run: () => Promise<unknown>;
  answer(raw: unknown): unknown;
  detail(raw: unknown): RunDetail;
}

/** A way over a typed raw result. */
export function way<Raw>(definition: {
  run(): Promise<Raw>;
  answer(raw: Raw): unknown;
  detail(raw: Raw): RunDetail;
}): Way {
  return {
    run: () => definition.run(),
    answer: (raw) => definition.answer(raw as Raw),
    detail: (raw) => definition.detail(raw as Raw),
  };
}

export interface BenchQuestion {
  id: "headline" | "headline-page" | "entity-page" | "neighbourhood-2" | "shortest-path" | "search";
  title: string;
  ways(context: BenchContext): Record<WayName, Way>;
  /** The hand-written Cypher of way (b) and its parameters, for PROFILE. */
  cypher(probes: Probes): { cypher: string; parameters: Record<string, unknown> };
  /** Asks Maillage's analytics functions directly (what way (a) runs behind GraphQL), for PROFILE. */
  server(reader: GraphDatabase, probes: Probes): Promise<unknown>;
}

/** Compares with a string `<` (UTF-16 code units), the order Cypher's ORDER BY gives strings. */
export function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** A sorted copy. */
export function sorted(items: Iterable<string>): string[] {
  return [...items].sort(byCodeUnits);
}
