// What a pasted token says about itself, read before asking the server: a JWT's payload is plain
// base64url JSON. Only the server verifies the signature; this reading is for early, clear messages.

/** The claims the app shows: who, which roles, until when. */
export interface TokenClaims {
  subject: string | null;
  name: string | null;
  roles: string[];
  /** When the token stops being accepted; null when it does not say. */
  expiresAt: Date | null;
}

/** The token as pasted, without spaces, line breaks, quotes or a leading `Bearer`. */
export function cleanToken(pasted: string): string {
  return pasted
    .trim()
    .replace(/^["']|["']$/g, "")
    .replace(/^Bearer\s+/i, "")
    .replace(/\s+/g, "");
}

/** The claims of a JWT, or null when the text is not one (three base64url parts, a JSON payload). */
export function readTokenClaims(token: string): TokenClaims | null {
  const parts = token.split(".");
  if (parts.length !== 3 || parts.some((part) => !/^[A-Za-z0-9_-]+$/.test(part))) return null;
  try {
    const base64 = parts[1]!.replace(/-/g, "+").replace(/_/g, "/");
    const bytes = Uint8Array.from(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, "=")), (char) =>
      char.charCodeAt(0),
    );
    const payload: unknown = JSON.parse(new TextDecoder().decode(bytes));
    if (!payload || typeof payload !== "object") return null;
    const claims = payload as Record<string, unknown>;
    const roles = Array.isArray(claims.roles)
      ? claims.roles.map(String)
      : typeof claims.roles === "string"
        ? [claims.roles]
        : [];
    return {
      subject: typeof claims.sub === "string" ? claims.sub : null,
      name: typeof claims.name === "string" ? claims.name : null,
      roles,
      expiresAt: typeof claims.exp === "number" ? new Date(claims.exp * 1000) : null,
    };
  } catch {
    return null;
  }
}

/** Why a pasted token cannot be used, before asking the server: not a token, or expired; null when it may be. */
export function tokenProblem(claims: TokenClaims | null, now: Date): "malformed" | "expired" | null {
  if (!claims) return "malformed";
  if (claims.expiresAt && claims.expiresAt.getTime() <= now.getTime()) return "expired";
  return null;
}

/** A path of this app to go to after signing in; anything else (another site, `//host`) gives "/". */
export function safeNextPath(next: string | null): string {
  return next &&
    next.startsWith("/") &&
    !next.startsWith("//") &&
    !next.startsWith("/\\") &&
    !next.startsWith("/sign-in")
    ? next
    : "/";
}
