import type { Request } from "express";
import { GraphQLError } from "graphql";
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import type { Config } from "../config.js";
import { expandRoles, type AuthUser } from "./roles.js";
import { tokenSecret } from "./token-key.js";
import { isApiToken, resolveApiToken } from "../accounts/api-tokens.js";
import { resolveSession, sessionCookieName } from "../accounts/sessions.js";
import type { GraphDatabase } from "../../graph/graph-database.js";

/** A verified token: the user it names, and its claims for @neo4j/graphql's @authentication rules. */
export interface VerifiedToken {
  user: AuthUser;
  jwt: JWTPayload & { roles: string[] };
}

/** A refused token: UNAUTHENTICATED (HTTP 401) with the reason. */
function refused(reason: string): GraphQLError {
  return new GraphQLError(`The sign-in token was refused: ${reason}. Sign in again.`, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

/** Leeway on the longest lifetime, for the seconds between an issuer's reading of `iat` and of `exp`. */
const lifetimeSlackSeconds = 60;

/** Why a verified token's validity period is refused, if it is: no `exp`, or longer than allowed. */
function lifetimeProblem(
  payload: JWTPayload,
  maxLifetimeDays: number,
  now = Math.floor(Date.now() / 1000),
): string | undefined {
  if (typeof payload.exp !== "number") return "it has no expiry (exp); every token must have one";
  // From its issue, and from now: a token dated in the future must not outlive the limit either.
  const seconds = Math.max(payload.exp - (payload.iat ?? now), payload.exp - now);
  if (seconds > maxLifetimeDays * 86_400 + lifetimeSlackSeconds) {
    return `it is valid for ${Math.ceil(seconds / 86_400)} days, longer than the ${maxLifetimeDays} this install accepts (JWT_MAX_LIFETIME_DAYS)`;
  }
  return undefined;
}

/** Checks bearer tokens: HS256 with the install's secret, or RS/ES keys from an identity provider's JWKS. */
export function createTokenVerifier(auth: Config["auth"]): (token: string) => Promise<VerifiedToken> {
  if (auth.key.kind === "jwks" && (!auth.issuer || !auth.audience)) {
    throw new Error(
      "Tokens from an identity provider (JWKS_URL) need JWT_ISSUER and JWT_AUDIENCE to be checked against.",
    );
  }
  const key = auth.key.kind === "jwks" ? createRemoteJWKSet(new URL(auth.key.url)) : tokenSecret(auth.key);
  const options = {
    issuer: auth.issuer,
    audience: auth.audience,
    algorithms: auth.key.kind === "jwks" ? ["RS256", "ES256", "PS256"] : ["HS256"],
  };
  return async (token) => {
    let payload: JWTPayload;
    try {
      ({ payload } = await (typeof key === "function"
        ? jwtVerify(token, key, options)
        : jwtVerify(token, key, options)));
    } catch (error) {
      if (error instanceof errors.JWTExpired) throw refused("it has expired");
      if (error instanceof errors.JWTClaimValidationFailed && (error.claim === "iss" || error.claim === "aud")) {
        throw refused(
          `its ${error.claim === "iss" ? "issuer (iss)" : "audience (aud)"} is not the one this install expects`,
        );
      }
      throw refused("it is not valid here");
    }
    const problem = lifetimeProblem(payload, auth.maxLifetimeDays);
    if (problem) throw refused(problem);
    if (!payload.sub) throw refused("it has no subject (sub)");
    const roles = expandRoles(payload.roles);
    const name = typeof payload.name === "string" ? payload.name : undefined;
    return { user: { id: payload.sub, name, roles }, jwt: { ...payload, roles } };
  };
}

/** A request's bearer token, if it sends one. */
export function bearerToken(req: Request): string | undefined {
  return req.headers.authorization?.match(/^Bearer\s+(.+)$/iu)?.[1];
}

/** The value of the cookie `name` in a request, if it sends one. */
export function requestCookie(req: Request, name: string): string | undefined {
  for (const pair of (req.headers.cookie ?? "").split(";")) {
    const at = pair.indexOf("=");
    if (at > 0 && pair.slice(0, at).trim() === name) return decodeURIComponent(pair.slice(at + 1).trim());
  }
  return undefined;
}

/** Who a request is from, and how it proved it: a session cookie, an API token, or a signed JWT. */
export interface VerifiedRequest extends VerifiedToken {
  via: "session" | "api-token" | "jwt";
}

/** Verifies each request once, however many middlewares ask (undefined when it carries no credential). */
export type RequestVerifier = (req: Request) => Promise<VerifiedRequest | undefined>;

/** The claims @neo4j/graphql's rules read, for a user known by a session or an API token. */
function claimsOf(user: AuthUser): VerifiedToken["jwt"] {
  return { sub: user.id, roles: user.roles };
}

/**
 * A RequestVerifier for this install: a bearer API token (`mlg_…`, checked against its record), a
 * bearer JWT (signed with the install's secret or by the identity provider), else the session cookie.
 * One verifier (and JWKS cache), one verification per request.
 */
export function createRequestVerifier(
  config: Pick<Config, "auth" | "accounts">,
  graph: GraphDatabase,
): RequestVerifier {
  const verify = createTokenVerifier(config.auth);
  const cookieName = sessionCookieName(config.accounts);
  const verifyOnce = async (req: Request): Promise<VerifiedRequest | undefined> => {
    const token = bearerToken(req);
    if (token && isApiToken(token)) {
      const user = await resolveApiToken(graph, token);
      return { user, jwt: claimsOf(user), via: "api-token" };
    }
    if (token) return { ...(await verify(token)), via: "jwt" };
    const session = requestCookie(req, cookieName);
    const user = session ? await resolveSession(graph, session, config.accounts) : undefined;
    // An ended session reads as signed out (the app then offers to sign in), not as an error.
    return user ? { user, jwt: claimsOf(user), via: "session" } : undefined;
  };
  const verified = new WeakMap<Request, Promise<VerifiedRequest | undefined>>();
  return (req) => {
    let result = verified.get(req);
    if (!result) {
      result = verifyOnce(req);
      verified.set(req, result);
    }
    return result;
  };
}
