import { randomBytes, randomUUID } from "node:crypto";
import { rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Server } from "node:http";
import type { TypedDocumentNode } from "@graphql-typed-document-node/core";
import { print } from "graphql";
import type { Driver } from "neo4j-driver";
import { inject } from "vitest";
import { parseConfig, type Config } from "../../server/config.js";
import { SignJWT } from "jose";
import { mintToken } from "../../server/auth/mint-token.js";
import { tokenSecret } from "../../server/auth/token-key.js";
import type { Role } from "../../server/auth/roles.js";
import { createDriver } from "../../server/neo4j/driver.js";
import { loadFacts } from "../../graph/load-facts.js";
import { listenApp } from "./app-server.js";
import type { FactSet } from "../../graph/fact-model.js";

let running: TestServer | undefined;

/** A GraphQL response as the HTTP API sent it. */
export interface GraphQLResponse<TResult> {
  status: number;
  body: { data?: TResult | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
}

/**
 * The one helper of integration and end-to-end tests: it owns the driver and a real Maillage HTTP
 * server on a free port over the test Neo4j, writes test data tagged with a source unique to this
 * test file, and removes that data on close.
 */
export class TestServer {
  /** The source every fact this file writes carries; cleanup deletes by it. */
  readonly source = `test:${randomUUID()}`;

  private constructor(
    readonly driver: Driver,
    readonly url: string,
    private readonly server: Server,
    private readonly database: string | undefined,
    private readonly auth: Config["auth"],
    /** Where this server keeps the original files of uploaded sources (removed on close). */
    readonly sourcesDir: string,
  ) {}

  /**
   * Starts the server (anonymous reading on unless told otherwise); call `close()` in afterAll.
   * Its rate limit is high enough for any test unless `rateLimitPerMinute` sets it.
   */
  static async start(
    options: {
      anonymousRead?: boolean;
      rateLimitPerMinute?: number;
      sourceMaxMb?: number;
      registrySearchUrl?: string;
      environment?: Record<string, string>;
      /** The loopback port to listen on (a free one by default). */
      port?: number;
    } = {},
  ): Promise<TestServer> {
    if (running) throw new Error("TestServer already started in this file — did you forget .close()?");
    const connection = inject("neo4j");
    const driver = createDriver(connection);
    const config = parseConfig({
      NODE_ENV: "test",
      JWT_SECRET: randomBytes(32).toString("hex"),
      ANONYMOUS_READ: String(options.anonymousRead ?? true),
      RATE_LIMIT_PER_MINUTE: String(options.rateLimitPerMinute ?? 100_000),
      SOURCES_DIR: path.join(tmpdir(), `maillage-test-sources-${randomUUID()}`),
      ...(options.sourceMaxMb ? { SOURCE_MAX_MB: String(options.sourceMaxMb) } : {}),
      REGISTRY_SEARCH_URL: options.registrySearchUrl,
      ...options.environment,
    });
    const { url, httpServer: server } = await listenApp(driver, config, options.port);
    running = new TestServer(driver, url, server, connection.database, config.auth, config.sources.dir);
    return running;
  }

  /** What the e-mail addresses of this file's accounts start with: its source, as an e-mail address allows. */
  private get emailPrefix(): string {
    return this.source.replace(":", ".");
  }

  /** An e-mail address for an account of this file (removed on close), e.g. `test.…-marie@maillage.test`. */
  email(name: string): string {
    return `${this.emailPrefix}-${name}@maillage.test`;
  }

  /** A short id unique to this run, e.g. `org-3f9a1c2b`. */
  uniqueId(prefix: string): string {
    return `${prefix}-${randomUUID().slice(0, 8)}`;
  }

  /** Writes test facts through the real loader, every node and edge tagged with this file's source. */
  async save(facts: FactSet): Promise<void> {
    await loadFacts(
      this.driver,
      {
        nodes: facts.nodes.map((node) => ({ ...node, sources: [this.source] })),
        relationships: facts.relationships.map((fact) => ({ ...fact, source: this.source })),
      },
      { database: this.database },
    );
  }

  /** A signed token for a user of this server with the given role (and display name, if given). */
  token(role: Role, user = `${this.source}:${role}`, name?: string): Promise<string> {
    return mintToken(this.auth, { id: user, role, name });
  }

  /** A token signed with this server's key carrying exactly `claims` (no role unless given), valid for an hour. */
  signedToken(claims: Record<string, unknown>, user = `${this.source}:custom`): Promise<string> {
    if (this.auth.key.kind !== "secret") throw new Error("signedToken needs the test server's HS256 secret");
    return new SignJWT(claims)
      .setProtectedHeader({ alg: "HS256" })
      .setSubject(user)
      .setIssuedAt()
      .setExpirationTime("1h")
      .sign(tokenSecret(this.auth.key));
  }

  /** Runs a typed operation; fails with the query and the response body when there are errors. */
  async execute<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables>,
    variables?: TVariables,
    token?: string,
  ): Promise<TResult> {
    const response = await this.post(document, variables, token);
    if (response.status !== 200 || response.body.errors?.length || !response.body.data) {
      throw new Error(
        `GraphQL request failed (HTTP ${response.status})\n--- query ---\n${print(document)}\n--- variables ---\n${JSON.stringify(
          variables,
          null,
          2,
        )}\n--- response ---\n${JSON.stringify(response.body, null, 2)}`,
      );
    }
    return response.body.data;
  }

  /** Posts an operation and returns the raw response, for tests about errors. */
  async post<TResult, TVariables>(
    document: TypedDocumentNode<TResult, TVariables> | string,
    variables?: TVariables,
    token?: string,
  ): Promise<GraphQLResponse<TResult>> {
    const response = await fetch(`${this.url}/graphql`, {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query: typeof document === "string" ? document : print(document), variables }),
    });
    return { status: response.status, body: (await response.json()) as GraphQLResponse<TResult>["body"] };
  }

  /** Deletes what this file wrote, stops the server and closes the driver. */
  async close(): Promise<void> {
    // What this file wrote: its facts, what its users created by hand, and their audit entries.
    // Accounts this file made have e-mail addresses starting with its email prefix (see `email`).
    await this.driver.executeQuery(
      `MATCH (n) WHERE any(s IN n.sources WHERE s = $source OR s STARTS WITH 'entered by ' + $source
                                      OR s STARTS WITH 'entered by ' + $emailPrefix)
          OR (n:Change AND (n.by STARTS WITH $source OR n.by STARTS WITH $emailPrefix))
          OR (n:Account AND n.email STARTS WITH $emailPrefix)
          OR (n:Session AND (n.subject STARTS WITH $source
                             OR EXISTS { (n)-[:SESSION_OF]->(a:Account) WHERE a.email STARTS WITH $emailPrefix }))
          OR (n:ApiToken AND n.createdBy STARTS WITH $emailPrefix)
       DETACH DELETE n`,
      { source: this.source, emailPrefix: this.emailPrefix },
      { database: this.database },
    );
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    await this.driver.close();
    await rm(this.sourcesDir, { recursive: true, force: true });
    running = undefined;
  }
}
