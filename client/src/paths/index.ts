// The public face of client/src/paths: other features and the router import it from here, never its files.
export { PathFinderPage, pathFinderLoader } from "./PathFinderPage";
