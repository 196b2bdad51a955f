import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config.js";

describe("parseConfig", () => {
  it("defaults to the embedded Neo4j on port 7687 and the API on port 4000", () => {
    const config = parseConfig({});
    expect(config.http).toEqual({ host: "127.0.0.1", port: 4000 });
    expect(config.neo4j).toMatchObject({ mode: "embedded", boltPort: 7687, heap: "1g", pageCacheMb: 512 });
    expect(config.graphql.introspection).toBe(true);
  });

  it("uses an external Neo4j when NEO4J_URI is set", () => {
    const config = parseConfig({
      NEO4J_URI: "neo4j+s://example.databases.neo4j.io",
      NEO4J_USER: "maillage",
      NEO4J_PASSWORD: "secret",
    });
    expect(config.neo4j).toEqual({
      mode: "external",
      uri: "neo4j+s://example.databases.neo4j.io",
      user: "maillage",
      password: "secret",
      database: undefined,
    });
  });

  it("makes the session cookie Secure in production unless told, with time-outs and sign-in limits", () => {
    expect(parseConfig({ NODE_ENV: "production" }).accounts).toMatchObject({
      secureCookie: true,
      sessionIdleMinutes: 120,
      sessionMaxHours: 12,
      signInAttemptsPerAccount: 10,
      signInAttemptsPerAddress: 50,
    });
    expect(parseConfig({}).accounts.secureCookie).toBe(false);
    expect(parseConfig({ NODE_ENV: "production", SESSION_COOKIE_SECURE: "false" }).accounts.secureCookie).toBe(false);
    expect(() => parseConfig({ SESSION_IDLE_MINUTES: "0" })).toThrow(/SESSION_IDLE_MINUTES="0"/u);
  });

  it("treats empty variables as unset", () => {
    expect(parseConfig({ PORT: "", NEO4J_URI: "" }).neo4j.mode).toBe("embedded");
  });

  it("lists every bad value at once, naming the variable and the value", () => {
    let error: unknown;
    try {
      parseConfig({ PORT: "http", NEO4J_URI: "localhost:7687", NEO4J_HEAP: "lots", GRAPHQL_INTROSPECTION: "maybe" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toContain('PORT="http"');
    expect(problems.join("\n")).toContain('NEO4J_URI="localhost:7687": must be a neo4j:// or bolt:// URI');
    expect(problems.join("\n")).toContain('NEO4J_HEAP="lots"');
    expect((error as ConfigError).message).toMatch(/^Invalid configuration:\n {2}- /);
  });

  it("reads the web origins allowed to open Bolt over WebSocket, none by default", () => {
    expect(parseConfig({}).neo4j).toMatchObject({ allowedOrigins: [] });
    expect(
      parseConfig({ NEO4J_BOLT_ALLOWED_ORIGINS: "https://browser.neo4j.io, http://localhost:7474" }).neo4j,
    ).toMatchObject({
      allowedOrigins: ["https://browser.neo4j.io", "http://localhost:7474"],
    });
    expect(() => parseConfig({ NEO4J_BOLT_ALLOWED_ORIGINS: "https://browser.neo4j.io/path" })).toThrow(
      /NEO4J_BOLT_ALLOWED_ORIGINS=.*must be web origins/,
    );
  });

  it("limits cost, root fields and each client's rate by default, the rate limit off at 0", () => {
    const config = parseConfig({});
    expect(config.graphql.limits).toMatchObject({ maxCost: 50_000, maxRootFields: 10 });
    expect(config.rateLimit).toEqual({ perMinute: 600 });
    expect(parseConfig({ RATE_LIMIT_PER_MINUTE: "0" }).rateLimit.perMinute).toBe(0);
    expect(() => parseConfig({ RATE_LIMIT_PER_MINUTE: "-1", GRAPHQL_MAX_ROOT_FIELDS: "0" })).toThrow(
      /RATE_LIMIT_PER_MINUTE="-1"[\s\S]*GRAPHQL_MAX_ROOT_FIELDS="0"|GRAPHQL_MAX_ROOT_FIELDS="0"[\s\S]*RATE_LIMIT_PER_MINUTE="-1"/,
    );
  });

  it("bounds the response cache at 64 MB of answers by default, off at 0, refusing a negative size", () => {
    expect(parseConfig({}).responseCache).toEqual({ maxBytes: 64 * 1024 * 1024 });
    expect(parseConfig({ RESPONSE_CACHE_MB: "0.5" }).responseCache.maxBytes).toBe(524_288);
    expect(parseConfig({ RESPONSE_CACHE_MB: "0" }).responseCache.maxBytes).toBe(0);
    expect(() => parseConfig({ RESPONSE_CACHE_MB: "-1" })).toThrow(/RESPONSE_CACHE_MB="-1"/);
  });

  it("refuses a port out of range", () => {
    expect(() => parseConfig({ NEO4J_BOLT_PORT: "70000" })).toThrow(/NEO4J_BOLT_PORT="70000"/);
  });
});

describe("parseConfig: tokens", () => {
  it("accepts tokens valid 30 days at most by default, and a limit of its own", () => {
    expect(parseConfig({}).auth.maxLifetimeDays).toBe(30);
    expect(parseConfig({ JWT_MAX_LIFETIME_DAYS: "7" }).auth.maxLifetimeDays).toBe(7);
    expect(() => parseConfig({ JWT_MAX_LIFETIME_DAYS: "0" })).toThrow(/JWT_MAX_LIFETIME_DAYS="0"/);
    expect(() => parseConfig({ JWT_MAX_LIFETIME_DAYS: "forever" })).toThrow(/JWT_MAX_LIFETIME_DAYS="forever"/);
  });

  it("keeps uploaded sources under the data folder and refuses files over 20 MB by default", () => {
    const sources = parseConfig({ MAILLAGE_DATA_DIR: "/srv/maillage" }).sources;
    expect(sources).toEqual({ dir: "/srv/maillage/sources", maxBytes: 20 * 1024 * 1024 });
    expect(parseConfig({ SOURCES_DIR: "/mnt/docs", SOURCE_MAX_MB: "1" }).sources).toEqual({
      dir: "/mnt/docs",
      maxBytes: 1024 * 1024,
    });
    expect(() => parseConfig({ SOURCE_MAX_MB: "huge" })).toThrow(/SOURCE_MAX_MB="huge"/);
  });

  it("leaves the company search off unless its URL is set, refuses one that is not a URL, and reads the upload limit", () => {
    expect(parseConfig({}).registry).toEqual({
      searchUrl: undefined,
      searchTimeoutMs: 10_000,
      maxBytes: 8_192 * 1024 * 1024,
    });
    expect(parseConfig({ REGISTRY_MAX_MB: "0.5" }).registry.maxBytes).toBe(524_288);
    expect(() => parseConfig({ REGISTRY_MAX_MB: "0" })).toThrow(/REGISTRY_MAX_MB="0"/);
    expect(parseConfig({ REGISTRY_SEARCH_URL: "https://recherche-entreprises.api.gouv.fr/" }).registry.searchUrl).toBe(
      "https://recherche-entreprises.api.gouv.fr",
    );
    expect(() => parseConfig({ REGISTRY_SEARCH_URL: "recherche" })).toThrow(/REGISTRY_SEARCH_URL="recherche"/);
  });

  it("needs the issuer and the audience with an identity provider's JWKS", () => {
    const config = parseConfig({
      JWKS_URL: "https://id.example.org/jwks",
      JWT_ISSUER: "https://id.example.org/",
      JWT_AUDIENCE: "maillage",
    });
    expect(config.auth).toMatchObject({
      key: { kind: "jwks", url: "https://id.example.org/jwks" },
      issuer: "https://id.example.org/",
      audience: "maillage",
    });
    expect(() => parseConfig({ JWKS_URL: "https://id.example.org/jwks", JWT_AUDIENCE: "maillage" })).toThrow(
      /JWT_ISSUER="": required when JWKS_URL is set/,
    );
  });

  it("lists a missing issuer and audience with every other problem at once", () => {
    let error: unknown;
    try {
      parseConfig({ JWKS_URL: "https://id.example.org/jwks", PORT: "http", JWT_MAX_LIFETIME_DAYS: "-1" });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join("\n")).toContain('PORT="http"');
    expect(problems.join("\n")).toContain('JWT_MAX_LIFETIME_DAYS="-1"');
    expect(problems.join("\n")).toContain('JWT_ISSUER="": required when JWKS_URL is set');
    expect(problems.join("\n")).toContain('JWT_AUDIENCE="": required when JWKS_URL is set');
  });
});

describe("the network metrics' time-out", () => {
  it("gives a projection read two minutes by default, and refuses less than a second", () => {
    expect(parseConfig({}).graphql.networkTimeoutMs).toBe(120_000);
    expect(parseConfig({ NETWORK_TIMEOUT_MS: "300000" }).graphql.networkTimeoutMs).toBe(300_000);
    expect(() => parseConfig({ NETWORK_TIMEOUT_MS: "10" })).toThrow(/NETWORK_TIMEOUT_MS/);
  });

  it("turns OpenID Connect on with its four settings together, and a role claim with its mapping", () => {
    const oidc = {
      OIDC_ISSUER_URL: "https://id.example.org",
      OIDC_CLIENT_ID: "maillage",
      OIDC_CLIENT_SECRET: "s3cret",
      OIDC_REDIRECT_URL: "https://maillage.example.org/api/auth/oidc/callback",
    };
    expect(parseConfig({}).oidc).toBeUndefined();
    expect(parseConfig(oidc).oidc).toEqual({
      issuerUrl: "https://id.example.org",
      clientId: "maillage",
      clientSecret: "s3cret",
      redirectUrl: "https://maillage.example.org/api/auth/oidc/callback",
      label: "OpenID Connect",
      roleClaim: undefined,
      roleMap: {},
    });
    expect(
      parseConfig({ ...oidc, OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: " pmt-staff = editor,pmt-direction=admin" }).oidc
        ?.roleMap,
    ).toEqual({ "pmt-staff": "editor", "pmt-direction": "admin" });
    expect(() => parseConfig({ OIDC_ISSUER_URL: oidc.OIDC_ISSUER_URL })).toThrow(
      /OIDC_CLIENT_SECRET="": required when OIDC_ISSUER_URL is set/,
    );
    expect(() => parseConfig({ ...oidc, OIDC_ROLE_CLAIM: "groups" })).toThrow(/OIDC_ROLE_MAP="": required/);
    expect(() => parseConfig({ ...oidc, OIDC_ROLE_CLAIM: "groups", OIDC_ROLE_MAP: "pmt-staff=owner" })).toThrow(
      /OIDC_ROLE_MAP/,
    );
  });
});
