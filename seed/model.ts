// The shape of extracted facts: what every extractor (curated YAML, the council parser, the
// commune reference) produces and what the loader writes to Neo4j.

import { nodeKeys, type Label } from "../schema/node-keys.js";

export { nodeKeys, type Label };

/** A node reference written `Label:key`, e.g. `Organization:pmt`, `Commune:25056`, `Market:ASD`. */
export type NodeRef = `${Label}:${string}`;

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

export interface FactSet {
  nodes: NodeFact[];
  relationships: RelationshipFact[];
}

/** Splits `Label:key` into its parts; throws on an unknown label. */
export function parseNodeRef(ref: string): { label: Label; key: string } {
  const colon = ref.indexOf(":");
  const label = ref.slice(0, colon);
  if (colon <= 0 || !(label in nodeKeys)) {
    throw new Error(`"${ref}" is not a node reference (expected Label:key with Label one of ${Object.keys(nodeKeys).join(", ")})`);
  }
  return { label: label as Label, key: ref.slice(colon + 1) };
}

/** The stable identity of a relationship fact, used to MERGE it and to find stale ones. */
export function factId(fact: Pick<RelationshipFact, "type" | "from" | "to" | "key">): string {
  return `${fact.from}-[${fact.type}]->${fact.to}${fact.key ? `#${fact.key}` : ""}`;
}
