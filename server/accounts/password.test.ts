import { describe, expect, it } from "vitest";
import { decoyHash, hashPassword, verifyPassword } from "./password-hash.js";
import { minimumPasswordLength, passwordProblem } from "./password-policy.js";

describe("password hashes", () => {
  it("verify the password they were made from, and no other", async () => {
    const hash = await hashPassword("ébène-cornue-42");
    expect(hash).toMatch(/^scrypt\$32768\$8\$1\$[\w-]{22}\$[\w-]{43}$/u);
    expect(hash).not.toContain("ébène");
    await expect(verifyPassword("ébène-cornue-42", hash)).resolves.toBe(true);
    await expect(verifyPassword("ébène-cornue-43", hash)).resolves.toBe(false);
  });

  it("are salted: the same password twice gives two hashes", async () => {
    expect(await hashPassword("même mot de passe")).not.toBe(await hashPassword("même mot de passe"));
  });

  it("refuse every password for the decoy and for a malformed hash", async () => {
    await expect(verifyPassword("", decoyHash)).resolves.toBe(false);
    await expect(verifyPassword("x", "md5$abc")).resolves.toBe(false);
  });
});

describe("the password policy", () => {
  it("refuses a short password and a common one, whatever its case", () => {
    expect(passwordProblem("a".repeat(minimumPasswordLength - 1))).toBe("TOO_SHORT");
    expect(passwordProblem("PASSWORD1234")).toBe("TOO_COMMON");
    expect(passwordProblem("qwertyuiop123")).toBe("TOO_COMMON");
    expect(passwordProblem("horloge-comtoise-1789")).toBeNull();
  });
});
