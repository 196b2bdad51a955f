import { ApolloClient, HttpLink, InMemoryCache } from "@apollo/client";

/** The app's single Apollo Client, talking to the API on the same origin. */
export function createApolloClient(uri = "/graphql"): ApolloClient {
  return new ApolloClient({
    link: new HttpLink({ uri }),
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
      },
    }),
  });
}
