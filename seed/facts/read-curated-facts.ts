// Reads the curated YAML fact files of seed/facts/ into the FactSet shape of seed/model.ts.

import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";
import { parseNodeRef } from "../../graph/node-ref.js";
import {
  type Confidence,
  type FactSet,
  type NodeFact,
  type Properties,
  type RelationshipFact,
} from "../../graph/fact-model.js";

/** The folder holding the curated fact files. */
export const factsDir = new URL(".", import.meta.url).pathname;

/** One curated fact file as written by hand. */
interface FactFile {
  source: string;
  nodes?: Array<Record<string, unknown> & { ref: string }>;
  relationships?: Array<{
    type: string;
    from: string;
    to: string;
    key?: string | number;
    quote: string;
    source?: string;
    confidence?: Confidence;
    reason?: string;
    properties?: Properties;
  }>;
}

/** Where a curated fact was written, for error messages. */
export interface FactOrigin {
  file: string;
  index: number;
}

/** A FactSet plus the file and position of each fact, in the same order. */
export interface CuratedFacts extends FactSet {
  nodeOrigins: FactOrigin[];
  relationshipOrigins: FactOrigin[];
}

/** Lists the YAML fact files of a folder, sorted by name. */
export function factFiles(dir: string = factsDir): string[] {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".yaml"))
    .sort();
}

/** Loads every YAML fact file of a folder; node and relationship order follows the files. */
export function loadCuratedFacts(dir: string = factsDir): CuratedFacts {
  const facts: CuratedFacts = { nodes: [], relationships: [], nodeOrigins: [], relationshipOrigins: [] };
  for (const file of factFiles(dir)) {
    const doc = parse(readFileSync(join(dir, file), "utf8")) as FactFile;
    if (!doc || typeof doc.source !== "string") throw new Error(`${file}: missing top-level "source"`);
    (doc.nodes ?? []).forEach((node, index) => {
      const { ref, ...properties } = node;
      const { label, key } = parseNodeRef(ref);
      facts.nodes.push({ label, key, properties: properties as Properties, sources: [doc.source] } satisfies NodeFact);
      facts.nodeOrigins.push({ file, index });
    });
    (doc.relationships ?? []).forEach((rel, index) => {
      const fact: RelationshipFact = {
        type: rel.type,
        from: rel.from as RelationshipFact["from"],
        to: rel.to as RelationshipFact["to"],
        properties: rel.properties ?? {},
        source: rel.source ?? doc.source,
        quote: rel.quote,
        confidence: rel.confidence ?? "stated",
      };
      if (rel.key !== undefined) fact.key = String(rel.key);
      if (rel.reason !== undefined) fact.reason = rel.reason;
      facts.relationships.push(fact);
      facts.relationshipOrigins.push({ file, index });
    });
  }
  return facts;
}
