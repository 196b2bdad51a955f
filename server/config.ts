import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "zod";

/** The repository root, for paths that default relative to it. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

const port = z.coerce.number().int().min(1).max(65_535);

/** The largest stock file the admin upload accepts by default: the national StockEtablissement is several gigabytes. */
export const defaultRegistryMaxMb = 8_192;
const flag = z.enum(["true", "false", "1", "0"]).transform((value) => value === "true" || value === "1");

const environmentSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  HOST: z.string().min(1).default("127.0.0.1"),
  PORT: port.default(4000),
  NEO4J_URI: z
    .string()
    .regex(/^(neo4j|bolt)(\+s|\+ssc)?:\/\/.+/, "must be a neo4j:// or bolt:// URI, e.g. bolt://localhost:7687")
    .optional(),
  NEO4J_USER: z.string().min(1).default("neo4j"),
  NEO4J_PASSWORD: z.string().optional(),
  NEO4J_DATABASE: z.string().min(1).optional(),
  NEO4J_BOLT_PORT: port.default(7687),
  NEO4J_HEAP: z
    .string()
    .regex(/^\d+[mg]$/, "must be a JVM size such as 512m or 1g")
    .default("1g"),
  NEO4J_PAGECACHE_MB: z.coerce.number().int().min(16).default(512),
  NEO4J_BOLT_ALLOWED_ORIGINS: z
    .string()
    .regex(
      /^\s*https?:\/\/[^/\s,]+\s*(,\s*https?:\/\/[^/\s,]+\s*)*$/,
      "must be web origins such as https://browser.neo4j.io, comma-separated",
    )
    .transform((value) => value.split(",").map((origin) => origin.trim()))
    .default([]),
  MAILLAGE_DATA_DIR: z.string().min(1).default(path.join(projectRoot, "data")),
  JAVA_HOME: z.string().min(1).optional(),
  GRAPHQL_INTROSPECTION: flag.optional(),
  GRAPHQL_MAX_DEPTH: z.coerce.number().int().min(2).max(100).default(16),
  GRAPHQL_MAX_COST: z.coerce.number().int().min(100).default(50_000),
  GRAPHQL_MAX_ROOT_FIELDS: z.coerce.number().int().min(1).max(100).default(10),
  GRAPHQL_MAX_ALIASES: z.coerce.number().int().min(1).default(30),
  GRAPHQL_MAX_TOKENS: z.coerce.number().int().min(100).default(5_000),
  GRAPHQL_MAX_BODY: z
    .string()
    .regex(/^\d+(kb|mb)$/, "must be a size such as 100kb or 1mb")
    .default("1mb"),
  QUERY_TIMEOUT_MS: z.coerce.number().int().min(100).default(15_000),
  NETWORK_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(120_000),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  RESPONSE_CACHE_MB: z.coerce.number().min(0).max(65_536).default(64),
  BACKUP_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(1_800_000),
  SEED_ON_EMPTY: flag.default(true),
  ANONYMOUS_READ: flag.default(true),
  JWT_SECRET: z.string().min(32, "must be at least 32 characters (HS256 key)").optional(),
  JWKS_URL: z.string().url().optional(),
  JWT_ISSUER: z.string().min(1).optional(),
  JWT_AUDIENCE: z.string().min(1).optional(),
  JWT_MAX_LIFETIME_DAYS: z.coerce.number().int().min(1).max(366).default(30),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).default(120),
  SESSION_MAX_HOURS: z.coerce.number().int().min(1).max(720).default(12),
  SESSION_COOKIE_SECURE: flag.optional(),
  SIGN_IN_ATTEMPTS_PER_ACCOUNT: z.coerce.number().int().min(1).default(10),
  SIGN_IN_ATTEMPTS_PER_ADDRESS: z.coerce.number().int().min(1).default(50),
  INVITATION_DAYS: z.coerce.number().int().min(1).max(30).default(7),
  ADMIN_EMAIL: z.string().min(3).optional(),
  ADMIN_NAME: z.string().min(1).optional(),
  ADMIN_PASSWORD: z.string().min(1).optional(),
  OIDC_ISSUER_URL: z.string().url("must be the identity provider's issuer URL, e.g. https://id.example.org").optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_REDIRECT_URL: z
    .string()
    .url("must be this server's callback, e.g. https://maillage.example.org/api/auth/oidc/callback")
    .optional(),
  OIDC_LABEL: z.string().min(1).default("OpenID Connect"),
  OIDC_ROLE_CLAIM: z.string().min(1).optional(),
  OIDC_ROLE_MAP: z
    .string()
    .regex(
      /^\s*[^=,\s]+\s*=\s*(viewer|editor|admin)\s*(,\s*[^=,\s]+\s*=\s*(viewer|editor|admin)\s*)*$/u,
      "must be claim values and roles, comma-separated, e.g. pmt-admins=admin,pmt-staff=editor",
    )
    .transform((value) =>
      Object.fromEntries(
        value
          .split(",")
          .map((pair) => pair.split("=").map((part) => part.trim()) as [string, "viewer" | "editor" | "admin"]),
      ),
    )
    .optional(),
  SOURCES_DIR: z.string().min(1).optional(),
  SOURCE_MAX_MB: z.coerce.number().min(0.001).max(1_024).default(20),
  REGISTRY_SEARCH_URL: z
    .string()
    .url("must be the base URL of the company search API, e.g. https://recherche-entreprises.api.gouv.fr")
    .optional(),
  REGISTRY_SEARCH_TIMEOUT_MS: z.coerce.number().int().min(100).default(10_000),
  REGISTRY_MAX_MB: z.coerce.number().min(0.001).max(65_536).default(defaultRegistryMaxMb),
});

