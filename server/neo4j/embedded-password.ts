import { randomBytes } from "node:crypto";
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";
import { EmbeddedNeo4jError } from "./embedded-neo4j-error.js";

/** The user the embedded Neo4j's password belongs to. */
export const embeddedUser = "neo4j";

/** Where the embedded Neo4j's password is kept in the data folder. */
export function embeddedPasswordFile(dataDir: string): string {
  return path.join(dataDir, "neo4j-password");
}

/** The embedded Neo4j's password: generated (mode 0600) on first use, read afterwards. */
export function ensureEmbeddedPassword(dataDir: string): string {
  const file = embeddedPasswordFile(dataDir);
  mkdirSync(dataDir, { recursive: true });
  try {
    // `wx`: never overwrite a password that another process has just written.
    writeFileSync(file, `${randomBytes(24).toString("base64url")}\n`, { mode: 0o600, flag: "wx" });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  // A password file others can read is no secret: take the access back.
  if (process.platform !== "win32" && (statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const password = readFileSync(file, "utf8").trim();
  if (password.length < 8) {
    throw new EmbeddedNeo4jError(
      `the password in ${file} is shorter than 8 characters: delete the file to have a new one generated`,
    );
  }
  return password;
}
