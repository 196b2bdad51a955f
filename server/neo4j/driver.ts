import neo4j, { type Driver } from "neo4j-driver";

export interface DriverOptions {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
}

/** A driver with time-outs short enough that a dead database is reported in seconds, not minutes. */
export function createDriver({ uri, user, password }: DriverOptions): Driver {
  const auth = password ? neo4j.auth.basic(user ?? "neo4j", password) : undefined;
  return neo4j.driver(uri, auth, {
    connectionTimeout: 5_000,
    connectionAcquisitionTimeout: 10_000,
    // Transient errors (deadlocks, a leader switch) are retried for up to 3 s; a dead database is
    // reported within that, not after minutes.
    maxTransactionRetryTime: 3_000,
    userAgent: "maillage",
  });
}

/** Waits until the database answers, retrying for up to `timeoutMs`. */
export async function waitForDatabase(driver: Driver, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    try {
      await driver.verifyConnectivity();
      return;
    } catch (error) {
      if (Date.now() > deadline) {
        throw new Error(`Neo4j did not answer within ${timeoutMs / 1000} s: ${(error as Error).message}`, {
          cause: error,
        });
      }
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  }
}
