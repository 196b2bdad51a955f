import { writeTransaction, type GraphDatabase } from "../../graph/graph-database.js";
import { recordChange } from "../editing/audit-trail.js";
import { createAccount, normalizeEmail, type Account } from "./account-store.js";
import { hashPassword } from "./password-hash.js";
import { passwordProblem, passwordProblemMessage } from "./password-policy.js";

/** Why an admin account cannot be created: the message to show. */
export class CreateAdminError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "CreateAdminError";
  }
}

/**
 * Creates an active admin account with a password (`npm run create-admin`), audited as done by `by`.
 * Throws a CreateAdminError for a bad e-mail, an empty name, a weak password or a taken e-mail.
 */
export async function createAdmin(
  graph: GraphDatabase,
  fields: { email: string; name: string; password: string },
  by: string,
): Promise<Account> {
  const email = normalizeEmail(fields.email);
  if (!email) throw new CreateAdminError(`"${fields.email}" is not an e-mail address.`);
  const name = fields.name.trim();
  if (!name) throw new CreateAdminError("Give the name shown in the app.");
  const problem = passwordProblem(fields.password);
  if (problem) throw new CreateAdminError(passwordProblemMessage(problem));
  const passwordHash = await hashPassword(fields.password);
  return writeTransaction(graph, async (tx) => {
    const account = await createAccount(tx, { email, name, role: "admin", status: "ACTIVE", passwordHash });
    if (account === "exists") throw new CreateAdminError(`${email} has an account already.`);
    await recordChange(tx, {
      by,
      action: "CREATE_ACCOUNT",
      entity: `Account:${email}`,
      why: "first admin (npm run create-admin)",
      after: { email, name, role: "admin" },
      touches: [],
    });
    return account;
  });
}
