// The nodes and relationships one page of a compact answer refers to, each kept once.
import type { Node, Relationship } from "neo4j-driver";
import { RefIndex, type GraphEdge, type GraphNode } from "../../graph/graph-values.js";

/** Collects a page's nodes and relationships; answers keep only their refs and ids. */
export class PageGraph {
  private readonly refs = new RefIndex();
  private readonly nodeList = new Map<string, GraphNode>();
  private readonly edgeList = new Map<string, GraphEdge>();

  /** Registers nodes; returns the GraphNode of each (its ref is what an answer holds). */
  node(...nodes: Node[]): GraphNode[] {
    return this.refs.add(nodes).map((graphNode) => {
      this.nodeList.set(graphNode.ref, graphNode);
      return graphNode;
    });
  }

  /** Registers a relationship between registered nodes; returns its GraphEdge. */
  edge(relationship: Relationship): GraphEdge {
    const graphEdge = this.refs.edge(relationship);
    const known = this.edgeList.get(graphEdge.id);
    if (known) return known;
    this.edgeList.set(graphEdge.id, graphEdge);
    return graphEdge;
  }

  /** The page's nodes, in the order first met. */
  get nodes(): GraphNode[] {
    return [...this.nodeList.values()];
  }

  /** The page's relationships, in the order first met. */
  get relationships(): GraphEdge[] {
    return [...this.edgeList.values()];
  }
}
