// The public face of client/src/graph-node: other features and the router import it from here, never its files.
export { EntityLink } from "./EntityLink";
export { LabelBadge } from "./LabelBadge";
export { PropertyValues } from "./PropertyValues";
export {
  entityLabels,
  entityPath,
  graphPath,
  keyOfRef,
  labelColors,
  labelOfRef,
  pathsPath,
  qualityPath,
  refOf,
} from "./entity-ref";
