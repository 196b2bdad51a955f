// The public face of client/src/deliverables: other features and the router import it from here, never its files.
export { DeliverablesPage, deliverablesLoader } from "./DeliverablesPage";
export { downloadDeliverable } from "./deliverable-files";