/** Problems no single variable shows: those of variables that only make sense together. */
function crossVariableProblems(present: Record<string, string | undefined>): string[] {
  return [...jwksProblems(present), ...oidcProblems(present)];
}

/** OpenID Connect needs its four settings together, and a role claim needs its mapping (and back). */
function oidcProblems(present: Record<string, string | undefined>): string[] {
  const settings = ["OIDC_ISSUER_URL", "OIDC_CLIENT_ID", "OIDC_CLIENT_SECRET", "OIDC_REDIRECT_URL"];
  const given = settings.filter((name) => present[name]);
  const problems =
    given.length > 0
      ? settings
          .filter((name) => !present[name])
          .map(
            (name) =>
              `${name}="": required when ${given.join(", ")} ${given.length > 1 ? "are" : "is"} set (OpenID Connect)`,
          )
      : [];
  if (present.OIDC_ROLE_CLAIM && !present.OIDC_ROLE_MAP)
    problems.push('OIDC_ROLE_MAP="": required when OIDC_ROLE_CLAIM is set (which claim values give which role)');
  if (present.OIDC_ROLE_MAP && !present.OIDC_ROLE_CLAIM)
    problems.push('OIDC_ROLE_CLAIM="": required when OIDC_ROLE_MAP is set (the claim whose values it maps)');
  return problems;
}

/** A JWKS needs the issuer and audience its tokens are checked against. */
function jwksProblems(present: Record<string, string | undefined>): string[] {
  if (!present.JWKS_URL) return [];
  return ["JWT_ISSUER", "JWT_AUDIENCE"]
    .filter((name) => !present[name])
    .map(
      (name) =>
        `${name}="": required when JWKS_URL is set (the identity provider's ${name === "JWT_ISSUER" ? "issuer, iss" : "audience, aud"})`,
    );
}

