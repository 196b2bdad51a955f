import type { RequestHandler } from "express";
import { bearerToken, requestCookie } from "../auth/verify-token.js";
import { sendError } from "./send-error.js";

/** The header every state-changing request of the app to /api/* carries (the client's fetch adds it). */
export const csrfHeader = "x-maillage-csrf";

const safeMethods = new Set(["GET", "HEAD", "OPTIONS"]);

/**
 * CSRF protection of the REST routes, the counterpart of Apollo's csrfPrevention on /graphql: a
 * state-changing request that the session cookie would authorise, and every request to /api/auth/
 * (a forged sign-in is an attack too), must carry the X-Maillage-CSRF header. A page of another site
 * cannot send a custom header without a CORS preflight, which this server never grants. Requests
 * with a bearer token carry no ambient credential and need no header.
 */
export function csrfProtection(cookieName: string): RequestHandler {
  return (req, res, next) => {
    if (safeMethods.has(req.method) || bearerToken(req)) return next();
    const cookieAuthorised = requestCookie(req, cookieName) !== undefined;
    const authRoute = req.originalUrl.startsWith("/api/auth/");
    if ((cookieAuthorised || authRoute) && !req.get(csrfHeader)) {
      sendError(
        res,
        "BAD_REQUEST",
        "This request needs the X-Maillage-CSRF header (protection against cross-site request forgery).",
      );
      return;
    }
    next();
  };
}
