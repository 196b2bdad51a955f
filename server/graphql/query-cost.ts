// The cost of a request before it runs: how many objects it may read, each list counted at the
// page size it will be cut to, nested lists multiplied. graphql-armor's cost limit adds field costs
// without looking at list sizes, so 30 aliases of lists nested 13 deep passed it; this refuses them.
import type { ApolloServerPlugin } from "@apollo/server";
import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  Kind,
  parse,
  type DocumentNode,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";
import { nodeKeys } from "../../schema/node-keys.js";

/** The page size of a node type's lists, from its `@limit(default:, max:)` directive. */
interface PageSize {
  default: number;
  max: number;
}

/**
 * How many rows the custom top-level lists (schema/analytics.graphql, analytics-pages.graphql,
 * editing.graphql) are counted as: `max` caps a `limit` or `first` argument (the resolver refuses
 * more), `rows` stands for a list without one. The lists inside their answers (a path's nodes, a
 * node's properties) are built by the same bounded query and count 1, except that a paged question
 * whose answers hold a bounded list of their own (`perAnswer`: the argument that bounds it and its
 * maximum) counts each answer that many times: a page of `first` answers of `pathsPerAnswer` paths
 * is counted as `first × pathsPerAnswer` rows.
 */
const customListRows: Record<string, { rows?: number; max?: number; perAnswer?: { argument: string; max: number } }> = {
  "Query.firmsAtEventsPage": { max: 500, perAnswer: { argument: "pathsPerAnswer", max: 100 } },
  "Query.eventParticipationPage": { max: 500, perAnswer: { argument: "participantsPerEvent", max: 500 } },
  "Query.search": { max: 100 },
  "Query.neighbourhood": { max: 5_000 },
  "Query.connections": { max: 20 },
  "Query.history": { max: 500 },
  "Query.firmsAtEvents": { rows: 200 },
  "Query.eventParticipation": { rows: 100 },
  "Query.fundingBetween": { rows: 20 },
  "Query.membersByCommune": { rows: 100 },
  "Query.membersByTerritory": { rows: 20 },
  "Query.countsByKind": { rows: 10 },
};

/** What a top-level list no rule names is counted as: the generated API's default page. */
const unknownListRows = 100;

/** The `@limit` of every node type in the type definitions, by type name. */
export function pageSizes(typeDefs: string[]): Map<string, PageSize> {
  const sizes = new Map<string, PageSize>();
  for (const definition of typeDefs.flatMap((source) => parse(source).definitions)) {
    if (definition.kind !== Kind.OBJECT_TYPE_DEFINITION && definition.kind !== Kind.INTERFACE_TYPE_DEFINITION) continue;
    const limit = definition.directives?.find((directive) => directive.name.value === "limit");
    if (!limit) continue;
    const value = (name: string) => {
      const argument = limit.arguments?.find((candidate) => candidate.name.value === name)?.value;
      return argument?.kind === Kind.INT ? Number(argument.value) : undefined;
    };
    const max = value("max");
    const fallback = value("default") ?? max;
    if (max === undefined || fallback === undefined)
      throw new Error(`@limit on ${definition.name.value} needs a max (and a default)`);
    sizes.set(definition.name.value, { default: fallback, max });
  }
  return sizes;
}

/** The node type behind a list or a connection field (`OrganizationsConnection` → `Organization`). */
function nodeTypeOf(type: GraphQLOutputType): string {
  const named = getNamedType(type);
  if (!isObjectType(named) || !named.name.endsWith("Connection")) return named.name;
  const edge = named.getFields().edges && getNamedType(named.getFields().edges!.type);
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type).name : named.name;
}

/** True when `where` pins the node type's key to one value: at most one row, whatever the page. */
function pinsKey(where: unknown, nodeType: string): boolean {
  const key = (nodeKeys as Record<string, string>)[nodeType];
  if (!key || typeof where !== "object" || where === null) return false;
  const filter = (where as Record<string, unknown>).node ?? where;
  const condition = (filter as Record<string, unknown>)[key];
  return typeof condition === "object" && condition !== null && (condition as { eq?: unknown }).eq != null;
}

const isList = (type: GraphQLOutputType): boolean => isListType(isNonNullType(type) ? type.ofType : type);

/**
 * The estimator: a scalar costs 0, an object 1 plus its fields, a list of objects its rows times
 * (1 plus its fields). Rows are the `limit` or `first` asked, else the node type's default page,
 * capped by its maximum; 1 when `where` pins the key; for a custom question, its `limit` or its
 * rule in `customListRows` (times its answers' own bound, for a paged question). A connection (or a question with a `limit` that answers one object,
 * such as `search`) counts its rows times its fields. Introspection costs nothing here (the depth
 * limit bounds it).
 */
