// Way (c) of the benchmark: what a hand-rolled GraphQL server does. A tiny graphql-js schema over the
// same graph with plain per-field resolvers: every relationship field of every object runs its own
// query (territory → its organisations → each one's locations → each commune's territories → each
// one's participations → each event's markets…), the N+1 pattern. No DataLoader, no translation of
// the whole selection into one Cypher query.
import { buildSchema, type GraphQLSchema } from "graphql";
import neo4j, { type Driver, type Node, type Record as Neo4jRecord, type Relationship } from "neo4j-driver";
import { nodeRef, toGraphEdge, toGraphNode, type GraphEdge, type GraphNode } from "../../graph/graph-values.js";
import { nodePattern, parseNodeRef } from "../../graph/node-ref.js";
import { searchIndex } from "../../graph/store-schema.js";
import { searchQuery } from "../../server/analytics/search.js";

const typeDefs = /* GraphQL */ `
  type Query {
    territory(code: ID!): Territory
    node(ref: ID!): Node
    search(text: String!, limit: Int!): SearchPage!
    shortestPaths(from: ID!, to: ID!, maxLength: Int!, limit: Int!): [Path!]!
  }
  enum Direction {
    OUT
    IN
    BOTH
  }
  type Property {
    name: String!
    value: String!
  }
  type Territory {
    ref: ID!
    key: String!
    name: String!
    organizations(kinds: [String!]!): [Node!]!
  }
  type Node {
    ref: ID!
    label: String!
    key: String!
    name: String!
    kind: String
    year: Int
    sources: [String!]!
    properties: [Property!]!
    links(types: [String!], direction: Direction = BOTH): [Link!]!
  }
  type Link {
    id: ID!
    type: String!
    from: ID!
    to: ID!
    source: String!
    quote: String!
    confidence: String!
    reason: String
    properties: [Property!]!
    other: Node!
  }
  type Path {
    nodes: [Node!]!
    edges: [Link!]!
  }
  type SearchPage {
    totalCount: Int!
    hits: [Hit!]!
  }
  type Hit {
    score: Float!
    node: Node!
  }
`;

/** The per-request context: the database, and how many queries the request ran. */
export class NaiveContext {
  queries = 0;

  constructor(
    private readonly driver: Driver,
    private readonly database: string | undefined,
  ) {}

  /** Runs one read query (and counts it). */
  async run(cypher: string, parameters: Record<string, unknown> = {}): Promise<Neo4jRecord[]> {
    this.queries++;
    const { records } = await this.driver.executeQuery(cypher, parameters, {
      database: this.database,
      routing: neo4j.routing.READ,
    });
    return records;
  }
}

/** The schema; resolvers are the methods of the root value and of the objects below. */
export function naiveSchema(): GraphQLSchema {
  return buildSchema(typeDefs);
}

/** The root fields. */
export const naiveRoot = {
  async territory(args: { code: string }, context: NaiveContext): Promise<NaiveTerritory | null> {
    const [record] = await context.run("MATCH (t:Territory {code: $code}) RETURN t", { code: args.code });
    return record ? new NaiveTerritory(record.get("t") as Node) : null;
  },
  async node(args: { ref: string }, context: NaiveContext): Promise<NaiveNode | null> {
    const ref = parseNodeRef(args.ref);
    const [record] = await context.run(`MATCH ${nodePattern("n", ref, "key")} RETURN n`, { key: ref.key });
    return record ? new NaiveNode(record.get("n") as Node) : null;
  },
  search(args: { text: string; limit: number }): NaiveSearchPage {
    return new NaiveSearchPage(searchQuery(args.text) ?? "", args.limit);
  },
  async shortestPaths(
    args: { from: string; to: string; maxLength: number; limit: number },
    context: NaiveContext,
  ): Promise<NaivePath[]> {
    const from = parseNodeRef(args.from);
    const to = parseNodeRef(args.to);
    const maxLength = Math.min(6, Math.max(1, Math.trunc(args.maxLength)));
    const records = await context.run(
      `MATCH ${nodePattern("a", from, "fromKey")} MATCH ${nodePattern("b", to, "toKey")}
       WITH a, b WHERE a <> b
       MATCH p = allShortestPaths((a)-[*..${maxLength}]-(b))
       RETURN [n IN nodes(p) | elementId(n)] AS nodeIds, [r IN relationships(p) | elementId(r)] AS edgeIds LIMIT $limit`,
      { fromKey: from.key, toKey: to.key, limit: neo4j.int(args.limit) },
    );
    return records.map((record) => new NaivePath(record.get("nodeIds") as string[], record.get("edgeIds") as string[]));
  },
};

