// The shape of facts: what every extractor (curated YAML, the council parser, the commune
// reference, a CSV import) produces and what the loader writes to Neo4j.

import type { Label } from "../schema/node-keys.js";
import type { NodeRef } from "./node-ref.js";

export type { Label, NodeRef };

export type Scalar = string | number | boolean;
export type Properties = Record<string, Scalar | Scalar[] | null>;

/** How sure the graph is of a fact: stated by its source, or added without the source saying it. */
export type Confidence = "stated" | "unverified";

/** One node with its key and properties; `sources` lists where it is named. */
export interface NodeFact {
  label: Label;
  key: string;
  properties: Properties;
  sources: string[];
}

/** One relationship with its evidence. `key` tells apart two facts of the same type between the
 *  same nodes (GBM funds PMT in 2021 and in 2022). */
export interface RelationshipFact {
  type: string;
  from: NodeRef;
  to: NodeRef;
  key?: string;
  properties: Properties;
  source: string;
  quote: string;
  confidence: Confidence;
  reason?: string;
}

/** Nodes and relationships to write together. */
export interface FactSet {
  nodes: NodeFact[];
  relationships: RelationshipFact[];
}

/** The stable identity of a relationship fact, used to MERGE it and to find stale ones. */
export function factId(fact: Pick<RelationshipFact, "type" | "from" | "to" | "key">): string {
  return `${fact.from}-[${fact.type}]->${fact.to}${fact.key ? `#${fact.key}` : ""}`;
}
