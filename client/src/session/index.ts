// The public face of client/src/session: other features and the router import it from here, never its files.
export { SessionMenu } from "./SessionMenu";
export { SignInPage } from "./SignInPage";
export { sessionLoader, sessionRouteId, shouldReloadSession, signInPath } from "./session-loader";
export { fetchWithToken, storedToken } from "./token-storage";
export { useViewer } from "./use-viewer";
