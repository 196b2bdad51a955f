// The public face of client/src/graph-node: other features and the router import it from here, never its files.
export { EntityLink } from "./EntityLink";
export { LabelBadge } from "./LabelBadge";
export { PropertyValues } from "./PropertyValues";
export { entityLabels, entityPath, graphPath, labelColors, labelOfRef, pathsPath } from "./entity-ref";
