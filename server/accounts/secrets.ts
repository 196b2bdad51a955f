// The random secrets of sessions, API tokens and one-time links, and the digests kept in their place.
import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** 32 random bytes in base64url: what a cookie, a token or a link carries. */
export function randomSecret(): string {
  return randomBytes(32).toString("base64url");
}

/** The SHA-256 digest stored instead of a secret: a copy of the database opens no session. */
export function digest(secret: string): string {
  return createHash("sha256").update(secret).digest("base64url");
}

/** Whether `secret` is the one whose digest is `stored`, compared in constant time. */
export function matchesDigest(secret: string, stored: string): boolean {
  const given = Buffer.from(digest(secret));
  const expected = Buffer.from(stored);
  return given.length === expected.length && timingSafeEqual(given, expected);
}
