import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** The app's single Apollo Client, talking to the API on the same origin; the session cookie (HttpOnly,
 *  out of reach of page scripts) says who is signed in. Its JSON requests pass Apollo's CSRF prevention. */
export function createApolloClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri, credentials: "same-origin" }),
    cache: new InMemoryCache({
      typePolicies: {
        // The analyst API identifies nodes by `ref` (Label:key) and facts by `id`.
        GraphNode: { keyFields: ["ref"] },
        GraphEdge: { keyFields: ["id"] },
        SourceText: { keyFields: ["id"] },
        Organization: { keyFields: ["id"] },
        Commune: { keyFields: ["id"] },
        Territory: { keyFields: ["code"] },
        Market: { keyFields: ["code"] },
        // Who is signed in is not an entity of the graph: kept under the query, replaced on sign-in.
        Viewer: { keyFields: false },
      },
    }),
  });
}
