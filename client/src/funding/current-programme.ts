// The funding views open on the programme PMT runs now, which the server knows (no year written here).
import type { ApolloClient } from "@apollo/client";
import { CurrentProgrammeDocument } from "../__generated__/graphql";

/** The id of the programme PMT runs now (read once, then from the cache); null when the graph has none. */
export async function currentProgrammeId(client: ApolloClient): Promise<string | null> {
  const { data } = await client.query({ query: CurrentProgrammeDocument, fetchPolicy: "cache-first" });
  return data?.currentProgramme?.key ?? null;
}
