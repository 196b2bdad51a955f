import { createServer, type Server } from "node:http";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { Driver } from "neo4j-driver";
import { defaultRegistryMaxMb, type Config } from "./config.js";
import { buildSchema } from "./graphql/build-schema.js";
import { contextBuilder, type GraphQLContext } from "./graphql/context.js";
import { formatError } from "./graphql/format-error.js";
import { queryLimits } from "./graphql/query-limits.js";
import { coalescedBookmarkReader, databaseBookmarkReader } from "./graphql/database-bookmark.js";
import { responseCache } from "./graphql/response-cache.js";
import { clientAppRouter } from "./http/client-app.js";
import { roleMiddleware } from "./auth/role-middleware.js";
import { createRequestVerifier } from "./auth/verify-token.js";
import { deliverablesRouter } from "./deliverables/deliverables-router.js";
import { healthHandler, readyHandler } from "./http/health.js";
import { importRouter } from "./import/import-router.js";
import { sourcesRouter } from "./sources/upload-router.js";
import { registryRouter } from "./registry/registry-router.js";
import { jsonErrors } from "./http/json-errors.js";
import { securityHeaders } from "./http/security-headers.js";
import { rateLimitMiddleware } from "./http/rate-limit.js";
import { csrfProtection } from "./http/csrf.js";
import { authRoutes } from "./accounts/auth-routes.js";
import { oidcRoutes } from "./accounts/oidc-routes.js";
import { sessionCookieName } from "./accounts/sessions.js";

export interface MaillageApp {
  app: Express;
  /** The HTTP server, not yet listening: call `listen`. Closing it drains in-flight requests. */
  httpServer: Server;
  apollo: ApolloServer<GraphQLContext>;
}

/** Builds the HTTP app (GraphQL, health, web client) without listening, so tests can use it as is. */
export async function createApp(
  driver: Driver,
  config: Pick<Config, "env" | "graphql" | "neo4j" | "auth" | "accounts" | "rateLimit" | "sources"> &
    Partial<Pick<Config, "registry" | "oidc" | "responseCache">>,
): Promise<MaillageApp> {
  const database = config.neo4j.database;
  const schema = await buildSchema(driver, {
    database,
    queryTimeoutMs: config.graphql.queryTimeoutMs,
    networkTimeoutMs: config.graphql.networkTimeoutMs,
    anonymousRead: config.auth.anonymousRead,
    invitationDays: config.accounts.invitationDays,
    registry: config.registry,
  });
  const graph = { driver, database, timeoutMs: config.graphql.queryTimeoutMs };
  const verifyRequest = createRequestVerifier(config, graph);
  const context = contextBuilder(config, verifyRequest);
  const app = express();
  const httpServer = createServer(app);
  const limits = queryLimits(config);
  // Off when a caller builds its configuration without it (RESPONSE_CACHE_MB is parsed with a default).
  const answers = responseCache({
    maxBytes: config.responseCache?.maxBytes ?? 0,
    readBookmark: coalescedBookmarkReader(databaseBookmarkReader(driver, database, config.graphql.queryTimeoutMs)),
  });
  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    introspection: config.graphql.introspection,
    // Production answers never carry a stack trace (validation errors included); formatError masks the rest.
    includeStacktraceInErrorResponses: config.env !== "production",
    allowBatchedHttpRequests: false,
    // On by default, stated because the session cookie relies on it: a GET or a "simple" POST (one a
    // form of another site could send) must carry a header that forces a CORS preflight.
    csrfPrevention: true,
    parseOptions: { maxTokens: config.graphql.limits.maxTokens },
    validationRules: limits.validationRules,
    // No HTTP cache hints are served, and the cache-control plugin Apollo installs by default wraps
    // every field's resolver to compute them: 8.6 % of the headline question's server CPU (BENCHMARKS.md).
    plugins: [
      ...limits.plugins,
      // Anonymous graph reads answered from memory while the database is unchanged (response-cache.ts);
      // the limits above refuse a request before it is looked up.
      ...answers.plugins,
      ApolloServerPluginDrainHttpServer({ httpServer }),
      ApolloServerPluginCacheControlDisabled(),
    ],
    // Compact JSON: Apollo's default indents it, which costs CPU and bytes on large answers. An answer
    // the response cache holds is sent as the text it was stored with.
    stringifyResult: answers.stringifyResult,
    formatError: formatError(config.env === "production"),
  });
  await apollo.start();

  app.disable("x-powered-by");
  app.use(securityHeaders());
  app.get("/health", healthHandler(driver, database));
  app.get("/ready", readyHandler(driver, database));
  app.use(["/graphql", "/api"], rateLimitMiddleware(config, verifyRequest));
  app.use("/api", csrfProtection(sessionCookieName(config.accounts)));
  app.use("/api/auth/oidc", oidcRoutes(graph, config));
  app.use("/api/auth", authRoutes(graph, config, verifyRequest));
  app.use(
    "/graphql",
    express.json({ limit: config.graphql.limits.maxBody }),
    expressMiddleware(apollo, { context: ({ req }) => context(req) }),
  );
  const requireRole = roleMiddleware(config.auth, verifyRequest);
  app.use(
    "/api/import",
    requireRole("admin"),
    importRouter(driver, database, { timeoutMs: config.graphql.queryTimeoutMs }),
  );
  app.use(
    "/api/sources",
    requireRole("editor"),
    sourcesRouter({ driver, database, timeoutMs: config.graphql.queryTimeoutMs, dir: config.sources.dir }, driver, {
      maxBytes: config.sources.maxBytes,
    }),
  );
  app.use(
    "/api/registry",
    requireRole("admin"),
    registryRouter(graph, { maxBytes: config.registry?.maxBytes ?? defaultRegistryMaxMb * 1024 * 1024 }),
  );
  app.use(
    "/api/deliverables",
    requireRole("viewer"),
    deliverablesRouter(driver, database, { timeoutMs: config.graphql.queryTimeoutMs }),
  );
  app.use(clientAppRouter());
  app.use(jsonErrors);
  return { app, httpServer, apollo };
}
