import type { Request } from "express";
import { GraphQLError } from "graphql";
import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from "jose";
import type { Config } from "../config.js";
import { expandRoles, type AuthUser } from "./roles.js";
import { tokenSecret } from "./token-key.js";

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
function bearerToken(req: Request): string | undefined {
  return req.headers.authorization?.match(/^Bearer\s+(.+)$/iu)?.[1];
}

/** Verifies each request's bearer token once, however many middlewares ask (undefined without a token). */
export type RequestVerifier = (req: Request) => Promise<VerifiedToken | undefined>;

/** A RequestVerifier for this install's tokens: one verifier (and JWKS cache), one verification per request. */
export function createRequestVerifier(auth: Config["auth"]): RequestVerifier {
  const verify = createTokenVerifier(auth);
  const verified = new WeakMap<Request, Promise<VerifiedToken | undefined>>();
  return (req) => {
    let result = verified.get(req);
    if (!result) {
      const token = bearerToken(req);
      result = token ? verify(token) : Promise.resolve(undefined);
      verified.set(req, result);
    }
    return result;
  };
}