/** Maillage's configuration, read once from the environment. */
export interface Config {
  env: "development" | "production" | "test";
  http: { host: string; port: number };
  /** `embedded` when no NEO4J_URI is given: the server starts its own Neo4j. */
  neo4j:
    | { mode: "external"; uri: string; user: string; password: string | undefined; database: string | undefined }
    | {
        mode: "embedded";
        boltPort: number;
        heap: string;
        pageCacheMb: number;
        /** Web origins whose pages may open Bolt over WebSocket (Neo4j Browser's, say); none by default. */
        allowedOrigins: string[];
        dataDir: string;
        javaHome: string | undefined;
        database: string | undefined;
      };
  graphql: {
    introspection: boolean;
    /**
     * Limits on what one request may ask; reported in the error when exceeded. `maxCost` bounds the
     * objects a request may read, each list counted at its page size (server/graphql/query-cost.ts);
     * `maxRootFields` the top-level fields (aliases included) one operation runs.
     */
    limits: {
      maxDepth: number;
      maxCost: number;
      maxRootFields: number;
      maxAliases: number;
      maxTokens: number;
      maxBody: string;
    };
    /** How long Neo4j may run one request's queries before it cancels them. */
    queryTimeoutMs: number;
    /** How long Neo4j may run the read of a network projection (schema/network.graphql): a whole graph at once. */
    networkTimeoutMs: number;
  };
  /** Requests each client (token subject, else address) may send to /graphql and /api/* per minute,
   *  counted by this instance alone; 0 turns the limit off. */
  rateLimit: { perMinute: number };
  /**
   * The cache of whole answers to anonymous graph reads (server/graphql/response-cache.ts), per
   * instance, valid while the database's bookmark is unchanged: its bound in bytes of JSON; 0 turns it off.
   */
  responseCache: { maxBytes: number };
  /** How long Neo4j may run the export's read transaction (`npm run export`) before cancelling it. */
  backupTimeoutMs: number;
  seedOnEmpty: boolean;
  /** How requests are authenticated. Without JWT_SECRET or JWKS_URL, a secret kept in the data
   *  folder signs and checks tokens (`npm run token` mints them): fine for a single install. */
  auth: {
    anonymousRead: boolean;
    key: { kind: "secret"; secret: string | undefined; secretFile: string } | { kind: "jwks"; url: string };
    issuer: string | undefined;
    audience: string | undefined;
    /** The longest a token may be valid (its `exp` after its `iat`); every token needs an `exp`. */
    maxLifetimeDays: number;
  };
  /** Staff accounts signed in with a password (server/accounts/): their session cookie and sign-in limits. */
  accounts: {
    /** A session ends after this long without a request… */
    sessionIdleMinutes: number;
    /** …and this long after signing in, whatever happens. */
    sessionMaxHours: number;
    /** The cookie's `Secure` flag (and `__Host-` name): on in production unless SESSION_COOKIE_SECURE=false. */
    secureCookie: boolean;
    /** Failed sign-ins allowed in 15 minutes for one e-mail address, and for one client address. */
    signInAttemptsPerAccount: number;
    signInAttemptsPerAddress: number;
    /** How long an invitation or reset link can be used. */
    invitationDays: number;
    /** The first admin `npm run create-admin` creates without asking (automation); read by that command only. */
    firstAdmin: { email: string | undefined; name: string | undefined; password: string | undefined };
  };
  /**
   * Sign-in with an organisation's OpenID Connect provider (server/accounts/oidc-routes.ts), off
   * unless OIDC_ISSUER_URL is set. With `roleClaim`, the role comes from that claim through
   * `roleMap` (an unknown person gets an account with it; no mapped value, no entry); without it,
   * from the account with the same verified e-mail address (no account, no entry).
   */
  oidc:
    | {
        issuerUrl: string;
        clientId: string;
        clientSecret: string;
        redirectUrl: string;
        /** The provider's name on the sign-in page's button (« Se connecter avec … »). */
        label: string;
        roleClaim: string | undefined;
        roleMap: Record<string, "viewer" | "editor" | "admin">;
      }
    | undefined;
  /** Uploaded source documents: where their original files are kept, and the largest accepted. */
  sources: { dir: string; maxBytes: number };
  /**
   * The public company search API (recherche-entreprises), opt-in: off unless REGISTRY_SEARCH_URL is
   * set; and the largest stock file the admin upload streams (each file, in bytes).
   */
  registry: { searchUrl: string | undefined; searchTimeoutMs: number; maxBytes: number };
}

