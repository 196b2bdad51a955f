import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import type { FirmsAtEventsRow_AnswerFragment } from "../../__generated__/graphql";
import { toCsv } from "../csv";
import { firmColumns, firmRows } from "./firms-at-events-rows";

const territory = { ref: "Territory:242500361", name: "Grand Besançon Métropole", label: "Territory" as const };
const besancon = { ref: "Commune:25056", name: "Besançon", label: "Commune" as const };
const asd = { ref: "Market:ASD", name: "Aéronautique, spatial, défense", label: "Market" as const };

/** An answer whose firm is located in Besançon and took part in the given events. */
function answer(
  id: string,
  name: string,
  events: Array<{ ref: string; name: string }>,
  confidence: "stated" | "unverified" = "stated",
): FirmsAtEventsRow_AnswerFragment {
  const firm = { ref: `Organization:${id}`, name, label: "Organization" as const };
  return {
    confidence,
    organization: { ref: firm.ref, name, kind: "COMPANY" },
    events,
    paths: events.map((event) => ({
      nodes: [territory, besancon, firm, { ...event, label: "Event" as const }, asd],
      edges: [
        { type: "PART_OF", from: besancon.ref, to: territory.ref, source: "ref:insee", quote: "Besançon" },
        { type: "LOCATED_IN", from: firm.ref, to: besancon.ref, source: "gbm-2024-00098", quote: `${name} à Besançon` },
        { type: "PARTICIPATED_IN", from: firm.ref, to: event.ref, source: "gbm-2024-00098", quote: `${name} exposant` },
        { type: "TARGETS", from: event.ref, to: asd.ref, source: "gbm-2024-00098", quote: "filière ASD" },
      ],
    })),
  };
}

const headers = {
  organization: "Organisation",
  ref: "Référence",
  communes: "Commune",
  events: "Événements",
  confidence: "Confiance",
  stated: "Établi",
  unverified: "Non vérifié",
  paths: "Chemin de preuve",
  sources: "Sources",
  quotes: "Citations",
};

describe("the rows of “firms at events”", () => {
  const answers = [
    answer("statice", "Statice", [
      { ref: "Event:micronora-2024", name: "Micronora" },
      { ref: "Event:paris-space-week-2024", name: "Paris Space Week" },
    ]),
    answer("horlogia", "Horlogia", [{ ref: "Event:eurosatory-2024", name: "Eurosatory" }], "unverified"),
  ];
  const rows = firmRows(answers);

  it("gives one row per organisation with its communes and events, each listed once", () => {
    expect(rows.map((row) => [row.organization, row.communes, row.events, row.stated])).toEqual([
      ["Statice", ["Besançon"], ["Micronora", "Paris Space Week"], true],
      ["Horlogia", ["Besançon"], ["Eurosatory"], false],
    ]);
    expect(rows[0]!.sources).toEqual(["ref:insee", "gbm-2024-00098"]);
    expect(rows[0]!.quotes).toEqual(["Besançon", "Statice à Besançon", "Statice exposant", "filière ASD"]);
  });

  it("writes each path in Cypher-like notation", () => {
    expect(rows[1]!.paths).toEqual([
      "Grand Besançon Métropole <-[PART_OF]- Besançon <-[LOCATED_IN]- Horlogia -[PARTICIPATED_IN]-> Eurosatory -[TARGETS]-> Aéronautique, spatial, défense",
    ]);
  });

  it("exports the table's columns first, then the evidence", () => {
    const csv = toCsv(firmColumns(headers), rows, ";");
    const [header, first, second] = Papa.parse<string[]>(csv.slice(1), { delimiter: ";" }).data;
    expect(header).toEqual([
      "Organisation",
      "Commune",
      "Événements",
      "Confiance",
      "Chemin de preuve",
      "Sources",
      "Citations",
      "Référence",
    ]);
    expect(first!.slice(0, 4)).toEqual(["Statice", "Besançon", "Micronora ; Paris Space Week", "Établi"]);
    expect(second!.slice(0, 4)).toEqual(["Horlogia", "Besançon", "Eurosatory", "Non vérifié"]);
    expect(second![7]).toBe("Organization:horlogia");
  });
});
