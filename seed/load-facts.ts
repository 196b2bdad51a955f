import type { Driver, ManagedTransaction } from "neo4j-driver";
import { factId, nodeKeys, parseNodeRef, type FactSet, type Label, type NodeFact, type RelationshipFact } from "./model.js";

export interface LoadOptions {
  database?: string | undefined;
  /** Remove relationships from these sources that the fact set no longer holds (a re-seed converges). */
  replaceSources?: string[];
  /** Rows per UNWIND statement. */
  batchSize?: number;
}

export interface LoadReport {
  nodes: number;
  relationships: number;
  removedRelationships: number;
}

/** A fact set that cannot be written as a whole; nothing was written. */
export class FactLoadError extends Error {
  override name = "FactLoadError";
}

/** Writes a fact set in one transaction (all or nothing): MERGE on keys, evidence on every edge. */
export async function loadFacts(driver: Driver, facts: FactSet, options: LoadOptions = {}): Promise<LoadReport> {
  const batchSize = options.batchSize ?? 5_000;
  assertUniqueFacts(facts.relationships);
  const session = driver.session({ database: options.database });
  try {
    return await session.executeWrite(async (tx) => {
      for (const [label, nodes] of groupBy(facts.nodes, (node) => node.label)) {
        for (const batch of chunks(nodes, batchSize)) await mergeNodes(tx, label, batch);
      }
      for (const [, relationships] of groupBy(facts.relationships, relationshipShape)) {
        for (const batch of chunks(relationships, batchSize)) await mergeRelationships(tx, batch);
      }
      const removedRelationships = await removeStaleRelationships(tx, facts.relationships, options.replaceSources ?? []);
      return { nodes: facts.nodes.length, relationships: facts.relationships.length, removedRelationships };
    });
  } finally {
    await session.close();
  }
}

/** MERGEs nodes of one label on their key, sets their properties and adds their sources. */
async function mergeNodes(tx: ManagedTransaction, label: Label, nodes: NodeFact[]): Promise<void> {
  const key = nodeKeys[label];
  await tx.run(
    `UNWIND $rows AS row
     MERGE (n:${label} {${key}: row.key})
     SET n += row.properties,
         n.sources = reduce(acc = coalesce(n.sources, []), s IN row.sources | CASE WHEN s IN acc THEN acc ELSE acc + s END)`,
    { rows: nodes.map((node) => ({ key: node.key, properties: node.properties, sources: node.sources })) },
  );
}

/** MERGEs relationships of one (type, from label, to label) shape; fails when an end node is missing. */
async function mergeRelationships(tx: ManagedTransaction, relationships: RelationshipFact[]): Promise<void> {
  const first = relationships[0]!;
  const from = parseNodeRef(first.from);
  const to = parseNodeRef(first.to);
  const result = await tx.run(
    `UNWIND $rows AS row
     OPTIONAL MATCH (a:${from.label} {${nodeKeys[from.label]}: row.from})
     OPTIONAL MATCH (b:${to.label} {${nodeKeys[to.label]}: row.to})
     CALL (a, b, row) {
       WITH a, b, row WHERE a IS NOT NULL AND b IS NOT NULL
       MERGE (a)-[r:${first.type} {factId: row.factId}]->(b)
       SET r += row.properties
     }
     WITH row WHERE a IS NULL OR b IS NULL
     RETURN row.factId AS missing`,
    {
      rows: relationships.map((fact) => ({
        factId: factId(fact),
        from: parseNodeRef(fact.from).key,
        to: parseNodeRef(fact.to).key,
        properties: {
          ...fact.properties,
          source: fact.source,
          quote: fact.quote,
          confidence: fact.confidence,
          reason: fact.reason ?? null,
        },
      })),
    },
  );
  const missing = result.records.map((record) => record.get("missing") as string);
  if (missing.length > 0) {
    throw new FactLoadError(`${missing.length} relationship(s) point at a node that does not exist: ${missing.slice(0, 10).join("; ")}`);
  }
}

/** Deletes relationships of the given sources whose fact id is no longer in the set. */
async function removeStaleRelationships(tx: ManagedTransaction, relationships: RelationshipFact[], sources: string[]): Promise<number> {
  if (sources.length === 0) return 0;
  const result = await tx.run(
    `MATCH ()-[r]->() WHERE r.source IN $sources AND r.factId IS NOT NULL AND NOT r.factId IN $keep
     DELETE r RETURN count(*) AS removed`,
    { sources, keep: relationships.map(factId) },
  );
  return Number(result.records[0]?.get("removed") ?? 0);
}

/** Throws when two facts share an identity (the same edge stated twice would silently merge). */
function assertUniqueFacts(relationships: RelationshipFact[]): void {
  const seen = new Set<string>();
  const duplicates = relationships.map(factId).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  if (duplicates.length > 0) {
    throw new FactLoadError(`duplicate relationship facts (give them a distinct key): ${[...new Set(duplicates)].slice(0, 10).join("; ")}`);
  }
}

function relationshipShape(fact: RelationshipFact): string {
  return `${fact.type}|${parseNodeRef(fact.from).label}|${parseNodeRef(fact.to).label}`;
}

function groupBy<T, K>(items: T[], keyOf: (item: T) => K): Map<K, T[]> {
  const groups = new Map<K, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

function chunks<T>(items: T[], size: number): T[][] {
  return Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));
}
