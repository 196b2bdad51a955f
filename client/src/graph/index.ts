// The public face of client/src/graph: other features and the router import it from here, never its files. Its page is not here: the router loads it on demand, with sigma.
export { graphLoader, shouldReloadGraph } from "./graph-loader";
