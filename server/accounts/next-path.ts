/** A path of this app to return to after an OpenID Connect sign-in; anything else (another site, `//host`) gives "/". */
export function safeNextPath(next: string | null): string {
  return next &&
    next.startsWith("/") &&
    !next.startsWith("//") &&
    !next.startsWith("/\\") &&
    !next.startsWith("/sign-in") &&
    !next.startsWith("/set-password")
    ? next
    : "/";
}
