import type { Request } from "express";

/** The per-request GraphQL context. @neo4j/graphql reads `token` for @authentication (later) and
 *  `sessionConfig` to pick the database. */
export interface GraphQLContext {
  token?: string | undefined;
  sessionConfig?: { database?: string | undefined };
}

/** Builds the context of one request. */
export function contextFromRequest(req: Request, database: string | undefined): GraphQLContext {
  const authorization = req.headers.authorization;
  return {
    token: authorization?.startsWith("Bearer ") ? authorization.slice("Bearer ".length) : undefined,
    sessionConfig: { database },
  };
}
