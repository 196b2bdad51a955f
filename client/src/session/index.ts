// The public face of client/src/session: other features and the router import it from here, never its files.
export { SessionMenu } from "./SessionMenu";
export { SignInPage } from "./SignInPage";
export { SetPasswordPage } from "./SetPasswordPage";
export { sessionLoader, sessionRouteId, shouldReloadSession, signInPath } from "./session-loader";
export { csrfHeaders, fetchWithSession, fetchWithToken } from "./auth-requests";
export { useViewer } from "./use-viewer";
export { roles, type Role } from "./roles";
