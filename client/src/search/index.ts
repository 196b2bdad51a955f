// The public face of client/src/search: other features and the router import it from here, never its files.
export { EntitySearch, type PickedEntity } from "./EntitySearch";