function listSizeEstimator(sizes: Map<string, PageSize>): ComplexityEstimator {
  return ({ type, field, args, childComplexity }) => {
    if (type.name.startsWith("__") || field.name.startsWith("__") || isLeafType(getNamedType(field.type))) return 0;
    const nodeType = nodeTypeOf(field.type);
    const page = sizes.get(nodeType);
    const rule = customListRows[`${type.name}.${field.name}`];
    const asked = typeof args.limit === "number" ? args.limit : typeof args.first === "number" ? args.first : undefined;
    const connection =
      getNamedType(field.type).name.endsWith("Connection") && field.args.some((arg) => arg.name === "first");
    const paged = isList(field.type) || connection || asked !== undefined;
    if (!paged) return 1 + childComplexity;
    // A connection's edges are counted by the connection; an answer's inner lists by its question.
    const inner =
      (type.name.endsWith("Connection") && field.name === "edges") || (type.name !== "Query" && !sizes.has(type.name));
    let rows: number;
    if (inner) rows = 1;
    else if (pinsKey(args.where, nodeType)) rows = 1;
    else if (page) rows = Math.min(Math.max(asked ?? page.default, 1), page.max);
    else if (asked !== undefined) rows = Math.min(Math.max(asked, 1), rule?.max ?? asked);
    else rows = rule?.rows ?? unknownListRows;
    if (rule?.perAnswer && !inner) {
      const perAnswer: unknown = args[rule.perAnswer.argument];
      rows *= Math.min(Math.max(typeof perAnswer === "number" ? perAnswer : 1, 1), rule.perAnswer.max);
    }
    const cost = isList(field.type) ? rows * (1 + childComplexity) : Math.max(1, rows * childComplexity);
    return Math.min(cost, Number.MAX_SAFE_INTEGER);
  };
}

/** A request refused before it runs because of its size; `extensions.code` is `QUERY_TOO_COSTLY`. */
class QueryTooCostlyError extends GraphQLError {
  constructor(message: string, limit: "cost" | "rootFields", maximum: number, actual: number) {
    super(message, { extensions: { code: "QUERY_TOO_COSTLY", limit, maximum, actual, http: { status: 400 } } });
    this.name = "QueryTooCostlyError";
  }
}

/** The top-level fields an operation runs, aliases counted apart, fragments followed. */
export function countRootFields(document: DocumentNode, operation: OperationDefinitionNode): number {
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  // Each fragment counted once (validation has refused cycles): a fragment spread ten times at each
  // of many levels costs one count per fragment, not one per expansion.
  const counted = new Map<string, number>();
  const count = (selectionSet: SelectionSetNode): number =>
    selectionSet.selections.reduce((total, selection) => {
      if (selection.kind === Kind.FIELD) return total + (selection.name.value === "__typename" ? 0 : 1);
      if (selection.kind === Kind.INLINE_FRAGMENT) return total + count(selection.selectionSet);
      const fragment = fragments.get(selection.name.value);
      if (!fragment) return total;
      let fragmentCount = counted.get(fragment.name.value);
      if (fragmentCount === undefined) {
        counted.set(fragment.name.value, 0);
        fragmentCount = count(fragment.selectionSet);
        counted.set(fragment.name.value, fragmentCount);
      }
      return total + fragmentCount;
    }, 0);
  return count(operation.selectionSet);
}

/** The cost of an operation with its variables, as the limit counts it. */
export function queryCost(
  schema: GraphQLSchema,
  sizes: Map<string, PageSize>,
  document: DocumentNode,
  variables?: Record<string, unknown>,
  operationName?: string,
): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listSizeEstimator(sizes)] });
}

/** A cost, or Infinity when graphql-query-complexity gives up on a document too large to walk (an error without a code). */
function costOrRefusal(count: () => number): number {
  try {
    return count();
  } catch (error) {
    if (error instanceof GraphQLError && error.extensions.code === undefined) return Number.POSITIVE_INFINITY;
    throw error;
  }
}

/** How many (operation, variables) costs are kept per document: the same lookup asked again is not walked again. */
const costsPerDocument = 512;

/**
 * The costs already counted, per parsed document (Apollo keeps one DocumentNode per query text in its
 * document store, so a repeated query is the same object): a cost depends only on the schema, the
 * document, the operation and the variables. `undefined` marks variables the execution will refuse.
 */
function costMemo() {
  const byDocument = new WeakMap<DocumentNode, Map<string, number | undefined>>();
  return (document: DocumentNode, key: string, count: () => number | undefined): number | undefined => {
    let costs = byDocument.get(document);
    if (!costs) {
      costs = new Map<string, number | undefined>();
      byDocument.set(document, costs);
    }
    if (costs.has(key)) return costs.get(key);
    const cost = count();
    costs.set(key, cost);
    if (costs.size > costsPerDocument) costs.delete(costs.keys().next().value!);
    return cost;
  };
}

/**
 * An Apollo plugin that refuses, once the operation is known and before anything runs, a request
 * over `maxCost` or running more than `maxRootFields` top-level fields.
 */
export function queryCostPlugin(
  limits: { maxCost: number; maxRootFields: number },
  sizes: Map<string, PageSize>,
): ApolloServerPlugin {
  const memo = costMemo();
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const rootFields = countRootFields(document, operation);
          if (rootFields > limits.maxRootFields) {
            throw new QueryTooCostlyError(
              `The request runs ${rootFields} top-level fields; at most ${limits.maxRootFields} are allowed per request: split it.`,
              "rootFields",
              limits.maxRootFields,
              rootFields,
            );
          }
          const key = `${request.operationName ?? ""}\u0000${JSON.stringify(request.variables ?? {})}`;
          const cost = memo(document, key, () => {
            // Variables that do not fit their types are the execution's to refuse, with its coded error;
            // the cost is counted on variables that do.
            const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.variables ?? {});
            if (coerced.errors) return undefined;
            return costOrRefusal(() =>
              queryCost(schema, sizes, document, request.variables, request.operationName ?? undefined),
            );
          });
          if (cost === undefined) return;
          if (cost > limits.maxCost) {
            throw new QueryTooCostlyError(
              `The request may read about ${cost.toLocaleString("en")} objects (each list counted at its page size); the limit is ${limits.maxCost.toLocaleString("en")}: ask for smaller pages (limit, first) or fewer nested lists.`,
              "cost",
              limits.maxCost,
              cost,
            );
          }
        },
      };
    },
  };
}
