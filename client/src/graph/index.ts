// The public face of client/src/graph: other features and the router import it from here, never its files. Its page is not here: the router loads it on demand, with sigma.
import { lazy } from "react";

export { graphLoader, shouldReloadGraph } from "./graph-loader";
// The canvas, for other views that draw a graph (the network page): loaded on demand, with sigma.
export const GraphCanvas = lazy(() => import("./GraphCanvas").then((module) => ({ default: module.GraphCanvas })));
export type { EdgeAttributes, ExplorerGraph, NodeAttributes } from "./merge-neighbourhood";
