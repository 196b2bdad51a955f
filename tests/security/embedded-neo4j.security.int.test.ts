// The embedded Neo4j is locked down: Bolt asks for the generated password, the password file is
// private, web pages of other origins cannot open Bolt over WebSocket, and only the APOC that
// @neo4j/graphql needs is loaded. (Skipped when NEO4J_URI points the tests at another Neo4j.)
import { randomBytes } from "node:crypto";
import { statSync } from "node:fs";
import http from "node:http";
import neo4j, { type AuthToken } from "neo4j-driver";
import { describe, expect, inject, it } from "vitest";
import { createDriver } from "../../server/neo4j/driver.js";

const connection = inject("neo4j");
const embedded = connection.passwordFile !== undefined;

/** Connects with `auth` and runs RETURN 1; resolves with the error code, or "ok". */
async function tryBolt(auth: AuthToken | undefined): Promise<string> {
  const driver = neo4j.driver(connection.uri, auth, { connectionTimeout: 5_000 });
  try {
    await driver.executeQuery("RETURN 1");
    return "ok";
  } catch (error) {
    return (error as { code?: string }).code ?? String(error);
  } finally {
    await driver.close();
  }
}

/** Sends a WebSocket upgrade to the Bolt port; resolves with the HTTP status of the answer. */
function websocketUpgradeStatus(origin: string | undefined): Promise<number> {
  const { hostname, port } = new URL(connection.uri.replace(/^[a-z+]+:/, "http:"));
  return new Promise((resolve, reject) => {
    const request = http.get({
      host: hostname,
      port,
      path: "/",
      headers: {
        Connection: "Upgrade",
        Upgrade: "websocket",
        "Sec-WebSocket-Version": "13",
        "Sec-WebSocket-Key": randomBytes(16).toString("base64"),
        ...(origin ? { Origin: origin } : {}),
      },
      timeout: 5_000,
    });
    request.on("upgrade", (response, socket) => {
      socket.destroy();
      resolve(response.statusCode ?? 0);
    });
    request.on("response", (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    request.on("timeout", () => request.destroy(new Error("no answer to the WebSocket upgrade within 5 s")));
    request.on("error", reject);
  });
}

describe.runIf(embedded)("the embedded Neo4j's locks", () => {
  it("refuses Bolt without the password", async () => {
    expect(await tryBolt(undefined)).toBe("Neo.ClientError.Security.Unauthorized");
    expect(await tryBolt(neo4j.auth.basic("neo4j", "neo4j"))).toBe("Neo.ClientError.Security.Unauthorized");
  });

  it("accepts Bolt with the generated password", async () => {
    expect(connection.password).toMatch(/^\S{8,}$/);
    expect(await tryBolt(neo4j.auth.basic(connection.user ?? "neo4j", connection.password!))).toBe("ok");
  });

  it.skipIf(process.platform === "win32")("keeps the password in a file only its owner can read (mode 0600)", () => {
    expect(statSync(connection.passwordFile!).mode & 0o777).toBe(0o600);
  });

  it("refuses a Bolt WebSocket upgrade from a foreign origin", async () => {
    expect(await websocketUpgradeStatus("https://evil.example")).toBe(403);
  });

  it("still upgrades a WebSocket that no web page opened (no Origin)", async () => {
    // Proves the refusal above comes from the origin check, not from a port that speaks no WebSocket.
    expect(await websocketUpgradeStatus(undefined)).toBe(101);
  });

  it("loads only the APOC that @neo4j/graphql needs", async () => {
    const driver = createDriver(connection);
    try {
      const names = async (command: "PROCEDURES" | "FUNCTIONS") =>
        (
          await driver.executeQuery(
            `SHOW ${command} YIELD name WHERE name STARTS WITH 'apoc.' RETURN name ORDER BY name`,
          )
        ).records.map((record) => record.get("name") as string);
      expect(await names("PROCEDURES")).toEqual(["apoc.util.validate"]);
      expect(await names("FUNCTIONS")).toEqual(["apoc.date.convertFormat", "apoc.util.validatePredicate"]);
    } finally {
      await driver.close();
    }
  });
});
