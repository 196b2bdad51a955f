import type { RequestHandler } from "express";
import { GraphQLError } from "graphql";
import type { Config } from "../config.js";
import { sendError } from "../http/send-error.js";
import { requireRole, type Role } from "./roles.js";
import type { RequestVerifier } from "./verify-token.js";

/** Express middleware for the REST routes (import, deliverables): the same tokens and roles as GraphQL. */
export function roleMiddleware(auth: Config["auth"], verifyRequest: RequestVerifier) {
  return (role: Role): RequestHandler =>
    async (req, res, next) => {
      try {
        const user = (await verifyRequest(req))?.user;
        requireRole({ user, anonymousRead: auth.anonymousRead }, role);
        res.locals.user = user;
        next();
      } catch (error) {
        if (!(error instanceof GraphQLError)) return next(error);
        sendError(res, error.extensions.code === "FORBIDDEN" ? "FORBIDDEN" : "UNAUTHENTICATED", error.message);
      }
    };
}
