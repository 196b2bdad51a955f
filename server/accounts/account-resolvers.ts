// The resolvers of schema/accounts.graphql: admins invite people, change roles, suspend, reset and
// manage API tokens. Each action and its audit entry are written in one transaction.
import neo4j, { type ManagedTransaction, type Node } from "neo4j-driver";
import type { Config } from "../config.js";
import { requireRole } from "../auth/roles.js";
import { recordChange, toChangeRecord, type ChangeAction } from "../editing/audit-trail.js";
import { assertIntInRange, BadUserInputError } from "../graphql/errors.js";
import type { GraphQLContext } from "../graphql/context.js";
import { readQuery, writeTransaction, type GraphDatabase } from "../../graph/graph-database.js";
import type { MutationResolvers, QueryResolvers } from "../__generated__/resolvers-types.js";
import {
  createAccount,
  findAccount,
  issueSetupLink,
  listAccounts,
  normalizeEmail,
  updateAccount,
  type Account,
} from "./account-store.js";
import { createApiToken, listApiTokens, revokeApiToken } from "./api-tokens.js";
import { endAccountSessions } from "./sessions.js";

/** Runs an admin's action in a write transaction; `by` is the admin's user id (their e-mail address). */
function adminAction<Args, Result>(
  graph: GraphDatabase,
  work: (tx: ManagedTransaction, args: Args, by: string) => Promise<Result>,
) {
  return (_: unknown, args: Args, context: GraphQLContext) => {
    requireRole(context.access, "admin");
    return writeTransaction(graph, (tx) => work(tx, args, context.access.user!.id));
  };
}

/** Records an account-management action in the audit trail. */
function audit(
  tx: ManagedTransaction,
  by: string,
  action: ChangeAction,
  entity: string,
  why: string,
  before?: unknown,
  after?: unknown,
) {
  return recordChange(tx, { by, action, entity, why, before, after, touches: [] });
}

/** The account with this id, or BAD_USER_INPUT naming the argument. */
async function existingAccount(tx: ManagedTransaction, id: string): Promise<Account> {
  const account = await findAccount(tx, id);
  if (!account) throw new BadUserInputError(`No account has the id "${id}".`, "id");
  return account;
}

/** Refuses an action an admin aims at their own account (they would lock themselves out). */
function notOneself(account: Account, by: string, what: string): void {
  if (account.email === by) throw new BadUserInputError(`You cannot ${what} your own account.`, "id");
}

