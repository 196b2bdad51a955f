// Fluent builders of test facts: each test states only what it cares about.
import type {
  Confidence,
  FactSet,
  Label,
  NodeFact,
  NodeRef,
  Properties,
  RelationshipFact,
} from "../../graph/fact-model.js";

/** Builds a node of any label; defaults its name to its key. */
export function aNode(label: Label, key: string) {
  const properties: Properties = { name: key };
  const builder = {
    with: (more: Properties) => (Object.assign(properties, more), builder),
    ref: `${label}:${key}` as NodeRef,
    build: (): NodeFact => ({ label, key, properties, sources: [] }),
  };
  return builder;
}

/** Builds an Organization node; defaults to a company named after its id. */
export function anOrganization(id: string) {
  const properties: Properties = { name: id, kind: "COMPANY" };
  const builder = {
    named: (name: string) => ((properties.name = name), builder),
    ofKind: (kind: string) => ((properties.kind = kind), builder),
    withAliases: (...aliases: string[]) => ((properties.aliases = aliases), builder),
    ref: `Organization:${id}` as NodeRef,
    build: (): NodeFact => ({ label: "Organization", key: id, properties, sources: [] }),
  };
  return builder;
}

/** Builds a relationship with evidence; defaults to a stated fact with a placeholder quote. */
export function aRelationship(type: string, from: NodeRef, to: NodeRef) {
  const fact: RelationshipFact = {
    type,
    from,
    to,
    properties: {},
    source: "",
    quote: `${from} ${type} ${to}`,
    confidence: "stated",
  };
  const builder = {
    withProperties: (properties: Properties) => ((fact.properties = properties), builder),
    quoting: (quote: string) => ((fact.quote = quote), builder),
    withConfidence: (confidence: Confidence, reason?: string) => (
      (fact.confidence = confidence),
      (fact.reason = reason),
      builder
    ),
    build: (): RelationshipFact => fact,
  };
  return builder;
}

/** Gathers built nodes and relationships into a fact set. */
export function factSet(...items: Array<{ build: () => NodeFact | RelationshipFact }>): FactSet {
  const built = items.map((item) => item.build());
  return {
    nodes: built.filter((item): item is NodeFact => "label" in item),
    relationships: built.filter((item): item is RelationshipFact => "type" in item),
  };
}
