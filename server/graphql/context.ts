import type { Request } from "express";
import type { JWTPayload } from "jose";
import type { Config } from "../config.js";
import type { Access } from "../auth/roles.js";
import type { RequestVerifier } from "../auth/verify-token.js";

/**
 * The per-request GraphQL context. @neo4j/graphql reads `jwt` (already verified here) for its
 * @authentication rules, `sessionConfig` to pick the database and `transaction` for the query
 * time-out; Maillage's own resolvers read `access`.
 */
export interface GraphQLContext {
  access: Access;
  jwt?: JWTPayload;
  sessionConfig?: { database?: string | undefined };
  transaction?: { timeout?: number };
}

/** Builds each request's context: verifies its bearer token (a bad one is refused with 401). */
export function contextBuilder(config: Pick<Config, "auth" | "graphql" | "neo4j">, verifyRequest: RequestVerifier) {
  return async (req: Request): Promise<GraphQLContext> => {
    const verified = await verifyRequest(req);
    return {
      access: { user: verified?.user, anonymousRead: config.auth.anonymousRead },
      jwt: verified?.jwt,
      sessionConfig: { database: config.neo4j.database },
      transaction: { timeout: config.graphql.queryTimeoutMs },
    };
  };
}
