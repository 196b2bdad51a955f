// The resolvers of schema/sources.graphql: a document's pages, facts, mentions and suggestions; the
// editor's decisions on suggestions and the facts made from a selected passage, each in one write
// transaction with its audit entry.
import { type ManagedTransaction, type Node, type Relationship } from "neo4j-driver";
import { nodeRef } from "../../graph/graph-values.js";
import { readQuery, writeTransaction, type GraphDatabase } from "../../graph/graph-database.js";
import { plainProperties, toNumber } from "../../graph/property-values.js";
import { requireRole } from "../auth/roles.js";
import { FieldChecks } from "../editing/edit-errors.js";
import { addRelationship } from "../editing/relationship-edits.js";
import type { GraphQLContext } from "../graphql/context.js";
import type {
  MutationAcceptSuggestionArgs,
  MutationAddPassageFactArgs,
  MutationRejectSuggestionArgs,
  MutationResolvers,
  QueryResolvers,
} from "../__generated__/resolvers-types.js";
import { findText, locateQuote, pageOf, textPages } from "./document-pages.js";
import { graphGazetteer } from "./graph-gazetteer.js";
import { scanMentions } from "./mentions/scan-mentions.js";
import { suggestFactsInParts } from "./mentions/suggest-in-parts.js";
import { acceptSuggestion, ensureCommune, rejectSuggestion, setQuoteOffsets } from "./suggestion-decisions.js";
import { storeSuggestions, toSuggestion } from "./suggestion-store.js";

/** The longest passage a fact may quote. */
const longestQuote = 2_000;

/** A document's text and page starts, or null when there is no such document or it keeps no text. */
async function documentText(
  graph: GraphDatabase,
  id: string,
): Promise<{ text: string; pageStarts: number[] | null } | null> {
  const records = await readQuery(
    graph,
    "MATCH (d:Document {id: $id}) WHERE d.text IS NOT NULL RETURN d.text AS text, d.pageStarts AS pageStarts",
    { id },
  );
  const record = records[0];
  if (!record) return null;
  const starts = record.get("pageStarts") as unknown[] | null;
  return {
    text: record.get("text") as string,
    pageStarts: starts ? starts.map((start) => toNumber(start) ?? 0) : null,
  };
}

/** The suggestions of a document, in text order. */
async function suggestionsOf(graph: GraphDatabase, id: string, status?: string | null) {
  const records = await readQuery(
    graph,
    `MATCH (s:Suggestion {documentId: $id}) WHERE $status IS NULL OR s.status = $status
     RETURN s ORDER BY s.start, s.kind, s.fromName`,
    { id, status: status ?? null },
  );
  return records.map((record) => toSuggestion(record.get("s") as Node));
}

/** A mutation resolver for editors: the role first, a reason required, the work in one write transaction. */
function editorEdit<Args, Result>(
  graph: GraphDatabase,
  work: (tx: ManagedTransaction, args: Args, by: string) => Promise<Result>,
) {
  return async (_: unknown, args: Args, context: GraphQLContext) => {
    requireRole(context.access, "editor");
    const why = (args as { why?: string }).why;
    if (why !== undefined)
      new FieldChecks()
        .check(why.trim() !== "", "why", "say why the change is made", { code: "WHY_REQUIRED" })
        .throwIfAny();
    return writeTransaction(graph, (tx) => work(tx, args, context.access.user!.id));
  };
}

