import type { ApolloClient } from "@apollo/client";
import type { PreloadQueryFunction } from "@apollo/client/react";
import { type LoaderFunctionArgs, redirect } from "react-router";
import { FundingViewDocument } from "../__generated__/graphql";
import { currentProgrammeId } from "./current-programme";

/** The view's variables from its URL: `/funding/pmt-animation-2024?funder=gbm&recipient=pmt`. */
export function fundingVariables(programme: string, search: URLSearchParams) {
  const funder = search.get("funder")?.trim() || "gbm";
  const recipient = search.get("recipient")?.trim() || "pmt";
  return {
    programme,
    funder,
    recipient,
    funderRef: `Organization:${funder}`,
    recipientRef: `Organization:${recipient}`,
  };
}

/** Starts loading the funding as soon as the URL is known (the charts' code loads meanwhile);
 *  `/funding` alone goes to the current programme's URL. */
export function fundingLoader(client: ApolloClient, preloadQuery: PreloadQueryFunction) {
  return async ({ params, request }: LoaderFunctionArgs) => {
    const url = new URL(request.url);
    if (!params.programme) {
      const current = await currentProgrammeId(client);
      if (current) throw redirect(`/funding/${encodeURIComponent(current)}${url.search}`);
    }
    return preloadQuery(FundingViewDocument, { variables: fundingVariables(params.programme ?? "", url.searchParams) });
  };
}
