import { ApolloServer } from "@apollo/server";
import { expressMiddleware } from "@as-integrations/express5";
import express, { type Express } from "express";
import type { Driver } from "neo4j-driver";
import type { Config } from "./config.js";
import { buildSchema } from "./graphql/build-schema.js";
import { contextFromRequest, type GraphQLContext } from "./graphql/context.js";
import { clientAppRouter } from "./http/client-app.js";
import { healthHandler } from "./http/health.js";

export interface MaillageApp {
  app: Express;
  apollo: ApolloServer<GraphQLContext>;
}

/** Builds the HTTP app (GraphQL, health, web client) without listening, so tests can use it as is. */
export async function createApp(driver: Driver, config: Pick<Config, "graphql" | "neo4j">): Promise<MaillageApp> {
  const schema = await buildSchema(driver, config.neo4j.database);
  const apollo = new ApolloServer<GraphQLContext>({ schema, introspection: config.graphql.introspection });
  await apollo.start();

  const database = config.neo4j.database;
  const app = express();
  app.disable("x-powered-by");
  app.get("/health", healthHandler(driver, database));
  app.use(
    "/graphql",
    express.json({ limit: "1mb" }),
    expressMiddleware(apollo, { context: async ({ req }) => contextFromRequest(req, database) }),
  );
  app.use(clientAppRouter());
  return { app, apollo };
}
