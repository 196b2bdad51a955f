// The public face of client/src/network: the router imports it from here. Its page is not here: the
// router loads it on demand, with sigma.
export { networkLoader } from "./network-loader";
