import { chmodSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { embeddedPasswordFile, ensureEmbeddedPassword } from "./embedded-password.js";

describe("ensureEmbeddedPassword", () => {
  let dataDir: string;
  beforeEach(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), "maillage-password-"));
  });
  afterEach(() => rmSync(dataDir, { recursive: true, force: true }));

  it("generates a long random password once, in a file only its owner can read, and reads it back", () => {
    const password = ensureEmbeddedPassword(dataDir);
    expect(password).toMatch(/^[A-Za-z0-9_-]{32}$/);
    expect(readFileSync(embeddedPasswordFile(dataDir), "utf8").trim()).toBe(password);
    if (process.platform !== "win32") expect(statSync(embeddedPasswordFile(dataDir)).mode & 0o777).toBe(0o600);
    expect(ensureEmbeddedPassword(dataDir)).toBe(password);
    const otherDir = mkdtempSync(path.join(tmpdir(), "maillage-password-"));
    try {
      expect(ensureEmbeddedPassword(otherDir)).not.toBe(password);
    } finally {
      rmSync(otherDir, { recursive: true, force: true });
    }
  });

  it.skipIf(process.platform === "win32")("takes back the access others were given to an existing file", () => {
    writeFileSync(embeddedPasswordFile(dataDir), "chosen-by-hand\n");
    chmodSync(embeddedPasswordFile(dataDir), 0o644);
    expect(ensureEmbeddedPassword(dataDir)).toBe("chosen-by-hand");
    expect(statSync(embeddedPasswordFile(dataDir)).mode & 0o777).toBe(0o600);
  });

  it("refuses a password shorter than Neo4j accepts, saying how to get a new one", () => {
    writeFileSync(embeddedPasswordFile(dataDir), "short\n", { mode: 0o600 });
    expect(() => ensureEmbeddedPassword(dataDir)).toThrow(/shorter than 8 characters: delete the file/);
  });
});
