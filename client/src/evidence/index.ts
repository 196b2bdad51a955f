// The public face of client/src/evidence: other features and the router import it from here, never its files.
export { ConfidenceBadge } from "./ConfidenceBadge";
export { Evidence } from "./Evidence";
export { EvidencePath } from "./EvidencePath";
export { SourceDialog } from "./SourceDialog";
export { pathText } from "./path-text";
