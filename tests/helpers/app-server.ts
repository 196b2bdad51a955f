import { randomBytes } from "node:crypto";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { createApp } from "../../server/app.js";
import { mintToken } from "../../server/auth/mint-token.js";
import type { Role } from "../../server/auth/roles.js";
import { parseConfig, type Config } from "../../server/config.js";

/** A Maillage app listening on a free port; `close()` stops it (the driver stays the caller's). */
export interface AppServer {
  url: string;
  /** A signed token of a test user with this role, for this app. */
  token(role: Role): Promise<string>;
  close(): Promise<void>;
}

/**
 * Serves Maillage over `driver` with the configuration `environment` gives (as process.env would),
 * for tests of a mode or a failure that the shared TestServer does not cover: production behaviour,
 * a driver pointed at a dead database. It writes nothing, so it needs no cleanup of data.
 */
export async function serveApp(driver: Driver, environment: Record<string, string> = {}, port = 0): Promise<AppServer> {
  const config = parseConfig({ NODE_ENV: "test", JWT_SECRET: randomBytes(32).toString("hex"), ...environment });
  const { url, httpServer } = await listenApp(driver, config, port);
  return {
    url,
    token: (role) => mintToken(config.auth, { id: `test:app-server:${role}`, role }),
    close: () =>
      new Promise<void>((resolve, reject) => httpServer.close((error) => (error ? reject(error) : resolve()))),
  };
}

/**
 * Builds the app over `driver` with `config`, pointed at the test Neo4j, and listens on a free loopback
 * port (or `port`, when its URL must be known before: an OpenID Connect redirect URL).
 */
export async function listenApp(
  driver: Driver,
  config: Config,
  port = 0,
): Promise<{ url: string; httpServer: Server }> {
  const connection = inject("neo4j");
  const { httpServer } = await createApp(driver, {
    ...config,
    neo4j: {
      mode: "external",
      uri: connection.uri,
      user: connection.user ?? "neo4j",
      password: connection.password,
      database: connection.database,
    },
  });
  httpServer.listen(port, "127.0.0.1");
  await new Promise<void>((resolve) => httpServer.once("listening", resolve));
  return { url: `http://127.0.0.1:${(httpServer.address() as AddressInfo).port}`, httpServer };
}
