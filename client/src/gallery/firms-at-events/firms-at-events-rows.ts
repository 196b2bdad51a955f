// The rows of "firms at events": one per organisation, the same for the table and the CSV export.
import type { FirmsAtEventsRow_AnswerFragment } from "../../__generated__/graphql";
import { pathText } from "../../evidence";
import type { CsvColumn } from "../csv";

/** One organisation that answers, flattened to text. */
export interface FirmRow {
  ref: string;
  organization: string;
  communes: string[];
  events: string[];
  paths: string[];
  sources: string[];
  quotes: string[];
  stated: boolean;
}

/** Joins a list in one cell; the table and the CSV use the same separator. */
export const listSeparator = " ; ";

const distinct = (values: string[]) => [...new Set(values)];

/** Flattens the answers: the communes and evidence come from the paths, each listed once. */
export function firmRows(answers: readonly FirmsAtEventsRow_AnswerFragment[]): FirmRow[] {
  return answers.map((answer) => {
    const nodes = answer.paths.flatMap((path) => path.nodes);
    const edges = answer.paths.flatMap((path) => path.edges);
    return {
      ref: answer.organization.ref,
      organization: answer.organization.name,
      communes: distinct(nodes.filter((node) => node.label === "Commune").map((node) => node.name)),
      events: answer.events.map((event) => event.name),
      paths: answer.paths.map(pathText),
      sources: distinct(edges.map((edge) => edge.source)),
      quotes: distinct(edges.map((edge) => edge.quote)),
      stated: answer.confidence === "stated",
    };
  });
}

/** The headers of the export, in the interface language. */
export interface FirmColumnHeaders {
  organization: string;
  ref: string;
  communes: string;
  events: string;
  confidence: string;
  stated: string;
  unverified: string;
  paths: string;
  sources: string;
  quotes: string;
}

/** The CSV columns: the table's columns first, in its order, then the evidence in full. */
export function firmColumns(headers: FirmColumnHeaders): Array<CsvColumn<FirmRow>> {
  return [
    { header: headers.organization, value: (row) => row.organization },
    { header: headers.communes, value: (row) => row.communes.join(listSeparator) },
    { header: headers.events, value: (row) => row.events.join(listSeparator) },
    { header: headers.confidence, value: (row) => (row.stated ? headers.stated : headers.unverified) },
    { header: headers.paths, value: (row) => row.paths.join(" | ") },
    { header: headers.sources, value: (row) => row.sources.join(listSeparator) },
    { header: headers.quotes, value: (row) => row.quotes.join(" | ") },
    { header: headers.ref, value: (row) => row.ref },
  ];
}
