// `npm run bench:top-k`: the neighbourhood's rings without sorting them whole (issue 20, item 3).
// A bounded top-k, kept here as a candidate only, is checked to give the same answers as Maillage's
// whole-ring sort (server/analytics/neighbourhood.ts) on a generated star whose second ring is far
// larger than any limit, and on the seed; then what each costs in db hits and allocated memory at
// the limits the app asks for is printed for docs/BENCHMARKS.md ("The neighbourhood's second ring").
// Measured: the top-k costs 1.9–2.9× the db hits at depth 2, so the server keeps the sort.
import { isDeepStrictEqual } from "node:util";
import neo4j, { type Node } from "neo4j-driver";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { RefIndex } from "../../graph/graph-values.js";
import { loadFacts } from "../../graph/load-facts.js";
import { nodePattern } from "../../graph/node-ref.js";
import { seedDatabase } from "../../seed/seed-database.js";
import { neighbourhood, type NeighbourhoodArgs } from "../../server/analytics/neighbourhood.js";
import { parseRef } from "../../server/graphql/ref-argument.js";
import { startBenchDatabase } from "./bench-database.js";
import { profileCalls, profileQuery } from "./profile-plan.js";
import { starFacts } from "../helpers/star-graph.js";

const log = (message: string) => console.log(`[bench:top-k] ${message}`);

/** A relationship the question follows: any, or only stated ones. */
const followed = (r: string) => `(NOT $statedOnly OR ${r}.confidence = 'stated')`;
/** A node the question may show: not the centre, not the audit trail (Change nodes). */
const shown = (n: string) => `${n} <> c AND NOT ${n}:Change`;
const labelled = (n: string) => `($labels IS NULL OR any(l IN labels(${n}) WHERE l IN $labels))`;
/** The first ring's rows, one per relationship (`n` repeats). */
const firstRing = `MATCH (c)-[r]-(n) WHERE ${shown("n")} AND ${followed("r")} AND ${labelled("n")}`;
/** The second ring's rows: a neighbour's neighbours that are not the centre's own (`n` repeats). */
const secondRing = `
  MATCH (c)-[r1]-(m) WHERE $depth = 2 AND ${shown("m")} AND ${followed("r1")}
  WITH DISTINCT c, m
  MATCH (m)-[r]-(n) WHERE ${shown("n")} AND ${followed("r")} AND ${labelled("n")}
    AND NOT EXISTS { MATCH (c)-[r2]-(n) WHERE ${followed("r2")} }`;
/** The first `$others` distinct nodes of a ring's rows by name: a bounded Top, no sort of the ring. */
const firstByName = `WITH DISTINCT n ORDER BY coalesce(n.name, n.title) LIMIT $others RETURN collect(n)`;

/**
 * The candidate: each ring's first nodes by a Top, its size by `count(DISTINCT …)`, each subquery
 * importing only the centre (a Top over an imported ring list keeps the list in every kept row and
 * reached the transaction memory limit at a limit of 4,999).
 */
const topKCypher = `
MATCH CENTER
CALL (c) { ${firstRing} ${firstByName} AS firstNear }
CALL (c) { ${firstRing} RETURN count(DISTINCT n) AS nearCount }
CALL (c) { ${secondRing} ${firstByName} AS firstFar }
CALL (c) { ${secondRing} RETURN count(DISTINCT n) AS farCount }
RETURN c, (firstNear + firstFar)[0..$others] AS nodes, nearCount + farCount + 1 AS total`;

type Question = Pick<NeighbourhoodArgs, "ref" | "depth" | "limit"> & Partial<NeighbourhoodArgs>;

/** The top-k query's text and parameters for a question. */
function topK(question: Question) {
  const center = parseRef(question.ref, "ref");
  return {
    cypher: topKCypher.replace("CENTER", nodePattern("c", center, "key")),
    parameters: {
      key: center.key,
      depth: neo4j.int(question.depth),
      others: neo4j.int(question.limit - 1),
      labels: question.labels ?? null,
      statedOnly: question.statedOnly ?? false,
    },
  };
}

/** The refs (in order) and the total the top-k query gives. */
async function topKAnswer(reader: GraphDatabase, question: Question) {
  const { cypher, parameters } = topK(question);
  const [record] = await readQuery(reader, cypher, parameters);
  const shownNodes = [record!.get("c") as Node, ...(record!.get("nodes") as Node[])];
  return { refs: new RefIndex().add(shownNodes).map((node) => node.ref), total: Number(record!.get("total")) };
}

