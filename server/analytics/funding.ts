import type { Node, Relationship } from "neo4j-driver";
import { RefIndex } from "../../graph/graph-values.js";
import type { FundingSector, ResolversParentTypes } from "../__generated__/resolvers-types.js";
import { toNumber } from "../../graph/property-values.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";

type Sector = FundingSector;

/** Who funds a programme, in the shape of the schema's FundingBreakdown. */
export type FundingBreakdown = ResolversParentTypes["FundingBreakdown"];

/** One funding, in the shape of the schema's FundingFact. */
export type FundingFact = ResolversParentTypes["FundingFact"];

/**
 * Who funds a programme and how much, public (FUNDS from public bodies) against private (the rest):
 * FUNDS to the programme, and FUNDS to the organisation that runs it for this programme (`programme`).
 */
export async function programmeFunding(reader: GraphDatabase, programmeId: string): Promise<FundingBreakdown | null> {
  const [record] = await readQuery(
    reader,
    `MATCH (p:Programme {id: $id})
     CALL (p) { OPTIONAL MATCH (f:Organization)-[r:FUNDS]->(p) RETURN collect([f, r]) AS direct }
     CALL (p) {
       OPTIONAL MATCH (f:Organization)-[r:FUNDS]->(:Organization)-[:RUNS]->(p) WHERE r.programme = p.id
       RETURN collect([f, r]) AS viaRunner
     }
     CALL (p) { OPTIONAL MATCH (p)-[h:HAS_BUDGET_LINE]->(b:BudgetLine) RETURN collect([b, h]) AS lines }
     RETURN p, direct + viaRunner AS funds, lines`,
    { id: programmeId },
  );
  if (!record) return null;
  const refs = new RefIndex();
  const [programme] = refs.add([record.get("p") as Node]);
  const funds = (record.get("funds") as Array<[Node, Relationship]>)
    .filter(([funder]) => funder !== null)
    .map(([funder, relationship]) => {
      const [funderNode] = refs.add([funder]);
      const sector: Sector = funderNode!.kind === "PUBLIC_BODY" ? "PUBLIC" : "PRIVATE";
      return {
        funder: funderNode!,
        amount: toNumber(relationship.properties.amount) ?? 0,
        year: toNumber(relationship.properties.year),
        sector,
        evidence: refs.edge(relationship),
      };
    });
  const budgetLines = (record.get("lines") as Array<[Node, Relationship]>)
    .filter(([line]) => line !== null)
    .map(([line, relationship]) => {
      const [lineNode] = refs.add([line]);
      const props = line.properties as Record<string, unknown>;
      return {
        line: lineNode!,
        amount: toNumber(props.amount) ?? 0,
        side: props.side === "EXPENSE" ? ("EXPENSE" as const) : ("REVENUE" as const),
        sector: props.sector === "PUBLIC" || props.sector === "PRIVATE" ? (props.sector as Sector) : null,
        evidence: refs.edge(relationship),
      };
    });
  const sum = (amounts: number[]) => amounts.reduce((total, amount) => total + amount, 0);
  const publicAmount = sum(funds.filter((fund) => fund.sector === "PUBLIC").map((fund) => fund.amount));
  const privateAmount =
    sum(funds.filter((fund) => fund.sector === "PRIVATE").map((fund) => fund.amount)) +
    sum(budgetLines.filter((line) => line.side === "REVENUE" && line.sector === "PRIVATE").map((line) => line.amount));
  const total = publicAmount + privateAmount;
  return {
    programme: programme!,
    currency: "EUR",
    total,
    public: publicAmount,
    private: privateAmount,
    byFunder: funds
      .map((fund) => ({ ...fund, share: total > 0 ? fund.amount / total : 0 }))
      .sort((a, b) => b.amount - a.amount),
    budgetLines: budgetLines.sort((a, b) => (a.side === b.side ? b.amount - a.amount : a.side === "REVENUE" ? -1 : 1)),
  };
}

/** What one organisation gave another, directly or to the programmes the other runs, by year. */
export async function fundingBetween(
  reader: GraphDatabase,
  funderId: string,
  recipientId: string,
): Promise<FundingFact[]> {
  const records = await readQuery(
    reader,
    `MATCH (f:Organization {id: $funder}), (o:Organization {id: $recipient})
     CALL (f, o) {
       MATCH (f)-[r:FUNDS]->(o) RETURN r, o AS target
       UNION
       MATCH (f)-[r:FUNDS]->(p:Programme)<-[:RUNS]-(o) RETURN r, p AS target
     }
     RETURN f, target, r ORDER BY r.year, target.name`,
    { funder: funderId, recipient: recipientId },
  );
  return records.map((record) => {
    const refs = new RefIndex();
    const [, recipient] = refs.add([record.get("f") as Node, record.get("target") as Node]);
    const relationship = record.get("r") as Relationship;
    return {
      year: toNumber(relationship.properties.year),
      amount: toNumber(relationship.properties.amount) ?? 0,
      currency: String(relationship.properties.currency ?? "EUR"),
      recipient: recipient!,
      evidence: refs.edge(relationship),
    };
  });
}
