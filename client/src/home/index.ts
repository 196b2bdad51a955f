// The public face of client/src/home: other features and the router import it from here, never its files.
export { HomePage } from "./HomePage";
