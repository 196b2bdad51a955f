// Which operations the response cache (response-cache.ts) may answer, and the key of an answer.
import {
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * The root query fields whose answer is a function of the graph alone: the same document and
 * variables over the same database state give the same answer to every anonymous caller. An
 * operation is cacheable only when ALL its root fields are here (`__typename` aside).
 */
export const cacheableRootFields: ReadonlySet<string> = new Set([
  // The analyst questions (server/analytics/): hand-written Cypher over the graph, nothing else.
  "entity",
  "search",
  "neighbourhood",
  "connections",
  "firmsAtEvents",
  "firmsAtEventsPage",
  "eventParticipation",
  "eventParticipationPage",
  "membersByCommune",
  "membersByTerritory",
  "countsByKind",
  "currentProgramme",
  "programmeFunding",
  "fundingBetween",
  "sourceText",
  "dataQuality",
  // A document's text, facts, mentions and suggestions (server/sources/): read from its Document node
  // and the graph's names (the mentions' gazetteer is read from the graph at each request).
  "documentPage",
  "documentFacts",
  "documentMentions",
  "documentSuggestions",
  "searchDocumentText",
  // The register's questions over the graph (server/registry/registry-questions.ts).
  "registryDisagreements",
  "organizationsBySizeAndActivity",
  // The lists @neo4j/graphql generates from schema/*.graphql: one Cypher query over the graph.
  ...[
    "actions",
    "budgetLines",
    "clauses",
    "communes",
    "conventions",
    "dataQualityNotes",
    "deliverables",
    "documents",
    "eventSeries",
    "events",
    "indicatorResults",
    "indicators",
    "markets",
    "organizations",
    "people",
    "places",
    "programmes",
    "projects",
    "territories",
  ].flatMap((list) => [list, `${list}Connection`]),
]);

/**
 * The root query fields never cached, each family with the reason; every root query field of the
 * schema is in one of the two sets (server/graphql/cacheable-operation.test.ts checks it), so a new
 * field needs a decision.
 */
export const uncachedRootFields: ReadonlyMap<string, string> = new Map([
  // Who asks, not what the graph says.
  ["me", "the caller's identity"],
  ["accounts", "accounts: admins only, and about people, not the graph's facts"],
  ["apiTokens", "tokens: admins only"],
  ["accountChanges", "the audit trail of accounts"],
  ["history", "the audit trail of a node: its Change entries are not served as graph facts"],
  // Their own cache, and answers that say whether they came from it (`computedMs`, `cached`).
  ["networkMetrics", "the network questions have their own cache (server/network/)"],
  ["communities", "the network questions have their own cache (server/network/)"],
  ["brokers", "the network questions have their own cache (server/network/)"],
  ["networkChange", "the network questions have their own cache (server/network/)"],
  // Answers that also depend on today's date.
  ["programmeFollowUp", "its progress is measured against today's date"],
  ["deliverablesDueSoon", "due soon counts from today's date"],
  // The register's configuration, jobs and review queue.
  ["registrySearch", "the server's configuration, not the graph"],
  ["registryImportProgress", "a job's progress, forgotten after a day: time and job state"],
  ["registryMatches", "the review queue: editors only, never answered to an anonymous caller"],
]);

/** The root field names an operation runs, fragments followed; `__typename` is left out. */
export function rootFieldNames(operation: OperationDefinitionNode, document: DocumentNode): string[] {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition.selectionSet] as const] : [],
    ),
  );
  const names: string[] = [];
  const seen = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        if (selection.name.value !== "__typename") names.push(selection.name.value);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        // An unknown fragment fails validation before this runs; named here so nothing is cached.
        if (fragment) visit(fragment);
        else names.push(`...${selection.name.value}`);
      }
    }
  };
  visit(operation.selectionSet);
  return names;
}

/** Whether an operation may be answered from the cache: a query whose root fields are all graph reads. */
export function isCacheableOperation(operation: OperationDefinitionNode, document: DocumentNode): boolean {
  if (operation.operation !== OperationTypeNode.QUERY) return false;
  const names = rootFieldNames(operation, document);
  return names.length > 0 && names.every((name) => cacheableRootFields.has(name));
}

/** JSON with every object's keys sorted, so that the same variables always give the same text. */
export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(",")}}`;
  }
  return JSON.stringify(value ?? null);
}

/** The key of an answer: the document's hash, the operation's name and the variables, canonically. */
export function responseCacheKey(
  queryHash: string,
  operationName: string | null | undefined,
  variables: Record<string, unknown> | undefined,
): string {
  return `${queryHash}\n${operationName ?? ""}\n${canonicalJson(variables ?? {})}`;
}
