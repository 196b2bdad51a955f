import type { GraphiQLProps } from "graphiql";
import type { ExecutionResult } from "graphql";

/** Sends GraphiQL's operations to the API on the same origin, with the headers typed in the editor. */
export const fetchGraphQL: GraphiQLProps["fetcher"] = async (params, options) => {
  const response = await fetch("/graphql", {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/json", ...options?.headers },
    body: JSON.stringify(params),
  });
  if (!response.headers.get("content-type")?.includes("json")) {
    throw new Error(
      `/graphql answered HTTP ${response.status} ${response.statusText}: is the Maillage server running?`,
    );
  }
  return (await response.json()) as ExecutionResult;
};
