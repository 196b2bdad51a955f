// API tokens for scripts and integrations (`Authorization: Bearer mlg_<id>_<secret>`):
// `(:ApiToken {id, name, role, digest, createdBy, createdAt, lastUsedAt, revokedAt})`. Checked on every
// request (one read by key), so a revoked token is refused at the next request.
import { randomBytes } from "node:crypto";
import type { ManagedTransaction, Node } from "neo4j-driver";
import { GraphQLError } from "graphql";
import { expandRoles, roles, type AuthUser, type Role } from "../auth/roles.js";
import { readQuery, writeTransaction, type GraphDatabase } from "../../graph/graph-database.js";
import { digest, matchesDigest, randomSecret } from "./secrets.js";

/** What every API token starts with, so that a leaked one is recognisable (secret scanners). */
export const apiTokenPrefix = "mlg_";

/** Last use is written at most this often per token. */
const touchEveryMs = 60_000;

/** An API token as the admin pages show it: never its secret. */
export interface ApiToken {
  id: string;
  name: string;
  role: Role;
  createdBy: string;
  createdAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The API's view of an ApiToken node. */
function toApiToken(node: Node): ApiToken {
  const props = node.properties as Record<string, unknown>;
  const time = (name: string) => (typeof props[name] === "number" ? new Date(props[name]).toISOString() : null);
  return {
    id: String(props.id),
    name: String(props.name),
    role: roles.includes(props.role as Role) ? (props.role as Role) : "viewer",
    createdBy: String(props.createdBy),
    createdAt: time("createdAt") ?? "",
    lastUsedAt: time("lastUsedAt"),
    revokedAt: time("revokedAt"),
  };
}

/** Whether a bearer token is one of ours (rather than a signed JWT). */
export function isApiToken(token: string): boolean {
  return token.startsWith(apiTokenPrefix);
}

/** Creates a token; returns its record and the token itself, shown once. */
export async function createApiToken(
  tx: ManagedTransaction,
  fields: { name: string; role: Role; createdBy: string },
): Promise<{ apiToken: ApiToken; token: string }> {
  const id = randomBytes(8).toString("hex");
  const secret = randomSecret();
  const { records } = await tx.run(
    `CREATE (t:ApiToken {id: $id, name: $name, role: $role, digest: $digest, createdBy: $createdBy, createdAt: $now})
     RETURN t`,
    { id, ...fields, digest: digest(secret), now: Date.now() },
  );
  return { apiToken: toApiToken(records[0]!.get("t") as Node), token: `${apiTokenPrefix}${id}_${secret}` };
}

/** Every token, newest first, revoked ones included. */
export async function listApiTokens(tx: ManagedTransaction): Promise<ApiToken[]> {
  const { records } = await tx.run("MATCH (t:ApiToken) RETURN t ORDER BY t.createdAt DESC");
  return records.map((record) => toApiToken(record.get("t") as Node));
}

/** Revokes a token (kept, with its date, for the record); undefined when there is no such token. */
export async function revokeApiToken(tx: ManagedTransaction, id: string): Promise<ApiToken | undefined> {
  const { records } = await tx.run(
    "MATCH (t:ApiToken {id: $id}) SET t.revokedAt = coalesce(t.revokedAt, $now) RETURN t",
    { id, now: Date.now() },
  );
  const node = records[0]?.get("t") as Node | undefined;
  return node ? toApiToken(node) : undefined;
}

/** A refused API token: UNAUTHENTICATED, the reason named. */
function refused(reason: string): GraphQLError {
  return new GraphQLError(`The API token was refused: ${reason}.`, {
    extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
  });
}

/** The user an API token acts as (`token:<id>`, named after the token); throws UNAUTHENTICATED if it is unknown or revoked. */
export async function resolveApiToken(graph: GraphDatabase, token: string): Promise<AuthUser> {
  const rest = token.slice(apiTokenPrefix.length);
  const id = rest.slice(0, Math.max(0, rest.indexOf("_")));
  const secret = rest.slice(id.length + 1);
  const record = id
    ? (
        await readQuery(
          graph,
          "MATCH (t:ApiToken {id: $id}) RETURN t.digest AS digest, t.name AS name, t.role AS role, t.revokedAt AS revokedAt, t.lastUsedAt AS lastUsedAt",
          { id },
        )
      )[0]
    : undefined;
  if (!record || !secret || !matchesDigest(secret, record.get("digest") as string)) {
    throw refused("it is not valid here");
  }
  if (record.get("revokedAt") !== null) throw refused("it has been revoked");
  const now = Date.now();
  const lastUsedAt = record.get("lastUsedAt") as number | null;
  if (lastUsedAt === null || now - lastUsedAt > touchEveryMs) {
    await writeTransaction(graph, (tx) => tx.run("MATCH (t:ApiToken {id: $id}) SET t.lastUsedAt = $now", { id, now }));
  }
  return { id: `token:${id}`, name: record.get("name") as string, roles: expandRoles(record.get("role")) };
}
