// The loader: writes a fact set to Neo4j in one transaction, MERGEd on keys and fact ids.
import neo4j, { type Driver, type QueryResult, type Transaction } from "neo4j-driver";
import { nodeKeys, type Label } from "../schema/node-keys.js";
import { chunks, groupBy } from "./collections.js";
import { transactionConfig } from "./graph-database.js";
import { bumpWriteGeneration } from "./write-generation.js";
import { factId, type FactSet, type NodeFact, type RelationshipFact } from "./fact-model.js";
import { nodePattern, parseNodeRef, type NodeRef } from "./node-ref.js";
import { nodeProperties, relationshipProperties } from "./property-values.js";

export interface LoadOptions {
  database?: string | undefined;
  /** Remove relationships from these sources that the fact set no longer holds (a re-seed converges). */
  replaceSources?: string[];
  /**
   * Nodes the model retired (merged into another or relabelled): each is deleted once nothing but the
   * replaced sources held it; one still linked by another source's relationship is kept and reported.
   */
  retireNodes?: NodeRef[];
  /** Properties the model retired: removed from the nodes they are retired from that still have one. */
  retireProperties?: RetiredProperty[];
  /** Rows per UNWIND statement. */
  batchSize?: number;
  /** Do everything, report what changed, then roll back: nothing is written. */
  dryRun?: boolean;
  /** The caller's own work in the load's transaction (an audit entry): all or nothing with the facts. */
  hooks?: LoadHooks;
  /** How long Neo4j may run the transaction before cancelling it (nothing written); none when absent. */
  timeoutMs?: number | undefined;
}

/** A node property the model no longer has (a list it replaced by nodes, say) on some nodes of a label. */
export interface RetiredProperty {
  label: Label;
  property: string;
  /** The nodes it is retired from: those with these property values (all of the label when absent). */
  having?: Record<string, string | number>;
}

/** Work run in the load's transaction; what it writes is not counted in the report. */
export interface LoadHooks {
  /** Before any fact is written (to see the graph as it was). */
  beforeWrite?(tx: Transaction): Promise<void>;
  /** After every fact is written, before the commit (or the rollback of a dry run). */
  beforeCommit?(tx: Transaction, report: LoadReport): Promise<void>;
}

/** What a load did (or, in a dry run, would have done). */
export interface LoadReport {
  nodes: number;
  relationships: number;
  nodesCreated: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  /** Retired nodes deleted. */
  nodesDeleted: number;
  /** Retired nodes kept because relationships of other sources still hold them, with how many. */
  retiredNodesKept: Array<{ ref: NodeRef; relationships: number }>;
  /** Retired properties removed, one per node that had one. */
  retiredPropertiesRemoved: number;
  dryRun: boolean;
}

/** A fact set that cannot be written as a whole; nothing was written. */
export class FactLoadError extends Error {
  override name = "FactLoadError";
}

/** Writes a fact set in one transaction (all or nothing): MERGE on keys, evidence on every edge. */
export async function loadFacts(driver: Driver, facts: FactSet, options: LoadOptions = {}): Promise<LoadReport> {
  const batchSize = options.batchSize ?? 5_000;
  assertUniqueFacts(facts.relationships);
  for (const { property } of options.retireProperties ?? []) assertPropertyName(property);
  const session = driver.session({ database: options.database });
  const tx = session.beginTransaction(transactionConfig(options.timeoutMs));
  const report: LoadReport = {
    nodes: facts.nodes.length,
    relationships: facts.relationships.length,
    nodesCreated: 0,
    relationshipsCreated: 0,
    relationshipsDeleted: 0,
    propertiesSet: 0,
    nodesDeleted: 0,
    retiredNodesKept: [],
    retiredPropertiesRemoved: 0,
    dryRun: options.dryRun ?? false,
  };
  const count = (result: QueryResult) => {
    const updates = result.summary.counters.updates();
    report.nodesCreated += updates.nodesCreated;
    report.relationshipsCreated += updates.relationshipsCreated;
    report.relationshipsDeleted += updates.relationshipsDeleted;
    report.propertiesSet += updates.propertiesSet;
    report.nodesDeleted += updates.nodesDeleted;
    return result;
  };
  try {
    await options.hooks?.beforeWrite?.(tx);
    for (const [label, nodes] of groupBy(facts.nodes, (node) => node.label)) {
      for (const batch of chunks(nodes, batchSize)) count(await mergeNodes(tx, label, batch));
    }
    for (const [, relationships] of groupBy(facts.relationships, relationshipShape)) {
      for (const batch of chunks(relationships, batchSize)) assertEndsFound(count(await mergeRelationships(tx, batch)));
    }
    // Without sources to replace there is nothing stale to look for (the statement scans every relationship).
    if (options.replaceSources?.length)
      count(await removeStaleRelationships(tx, facts.relationships, options.replaceSources));
    for (const ref of options.retireNodes ?? []) {
      const held = await retireNode(tx, ref, count);
      if (held > 0) report.retiredNodesKept.push({ ref, relationships: held });
    }
    for (const retired of options.retireProperties ?? [])
      report.retiredPropertiesRemoved += await retireProperty(tx, retired);
    await options.hooks?.beforeCommit?.(tx, report);
    if (report.dryRun) await tx.rollback();
    else await tx.commit();
    return report;
  } catch (error) {
    if (tx.isOpen()) await tx.rollback();
    throw error;
  } finally {
    if (!(options.dryRun ?? false)) bumpWriteGeneration();
    await session.close();
  }
}