/** The Query and Mutation resolvers of account management. */
export function accountResolvers(
  graph: GraphDatabase,
  accounts: Pick<Config["accounts"], "invitationDays">,
): { Query: QueryResolvers; Mutation: MutationResolvers } {
  const link = async (tx: ManagedTransaction, account: Account) => ({
    account,
    setupToken: await issueSetupLink(tx, account.id, accounts.invitationDays),
    expiresAt: new Date(Date.now() + accounts.invitationDays * 86_400_000).toISOString(),
  });
  return {
    Query: {
      accounts: adminAction(graph, (tx) => listAccounts(tx)),
      apiTokens: adminAction(graph, (tx) => listApiTokens(tx)),
      accountChanges: async (_, args, context) => {
        requireRole(context.access, "admin");
        const limit = assertIntInRange(args.limit, 1, 500, "limit");
        const records = await readQuery(
          graph,
          `MATCH (c:Change) WHERE c.entity STARTS WITH 'Account:' OR c.entity STARTS WITH 'ApiToken:'
           RETURN c ORDER BY c.at DESC, c.id LIMIT $limit`,
          { limit: neo4j.int(limit) },
        );
        return records.map((record) => toChangeRecord(record.get("c") as Node));
      },
    },
    Mutation: {
      inviteAccount: adminAction(graph, async (tx, args, by) => {
        const email = normalizeEmail(args.email);
        if (!email) throw new BadUserInputError(`"${args.email}" is not an e-mail address.`, "email");
        const name = args.name.trim();
        if (!name) throw new BadUserInputError("Give the name shown in the app.", "name");
        const account = await createAccount(tx, { email, name, role: args.role, status: "INVITED" });
        if (account === "exists") throw new BadUserInputError(`${email} has an account already.`, "email");
        await audit(tx, by, "INVITE_ACCOUNT", `Account:${email}`, `invited as ${args.role}`, undefined, {
          email,
          name,
          role: args.role,
        });
        return link(tx, account);
      }),
      changeAccountRole: adminAction(graph, async (tx, args, by) => {
        const account = await existingAccount(tx, args.id);
        notOneself(account, by, "change the role of");
        const changed = (await updateAccount(tx, account.id, { role: args.role }))!;
        await audit(
          tx,
          by,
          "CHANGE_ACCOUNT_ROLE",
          `Account:${account.email}`,
          `role ${account.role} → ${args.role}`,
          { role: account.role },
          { role: args.role },
        );
        return changed;
      }),
      suspendAccount: adminAction(graph, async (tx, args, by) => {
        const account = await existingAccount(tx, args.id);
        notOneself(account, by, "suspend");
        const changed = (await updateAccount(tx, account.id, { status: "SUSPENDED" }))!;
        const ended = await endAccountSessions(tx, account.id);
        await audit(
          tx,
          by,
          "SUSPEND_ACCOUNT",
          `Account:${account.email}`,
          `suspended (${ended} session(s) ended)`,
          { status: account.status },
          { status: "SUSPENDED" },
        );
        return changed;
      }),
      reactivateAccount: adminAction(graph, async (tx, args, by) => {
        const account = await existingAccount(tx, args.id);
        if (account.status !== "SUSPENDED") throw new BadUserInputError("This account is not suspended.", "id");
        // An account never given a password goes back to waiting for it.
        const { records } = await tx.run("MATCH (a:Account {id: $id}) RETURN a.passwordHash IS NOT NULL AS has", {
          id: account.id,
        });
        const status = records[0]?.get("has") === true ? "ACTIVE" : "INVITED";
        const changed = (await updateAccount(tx, account.id, { status }))!;
        await audit(
          tx,
          by,
          "REACTIVATE_ACCOUNT",
          `Account:${account.email}`,
          "reactivated",
          { status: account.status },
          { status },
        );
        return changed;
      }),
      resetAccountPassword: adminAction(graph, async (tx, args, by) => {
        const account = await existingAccount(tx, args.id);
        const ended = await endAccountSessions(tx, account.id);
        // The old password stops working at once; the link sets a new one.
        const changed = (await updateAccount(tx, account.id, {
          passwordHash: null,
          ...(account.status === "ACTIVE" ? { status: "INVITED" as const } : {}),
        }))!;
        await audit(
          tx,
          by,
          "RESET_ACCOUNT_PASSWORD",
          `Account:${account.email}`,
          `password reset (${ended} session(s) ended)`,
        );
        return link(tx, changed);
      }),
      createApiToken: adminAction(graph, async (tx, args, by) => {
        const name = args.name.trim();
        if (!name) throw new BadUserInputError("Name the token after what it is for.", "name");
        const created = await createApiToken(tx, { name, role: args.role, createdBy: by });
        await audit(tx, by, "CREATE_API_TOKEN", `ApiToken:${created.apiToken.id}`, `token "${name}" (${args.role})`);
        return created;
      }),
      revokeApiToken: adminAction(graph, async (tx, args, by) => {
        const revoked = await revokeApiToken(tx, args.id);
        if (!revoked) throw new BadUserInputError(`No API token has the id "${args.id}".`, "id");
        await audit(tx, by, "REVOKE_API_TOKEN", `ApiToken:${revoked.id}`, `token "${revoked.name}" revoked`);
        return revoked;
      }),
    },
  };
}
