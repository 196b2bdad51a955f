// The public face of client/src/funding: other features and the router import it from here, never its files. Its page is not here: the router loads it on demand, with recharts.
export { currentProgrammeId } from "./current-programme";
export { fundingLoader } from "./funding-loader";
