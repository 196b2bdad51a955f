import type { PreloadQueryFunction } from "@apollo/client/react";
import type { LoaderFunctionArgs } from "react-router";
import { FundingViewDocument } from "../__generated__/graphql";
import { refOf } from "../graph-node/entity-ref";

/** The view's variables from its URL: `/funding/pmt-animation-2024?funder=gbm&recipient=pmt`, as refs. */
export function fundingVariables(programme: string | undefined, search: URLSearchParams) {
  return {
    programmeRef: refOf("Programme", programme || "pmt-animation-2024"),
    funderRef: refOf("Organization", search.get("funder")?.trim() || "gbm"),
    recipientRef: refOf("Organization", search.get("recipient")?.trim() || "pmt"),
  };
}

/** Starts loading the funding as soon as the URL is known (the charts' code loads meanwhile). */
export function fundingLoader(preloadQuery: PreloadQueryFunction) {
  return ({ params, request }: LoaderFunctionArgs) =>
    preloadQuery(FundingViewDocument, { variables: fundingVariables(params.programme, new URL(request.url).searchParams) });
}
