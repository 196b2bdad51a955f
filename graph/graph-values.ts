// Turns Neo4j nodes and relationships into the analyst API's GraphNode and GraphEdge.
import type { Node, Relationship } from "neo4j-driver";
import { nodeKeys, type Label } from "../schema/node-keys.js";
import { isLabel } from "./node-ref.js";
import { toNumber, toPlain } from "./property-values.js";

export interface PropertyValue {
  name: string;
  value: string;
}

export interface GraphNode {
  ref: string;
  label: Label;
  key: string;
  name: string;
  kind: string | null;
  year: number | null;
  sources: string[];
  properties: PropertyValue[];
}

export interface GraphEdge {
  id: string;
  type: string;
  from: string;
  to: string;
  source: string;
  quote: string;
  confidence: "stated" | "unverified";
  reason: string | null;
  properties: PropertyValue[];
}

export interface EvidencePath {
  nodes: GraphNode[];
  edges: GraphEdge[];
  length: number;
  confidence: "stated" | "unverified";
}

/** `unverified` when any edge is. */
export function weakest(edges: GraphEdge[]): "stated" | "unverified" {
  return edges.some((edge) => edge.confidence === "unverified") ? "unverified" : "stated";
}

/** Node properties shown as GraphNode fields rather than in `properties`. */
const nodeFields = new Set(["name", "title", "kind", "year", "sources", "text"]);
/** Relationship properties shown as GraphEdge fields, or internal (`factId`). */
const edgeFields = new Set(["source", "quote", "confidence", "reason", "factId"]);

/** The first label of the node that belongs to the vocabulary. */
export function vocabularyLabel(node: Node): Label | undefined {
  return node.labels.find(isLabel);
}

/** The `Label:key` reference of a node of the vocabulary. */
export function nodeRef(node: Node): string {
  const label = vocabularyLabel(node);
  return label ? `${label}:${String(toPlain(node.properties[nodeKeys[label]]))}` : `Node:${node.elementId}`;
}

/** A string property, or undefined when the property is absent or not a string. */
function text(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}

/** A GraphNode for a Neo4j node. */
export function toGraphNode(node: Node): GraphNode {
  const vocabulary = vocabularyLabel(node);
  const label = vocabulary ?? "Organization";
  const key = String(toPlain(node.properties[nodeKeys[label]]));
  const props = node.properties as Record<string, unknown>;
  return {
    ref: vocabulary ? `${label}:${key}` : `Node:${node.elementId}`,
    label,
    key,
    name: text(props.name) ?? text(props.title) ?? key,
    kind: text(props.kind) ?? null,
    year: toNumber(props.year),
    sources: Array.isArray(props.sources) ? props.sources.map(String) : [],
    // Computed when a query asks for it: most answers (paths, lists) never do.
    get properties() {
      return propertyValues(props, nodeFields, nodeKeys[label]);
    },
  };
}

/** A GraphEdge for a relationship whose end nodes' refs are known by element id. */
export function toGraphEdge(relationship: Relationship, refOf: (elementId: string) => string): GraphEdge {
  const props = relationship.properties as Record<string, unknown>;
  return {
    id: typeof props.factId === "string" ? props.factId : relationship.elementId,
    type: relationship.type,
    from: refOf(relationship.startNodeElementId),
    to: refOf(relationship.endNodeElementId),
    source: text(props.source) ?? "",
    quote: text(props.quote) ?? "",
    confidence: props.confidence === "unverified" ? "unverified" : "stated",
    reason: typeof props.reason === "string" ? props.reason : null,
    get properties() {
      return propertyValues(props, edgeFields);
    },
  };
}

/** Looks up refs of nodes by element id; nodes must be registered before their relationships. */
export class RefIndex {
  private readonly nodes = new Map<string, GraphNode>();

  /** Registers nodes and returns their GraphNodes (one object per node, however often it recurs). */
  add(nodes: Node[]): GraphNode[] {
    return nodes.map((node) => {
      let graphNode = this.nodes.get(node.elementId);
      if (!graphNode) {
        graphNode = toGraphNode(node);
        this.nodes.set(node.elementId, graphNode);
      }
      return graphNode;
    });
  }

  /** The ref of a registered node. */
  refOf = (elementId: string): string => this.nodes.get(elementId)?.ref ?? `Node:${elementId}`;

  /** The GraphEdge of a relationship between registered nodes. */
  edge(relationship: Relationship): GraphEdge {
    return toGraphEdge(relationship, this.refOf);
  }
}

/** The order of `localeCompare`, with one collator instead of one per comparison. */
const byName = new Intl.Collator().compare;

function propertyValues(props: Record<string, unknown>, skip: Set<string>, key?: string): PropertyValue[] {
  return Object.entries(props)
    .filter(([name, value]) => !skip.has(name) && name !== key && value !== null && value !== undefined)
    .sort(([a], [b]) => byName(a, b))
    .map(([name, value]) => {
      const plain = toPlain(value);
      return { name, value: Array.isArray(plain) ? plain.map(String).join(" · ") : String(plain) };
    });
}
