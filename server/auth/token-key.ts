import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { Config } from "../config.js";

/** The HS256 secret: JWT_SECRET, or one kept in the data folder (created on first use, readable by its owner only). */
export function tokenSecret(key: Extract<Config["auth"]["key"], { kind: "secret" }>): Uint8Array {
  if (key.secret) return new TextEncoder().encode(key.secret);
  if (!existsSync(key.secretFile)) {
    mkdirSync(path.dirname(key.secretFile), { recursive: true });
    writeFileSync(key.secretFile, randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return new TextEncoder().encode(readFileSync(key.secretFile, "utf8").trim());
}