/** The Query and Mutation resolvers of the sources API. */
export function sourcesResolvers(graph: GraphDatabase): { Query: QueryResolvers; Mutation: MutationResolvers } {
  return {
    Query: {
      documentPage: async (_, { id, page }) => {
        const document = await documentText(graph, id);
        if (!document) return null;
        const pages = textPages(document.text, document.pageStarts);
        const bounds = pages[page - 1];
        if (!bounds) return null;
        return {
          documentId: id,
          number: page,
          pageCount: pages.length,
          ...bounds,
          text: document.text.slice(bounds.start, bounds.end),
        };
      },
      documentFacts: async (_, { id }) => {
        const document = await documentText(graph, id);
        const records = await readQuery(
          graph,
          "MATCH (a)-[r]->(b) WHERE r.source = $id AND NOT a:Change RETURN a, r, b ORDER BY r.quoteStart, type(r)",
          { id },
        );
        return records.map((record) => {
          const relationship = record.get("r") as Relationship;
          const props = plainProperties(relationship.properties);
          const a = record.get("a") as Node;
          const b = record.get("b") as Node;
          const quote = typeof props.quote === "string" ? props.quote : "";
          const stored = typeof props.quoteStart === "number" && typeof props.quoteEnd === "number";
          const place = stored
            ? { start: props.quoteStart as number, end: props.quoteEnd as number }
            : document
              ? locateQuote(document.text, quote)
              : null;
          const name = (node: Node) => (node.properties.name ?? node.properties.title ?? null) as string | null;
          return {
            id: typeof props.factId === "string" ? props.factId : relationship.elementId,
            type: relationship.type,
            from: nodeRef(a),
            fromName: name(a),
            to: nodeRef(b),
            toName: name(b),
            quote,
            start: place?.start ?? null,
            end: place?.end ?? null,
            confidence: props.confidence === "unverified" ? "unverified" : "stated",
          };
        });
      },
      documentMentions: async (_, { id }) => {
        const document = await documentText(graph, id);
        if (!document) return [];
        return scanMentions(document.text, await graphGazetteer(graph)).map((mention) => ({
          kind: mention.kind,
          start: mention.start,
          end: mention.end,
          text: mention.text,
          ref: mention.thing?.ref ?? null,
          name: mention.thing?.name ?? null,
          value: mention.value ?? null,
          viaDemonym: mention.viaDemonym ?? false,
        }));
      },
      documentSuggestions: (_, { id, status }) => suggestionsOf(graph, id, status),
      searchDocumentText: async (_, { id, text }) => {
        new FieldChecks()
          .check(text.trim().length >= 2, "text", "search for 2 characters at least", { code: "SEARCH_TOO_SHORT" })
          .throwIfAny();
        const document = await documentText(graph, id);
        if (!document) return [];
        const pages = textPages(document.text, document.pageStarts);
        return findText(document.text, text.trim()).map((match) => ({ ...match, page: pageOf(pages, match.start) }));
      },
    },
    Mutation: {
      acceptSuggestion: editorEdit(graph, (tx, args: MutationAcceptSuggestionArgs, by) =>
        acceptSuggestion(tx, args.id, args.changes, by, args.why.trim()),
      ),
      rejectSuggestion: editorEdit(graph, (tx, args: MutationRejectSuggestionArgs, by) =>
        rejectSuggestion(tx, args.id, by, args.why.trim()),
      ),
      rescanDocument: async (_, { id }, context) => {
        requireRole(context.access, "editor");
        const document = await documentText(graph, id);
        new FieldChecks()
          .check(!!document, "id", `no document with a text has the id "${id}"`, {
            code: "UNKNOWN_DOCUMENT",
            values: { id },
          })
          .throwIfAny();
        const suggestions = suggestFactsInParts(document!.text, await graphGazetteer(graph), document!.pageStarts);
        await writeTransaction(graph, (tx) => storeSuggestions(tx, id, suggestions, context.access.user!.id));
        return suggestionsOf(graph, id, "PENDING");
      },
      addPassageFact: editorEdit(graph, async (tx, args: MutationAddPassageFactArgs, by) => {
        const found = await tx.run("MATCH (d:Document {id: $id}) RETURN d.text AS text", { id: args.documentId });
        const text = found.records[0]?.get("text") as string | null | undefined;
        const checks = new FieldChecks().check(
          typeof text === "string",
          "documentId",
          `no document with a text has the id "${args.documentId}"`,
          {
            code: "UNKNOWN_DOCUMENT",
            values: { id: args.documentId },
          },
        );
        checks.throwIfAny();
        // The quote is the selection, white space at its ends left out, at its exact offsets.
        const selected = text!.slice(Math.max(0, args.start), Math.max(0, args.end));
        const start = Math.max(0, args.start) + (selected.length - selected.trimStart().length);
        const quote = selected.trim();
        new FieldChecks()
          .check(
            args.start >= 0 && args.end <= text!.length && args.start < args.end,
            "start",
            `a passage of the text: 0 ≤ start < end ≤ ${text!.length}`,
            { code: "PASSAGE_OUT_OF_TEXT" },
          )
          .check(quote !== "", "end", "select the words that state the fact", { code: "QUOTE_REQUIRED" })
          .check(quote.length <= longestQuote, "end", `a passage of ${longestQuote} characters at most`, {
            code: "QUOTE_TOO_LONG",
          })
          .throwIfAny();
        await ensureCommune(tx, args.fact.to);
        const result = await addRelationship(
          tx,
          { ...args.fact, evidence: { source: args.documentId, quote, confidence: "stated" } },
          by,
          args.why.trim(),
        );
        await setQuoteOffsets(tx, result.edge.id, start, start + quote.length);
        return result;
      }),
    },
  };
}
