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

/** Checks bearer tokens: HS256 with the install's secret, or RS/ES keys from an identity provider's JWKS. */
export function createTokenVerifier(auth: Config["auth"]): (token: string) => Promise<VerifiedToken> {
  const key = auth.key.kind === "jwks" ? createRemoteJWKSet(new URL(auth.key.url)) : tokenSecret(auth.key);
  const options = {
    issuer: auth.issuer,
    audience: auth.audience,
    algorithms: auth.key.kind === "jwks" ? ["RS256", "ES256", "PS256"] : ["HS256"],
  };
  return async (token) => {
    try {
      const { payload } = await (typeof key === "function" ? jwtVerify(token, key, options) : jwtVerify(token, key, options));
      if (!payload.sub) throw new GraphQLError("The token has no subject (sub).", { extensions: { code: "UNAUTHENTICATED", http: { status: 401 } } });
      const roles = expandRoles(payload.roles);
      const name = typeof payload.name === "string" ? payload.name : undefined;
      return { user: { id: payload.sub, name, roles }, jwt: { ...payload, roles } };
    } catch (error) {
      if (error instanceof GraphQLError) throw error;
      const reason = error instanceof errors.JWTExpired ? "it has expired" : "it is not valid here";
      throw new GraphQLError(`The sign-in token was refused: ${reason}. Sign in again.`, {
        extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
      });
    }
  };
}
