// The role an OpenID Connect claim gives, through OIDC_ROLE_MAP.
import type { Config } from "../config.js";
import { roles, type Role } from "../auth/roles.js";

/** The highest role the claim's values map to, if any. */
export function mappedRole(value: unknown, roleMap: NonNullable<Config["oidc"]>["roleMap"]): Role | undefined {
  const values = (Array.isArray(value) ? value : [value]).filter((item): item is string => typeof item === "string");
  const found = values.map((item) => roleMap[item]).filter((role): role is Role => role !== undefined);
  return [...roles].reverse().find((role) => found.includes(role));
}
