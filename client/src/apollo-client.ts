import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from "@apollo/client";
import { SetContextLink } from "@apollo/client/link/context";
import { storedToken } from "./session";

/** Sends the signed-in person's token with each operation, unless the operation brings its own (sign-in checks one). */
function tokenLink(token: () => string | null): ApolloLink {
  return new SetContextLink((previous) => {
    const headers = (previous.headers ?? {}) as Record<string, string>;
    const current = token();
    return current && !("authorization" in headers)
      ? { headers: { ...headers, authorization: `Bearer ${current}` } }
      : {};
  });
}

/** The app's single Apollo Client, talking to the API on the same origin with the stored token. */
export function createApolloClient(uri = "/graphql", token: () => string | null = storedToken): ApolloClient {
  return new ApolloClient({
    link: ApolloLink.from([tokenLink(token), new HttpLink({ uri })]),
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
