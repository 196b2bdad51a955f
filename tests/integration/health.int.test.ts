import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDriver } from "../../server/neo4j/driver.js";
import { checkHealth } from "../../server/http/health.js";
import { TestServer } from "../helpers/test-server.js";

describe("GET /health", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("answers 200 with the database version while Neo4j is up", async () => {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { status: string; database: { status: string; version: string } };
    expect(body.status).toBe("ok");
    expect(body.database.status).toBe("up");
    expect(body.database.version).toMatch(/^\d+\.\d+/);
  });

  it("reports the database down when Neo4j cannot be reached", async () => {
    const unreachable = createDriver({ uri: "bolt://127.0.0.1:1" });
    try {
      const report = await checkHealth(unreachable, undefined);
      expect(report.status).toBe("unavailable");
      expect(report.database.status).toBe("down");
      expect(report.database.error).toBeTruthy();
    } finally {
      await unreachable.close();
    }
  });
});
