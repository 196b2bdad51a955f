// The public face of client/src/entity: other features and the router import it from here, never its files.
export { EntityPage, entityPageLoader } from "./EntityPage";
export { FactGroups } from "./FactGroups";
