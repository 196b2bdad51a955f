import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { GraphQLError } from "graphql";
import { exportJWK, generateKeyPair, SignJWT, type JWTPayload, type KeyLike } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseConfig } from "../config.js";
import { createTokenVerifier } from "./verify-token.js";

const day = 86_400;
const now = () => Math.floor(Date.now() / 1000);

/** Signs `claims` as they are: no exp or iat unless given. */
function sign(claims: JWTPayload, key: KeyLike | Uint8Array, alg: string, kid?: string): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg, ...(kid ? { kid } : {}) }).sign(key);
}

/** The error a verifier throws for `token`, or undefined when it accepts it. */
async function refusal(verify: (token: string) => Promise<unknown>, token: string): Promise<GraphQLError | undefined> {
  try {
    await verify(token);
    return undefined;
  } catch (error) {
    if (!(error instanceof GraphQLError)) throw error;
    expect(error.extensions.code).toBe("UNAUTHENTICATED");
    return error;
  }
}

describe("tokens signed with the install's secret", () => {
  const secret = "a-test-secret-of-at-least-32-characters!";
  const key = new TextEncoder().encode(secret);
  const verify = createTokenVerifier(parseConfig({ JWT_SECRET: secret }).auth);

  it("accepts a token of 30 days with its roles", async () => {
    const token = await sign({ sub: "marie", roles: ["editor"], iat: now(), exp: now() + 30 * day }, key, "HS256");
    expect((await verify(token)).user).toEqual({ id: "marie", name: undefined, roles: ["viewer", "editor"] });
  });

  it("refuses a token without an expiry", async () => {
    const error = await refusal(verify, await sign({ sub: "marie", roles: ["viewer"], iat: now() }, key, "HS256"));
    expect(error?.message).toMatch(/no expiry \(exp\)/u);
  });

  it("refuses a token valid longer than the limit, counted from its issue or from now", async () => {
    const long = await refusal(verify, await sign({ sub: "marie", iat: now(), exp: now() + 31 * day }, key, "HS256"));
    expect(long?.message).toMatch(
      /valid for 31 days, longer than the 30 this install accepts \(JWT_MAX_LIFETIME_DAYS\)/u,
    );
    // Issued "in ten years" with one day to live: still valid for ten years from now.
    expect(
      await refusal(
        verify,
        await sign({ sub: "marie", iat: now() + 3650 * day, exp: now() + 3651 * day }, key, "HS256"),
      ),
    ).toBeDefined();
    // No iat: counted from now.
    expect(await refusal(verify, await sign({ sub: "marie", exp: now() + 40 * day }, key, "HS256"))).toBeDefined();
    expect(await refusal(verify, await sign({ sub: "marie", exp: now() + day }, key, "HS256"))).toBeUndefined();
  });

  it("applies JWT_MAX_LIFETIME_DAYS", async () => {
    const strict = createTokenVerifier(parseConfig({ JWT_SECRET: secret, JWT_MAX_LIFETIME_DAYS: "1" }).auth);
    const error = await refusal(strict, await sign({ sub: "marie", iat: now(), exp: now() + 2 * day }, key, "HS256"));
    expect(error?.message).toMatch(/longer than the 1 this install accepts/u);
  });

  it("refuses an expired token, a token without subject and one signed with another secret", async () => {
    expect(
      (await refusal(verify, await sign({ sub: "marie", iat: now() - 2 * day, exp: now() - day }, key, "HS256")))
        ?.message,
    ).toMatch(/expired/u);
    expect((await refusal(verify, await sign({ iat: now(), exp: now() + day }, key, "HS256")))?.message).toMatch(
      /no subject/u,
    );
    const other = new TextEncoder().encode("another-secret-of-at-least-32-characters");
    expect(
      (await refusal(verify, await sign({ sub: "marie", iat: now(), exp: now() + day }, other, "HS256")))?.message,
    ).toMatch(/not valid here/u);
  });
});

describe("tokens of an identity provider (JWKS)", () => {
  const issuer = "https://id.example.org/";
  const audience = "maillage";
  let jwks: Server;
  let privateKey: KeyLike;
  let verify: (token: string) => Promise<unknown>;
  const valid = () => ({
    sub: "marie@example.org",
    roles: ["viewer"],
    iss: issuer,
    aud: audience,
    iat: now(),
    exp: now() + day,
  });

  beforeAll(async () => {
    const pair = await generateKeyPair("ES256");
    privateKey = pair.privateKey;
    const body = JSON.stringify({
      keys: [{ ...(await exportJWK(pair.publicKey)), kid: "k1", alg: "ES256", use: "sig" }],
    });
    jwks = createServer((_, res) => res.writeHead(200, { "content-type": "application/json" }).end(body));
    await new Promise<void>((resolve) => jwks.listen(0, "127.0.0.1", resolve));
    const url = `http://127.0.0.1:${(jwks.address() as AddressInfo).port}/jwks`;
    verify = createTokenVerifier(parseConfig({ JWKS_URL: url, JWT_ISSUER: issuer, JWT_AUDIENCE: audience }).auth);
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => jwks?.close(() => resolve()));
  });

  it("accepts a token of the provider for this audience", async () => {
    expect(await refusal(verify, await sign(valid(), privateKey, "ES256", "k1"))).toBeUndefined();
  });

  it("refuses another issuer or another audience, naming which", async () => {
    expect(
      (await refusal(verify, await sign({ ...valid(), iss: "https://evil.example.org/" }, privateKey, "ES256", "k1")))
        ?.message,
    ).toMatch(/issuer \(iss\)/u);
    expect(
      (await refusal(verify, await sign({ ...valid(), aud: "another-app" }, privateKey, "ES256", "k1")))?.message,
    ).toMatch(/audience \(aud\)/u);
    const { iss: _iss, ...noIssuer } = valid();
    expect(await refusal(verify, await sign(noIssuer, privateKey, "ES256", "k1"))).toBeDefined();
  });

  it("refuses a token without expiry or valid too long", async () => {
    const { exp: _exp, ...noExpiry } = valid();
    expect((await refusal(verify, await sign(noExpiry, privateKey, "ES256", "k1")))?.message).toMatch(/no expiry/u);
    expect(
      (await refusal(verify, await sign({ ...valid(), exp: now() + 365 * day }, privateKey, "ES256", "k1")))?.message,
    ).toMatch(/valid for 365 days/u);
  });

  it("refuses a token signed by another key or with the HS256 algorithm", async () => {
    const stranger = await generateKeyPair("ES256");
    expect(await refusal(verify, await sign(valid(), stranger.privateKey, "ES256", "k1"))).toBeDefined();
    expect(
      await refusal(
        verify,
        await sign(valid(), new TextEncoder().encode("a-test-secret-of-at-least-32-characters!"), "HS256", "k1"),
      ),
    ).toBeDefined();
  });

  it("cannot be set up without an issuer and an audience", () => {
    const auth = {
      ...parseConfig({ JWKS_URL: "http://127.0.0.1:1/jwks", JWT_ISSUER: issuer, JWT_AUDIENCE: audience }).auth,
      audience: undefined,
    };
    expect(() => createTokenVerifier(auth)).toThrow(/JWT_ISSUER and JWT_AUDIENCE/u);
  });
});
