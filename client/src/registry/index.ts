// The public face of client/src/registry: other features and the router import it from here, never its files.
export { RegistryPage } from "./RegistryPage";
export { RegistryPanel } from "./RegistryPanel";
