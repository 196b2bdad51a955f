import { ApolloClient, ApolloLink, InMemoryCache } from "@apollo/client";
import type { PreloadQueryFunction } from "@apollo/client/react";
import type { LoaderFunctionArgs } from "react-router";
import { describe, expect, it } from "vitest";
import { CurrentProgrammeDocument } from "../__generated__/graphql";
import { fundingLoader } from "./funding-loader";

/** A client whose cache already knows the current programme (or that there is none); it has no network. */
function clientKnowing(currentProgramme: { ref: string; key: string } | null): ApolloClient {
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: new ApolloLink(() => {
      throw new Error("the loader should read the current programme from the cache");
    }),
  });
  client.writeQuery({
    query: CurrentProgrammeDocument,
    data: { currentProgramme },
  });
  return client;
}

/** A preloadQuery that records the variables it was asked for. */
function recordingPreload() {
  const calls: unknown[] = [];
  const preloadQuery = ((_document: unknown, options: { variables: unknown }) => {
    calls.push(options.variables);
    return { preloaded: options.variables };
  }) as unknown as PreloadQueryFunction;
  return { preloadQuery, calls };
}

const visit = (path: string, programme?: string) =>
  ({
    params: programme ? { programme } : {},
    request: new Request(`http://maillage.test${path}`),
  }) as LoaderFunctionArgs;

describe("the funding view's loader", () => {
  it("sends /funding to the current programme's address", async () => {
    const { preloadQuery, calls } = recordingPreload();
    const loader = fundingLoader(
      clientKnowing({ ref: "Programme:pmt-animation-2024", key: "pmt-animation-2024" }),
      preloadQuery,
    );
    const answer = await loader(visit("/funding?funder=gbm")).catch((thrown: unknown) => thrown);
    expect(answer).toBeInstanceOf(Response);
    expect((answer as Response).headers.get("Location")).toBe("/funding/pmt-animation-2024?funder=gbm");
    expect(calls).toEqual([]);
  });

  it("asks for nothing when the graph has no current programme, so the view can say so", async () => {
    const { preloadQuery, calls } = recordingPreload();
    const loader = fundingLoader(clientKnowing(null), preloadQuery);
    await expect(loader(visit("/funding"))).resolves.toBeNull();
    // Before: programmeRef "Programme:" went to the API, which refused it (BAD_USER_INPUT).
    expect(calls).toEqual([]);
  });

  it("loads the programme the address names", async () => {
    const { preloadQuery, calls } = recordingPreload();
    const loader = fundingLoader(clientKnowing(null), preloadQuery);
    await loader(visit("/funding/etincelles-2024?funder=bpi", "etincelles-2024"));
    expect(calls).toEqual([
      {
        programmeRef: "Programme:etincelles-2024",
        funderRef: "Organization:bpi",
        recipientRef: "Organization:pmt",
      },
    ]);
  });
});
