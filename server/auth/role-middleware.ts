import type { RequestHandler } from "express";
import { GraphQLError } from "graphql";
import type { Config } from "../config.js";
import { requireRole, type Role } from "./roles.js";
import { createTokenVerifier } from "./verify-token.js";

/** Express middleware for the REST routes (import, deliverables): the same tokens and roles as GraphQL. */
export function roleMiddleware(auth: Config["auth"]) {
  const verify = createTokenVerifier(auth);
  return (role: Role): RequestHandler =>
    async (req, res, next) => {
      try {
        const token = req.headers.authorization?.match(/^Bearer\s+(.+)$/iu)?.[1];
        const user = token ? (await verify(token)).user : undefined;
        requireRole({ user, anonymousRead: auth.anonymousRead }, role);
        res.locals.user = user;
        next();
      } catch (error) {
        if (!(error instanceof GraphQLError)) return next(error);
        const code = String(error.extensions.code);
        res
          .status(code === "FORBIDDEN" ? 403 : 401)
          .json({ errors: [{ message: error.message, extensions: { code } }] });
      }
    };
}
