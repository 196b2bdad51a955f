import type { PreloadQueryFunction } from "@apollo/client/react";
import type { LoaderFunctionArgs, ShouldRevalidateFunctionArgs } from "react-router";
import { GraphNeighbourhoodDocument } from "../__generated__/graphql";

/** The neighbourhood asked by the URL: `/graph/Organization%3Apmt?depth=2&limit=5000`. */
export function graphVariables(ref: string | undefined, search: URLSearchParams) {
  const limit = Number(search.get("limit"));
  return {
    ref: ref ?? "",
    depth: search.get("depth") === "2" ? 2 : 1,
    limit: Number.isInteger(limit) && limit >= 1 && limit <= 5000 ? limit : 2000,
  };
}

/**
 * Starts loading the neighbourhood as soon as the URL is known (the renderer's code loads meanwhile).
 * The graph keeps its own model (graphology): normalising thousands of nodes into Apollo's cache
 * would cost seconds for nothing, so these queries bypass it.
 */
export function graphLoader(preloadQuery: PreloadQueryFunction) {
  return ({ params, request }: LoaderFunctionArgs) =>
    preloadQuery(GraphNeighbourhoodDocument, {
      variables: graphVariables(params.ref, new URL(request.url).searchParams),
      fetchPolicy: "no-cache",
    });
}

/** Selecting, expanding and filtering change the URL but not the loaded neighbourhood. */
export function shouldReloadGraph({
  currentUrl,
  nextUrl,
  currentParams,
  nextParams,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  if (currentUrl.href === nextUrl.href) return defaultShouldRevalidate;
  const current = graphVariables(currentParams.ref, currentUrl.searchParams);
  const next = graphVariables(nextParams.ref, nextUrl.searchParams);
  return current.ref !== next.ref || current.depth !== next.depth || current.limit !== next.limit;
}
