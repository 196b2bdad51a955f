// `npm run create-admin`: creates an admin account with a password, asking for the e-mail address,
// the name and the password (typed twice, not echoed); or, for automation, from ADMIN_EMAIL,
// ADMIN_NAME and ADMIN_PASSWORD. There is no default password. Exit code 0 when created, 2 when
// refused (bad e-mail, weak password, taken e-mail), 1 on any other failure.
import { userInfo } from "node:os";
import { createInterface } from "node:readline/promises";
import { Writable } from "node:stream";
import { ConfigError, loadConfig } from "../config.js";
import { EmbeddedNeo4jError } from "../neo4j/embedded-neo4j-error.js";
import { startDatabase } from "../neo4j/start-database.js";
import { createAdmin, CreateAdminError } from "../accounts/create-admin.js";
import { minimumPasswordLength } from "../accounts/password-policy.js";

const log = (message: string) => console.error(`[create-admin] ${message}`);

/** Asks a question on the terminal; with `secret`, what is typed is not echoed. */
async function ask(question: string, secret = false): Promise<string> {
  let muted = false;
  const output = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      if (!muted) process.stderr.write(chunk);
      callback();
    },
  });
  const terminal = createInterface({ input: process.stdin, output, terminal: process.stdin.isTTY });
  try {
    const answer = terminal.question(question);
    muted = secret;
    return (await answer).trim();
  } finally {
    if (secret) process.stderr.write("\n");
    terminal.close();
  }
}

async function main(): Promise<number> {
  const config = loadConfig();
  const given = config.accounts.firstAdmin;
  let fields: { email: string; name: string; password: string };
  if (given.email && given.password) {
    fields = { email: given.email, name: given.name ?? given.email, password: given.password };
  } else {
    if (!process.stdin.isTTY) {
      log("no terminal to ask on: set ADMIN_EMAIL, ADMIN_NAME and ADMIN_PASSWORD");
      return 2;
    }
    const email = await ask("E-mail address: ");
    const name = await ask("Name shown in the app: ");
    const password = await ask(`Password (at least ${minimumPasswordLength} characters): `, true);
    if ((await ask("The password again: ", true)) !== password) {
      log("the two passwords differ: nothing created");
      return 2;
    }
    fields = { email, name, password };
  }
  const database = await startDatabase(config, log);
  try {
    const graph = { driver: database.driver, database: database.database };
    const account = await createAdmin(graph, fields, `${userInfo().username} (command line)`);
    log(`admin account created for ${account.email}: sign in at /sign-in`);
    return 0;
  } catch (error) {
    if (error instanceof CreateAdminError) {
      log(error.message);
      return 2;
    }
    throw error;
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(error instanceof ConfigError || error instanceof EmbeddedNeo4jError ? error.message : String(error));
    process.exit(1);
  },
);
