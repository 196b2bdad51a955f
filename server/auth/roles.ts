import { GraphQLError } from "graphql";

/** Maillage's roles, each allowing what the one before it allows. */
export const roles = ["viewer", "editor", "admin"] as const;
export type Role = (typeof roles)[number];

/** Who makes a request, from a verified token. */
export interface AuthUser {
  /** The user's id (the token's `sub`). */
  id: string;
  /** A display name, when the token has one. */
  name: string | undefined;
  /** Every role the user has, the lower ones included (an admin is also an editor and a viewer). */
  roles: Role[];
}

/** The roles a token's claims grant, the lower ones included; unknown role names are ignored. */
export function expandRoles(claimed: unknown): Role[] {
  const names = Array.isArray(claimed) ? claimed : typeof claimed === "string" ? [claimed] : [];
  const highest = Math.max(-1, ...names.map((name) => roles.indexOf(name as Role)));
  return roles.slice(0, highest + 1);
}

/** What a request may do, given its user (or none) and whether anonymous reading is on. */
export interface Access {
  user: AuthUser | undefined;
  anonymousRead: boolean;
}

/** Throws UNAUTHENTICATED (no user) or FORBIDDEN (user without the role) unless access allows `role`. */
export function requireRole(access: Access, role: Role): void {
  if (role === "viewer" && access.anonymousRead) return;
  if (!access.user) {
    throw new GraphQLError(`Sign in first: this needs the ${role} role.`, {
      extensions: { code: "UNAUTHENTICATED", http: { status: 401 } },
    });
  }
  if (!access.user.roles.includes(role)) {
    throw new GraphQLError(`Your role does not allow this: it needs the ${role} role.`, {
      extensions: { code: "FORBIDDEN", http: { status: 403 } },
    });
  }
}
