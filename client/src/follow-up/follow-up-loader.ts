import type { PreloadQueryFunction } from "@apollo/client/react";
import type { LoaderFunctionArgs } from "react-router";
import { FollowUpViewDocument, YearlyReviewViewDocument } from "../__generated__/graphql";
import { refOf } from "../graph-node";

/** The variables of `/programmes/pmt-animation-2024?year=2024`: the programme's ref and the year, when given. */
export function followUpVariables(params: LoaderFunctionArgs["params"], request: Request) {
  const year = Number(new URL(request.url).searchParams.get("year"));
  return { ref: refOf("Programme", params.programme ?? ""), year: Number.isInteger(year) && year > 0 ? year : null };
}

/** Starts loading the follow-up page's query as soon as its URL is known. */
export function followUpLoader(preloadQuery: PreloadQueryFunction) {
  return ({ params, request }: LoaderFunctionArgs) =>
    preloadQuery(FollowUpViewDocument, { variables: followUpVariables(params, request) });
}

/** Starts loading the yearly review's query as soon as its URL is known. */
export function yearlyReviewLoader(preloadQuery: PreloadQueryFunction) {
  return ({ params, request }: LoaderFunctionArgs) =>
    preloadQuery(YearlyReviewViewDocument, { variables: followUpVariables(params, request) });
}
