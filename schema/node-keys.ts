// The key property of each node label: unique, asserted as a constraint at start, used by the
// seed loader to MERGE. Part of the graph vocabulary contract (see schema/*.graphql).
export const nodeKeys = {
  Organization: "id",
  Person: "id",
  Commune: "id",
  Territory: "code",
  Event: "id",
  Market: "code",
  Programme: "id",
  Project: "id",
  Document: "id",
  Indicator: "id",
  /** An action of a programme's axis (schema/programme-action.graphql), linked by HAS_ACTION. */
  Action: "id",
  Deliverable: "id",
  BudgetLine: "id",
  Convention: "id",
  Clause: "id",
  EventSeries: "id",
  Place: "id",
  DataQualityNote: "id",
  /** A result recorded against an Indicator (server/follow-up), linked by HAS_RESULT. */
  IndicatorResult: "id",
  /** An entry of the audit trail (server/editing), linked by CHANGED to what it changed. */
  Change: "id",
} as const;

export type Label = keyof typeof nodeKeys;
