import type { Request, Response } from "express";
import type { Driver } from "neo4j-driver";

export interface HealthReport {
  status: "ok" | "unavailable";
  database: { status: "up" | "down"; latencyMs?: number; version?: string; edition?: string; error?: string };
}

/** Asks the database for its version; `down` with the reason when it does not answer in time. */
export async function checkHealth(driver: Driver, database: string | undefined): Promise<HealthReport> {
  const started = performance.now();
  try {
    const { records } = await driver.executeQuery(
      "CALL dbms.components() YIELD versions, edition RETURN versions[0] AS version, edition",
      {},
      { database, transactionConfig: { timeout: 3_000 } },
    );
    const latencyMs = Math.round(performance.now() - started);
    const version = records[0]?.get("version") as string | undefined;
    const edition = records[0]?.get("edition") as string | undefined;
    return { status: "ok", database: { status: "up", latencyMs, version, edition } };
  } catch (error) {
    return { status: "unavailable", database: { status: "down", error: (error as Error).message.split("\n")[0] } };
  }
}

/** GET /health: 200 with the report when the database answers, 503 when it does not. */
export function healthHandler(driver: Driver, database: string | undefined) {
  return async (_req: Request, res: Response) => {
    const report = await checkHealth(driver, database);
    res.status(report.status === "ok" ? 200 : 503).json(report);
  };
}
