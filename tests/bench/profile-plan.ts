// PROFILE evidence: the plans of the queries a question runs — Maillage's own (its analytics
// functions called with a reader that profiles every query) and the hand-written one of way (b).
import type { Driver, ProfiledPlan, QueryResult, SessionConfig } from "neo4j-driver";
import type { GraphDatabase } from "../../graph/graph-database.js";

export interface QueryProfile {
  /** The query, white space folded. */
  cypher: string;
  /** The operator tree, one operator a line: rows and db hits of each. */
  plan: string;
  dbHits: number;
  /** The memory the query's operators allocated in all (PROFILE's "total allocated memory"), when Neo4j reports it. */
  allocatedBytes?: number | undefined;
  rows: number;
  milliseconds: number;
}

/**
 * Runs `call` with a reader whose every query is profiled, whether it goes through `executeQuery`
 * or a session's `run` (what server/analytics/read-query.ts uses); returns the profiles in order.
 */
export async function profileCalls(
  reader: GraphDatabase,
  call: (reader: GraphDatabase) => Promise<unknown>,
): Promise<QueryProfile[]> {
  const profiles: QueryProfile[] = [];
  const profiled = async <R extends QueryResult>(
    cypher: string,
    run: (profiledCypher: string) => Promise<R>,
  ): Promise<R> => {
    const started = performance.now();
    const result = await run(`PROFILE ${cypher}`);
    profiles.push(summarize(cypher, result.summary.profile, performance.now() - started, result.records.length));
    return result;
  };
  const driver = {
    executeQueryBookmarkManager: reader.driver.executeQueryBookmarkManager,
    executeQuery: (cypher: string, parameters: Record<string, unknown>, config: unknown) =>
      profiled(cypher, (text) => reader.driver.executeQuery(text, parameters, config as never)),
    session: (config: SessionConfig) => {
      const session = reader.driver.session(config);
      return {
        run: (
          cypher: string,
          parameters: Record<string, unknown>,
          transactionConfig: Parameters<ReturnType<Driver["session"]>["run"]>[2],
        ) => profiled(cypher, async (text) => await session.run(text, parameters, transactionConfig)),
        close: () => session.close(),
      };
    },
  } as unknown as Driver;
  await call({ ...reader, driver });
  return profiles;
}

/** Profiles one query. */
export async function profileQuery(
  reader: GraphDatabase,
  cypher: string,
  parameters: Record<string, unknown>,
): Promise<QueryProfile> {
  const [profile] = await profileCalls(reader, (profiling) =>
    profiling.driver.executeQuery(cypher, parameters, { database: reader.database }),
  );
  return profile!;
}

function summarize(cypher: string, plan: ProfiledPlan | false, milliseconds: number, rows: number): QueryProfile {
  const lines: string[] = [];
  let dbHits = 0;
  const walk = (operator: ProfiledPlan, depth: number) => {
    dbHits += operator.dbHits;
    const details = String(operator.arguments.Details ?? "").replace(/\s+/g, " ");
    const shown = details.length > 110 ? `${details.slice(0, 107)}…` : details;
    lines.push(
      `${"  ".repeat(depth)}${operator.operatorType.replace(/@neo4j$/, "")}${shown ? ` ${shown}` : ""} · rows ${operator.rows} · db hits ${operator.dbHits}`,
    );
    operator.children.forEach((child) => walk(child, depth + 1));
  };
  if (plan) walk(plan, 0);
  const globalMemory = plan ? plan.arguments.GlobalMemory : undefined;
  return {
    cypher: cypher.replace(/\s+/g, " ").trim(),
    plan: lines.join("\n"),
    dbHits,
    allocatedBytes: globalMemory === undefined ? undefined : Number(String(globalMemory)),
    rows,
    milliseconds,
  };
}
