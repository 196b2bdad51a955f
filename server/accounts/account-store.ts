// Staff accounts in Neo4j: `(:Account {id, email, name, role, status, passwordHash})`. An account is
// invited (it has a one-time link to set its password), active, or suspended (it cannot sign in, and
// its sessions are ended). Every write runs in the caller's transaction, beside its audit entry.
import { randomUUID } from "node:crypto";
import type { ManagedTransaction, Node } from "neo4j-driver";
import { roles, type Role } from "../auth/roles.js";
import { digest, matchesDigest, randomSecret } from "./secrets.js";

/** Whether an account may sign in. */
export type AccountStatus = "INVITED" | "ACTIVE" | "SUSPENDED";

/** An account as the API shows it (never its password hash nor its link's digest). */
export interface Account {
  id: string;
  email: string;
  name: string;
  role: Role;
  status: AccountStatus;
  createdAt: string;
  lastSignInAt: string | null;
}

/** An e-mail address as stored: trimmed and lower-cased; null when it is not one. */
export function normalizeEmail(email: string): string | null {
  const trimmed = email.trim().toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/u.test(trimmed) && trimmed.length <= 254 ? trimmed : null;
}

/** The API's view of an Account node. */
export function toAccount(node: Node): Account {
  const props = node.properties as Record<string, unknown>;
  return {
    id: String(props.id),
    email: String(props.email),
    name: String(props.name),
    role: roles.includes(props.role as Role) ? (props.role as Role) : "viewer",
    status: props.status as AccountStatus,
    createdAt: String(props.createdAt),
    lastSignInAt: typeof props.lastSignInAt === "string" ? props.lastSignInAt : null,
  };
}

/** The account with this e-mail address, if any. */
export async function findAccountByEmail(
  tx: ManagedTransaction,
  email: string,
): Promise<{ account: Account; passwordHash: string | null } | undefined> {
  const { records } = await tx.run("MATCH (a:Account {email: $email}) RETURN a", { email });
  const node = records[0]?.get("a") as Node | undefined;
  if (!node) return undefined;
  const hash = node.properties.passwordHash as unknown;
  return { account: toAccount(node), passwordHash: typeof hash === "string" ? hash : null };
}

/** The account with this id, if any. */
export async function findAccount(tx: ManagedTransaction, id: string): Promise<Account | undefined> {
  const { records } = await tx.run("MATCH (a:Account {id: $id}) RETURN a", { id });
  const node = records[0]?.get("a") as Node | undefined;
  return node ? toAccount(node) : undefined;
}

/** Every account, by e-mail address. */
export async function listAccounts(tx: ManagedTransaction): Promise<Account[]> {
  const { records } = await tx.run("MATCH (a:Account) RETURN a ORDER BY a.email");
  return records.map((record) => toAccount(record.get("a") as Node));
}

/** A new account; throws ACCOUNT_EXISTS (as the `exists` result) when the e-mail is taken. */
export async function createAccount(
  tx: ManagedTransaction,
  fields: { email: string; name: string; role: Role; status: AccountStatus; passwordHash?: string | undefined },
): Promise<Account | "exists"> {
  if (await findAccountByEmail(tx, fields.email)) return "exists";
  const { records } = await tx.run(
    `CREATE (a:Account {id: $id, email: $email, name: $name, role: $role, status: $status,
                        passwordHash: $passwordHash, createdAt: toString(datetime())})
     RETURN a`,
    { id: randomUUID(), ...fields, passwordHash: fields.passwordHash ?? null },
  );
  return toAccount(records[0]!.get("a") as Node);
}

/** Sets properties of an account and returns it as it now is. */
export async function updateAccount(
  tx: ManagedTransaction,
  id: string,
  changes: Partial<{ role: Role; status: AccountStatus; passwordHash: string | null; lastSignInAt: string }>,
): Promise<Account | undefined> {
  const { records } = await tx.run("MATCH (a:Account {id: $id}) SET a += $changes RETURN a", { id, changes });
  const node = records[0]?.get("a") as Node | undefined;
  return node ? toAccount(node) : undefined;
}

/**
 * Gives an account a new one-time link secret (an invitation or a reset), valid `days` days; an
 * earlier link stops working. Returns the link's token, `<account id>.<secret>`: only its digest is kept.
 */
export async function issueSetupLink(tx: ManagedTransaction, id: string, days: number): Promise<string> {
  const secret = randomSecret();
  await tx.run("MATCH (a:Account {id: $id}) SET a.setupDigest = $digest, a.setupExpiresAt = $expiresAt", {
    id,
    digest: digest(secret),
    expiresAt: Date.now() + days * 86_400_000,
  });
  return `${id}.${secret}`;
}

/**
 * Uses a one-time link: when its token is valid and unexpired, sets the password, activates an
 * invited account, forgets the link and returns the account. A suspended account stays suspended.
 */
export async function useSetupLink(
  tx: ManagedTransaction,
  token: string,
  passwordHash: string,
): Promise<Account | undefined> {
  const [id, secret] = token.split(".");
  if (!id || !secret) return undefined;
  const { records } = await tx.run(
    "MATCH (a:Account {id: $id}) RETURN a.setupDigest AS digest, a.setupExpiresAt AS expiresAt",
    { id },
  );
  const stored = records[0]?.get("digest") as unknown;
  const expiresAt = records[0]?.get("expiresAt") as unknown;
  if (typeof stored !== "string" || typeof expiresAt !== "number" || expiresAt < Date.now()) return undefined;
  if (!matchesDigest(secret, stored)) return undefined;
  const { records: updated } = await tx.run(
    `MATCH (a:Account {id: $id})
     SET a.passwordHash = $passwordHash, a.setupDigest = null, a.setupExpiresAt = null,
         a.status = CASE a.status WHEN 'INVITED' THEN 'ACTIVE' ELSE a.status END
     RETURN a`,
    { id, passwordHash },
  );
  return toAccount(updated[0]!.get("a") as Node);
}
