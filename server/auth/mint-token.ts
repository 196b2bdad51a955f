import { SignJWT } from "jose";
import type { Config } from "../config.js";
import type { Role } from "./roles.js";
import { tokenSecret } from "./token-key.js";

/** Signs an HS256 token for a local user with the install's secret. */
export async function mintToken(
  auth: Config["auth"],
  user: { id: string; name?: string | undefined; role: Role },
  expiresIn = `${Math.min(30, auth.maxLifetimeDays)}d`,
): Promise<string> {
  if (auth.key.kind !== "secret") {
    throw new Error("Tokens come from the identity provider (JWKS_URL is set): this install cannot mint them.");
  }
  let jwt = new SignJWT({ roles: [user.role], ...(user.name ? { name: user.name } : {}) })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject(user.id)
    .setIssuedAt()
    .setExpirationTime(expiresIn);
  if (auth.issuer) jwt = jwt.setIssuer(auth.issuer);
  if (auth.audience) jwt = jwt.setAudience(auth.audience);
  return jwt.sign(tokenSecret(auth.key));
}
