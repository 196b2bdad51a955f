/** A path of this app to go to after signing in (the sign-in page and the OpenID Connect callback); anything else (another site, `//host`) gives "/". */
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
