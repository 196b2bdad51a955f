// The benchmark harness in CI: a tiny synthetic ecosystem of this file's own (its own source, key
// prefix and name tag), loaded by the bench loader, each question asked the three ways once. The
// three must give the same answer; no timing is asserted.
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { bulkLoad } from "./bulk-load.js";
import { GraphQLHttp } from "./graphql-http.js";
import { startNaiveServer, type NaiveServer } from "./naive-server.js";
import { profileCalls, profileQuery } from "./profile-plan.js";
import { benchQuestions } from "./questions/all-questions.js";
import { wayNames, type BenchContext, type BenchQuestion, type WayName } from "./questions/bench-question.js";
import { ecosystemSize, generateEcosystem, type Ecosystem } from "./synthetic-ecosystem.js";
import { TestServer } from "../helpers/test-server.js";

/** The naive way runs hundreds of queries for the headline: slow by design, on a busy CI machine too. */
const questionTimeoutMs = 120_000;

/** What shows that an answer is not empty (three empty answers would agree, and prove nothing). */
const hasContent: Record<BenchQuestion["id"], (answer: never) => boolean> = {
  headline: (answer: unknown[]) => answer.length > 0,
  "headline-page": (answer: { total: number; firms: unknown[] }) => answer.total > 0 && answer.firms.length > 0,
  "entity-page": (answer: { neighbours: string[] }) => answer.neighbours.length > 0,
  "neighbourhood-2": (answer: { total: number }) => answer.total > 1,
  "shortest-path": (answer: { length: number }) => answer.length > 0,
  search: (answer: { total: number }) => answer.total > 0,
};

describe("the benchmark harness", () => {
  const database = inject("neo4j").database;
  let server: TestServer;
  let naive: NaiveServer;
  let ecosystem: Ecosystem;
  let context: BenchContext;

  beforeAll(async () => {
    server = await TestServer.start();
    // Letters and digits only: the full-text index must see the tag as one word.
    const tag = server.uniqueId("bench").replace("-", "");
    ecosystem = generateEcosystem({ scale: "tiny", source: server.source, keyPrefix: `${tag}-`, nameTag: tag });
    await bulkLoad(server.driver, ecosystem, { database, batchSize: 100 });
    naive = await startNaiveServer(server.driver, database);
    context = {
      probes: ecosystem.probes,
      maillage: new GraphQLHttp(`${server.url}/graphql`),
      reader: { driver: server.driver, database },
      naive: new GraphQLHttp(naive.url),
    };
  });

  afterAll(async () => {
    await naive?.close();
    await server?.close();
  });

  it("loads every generated node and relationship, each with its sources or its evidence", async () => {
    const { records } = await server.driver.executeQuery(
      `MATCH (n) WHERE $source IN n.sources
       OPTIONAL MATCH (n)-[r]->() WHERE r.source = $source AND r.quote <> '' AND r.confidence IN ['stated', 'unverified']
       RETURN count(DISTINCT n) AS nodes, count(r) AS relationships`,
      { source: server.source },
      { database },
    );
    const size = ecosystemSize(ecosystem);
    expect({
      nodes: Number(records[0]!.get("nodes")),
      relationships: Number(records[0]!.get("relationships")),
    }).toEqual({
      nodes: size.nodes,
      relationships: size.relationships,
    });
  });

  for (const question of benchQuestions) {
    it(
      `asks "${question.title}" three ways and gets one answer`,
      async () => {
        const ways = question.ways(context);
        const answers = {} as Record<WayName, unknown>;
        for (const name of wayNames) answers[name] = ways[name].answer(await ways[name].run());
        expect(hasContent[question.id](answers.graphql as never)).toBe(true);
        expect(answers.cypher).toEqual(answers.graphql);
        expect(answers.naive).toEqual(answers.graphql);
      },
      questionTimeoutMs,
    );

    it(`profiles the queries Maillage runs for "${question.title}" and its hand-written Cypher`, async () => {
      const server = await profileCalls(context.reader, (profiling) => question.server(profiling, ecosystem.probes));
      const { cypher, parameters } = question.cypher(ecosystem.probes);
      const handWritten = await profileQuery(context.reader, cypher, parameters);
      expect(server.length).toBeGreaterThan(0);
      expect(server.every((profile) => profile.dbHits > 0 && profile.plan.includes("ProduceResults"))).toBe(true);
      expect(handWritten.dbHits).toBeGreaterThan(0);
    });
  }
});
