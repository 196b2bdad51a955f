// The public face of client/src/history: other features and the router import it from here, never its files.
export { EntityHistory } from "./EntityHistory";
