// Collects the relationships a document states, each once, each with its quote and source.
import { factId, type NodeRef, type Properties, type RelationshipFact } from "../../graph/fact-model.js";

/** Drops the properties whose value is undefined (Neo4j stores no such thing). */
export function definedProperties(values: Record<string, Properties[string] | undefined>): Properties {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Properties;
}

/** Relationship facts stated by one document; a repeated fact is kept once, a conflicting one reported. */
export class RelationshipCollector {
  readonly relationships: RelationshipFact[] = [];
  readonly warnings: string[] = [];
  private readonly byId = new Map<string, RelationshipFact>();

  constructor(private readonly documentId: string) {}

  /** Adds a fact the document states in `quote`. */
  add(
    type: string,
    from: NodeRef,
    to: NodeRef,
    properties: Record<string, Properties[string] | undefined>,
    quote: string,
    key?: string,
  ): void {
    const fact: RelationshipFact = {
      type,
      from,
      to,
      ...(key ? { key } : {}),
      properties: definedProperties(properties),
      source: this.documentId,
      quote,
      confidence: "stated",
    };
    const id = factId(fact);
    const earlier = this.byId.get(id);
    if (!earlier) {
      this.byId.set(id, fact);
      this.relationships.push(fact);
    } else if (JSON.stringify(earlier.properties) !== JSON.stringify(fact.properties)) {
      this.warnings.push(
        `${id} is stated twice with different properties ("${earlier.quote}" / "${quote}"); the first is kept`,
      );
    }
  }

  /** The distinct targets of the collected facts that carry a label. */
  targets(label: string): string[] {
    return [...new Set(this.relationships.map((fact) => fact.to).filter((to) => to.startsWith(`${label}:`)))];
  }
}
