// The public face of client/src/quality: the router imports it from here, never its files.
export { dataQualityLoader, DataQualityPage } from "./DataQualityPage";
