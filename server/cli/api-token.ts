// `npm run api-token -- --name "import nocturne" --role editor`: creates an API token from the
// command line (for automation, before any admin has signed in), with the same record as one made on
// the admin page: listed there with its last use, revocable there. Prints the token once.
import { userInfo } from "node:os";
import { parseArgs } from "node:util";
import { roles, type Role } from "../auth/roles.js";
import { ConfigError, loadConfig } from "../config.js";
import { EmbeddedNeo4jError } from "../neo4j/embedded-neo4j-error.js";
import { startDatabase } from "../neo4j/start-database.js";
import { createApiToken } from "../accounts/api-tokens.js";
import { recordChange } from "../editing/audit-trail.js";
import { writeTransaction } from "../../graph/graph-database.js";

const log = (message: string) => console.error(`[api-token] ${message}`);
const usage = 'Usage: npm run api-token -- --name "what it is for" --role viewer|editor|admin';

async function main(): Promise<number> {
  const { values } = parseArgs({ options: { name: { type: "string" }, role: { type: "string" } } });
  const name = values.name?.trim();
  if (!name || !roles.includes(values.role as Role)) {
    console.error(usage);
    return 2;
  }
  const database = await startDatabase(loadConfig(), log);
  try {
    const by = `${userInfo().username} (command line)`;
    const created = await writeTransaction({ driver: database.driver, database: database.database }, async (tx) => {
      const result = await createApiToken(tx, { name, role: values.role as Role, createdBy: by });
      await recordChange(tx, {
        by,
        action: "CREATE_API_TOKEN",
        entity: `ApiToken:${result.apiToken.id}`,
        why: `token "${name}" (${values.role})`,
        touches: [],
      });
      return result;
    });
    console.log(created.token);
    log(
      `token "${name}" (${values.role}) created: send it as Authorization: Bearer <token>; revoke it on /admin/accounts`,
    );
    return 0;
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
