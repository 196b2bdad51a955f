// The tables the 2024 convention asks PMT for, generated from the graph: the list, and the one
// function that builds any of them.
import type { Driver } from "neo4j-driver";
import {
  DeliverableError,
  resolveParams,
  type DeliverableDefinition,
  type DeliverableParams,
  type DeliverableTable,
} from "./deliverable-table.js";
import { memberFirms } from "./member-firms.js";
import { participantsPerAction } from "./participants-per-action.js";
import { participantsPerEvent } from "./participants-per-event.js";
import { fundingTable } from "./programme-funding.js";
import { researchProjects } from "./research-projects.js";
import { yearlyReview } from "./yearly-review.js";

const definitions: DeliverableDefinition[] = [
  participantsPerEvent,
  participantsPerAction,
  memberFirms,
  researchProjects,
  fundingTable,
  yearlyReview,
];

/** The deliverable tables: id, French title, where the convention asks for it, and parameters read. */
export const deliverableTables = definitions.map(({ id, title, reference, description, params }) => ({
  id,
  title,
  reference,
  description,
  params,
}));

export type DeliverableSummary = (typeof deliverableTables)[number];

/** Builds a deliverable table from the graph; throws DeliverableError for an unknown table or a bad parameter. */
export async function buildDeliverable(
  driver: Driver,
  id: string,
  params: DeliverableParams = {},
  options: { database?: string | undefined; timeoutMs?: number } = {},
): Promise<DeliverableTable> {
  const definition = definitions.find((candidate) => candidate.id === id);
  if (!definition)
    throw new DeliverableError(
      `no deliverable table is called "${id}": ${definitions.map((candidate) => candidate.id).join(", ")}`,
      "NOT_FOUND",
    );
  const resolved = resolveParams(params);
  const { columns, rows } = await definition.build(
    { driver, database: options.database, timeoutMs: options.timeoutMs },
    resolved,
  );
  return {
    id,
    title: definition.title,
    reference: definition.reference,
    params: resolved,
    generatedAt: new Date().toISOString(),
    columns,
    rows,
  };
}
