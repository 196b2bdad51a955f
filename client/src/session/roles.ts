// The roles of Maillage as the app shows them: each allows what the one before it allows.

/** The roles, lowest first (server/auth/roles.ts has the same order). */
export const roles = ["viewer", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

/** The highest known role among `granted`, or null for none. */
export function highestRole(granted: readonly string[]): Role | null {
  const highest = Math.max(-1, ...granted.map((role) => roles.indexOf(role as Role)));
  return highest < 0 ? null : roles[highest]!;
}

/** Whether roles granted include `role` or a higher one. */
export function allows(granted: readonly string[], role: Role): boolean {
  const highest = highestRole(granted);
  return highest !== null && roles.indexOf(highest) >= roles.indexOf(role);
}