/** A configuration that failed validation; the message lists every problem at once. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/** Parses and validates the environment; throws a ConfigError naming every bad variable. */
export function parseConfig(environment: Record<string, string | undefined>): Config {
  const present = Object.fromEntries(
    Object.entries(environment).filter(([, value]) => value !== undefined && value !== ""),
  );
  const result = environmentSchema.safeParse(present);
  const problems = [
    ...(result.error?.issues ?? []).map((issue) => {
      const name = issue.path.join(".");
      return `${name}=${JSON.stringify(present[name] ?? "")}: ${issue.message}`;
    }),
    ...crossVariableProblems(present),
  ];
  if (!result.success || problems.length > 0) throw new ConfigError(problems);
  const env = result.data;
  return {
    env: env.NODE_ENV,
    http: { host: env.HOST, port: env.PORT },
    neo4j: env.NEO4J_URI
      ? {
          mode: "external",
          uri: env.NEO4J_URI,
          user: env.NEO4J_USER,
          password: env.NEO4J_PASSWORD,
          database: env.NEO4J_DATABASE,
        }
      : {
          mode: "embedded",
          boltPort: env.NEO4J_BOLT_PORT,
          heap: env.NEO4J_HEAP,
          pageCacheMb: env.NEO4J_PAGECACHE_MB,
          allowedOrigins: env.NEO4J_BOLT_ALLOWED_ORIGINS,
          dataDir: path.resolve(env.MAILLAGE_DATA_DIR),
          javaHome: env.JAVA_HOME,
          database: env.NEO4J_DATABASE,
        },
    graphql: {
      introspection: env.GRAPHQL_INTROSPECTION ?? true,
      limits: {
        maxDepth: env.GRAPHQL_MAX_DEPTH,
        maxCost: env.GRAPHQL_MAX_COST,
        maxRootFields: env.GRAPHQL_MAX_ROOT_FIELDS,
        maxAliases: env.GRAPHQL_MAX_ALIASES,
        maxTokens: env.GRAPHQL_MAX_TOKENS,
        maxBody: env.GRAPHQL_MAX_BODY,
      },
      queryTimeoutMs: env.QUERY_TIMEOUT_MS,
      networkTimeoutMs: env.NETWORK_TIMEOUT_MS,
    },
    rateLimit: { perMinute: env.RATE_LIMIT_PER_MINUTE },
    responseCache: { maxBytes: Math.round(env.RESPONSE_CACHE_MB * 1024 * 1024) },
    backupTimeoutMs: env.BACKUP_TIMEOUT_MS,
    seedOnEmpty: env.SEED_ON_EMPTY,
    auth: {
      anonymousRead: env.ANONYMOUS_READ,
      key: env.JWKS_URL
        ? { kind: "jwks", url: env.JWKS_URL }
        : {
            kind: "secret",
            secret: env.JWT_SECRET,
            secretFile: path.join(path.resolve(env.MAILLAGE_DATA_DIR), "jwt-secret"),
          },
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      maxLifetimeDays: env.JWT_MAX_LIFETIME_DAYS,
    },
    accounts: {
      sessionIdleMinutes: env.SESSION_IDLE_MINUTES,
      sessionMaxHours: env.SESSION_MAX_HOURS,
      secureCookie: env.SESSION_COOKIE_SECURE ?? env.NODE_ENV === "production",
      signInAttemptsPerAccount: env.SIGN_IN_ATTEMPTS_PER_ACCOUNT,
      signInAttemptsPerAddress: env.SIGN_IN_ATTEMPTS_PER_ADDRESS,
      invitationDays: env.INVITATION_DAYS,
      firstAdmin: { email: env.ADMIN_EMAIL, name: env.ADMIN_NAME, password: env.ADMIN_PASSWORD },
    },
    oidc:
      env.OIDC_ISSUER_URL && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET && env.OIDC_REDIRECT_URL
        ? {
            issuerUrl: env.OIDC_ISSUER_URL,
            clientId: env.OIDC_CLIENT_ID,
            clientSecret: env.OIDC_CLIENT_SECRET,
            redirectUrl: env.OIDC_REDIRECT_URL,
            label: env.OIDC_LABEL,
            roleClaim: env.OIDC_ROLE_CLAIM,
            roleMap: env.OIDC_ROLE_MAP ?? {},
          }
        : undefined,
    sources: {
      dir: path.resolve(env.SOURCES_DIR ?? path.join(env.MAILLAGE_DATA_DIR, "sources")),
      maxBytes: Math.round(env.SOURCE_MAX_MB * 1024 * 1024),
    },
    registry: {
      searchUrl: env.REGISTRY_SEARCH_URL?.replace(/\/+$/, ""),
      searchTimeoutMs: env.REGISTRY_SEARCH_TIMEOUT_MS,
      maxBytes: Math.round(env.REGISTRY_MAX_MB * 1024 * 1024),
    },
  };
}

/** The configuration of this process, from process.env (the only place that reads it). */
export function loadConfig(): Config {
  return parseConfig(process.env);
}
