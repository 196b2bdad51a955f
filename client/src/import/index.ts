// The public face of client/src/import: other features and the router import it from here, never its files.
export { ImportPage } from "./ImportPage";
