// Funding received by funder and year for a programme's review: each funder of the programme
// (analytics' programmeFunding) and what it gave the programme's runner over the years
// (analytics' fundingBetween).
import { fundingBetween, programmeFunding } from "../analytics/funding.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import type { ResolversParentTypes } from "../__generated__/resolvers-types.js";

export type ReceivedFunding = ResolversParentTypes["ReceivedFunding"];

/** What each funder of the programme gave the organisations that run it, by funder name then year. */
export async function fundingReceived(graph: GraphDatabase, programmeId: string): Promise<ReceivedFunding[]> {
  const funding = await programmeFunding(graph, programmeId);
  if (!funding) return [];
  const runners = await readQuery(graph, "MATCH (o:Organization)-[:RUNS]->(:Programme {id: $id}) RETURN o.id AS id", {
    id: programmeId,
  });
  const funders = [...new Map(funding.byFunder.map((share) => [share.funder.key, share.funder])).values()];
  const pairs = funders.flatMap((funder) => runners.map((runner) => ({ funder, runner: String(runner.get("id")) })));
  const given = await Promise.all(pairs.map(({ funder, runner }) => fundingBetween(graph, funder.key, runner)));
  const received: ReceivedFunding[] = pairs.flatMap(({ funder }, index) =>
    given[index]!.map(({ year, amount, currency, recipient, evidence }) => ({
      funder,
      year,
      amount,
      currency,
      recipient,
      evidence,
    })),
  );
  return received.sort((a, b) => a.funder.name.localeCompare(b.funder.name, "fr") || (a.year ?? 0) - (b.year ?? 0));
}
