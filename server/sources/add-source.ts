// Adding a source document: read its text, keep its original file, write its Document node (and,
// for a council deliberation, its council facts) with the audit entry and the suggestions found in
// it, all in one transaction. A dry run does everything but write.
import { createHash } from "node:crypto";
import path from "node:path";
import type { Driver } from "neo4j-driver";
import type { FactSet, NodeFact } from "../../graph/fact-model.js";
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { loadFacts, type LoadReport } from "../../graph/load-facts.js";
import { slugId } from "../../graph/slug.js";
import { recordChange, type ChangeRecord } from "../editing/audit-trail.js";
import { councilDocument, councilFacts, isCouncilDeliberation } from "./council-source.js";
import { graphGazetteer } from "./graph-gazetteer.js";
import { suggestFactsInParts } from "./mentions/suggest-in-parts.js";
import { readSourceText } from "./read-source-text.js";
import { SourceError } from "./source-errors.js";
import type { SourceProgress } from "./source-progress.js";
import { writePendingFile } from "./source-files.js";
import { storeSuggestions } from "./suggestion-store.js";

/** What the person uploading says of the document; every field optional. */
export interface SourceMetadata {
  title?: string | undefined;
  publisher?: string | undefined;
  url?: string | undefined;
  kind?: string | undefined;
  language?: string | undefined;
  date?: string | undefined;
}

/** One upload. */
export interface AddSourceInput {
  bytes: Uint8Array;
  fileName: string;
  mediaType?: string | undefined;
  metadata: SourceMetadata;
  by: string;
  dryRun?: boolean;
  /** Told at each step: every page of a PDF read, the scan, the write. */
  onProgress?: (progress: SourceProgress) => void;
}

/** What an upload did, or (dry run) would do. */
export interface AddSourceReport {
  status: "added" | "ready" | "known";
  dryRun: boolean;
  document: {
    id: string;
    title: string;
    kind: string;
    format: string;
    pages: number;
    characters: number;
    checksum: string;
  };
  councilFacts: { nodes: number; relationships: number; warnings: string[] } | null;
  suggestions: number;
  change: ChangeRecord | null;
}

/** Where the sources live: the graph, and the folder of original files. */
export interface SourceStore extends GraphDatabase {
  dir: string;
}

/** Checks what the uploader gave; every problem at once. */
function checkMetadata(metadata: SourceMetadata): void {
  const problems: string[] = [];
  if (metadata.date && !/^\d{4}-\d{2}-\d{2}$/.test(metadata.date))
    problems.push(`date "${metadata.date}" must be written YYYY-MM-DD`);
  if (metadata.url && !/^https?:\/\/\S+$/.test(metadata.url))
    problems.push(`url "${metadata.url}" must be an http(s) address`);
  if (metadata.language && !/^[a-z]{2}$/.test(metadata.language))
    problems.push(`language "${metadata.language}" must be a two-letter code such as fr`);
  if (metadata.kind && !/^[A-Z_]{2,40}$/.test(metadata.kind))
    problems.push(`kind "${metadata.kind}" must be written in capitals, e.g. ARTICLE, WEB_PAGE, DELIBERATION`);
  if (problems.length > 0) throw new SourceError("BAD_INPUT", problems.join("; "));
}

const defined = (properties: Record<string, unknown>) =>
  Object.fromEntries(
    Object.entries(properties).filter(([, value]) => value !== undefined && value !== ""),
  ) as NodeFact["properties"];

/** Reads, checks and (unless a dry run) stores one source document. */
export async function addSource(store: SourceStore, driver: Driver, input: AddSourceInput): Promise<AddSourceReport> {
  checkMetadata(input.metadata);
  const source = await readSourceText(input.bytes, input.fileName, input.mediaType, (page, pages) =>
    input.onProgress?.({ stage: "read", page, pages }),
  );
  const checksum = createHash("sha256").update(source.text).digest("hex");
  const council = isCouncilDeliberation(source.text) ? councilDocument(source.text) : undefined;
  const title =
    input.metadata.title?.trim() ||
    council?.title ||
    source.title ||
    path.basename(input.fileName).replace(/\.[^.]+$/, "") ||
    "document";
  const known = await readQuery(
    store,
    "MATCH (d:Document {checksum: $checksum}) RETURN d.id AS id, d.title AS title LIMIT 1",
    {
      checksum,
    },
  );
  const id =
    (known[0]?.get("id") as string | undefined) ??
    council?.id ??
    `${slugId(title).slice(0, 60) || "document"}-${checksum.slice(0, 8)}`;
  const kind = input.metadata.kind ?? (council ? "DELIBERATION" : source.format === "html" ? "WEB_PAGE" : "ARTICLE");
  const document = {
    id,
    title: (known[0]?.get("title") as string | undefined) ?? title,
    kind,
    format: source.format,
    pages: source.pageStarts.length,
    characters: source.text.length,
    checksum,
  };
  if (known.length > 0)
    return { status: "known", dryRun: !!input.dryRun, document, councilFacts: null, suggestions: 0, change: null };

  const extracted = council ? councilFacts(source.text, id) : undefined;
  const documentNode: NodeFact = {
    label: "Document",
    key: id,
    properties: {
      ...extracted?.facts.nodes.find((node) => node.label === "Document" && node.key === id)?.properties,
      ...defined({
        title,
        text: source.text,
        checksum,
        kind,
        publisher: input.metadata.publisher,
        url: input.metadata.url,
        language: input.metadata.language ?? "fr",
        date: input.metadata.date,
        fileName: path.basename(input.fileName),
        format: source.format,
        pageStarts: source.pageStarts,
        uploadedOn: new Date().toISOString().slice(0, 10),
      }),
    },
    // The uploader is named as for any entry by hand (and a test's uploads are cleaned up by it).
    sources: [id, `entered by ${input.by}`],
  };
  const facts: FactSet = {
    nodes: [
      documentNode,
      ...(extracted?.facts.nodes.filter((node) => !(node.label === "Document" && node.key === id)) ?? []),
    ],
    relationships: extracted?.facts.relationships ?? [],
  };
  const suggestions = suggestFactsInParts(source.text, await graphGazetteer(store), source.pageStarts, (part, parts) =>
    input.onProgress?.({ stage: "scan", part, parts }),
  );
  input.onProgress?.({ stage: "save" });
  const file = input.dryRun ? undefined : await writePendingFile(store.dir, id, source.format, input.bytes);
  let change: ChangeRecord | null = null;
  let pending = 0;
  let load: LoadReport;
  try {
    load = await loadFacts(driver, facts, {
      database: store.database,
      timeoutMs: store.timeoutMs,
      dryRun: !!input.dryRun,
      hooks: {
        async beforeCommit(tx, report) {
          pending = await storeSuggestions(tx, id, suggestions, input.by);
          change = await recordChange(tx, {
            by: input.by,
            action: "ADD_SOURCE",
            entity: `Document:${id}`,
            why: `upload of ${path.basename(input.fileName)}`,
            after: {
              title,
              checksum,
              format: source.format,
              pages: document.pages,
              facts: report.relationships,
              suggestions: pending,
            },
            touches: [`Document:${id}`],
          });
        },
      },
    });
    await file?.keep();
  } catch (error) {
    await file?.drop();
    throw error;
  }
  return {
    status: input.dryRun ? "ready" : "added",
    dryRun: !!input.dryRun,
    document,
    councilFacts: extracted
      ? { nodes: load.nodes - 1, relationships: load.relationships, warnings: extracted.warnings }
      : null,
    suggestions: pending,
    change: input.dryRun ? null : change,
  };
}
