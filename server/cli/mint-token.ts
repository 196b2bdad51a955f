// `npm run token -- --user marie --role editor [--name "Marie Curie"] [--days 30]`: signs a token for a
// local user with this install's secret (JWT_SECRET, or the one kept in the data folder).
import { parseArgs } from "node:util";
import { mintToken } from "../auth/mint-token.js";
import { roles, type Role } from "../auth/roles.js";
import { loadConfig } from "../config.js";

const usage = 'Usage: npm run token -- --user <id> --role viewer|editor|admin [--name "Full Name"] [--days 30]';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { user: { type: "string" }, role: { type: "string" }, name: { type: "string" }, days: { type: "string" } },
  });
  const config = loadConfig();
  const days = Number(values.days ?? Math.min(30, config.auth.maxLifetimeDays));
  if (days > config.auth.maxLifetimeDays) {
    console.error(
      `--days ${days} is more than JWT_MAX_LIFETIME_DAYS (${config.auth.maxLifetimeDays}): such a token would be refused.`,
    );
    process.exit(2);
  }
  if (!values.user || !roles.includes(values.role as Role) || !Number.isInteger(days) || days < 1) {
    console.error(usage);
    process.exit(2);
  }
  const token = await mintToken(
    config.auth,
    { id: values.user, name: values.name, role: values.role as Role },
    `${days}d`,
  );
  console.log(token);
  console.error(
    `Token for ${values.user} (${values.role}), valid ${days} days. Send it as: Authorization: Bearer <token>`,
  );
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
