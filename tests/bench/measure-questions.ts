// Asks every question three ways and measures each: (a) and (b) interleaved, since their ratio is a
// target; (c), often far slower, on its own budget. Then checks the three answers are the same.
import { isDeepStrictEqual } from "node:util";
import type { GraphDatabase } from "../../graph/graph-database.js";
import type { QuestionResult } from "./bench-results.js";
import { GraphQLHttp } from "./graphql-http.js";
import { measureInterleaved, type LatencyPlan } from "./latency.js";
import type { BenchContext, BenchQuestion, WayName } from "./questions/bench-question.js";
import type { Probes } from "./synthetic-ecosystem.js";

const plans: Record<"quick" | "full", Record<"compared" | "naive", LatencyPlan>> = {
  quick: {
    compared: { warmup: 1, warmupBudgetMs: 2_000, minRuns: 3, maxRuns: 5, budgetMs: 1_000 },
    naive: { warmup: 1, warmupBudgetMs: 1_000, minRuns: 1, maxRuns: 3, budgetMs: 1_000 },
  },
  full: {
    compared: { warmup: 20, warmupBudgetMs: 15_000, minRuns: 10, maxRuns: 300, budgetMs: 30_000 },
    naive: { warmup: 3, warmupBudgetMs: 30_000, minRuns: 3, maxRuns: 100, budgetMs: 30_000 },
  },
};

export async function measureLatency(
  questions: BenchQuestion[],
  where: { probes: Probes; reader: GraphDatabase; maillageUrl: string; naiveUrl: string },
  quick: boolean,
  log: (message: string) => void,
): Promise<QuestionResult[]> {
  const context: BenchContext = {
    probes: where.probes,
    reader: where.reader,
    maillage: new GraphQLHttp(where.maillageUrl),
    naive: new GraphQLHttp(where.naiveUrl),
  };
  const plan = plans[quick ? "quick" : "full"];
  const results: QuestionResult[] = [];
  for (const question of questions) {
    log(`latency: ${question.title}…`);
    const ways = question.ways(context);
    const [graphql, cypher] = await measureInterleaved([ways.graphql.run, ways.cypher.run], plan.compared);
    const [naive] = await measureInterleaved([ways.naive.run], plan.naive);
    const measured = { graphql: graphql!, cypher: cypher!, naive: naive! };
    const answers = Object.fromEntries(
      Object.entries(measured).map(([name, { last }]) => [name, ways[name as WayName].answer(last)]),
    ) as Record<WayName, unknown>;
    const differing = (["cypher", "naive"] as const).filter(
      (name) => !isDeepStrictEqual(answers[name], answers.graphql),
    );
    results.push({
      question: question.id,
      title: question.title,
      ways: {
        graphql: { stats: measured.graphql.stats, detail: ways.graphql.detail(measured.graphql.last) },
        cypher: { stats: measured.cypher.stats, detail: ways.cypher.detail(measured.cypher.last) },
        naive: { stats: measured.naive.stats, detail: ways.naive.detail(measured.naive.last) },
      },
      agree: differing.length === 0,
      disagreement:
        differing.length === 0
          ? undefined
          : differing
              .map((name) => `${name} ≠ graphql: ${describeDifference(answers[name], answers.graphql)}`)
              .join("; "),
    });
  }
  return results;
}

/** The first place two answers differ, briefly. */
function describeDifference(actual: unknown, expected: unknown, at = "answer"): string {
  if (Array.isArray(actual) && Array.isArray(expected)) {
    if (actual.length !== expected.length) return `${at} has ${actual.length} items, not ${expected.length}`;
    const index = actual.findIndex((item, position) => !isDeepStrictEqual(item, expected[position]));
    return describeDifference(actual[index], expected[index], `${at}[${index}]`);
  }
  if (actual && expected && typeof actual === "object" && typeof expected === "object") {
    const key = Object.keys(expected).find(
      (name) =>
        !isDeepStrictEqual((actual as Record<string, unknown>)[name], (expected as Record<string, unknown>)[name]),
    );
    if (key !== undefined)
      return describeDifference(
        (actual as Record<string, unknown>)[key],
        (expected as Record<string, unknown>)[key],
        `${at}.${key}`,
      );
  }
  return `${at} is ${JSON.stringify(actual)?.slice(0, 120)}, not ${JSON.stringify(expected)?.slice(0, 120)}`;
}