/** The refs (in order) and the total Maillage gives. */
async function maillageAnswer(reader: GraphDatabase, question: Question) {
  const answer = await neighbourhood(reader, { labels: null, statedOnly: false, ...question });
  return { refs: answer!.nodes.map((node) => node.ref), total: answer!.totalNodes };
}

/** Loads the star of tests/helpers/star-graph.ts, a few memberships unverified; returns its hub's ref. */
async function loadStar(reader: GraphDatabase): Promise<string> {
  const { facts, hub } = starFacts(undefined, { unverifiedEvery: 37 });
  await loadFacts(
    reader.driver,
    {
      nodes: facts.nodes.map((node) => ({ ...node, sources: ["bench:top-k"] })),
      relationships: facts.relationships.map((fact) => ({ ...fact, source: "bench:top-k" })),
    },
    { database: reader.database },
  );
  return hub;
}

/** Throws unless the top-k gives Maillage's nodes, in its order, and its total. */
async function assertSameAnswers(reader: GraphDatabase, questions: Question[]): Promise<void> {
  for (const question of questions) {
    const [maillage, bounded] = [await maillageAnswer(reader, question), await topKAnswer(reader, question)];
    if (!isDeepStrictEqual(bounded, maillage))
      throw new Error(`the top-k answers ${JSON.stringify(question)} differently from Maillage: not a candidate`);
  }
  log(`same nodes, order and total as Maillage on ${questions.length} questions`);
}

async function main(): Promise<void> {
  const database = await startBenchDatabase({ heap: "1g", pageCacheMb: 512, log });
  try {
    const reader: GraphDatabase = { driver: database.driver, database: database.database };
    await seedDatabase(database.driver, { database: database.database });
    const hub = await loadStar(reader);
    await assertSameAnswers(reader, [
      { ref: hub, depth: 2, limit: 1 },
      { ref: hub, depth: 2, limit: 30 },
      { ref: hub, depth: 2, limit: 200 },
      { ref: hub, depth: 2, limit: 2000 },
      { ref: hub, depth: 2, limit: 5000 },
      { ref: hub, depth: 1, limit: 10 },
      { ref: hub, depth: 1, limit: 1000 },
      { ref: hub, depth: 2, limit: 200, labels: ["Event"] },
      { ref: hub, depth: 2, limit: 200, statedOnly: true },
      { ref: "Organization:pmt", depth: 2, limit: 10 },
      { ref: "Organization:pmt", depth: 2, limit: 200 },
      { ref: "Organization:pmt", depth: 2, limit: 2000 },
      { ref: "Organization:pmt", depth: 1, limit: 1000 },
      { ref: "Organization:gbm", depth: 2, limit: 50 },
    ]);
    const rows: string[] = [];
    for (const question of [
      { ref: hub, depth: 2, limit: 200 }, // the benchmark's graph view
      { ref: hub, depth: 1, limit: 1000 }, // the entity page
      { ref: hub, depth: 2, limit: 2000 }, // the graph view's default
      { ref: hub, depth: 2, limit: 5000 }, // the largest allowed
    ] satisfies Question[]) {
      const { cypher, parameters } = topK(question);
      const [maillage] = await profileCalls(reader, (profiling) =>
        neighbourhood(profiling, { labels: null, statedOnly: false, ...question }),
      );
      const bounded = await profileQuery(reader, cypher, parameters);
      if (
        !/^\s*Sort\b/mu.test(maillage!.plan) ||
        !/^\s*Top\b/mu.test(bounded.plan) ||
        /^\s*Sort\b/mu.test(bounded.plan)
      )
        throw new Error("the plans are not the ones compared (Maillage's Sort against the candidate's Top)");
      rows.push(
        `| depth ${question.depth}, limit ${question.limit} | ${maillage!.dbHits} | ${bounded.dbHits} | ` +
          `${maillage!.allocatedBytes} | ${bounded.allocatedBytes} |`,
      );
    }
    console.log(
      [
        "| question (4,442 nodes) | db hits, Maillage (sort) | db hits, top-k | bytes, Maillage (sort) | bytes, top-k |",
        "| --- | --- | --- | --- | --- |",
        ...rows,
      ].join("\n"),
    );
  } finally {
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
