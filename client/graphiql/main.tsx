// GraphiQL for the Maillage API, built by Vite as a page of its own (client/dist/graphiql/) and
// served at /graphiql. Everything is bundled: the Monaco editor, its workers and the fonts, so it
// works without the internet.
import "graphiql/setup-workers/vite";
import "graphiql/style.css";
import "./graphiql.css";
import { GraphiQL } from "graphiql";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { fetchGraphQL } from "./fetch-graphql";

/** What the editor shows on a first visit: a search answered by the seed graph. */
const defaultQuery = `# Ctrl-Enter runs the query
{
  search(text: "femto", labels: [Organization]) {
    totalCount
    hits {
      node {
        ref
        name
        kind
      }
    }
  }
}
`;

createRoot(document.getElementById("graphiql")!).render(
  <StrictMode>
    <GraphiQL fetcher={fetchGraphQL} defaultQuery={defaultQuery} visiblePlugin="Documentation Explorer">
      <GraphiQL.Logo>Maillage</GraphiQL.Logo>
    </GraphiQL>
  </StrictMode>,
);
