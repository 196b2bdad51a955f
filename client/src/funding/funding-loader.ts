import type { PreloadQueryFunction } from "@apollo/client/react";
import type { LoaderFunctionArgs } from "react-router";
import { FundingViewDocument } from "../__generated__/graphql";

/** The view's variables from its URL: `/funding/pmt-animation-2024?funder=gbm&recipient=pmt`. */
export function fundingVariables(programme: string | undefined, search: URLSearchParams) {
  const funder = search.get("funder")?.trim() || "gbm";
  const recipient = search.get("recipient")?.trim() || "pmt";
  return {
    programme: programme || "pmt-animation-2024",
    funder,
    recipient,
    funderRef: `Organization:${funder}`,
    recipientRef: `Organization:${recipient}`,
  };
}

/** Starts loading the funding as soon as the URL is known (the charts' code loads meanwhile). */
export function fundingLoader(preloadQuery: PreloadQueryFunction) {
  return ({ params, request }: LoaderFunctionArgs) =>
    preloadQuery(FundingViewDocument, { variables: fundingVariables(params.programme, new URL(request.url).searchParams) });
}
