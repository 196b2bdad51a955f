// The public face of client/src/layout: other features and the router import it from here, never its files.
export { AnswerBoundary } from "./AnswerBoundary";
export { AppLayout } from "./AppLayout";
export { NotFound, RouteError } from "./RouteError";
export { errorMessage, isRefusedSignIn } from "./error-kind";
export { saveFile } from "./save-file";
export { EmptyState, ErrorState, LoadingState } from "./states";
export { usePageTitle } from "./use-page-title";
