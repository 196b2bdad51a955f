import { describe, expect, it } from "vitest";
import { cleanToken, readTokenClaims, safeNextPath, tokenProblem } from "./token-claims";

/** A JWT-shaped token with this payload (the signature is not checked here). */
const aToken = (payload: object) =>
  [{ alg: "HS256" }, payload].map((part) => Buffer.from(JSON.stringify(part)).toString("base64url")).join(".") +
  ".c2lnbmF0dXJl";

describe("reading a pasted token", () => {
  it("reads who, the roles and the expiry, accents included", () => {
    const token = aToken({ sub: "marie", name: "Marie Dupré", roles: ["editor"], exp: 1_900_000_000 });
    expect(readTokenClaims(token)).toEqual({
      subject: "marie",
      name: "Marie Dupré",
      roles: ["editor"],
      expiresAt: new Date(1_900_000_000_000),
    });
    expect(readTokenClaims(aToken({ sub: "paul", roles: "admin" }))).toEqual({
      subject: "paul",
      name: null,
      roles: ["admin"],
      expiresAt: null,
    });
  });

  it("cleans what a terminal copy adds: spaces, line breaks, quotes, a Bearer prefix", () => {
    const token = aToken({ sub: "marie" });
    expect(cleanToken(`  Bearer ${token.slice(0, 20)}\n${token.slice(20)}  `)).toBe(token);
    expect(cleanToken(`"${token}"`)).toBe(token);
  });

  it("says a text is not a token, or an expired one, before asking the server", () => {
    const now = new Date("2026-01-01T00:00:00Z");
    expect(tokenProblem(readTokenClaims("not a token"), now)).toBe("malformed");
    expect(tokenProblem(readTokenClaims("a.b.c"), now)).toBe("malformed");
    expect(tokenProblem(readTokenClaims(aToken({ sub: "marie", exp: now.getTime() / 1000 - 1 })), now)).toBe("expired");
    expect(tokenProblem(readTokenClaims(aToken({ sub: "marie", exp: now.getTime() / 1000 + 60 })), now)).toBeNull();
  });

  it("goes back only to a path of the app after signing in", () => {
    expect(safeNextPath("/entity/Organization%3Apmt?x=1")).toBe("/entity/Organization%3Apmt?x=1");
    expect(safeNextPath("https://example.org/")).toBe("/");
    expect(safeNextPath("//example.org/")).toBe("/");
    expect(safeNextPath("/sign-in?next=/import")).toBe("/");
    expect(safeNextPath(null)).toBe("/");
  });
});
