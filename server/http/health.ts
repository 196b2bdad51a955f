import type { Request, Response } from "express";
import type { Driver } from "neo4j-driver";
import { schemaObjectNames } from "../../graph/store-schema.js";
import type { ErrorCode } from "../errors/error-codes.js";

interface HealthReport {
  status: "ok" | "unavailable";
  /** `error` is the driver's reason: for the server's log, never for an answer. */
  database: { status: "up" | "down"; latencyMs?: number; version?: string; edition?: string; error?: string };
}

/** What /health and /ready answer about a database that does not answer: the code, not the driver's words
 *  (they name hosts, ports and set-up details); the reason goes to the server's log. */
const downAnswer = { status: "down", code: "DATABASE_UNAVAILABLE" } as const satisfies {
  status: "down";
  code: ErrorCode;
};

/** Logs a database's reason for being down once, not on every probe of a load balancer; again when it changes. */
function downLogger(endpoint: string) {
  let lastReason: string | undefined;
  return (reason: string | undefined) => {
    if (reason !== undefined && reason !== lastReason)
      console.error(`[maillage] ${endpoint}: the database does not answer: ${reason}`);
    lastReason = reason;
  };
}

/** Runs one query without the driver's retries, so a dead database is reported at once. */
async function probe(
  driver: Driver,
  database: string | undefined,
  cypher: string,
  parameters: Record<string, unknown> = {},
) {
  const session = driver.session({ database, defaultAccessMode: "READ" });
  try {
    return await session.run(cypher, parameters, { timeout: 3_000 });
  } finally {
    await session.close();
  }
}

/** Asks the database for its version; `down` with the reason when it does not answer in time. */
export async function checkHealth(driver: Driver, database: string | undefined): Promise<HealthReport> {
  const started = performance.now();
  try {
    const { records } = await probe(
      driver,
      database,
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
    );
    const latencyMs = Math.round(performance.now() - started);
    const version = records[0]?.get("version") as string | undefined;
    const edition = records[0]?.get("edition") as string | undefined;
    return { status: "ok", database: { status: "up", latencyMs, version, edition } };
  } catch (error) {
    return { status: "unavailable", database: { status: "down", error: (error as Error).message.split("\n")[0] } };
  }
}

/** GET /health: 200 with the report when the database answers, 503 with DATABASE_UNAVAILABLE when it does not. */
export function healthHandler(driver: Driver, database: string | undefined) {
  const logDown = downLogger("/health");
  return async (_req: Request, res: Response) => {
    const report = await checkHealth(driver, database);
    logDown(report.database.error);
    if (report.status === "ok") res.status(200).json(report);
    else res.status(503).json({ status: report.status, database: downAnswer });
  };
}

/** GET /ready: 200 when the database answers and every constraint and index Maillage asserts is online. */
export function readyHandler(driver: Driver, database: string | undefined) {
  const logDown = downLogger("/ready");
  return async (_req: Request, res: Response) => {
    const expected = schemaObjectNames();
    try {
      const { records } = await probe(
        driver,
        database,
        "SHOW INDEXES YIELD name, state WHERE name IN $names AND state = 'ONLINE' RETURN count(*) AS online",
        { names: expected },
      );
      const online = Number(records[0]?.get("online") ?? 0);
      const ready = online === expected.length;
      logDown(undefined);
      res
        .status(ready ? 200 : 503)
        .json({ status: ready ? "ready" : "not-ready", schema: { expected: expected.length, online } });
    } catch (error) {
      logDown((error as Error).message.split("\n")[0]);
      res.status(503).json({ status: "not-ready", database: downAnswer });
    }
  };
}