class NaiveTerritory {
  readonly ref: string;
  readonly key: string;
  readonly name: string;

  constructor(private readonly node: Node) {
    ({ ref: this.ref, key: this.key, name: this.name } = toGraphNode(node));
  }

  async organizations(args: { kinds: string[] }, context: NaiveContext): Promise<NaiveNode[]> {
    const records = await context.run(
      `MATCH (t:Territory) WHERE elementId(t) = $id
       MATCH (t)<-[:PART_OF]-(:Commune)<-[:LOCATED_IN]-(o:Organization) WHERE o.kind IN $kinds
       RETURN DISTINCT o`,
      { id: this.node.elementId, kinds: args.kinds },
    );
    return records.map((record) => new NaiveNode(record.get("o") as Node));
  }
}

class NaiveNode {
  readonly ref: string;
  readonly label: string;
  readonly key: string;
  readonly name: string;
  readonly kind: string | null;
  readonly year: number | null;
  readonly sources: string[];
  readonly properties: GraphNode["properties"];

  constructor(private readonly node: Node) {
    ({
      ref: this.ref,
      label: this.label,
      key: this.key,
      name: this.name,
      kind: this.kind,
      year: this.year,
      sources: this.sources,
      properties: this.properties,
    } = toGraphNode(node));
  }

  /** This node's relationships (of some types, in a direction), each with the node at its other end. */
  async links(
    args: { types?: string[] | null; direction: "OUT" | "IN" | "BOTH" },
    context: NaiveContext,
  ): Promise<NaiveLink[]> {
    const pattern = { OUT: "(n)-[r]->(m)", IN: "(n)<-[r]-(m)", BOTH: "(n)-[r]-(m)" }[args.direction];
    const records = await context.run(
      `MATCH (n) WHERE elementId(n) = $id MATCH ${pattern} WHERE $types IS NULL OR type(r) IN $types RETURN r, m`,
      { id: this.node.elementId, types: args.types ?? null },
    );
    return records.map((record) => {
      const other = record.get("m") as Node;
      const refOf = (elementId: string) => (elementId === other.elementId ? nodeRef(other) : this.ref);
      return { ...toGraphEdge(record.get("r") as Relationship, refOf), other: new NaiveNode(other) };
    });
  }
}

type NaiveLink = GraphEdge & { other: NaiveNode };

class NaivePath {
  constructor(
    private readonly nodeIds: string[],
    private readonly edgeIds: string[],
  ) {}

  async nodes(_: unknown, context: NaiveContext): Promise<NaiveNode[]> {
    const records = await context.run("UNWIND $ids AS id MATCH (n) WHERE elementId(n) = id RETURN n", {
      ids: this.nodeIds,
    });
    return records.map((record) => new NaiveNode(record.get("n") as Node));
  }

  async edges(_: unknown, context: NaiveContext): Promise<NaiveLink[]> {
    const records = await context.run("UNWIND $ids AS id MATCH (s)-[r]->(e) WHERE elementId(r) = id RETURN r, s, e", {
      ids: this.edgeIds,
    });
    return records.map((record) => {
      const [start, end] = [record.get("s") as Node, record.get("e") as Node];
      const refOf = (elementId: string) => nodeRef(elementId === start.elementId ? start : end);
      return { ...toGraphEdge(record.get("r") as Relationship, refOf), other: new NaiveNode(end) };
    });
  }
}

class NaiveSearchPage {
  constructor(
    private readonly query: string,
    private readonly limit: number,
  ) {}

  async totalCount(_: unknown, context: NaiveContext): Promise<number> {
    if (this.query === "") return 0;
    const [record] = await context.run(
      "CALL db.index.fulltext.queryNodes($index, $query) YIELD node RETURN count(node) AS total",
      {
        index: searchIndex.name,
        query: this.query,
      },
    );
    return Number(record?.get("total") ?? 0);
  }

  async hits(_: unknown, context: NaiveContext): Promise<Array<{ score: number; node: NaiveNode }>> {
    if (this.query === "") return [];
    const records = await context.run(
      "CALL db.index.fulltext.queryNodes($index, $query) YIELD node, score RETURN node, score LIMIT $limit",
      {
        index: searchIndex.name,
        query: this.query,
        limit: neo4j.int(this.limit),
      },
    );
    return records.map((record) => ({
      score: record.get("score") as number,
      node: new NaiveNode(record.get("node") as Node),
    }));
  }
}