/** MERGEs nodes of one label on their key, sets their properties and adds their sources. */
function mergeNodes(tx: Transaction, label: Label, nodes: NodeFact[]): Promise<QueryResult> {
  const key = nodeKeys[label];
  return tx.run(
    `UNWIND $rows AS row
     MERGE (n:${label} {${key}: row.key})
     SET n += row.properties,
         n.sources = reduce(acc = coalesce(n.sources, []), s IN row.sources | CASE WHEN s IN acc THEN acc ELSE acc + s END)`,
    {
      rows: nodes.map((node) => ({
        key: node.key,
        properties: nodeProperties(label, node.properties),
        sources: node.sources,
      })),
    },
  );
}

/** MERGEs relationships of one (type, from label, to label) shape; returns the facts whose end node is missing. */
function mergeRelationships(tx: Transaction, relationships: RelationshipFact[]): Promise<QueryResult> {
  const first = relationships[0]!;
  const from = parseNodeRef(first.from);
  const to = parseNodeRef(first.to);
  return tx.run(
    `UNWIND $rows AS row
     OPTIONAL MATCH (a:${from.label} {${from.keyProperty}: row.from})
     OPTIONAL MATCH (b:${to.label} {${to.keyProperty}: row.to})
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
          ...relationshipProperties(fact.type, fact.properties),
          source: fact.source,
          quote: fact.quote,
          confidence: fact.confidence,
          reason: fact.reason ?? null,
        },
      })),
    },
  );
}

/** Throws when a relationship statement reports facts whose end node does not exist. */
function assertEndsFound(result: QueryResult): void {
  const missing = result.records.map((record) => record.get("missing") as string);
  if (missing.length > 0) {
    throw new FactLoadError(
      `${missing.length} relationship(s) point at a node that does not exist: ${missing.slice(0, 10).join("; ")}`,
    );
  }
}

/** Deletes relationships of the given sources whose fact id is no longer in the set. */
function removeStaleRelationships(
  tx: Transaction,
  relationships: RelationshipFact[],
  sources: string[],
): Promise<QueryResult> {
  return tx.run(
    `MATCH ()-[r]->() WHERE r.source IN $sources AND r.factId IS NOT NULL AND NOT r.factId IN $keep
     DELETE r`,
    { sources, keep: relationships.map(factId) },
  );
}

/** Deletes a retired node that no relationship holds any more; returns how many still hold it (then kept). */
async function retireNode(tx: Transaction, ref: NodeRef, count: (result: QueryResult) => QueryResult): Promise<number> {
  const node = parseNodeRef(ref);
  const result = count(
    await tx.run(
      `OPTIONAL MATCH ${nodePattern("n", node, "key")}
       WITH n, COUNT { (n)--() } AS held
       CALL (n, held) { WITH n, held WHERE n IS NOT NULL AND held = 0 DELETE n }
       RETURN held`,
      { key: node.key },
    ),
  );
  return Number(result.records[0]?.get("held") ?? 0);
}

/** Removes a retired property from the nodes it is retired from; returns how many had it. */
async function retireProperty(tx: Transaction, { label, property, having = {} }: RetiredProperty): Promise<number> {
  // The label comes from the schema's list and the name passed assertPropertyName: both safe in the text.
  const result = await tx.run(
    `MATCH (n:${label})
     WHERE n.${property} IS NOT NULL AND all(name IN keys($having) WHERE n[name] = $having[name])
     REMOVE n.${property}
     RETURN count(n) AS removed`,
    { having: Object.fromEntries(Object.entries(having).map(([name, value]) => [name, neo4jValue(value)])) },
  );
  return Number(result.records[0]?.get("removed") ?? 0);
}

/** Whole numbers as Neo4j integers (a year is stored as one), so that they compare equal. */
function neo4jValue(value: string | number): unknown {
  return typeof value === "number" && Number.isInteger(value) ? neo4j.int(value) : value;
}

/** A property name safe to write into a statement (retired properties are named in code, never by users). */
function assertPropertyName(property: string): void {
  if (!/^[A-Za-z][A-Za-z0-9_]{0,63}$/u.test(property))
    throw new FactLoadError(`"${property}" is not a property name (letters, digits and _, a letter first)`);
}

/** Throws when two facts share an identity (the same edge stated twice would silently merge). */
function assertUniqueFacts(relationships: RelationshipFact[]): void {
  const seen = new Set<string>();
  const duplicates = relationships.map(factId).filter((id) => (seen.has(id) ? true : (seen.add(id), false)));
  if (duplicates.length > 0) {
    throw new FactLoadError(
      `duplicate relationship facts (give them a distinct key): ${[...new Set(duplicates)].slice(0, 10).join("; ")}`,
    );
  }
}

/** The (type, start label, end label) a relationship fact has: facts of one shape go in one statement. */
export function relationshipShape(fact: RelationshipFact): string {
  return `${fact.type}|${parseNodeRef(fact.from).label}|${parseNodeRef(fact.to).label}`;
}
