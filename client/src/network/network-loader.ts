import type { PreloadQueryFunction } from "@apollo/client/react";
import type { LoaderFunctionArgs } from "react-router";
import { NetworkPageDocument } from "../__generated__/graphql";
import { networkVariables } from "./network-params";

/** Starts loading the page's answer as soon as the URL is known (the renderer's code loads meanwhile). */
export function networkLoader(preloadQuery: PreloadQueryFunction) {
  return ({ request }: LoaderFunctionArgs) =>
    preloadQuery(NetworkPageDocument, { variables: networkVariables(new URL(request.url).searchParams) });
}
