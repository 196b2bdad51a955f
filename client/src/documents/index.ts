// The public face of client/src/documents: the router imports it from here, never its files.
export { DocumentPage } from "./DocumentPage";
export { UploadSourcePage } from "./UploadSourcePage";
