// The extraction's notes on a source, as facts: one DataQualityNote per note, linked from its
// Document by HAS_NOTE and quoting the passage it is about; a count check keeps its two numbers.
import type { FactSet, NodeFact, Properties, RelationshipFact } from "../graph/fact-model.js";
import { foldWhiteSpace } from "./quote-check.js";

/** What a note is about (schema/data-quality.graphql's DataQualityNoteKind). */
export type NoteKind = "COUNT_CHECK" | "NAME" | "COMMUNE" | "PERSON" | "OTHER";

/** One note read from an extraction warning. */
export interface QualityNote {
  kind: NoteKind;
  message: string;
  /** For a count check: the number the source states. */
  expected?: number;
  /** For a count check: the number its lists give. */
  found?: number;
}

/** Reads a warning of the council extraction into a note with its kind and, for a count check, its numbers. */
export function readNote(message: string): QualityNote {
  const listed = /= (\d+) councillors listed, but (\d+) members in office/u.exec(message);
  if (listed) return { kind: "COUNT_CHECK", message, found: Number(listed[1]), expected: Number(listed[2]) };
  const tally = /= (\d+) votes, but the tally is .* = (\d+)$/u.exec(message);
  if (tally) return { kind: "COUNT_CHECK", message, found: Number(tally[1]), expected: Number(tally[2]) };
  if (/votes by the list, but/u.test(message)) return { kind: "COUNT_CHECK", message };
  if (/^commune /u.test(message)) return { kind: "COMMUNE", message };
  if (/not in the attendance lists/u.test(message)) return { kind: "PERSON", message };
  if (/listed twice|civility|matched to/u.test(message)) return { kind: "NAME", message };
  return { kind: "OTHER", message };
}

/** The passage of the source a note is about: the totals for a count check, else the first name it quotes. */
function passageOf(note: QualityNote, text: string): string {
  const folded = foldWhiteSpace(text);
  if (note.kind === "COUNT_CHECK") {
    const totals = /councillors listed/u.test(note.message)
      ? /Membres du Conseil de Communauté en exercice : \d+/u.exec(folded)
      : /Pour : \d+ Contre : \d+ Abstention\* : \d+ Conseillers intéressés : \d+/u.exec(folded);
    if (totals) return totals[0];
  }
  for (const [, quoted] of note.message.matchAll(/"([^"]+)"/gu)) if (quoted && folded.includes(quoted)) return quoted;
  return folded.slice(0, folded.indexOf(" ", 60));
}

/** The notes of one document's extraction as DataQualityNote nodes, each linked from the Document. */
export function qualityNoteFacts(documentId: string, warnings: string[], text: string): FactSet {
  const nodes: NodeFact[] = [];
  const relationships: RelationshipFact[] = [];
  warnings.map(readNote).forEach((note, index) => {
    const number = index + 1;
    const key = `${documentId}-note-${number}`;
    const properties: Properties = { number, kind: note.kind, message: note.message };
    if (note.expected !== undefined) properties.expected = note.expected;
    if (note.found !== undefined) properties.found = note.found;
    nodes.push({ label: "DataQualityNote", key, properties, sources: [documentId] });
    relationships.push({
      type: "HAS_NOTE",
      from: `Document:${documentId}`,
      to: `DataQualityNote:${key}`,
      properties: {},
      source: documentId,
      quote: passageOf(note, text),
      confidence: "stated",
    });
  });
  return { nodes, relationships };
}
