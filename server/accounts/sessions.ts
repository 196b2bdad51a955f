// Server-side sessions in Neo4j: `(:Session {id, createdAt, lastSeenAt, expiresAt})-[:SESSION_OF]->(:Account)`.
// The cookie carries a random secret; the node's id is its digest. A session ends after an idle
// time, at an absolute limit, at sign-out, or when its account is suspended or signed out everywhere.
// Shared by every instance behind a load balancer, like the rest of the graph.
import type { ManagedTransaction } from "neo4j-driver";
import type { Config } from "../config.js";
import { expandRoles, type AuthUser } from "../auth/roles.js";
import { readQuery, writeTransaction, type GraphDatabase } from "../../graph/graph-database.js";
import { digest, randomSecret } from "./secrets.js";

/** A session's last-seen time is written at most this often (a read per request, a write per minute). */
const touchEveryMs = 60_000;

/** The session cookie's name: `__Host-` prefixed when Secure, so no sub-domain can set or widen it. */
export function sessionCookieName(accounts: Config["accounts"]): string {
  return accounts.secureCookie ? "__Host-maillage-session" : "maillage-session";
}

/** Opens a session for an account; returns the secret the cookie carries. */
export async function createSession(
  tx: ManagedTransaction,
  accountId: string,
  accounts: Config["accounts"],
): Promise<string> {
  const secret = randomSecret();
  const now = Date.now();
  await tx.run(
    `MATCH (a:Account {id: $accountId})
     OPTIONAL MATCH (old:Session)-[:SESSION_OF]->(a) WHERE old.expiresAt < $now OR old.lastSeenAt < $idleSince
     DETACH DELETE old
     WITH DISTINCT a
     CREATE (:Session {id: $id, createdAt: $now, lastSeenAt: $now, expiresAt: $expiresAt})-[:SESSION_OF]->(a)`,
    {
      accountId,
      id: digest(secret),
      now,
      idleSince: now - accounts.sessionIdleMinutes * 60_000,
      expiresAt: now + accounts.sessionMaxHours * 3_600_000,
    },
  );
  return secret;
}

/**
 * Opens a session for the user a verified bearer token names, without an account: the test-only
 * route behind `signInWith` (tests/e2e/sign-in.ts). Its roles are the token's.
 */
export async function createTokenSession(
  graph: GraphDatabase,
  user: AuthUser,
  accounts: Config["accounts"],
): Promise<string> {
  const secret = randomSecret();
  const now = Date.now();
  await writeTransaction(graph, (tx) =>
    tx.run(
      `CREATE (:Session {id: $id, createdAt: $now, lastSeenAt: $now, expiresAt: $expiresAt,
                         subject: $subject, name: $name, roles: $roles})`,
      {
        id: digest(secret),
        now,
        expiresAt: now + accounts.sessionMaxHours * 3_600_000,
        subject: user.id,
        name: user.name ?? null,
        roles: user.roles,
      },
    ),
  );
  return secret;
}

/** The user of a live session, or undefined (unknown, expired, idle too long, account not active). */
export async function resolveSession(
  graph: GraphDatabase,
  secret: string,
  accounts: Config["accounts"],
): Promise<AuthUser | undefined> {
  const id = digest(secret);
  const [record] = await readQuery(
    graph,
    `MATCH (s:Session {id: $id})
     OPTIONAL MATCH (s)-[:SESSION_OF]->(a:Account)
     RETURN s.lastSeenAt AS lastSeenAt, s.expiresAt AS expiresAt, s.subject AS subject, s.name AS sessionName,
            s.roles AS sessionRoles, a.email AS email, a.name AS name, a.role AS role, a.status AS status`,
    { id },
  );
  if (!record) return undefined;
  const now = Date.now();
  const lastSeenAt = record.get("lastSeenAt") as number;
  if ((record.get("expiresAt") as number) < now || lastSeenAt < now - accounts.sessionIdleMinutes * 60_000) {
    await writeTransaction(graph, (tx) => tx.run("MATCH (s:Session {id: $id}) DETACH DELETE s", { id }));
    return undefined;
  }
  const email = record.get("email") as string | null;
  const subject = record.get("subject") as string | null;
  let user: AuthUser;
  if (email) {
    if (record.get("status") !== "ACTIVE") return undefined;
    user = { id: email, name: record.get("name") as string, roles: expandRoles(record.get("role")) };
  } else if (subject) {
    const name = record.get("sessionName") as string | null;
    user = { id: subject, name: name ?? undefined, roles: expandRoles(record.get("sessionRoles")) };
  } else {
    return undefined;
  }
  if (now - lastSeenAt > touchEveryMs) {
    await writeTransaction(graph, (tx) => tx.run("MATCH (s:Session {id: $id}) SET s.lastSeenAt = $now", { id, now }));
  }
  return user;
}

/** Ends one session (signing out). */
export async function endSession(graph: GraphDatabase, secret: string): Promise<void> {
  await writeTransaction(graph, (tx) => tx.run("MATCH (s:Session {id: $id}) DETACH DELETE s", { id: digest(secret) }));
}

/** Ends every session of an account (signing out everywhere, a suspension, a password reset); returns how many. */
export async function endAccountSessions(tx: ManagedTransaction, accountId: string): Promise<number> {
  const { records } = await tx.run(
    "MATCH (s:Session)-[:SESSION_OF]->(:Account {id: $accountId}) DETACH DELETE s RETURN count(*) AS ended",
    { accountId },
  );
  return Number(records[0]?.get("ended") ?? 0);
}
