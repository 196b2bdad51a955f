import type { ApolloClient } from "@apollo/client";
import type { PreloadQueryFunction } from "@apollo/client/react";
import { type LoaderFunctionArgs, redirect } from "react-router";
import { FundingViewDocument } from "../__generated__/graphql";
import { refOf } from "../graph-node";
import { currentProgrammeId } from "./current-programme";

/** The view's variables from its URL: `/funding/pmt-animation-2024?funder=gbm&recipient=pmt`, as refs. */
export function fundingVariables(programme: string, search: URLSearchParams) {
  return {
    programmeRef: refOf("Programme", programme),
    funderRef: refOf("Organization", search.get("funder")?.trim() || "gbm"),
    recipientRef: refOf("Organization", search.get("recipient")?.trim() || "pmt"),
  };
}

/** Starts loading the funding as soon as the URL is known (the charts' code loads meanwhile);
 *  `/funding` alone goes to the current programme's URL, or gives null when the graph has none
 *  (the view then says so, rather than asking the API for the programme "Programme:"). */
export function fundingLoader(client: ApolloClient, preloadQuery: PreloadQueryFunction) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    if (!params.programme) {
      const current = await currentProgrammeId(client);
      if (current) throw redirect(`/funding/${encodeURIComponent(current)}${url.search}`);
      return null;
    }
    return preloadQuery(FundingViewDocument, { variables: fundingVariables(params.programme, url.searchParams) });
  };
}
