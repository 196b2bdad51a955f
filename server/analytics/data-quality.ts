// The « Qualité des données » question: how many facts each source states and does not, every
// unverified fact with its reason, and the extraction notes (count checks with their numbers).
import type { Node, Relationship } from "neo4j-driver";
import { RefIndex } from "../../graph/graph-values.js";
import { toNumber } from "../../graph/property-values.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import type { DataQualityNoteKind, ResolversParentTypes } from "../__generated__/resolvers-types.js";

/** The report, in the shape of the schema's DataQualityReport. */
export type DataQualityReport = ResolversParentTypes["DataQualityReport"];

/** The most unverified facts one report lists (the counts cover them all). */
const maxUnverified = 1_000;

const noteKinds = new Set<DataQualityNoteKind>(["COUNT_CHECK", "NAME", "COMMUNE", "PERSON", "OTHER"]);

/** Facts by source and confidence: relationships carrying evidence, of one source or of all. */
async function countsBySource(reader: GraphDatabase, source: string | null) {
  const records = await readQuery(
    reader,
    `MATCH ()-[r]->() WHERE r.confidence IS NOT NULL AND ($source IS NULL OR r.source = $source)
     RETURN r.source AS source,
            count(CASE r.confidence WHEN 'stated' THEN 1 END) AS stated,
            count(CASE r.confidence WHEN 'unverified' THEN 1 END) AS unverified`,
    { source },
  );
  return records
    .map((record) => ({
      source: String(record.get("source") ?? ""),
      stated: toNumber(record.get("stated")) ?? 0,
      unverified: toNumber(record.get("unverified")) ?? 0,
    }))
    .sort((a, b) => b.stated + b.unverified - (a.stated + a.unverified) || a.source.localeCompare(b.source));
}

/** Every unverified fact, with both ends, by type then start. */
async function unverifiedFacts(reader: GraphDatabase, source: string | null) {
  const records = await readQuery(
    reader,
    `MATCH (a)-[r]->(b) WHERE r.confidence = 'unverified' AND ($source IS NULL OR r.source = $source)
     RETURN a, r, b ORDER BY type(r), coalesce(a.name, a.title, a.id), coalesce(b.name, b.title, b.id) LIMIT toInteger($limit)`,
    { source, limit: maxUnverified },
  );
  return records.map((record) => {
    const refs = new RefIndex();
    const [from, to] = refs.add([record.get("a") as Node, record.get("b") as Node]);
    return { edge: refs.edge(record.get("r") as Relationship), from: from!, to: to! };
  });
}

/** The extraction notes of one document or of all, by document and number. */
async function notes(reader: GraphDatabase, source: string | null) {
  const records = await readQuery(
    reader,
    `MATCH (d:Document)-[h:HAS_NOTE]->(n:DataQualityNote) WHERE $source IS NULL OR d.id = $source
     RETURN d.id AS document, n, h.quote AS quote ORDER BY d.id, n.number`,
    { source },
  );
  return records.map((record) => {
    const props = (record.get("n") as Node).properties as Record<string, unknown>;
    const kind = String(props.kind) as DataQualityNoteKind;
    return {
      id: String(props.id),
      document: String(record.get("document")),
      number: toNumber(props.number) ?? 0,
      kind: noteKinds.has(kind) ? kind : "OTHER",
      message: typeof props.message === "string" ? props.message : "",
      expected: toNumber(props.expected),
      found: toNumber(props.found),
      quote: String(record.get("quote") ?? ""),
    };
  });
}

/** The data-quality report of one source (a Document id), or of the whole graph when `source` is null. */
export async function dataQuality(reader: GraphDatabase, source: string | null): Promise<DataQualityReport> {
  const [bySource, unverified, noteList] = await Promise.all([
    countsBySource(reader, source),
    unverifiedFacts(reader, source),
    notes(reader, source),
  ]);
  const stated = bySource.reduce((total, row) => total + row.stated, 0);
  const unverifiedCount = bySource.reduce((total, row) => total + row.unverified, 0);
  return {
    source,
    factCount: stated + unverifiedCount,
    byConfidence: [
      { name: "stated", count: stated, group: null },
      { name: "unverified", count: unverifiedCount, group: null },
    ],
    bySource,
    unverified,
    notes: noteList,
  };
}
