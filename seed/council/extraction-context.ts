// What the steps of a deliberation's extraction share: the document, its people, facts and warnings.
import type { NodeRef } from "../../graph/fact-model.js";
import type { PersonRegistry } from "./person-registry.js";
import type { CommuneListing } from "./represents.js";
import type { RelationshipCollector } from "./relationship-collector.js";

/** The state one extraction builds up. */
export interface ExtractionContext {
  documentId: string;
  document: NodeRef;
  people: PersonRegistry;
  facts: RelationshipCollector;
  /** Who is listed under which commune heading, for REPRESENTS. */
  listings: CommuneListing[];
  warnings: string[];
}

/** The node reference of a person id. */
export function personRef(id: string): NodeRef {
  return `Person:${id}`;
}
