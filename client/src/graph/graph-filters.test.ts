import { describe, expect, it } from "vitest";
import { filterChoices, parseHiddenStatuses, partnershipCounts, visibleElements } from "./graph-filters";
import { createExplorerGraph, mergeNeighbourhood } from "./merge-neighbourhood";

const node = (ref: string, label: "Organization" | "Event" | "Market" | "Commune", year: number | null = null) => ({
  ref,
  label,
  name: ref.split(":")[1]!,
  year,
});
const edge = (id: string, type: string, from: string, to: string, year?: number) => ({
  id,
  type,
  from,
  to,
  properties: year ? [{ name: "year", value: String(year) }] : [],
});

function exampleGraph() {
  const graph = createExplorerGraph();
  mergeNeighbourhood(graph, {
    nodes: [
      node("Organization:pmt", "Organization"),
      node("Organization:statice", "Organization"),
      node("Organization:gbm", "Organization"),
      node("Event:eurosatory-2024", "Event", 2024),
      node("Event:rentree-du-dm-2024", "Event", 2024),
      node("Event:micronora-2023", "Event", 2023),
      node("Market:ASD", "Market"),
      node("Market:HEALTH", "Market"),
      node("Commune:25056", "Commune"),
    ],
    edges: [
      edge("1", "PARTICIPATED_IN", "Organization:pmt", "Event:eurosatory-2024", 2024),
      edge("2", "PARTICIPATED_IN", "Organization:statice", "Event:eurosatory-2024", 2024),
      edge("3", "TARGETS", "Event:eurosatory-2024", "Market:ASD"),
      edge("4", "TARGETS", "Event:rentree-du-dm-2024", "Market:HEALTH"),
      edge("5", "PARTICIPATED_IN", "Organization:pmt", "Event:micronora-2023", 2023),
      edge("6", "LOCATED_IN", "Organization:pmt", "Commune:25056"),
      edge("7", "FUNDS", "Organization:gbm", "Organization:pmt", 2023),
      edge("8", "PARTICIPATED_IN", "Organization:pmt", "Event:rentree-du-dm-2024", 2024),
    ],
  });
  return graph;
}

const noFilter = { hiddenLabels: new Set<never>(), market: null, year: null, hiddenStatuses: new Set<string>() };

describe("filtering the graph view", () => {
  const graph = exampleGraph();

  it("shows everything without filters", () => {
    const visible = visibleElements(graph, noFilter);
    expect([visible.nodes.size, visible.edges.size]).toEqual([9, 8]);
  });

  it("hides the labels switched off in the legend, and their relationships", () => {
    const visible = visibleElements(graph, { ...noFilter, hiddenLabels: new Set(["Commune"] as const) });
    expect(visible.nodes.has("Commune:25056")).toBe(false);
    expect(visible.edges.has("6")).toBe(false);
  });

  it("keeps, for a market, the market, its events and their participants", () => {
    const visible = visibleElements(graph, { ...noFilter, market: "Market:ASD" });
    expect([...visible.nodes].sort()).toEqual([
      "Event:eurosatory-2024",
      "Market:ASD",
      "Organization:pmt",
      "Organization:statice",
    ]);
    expect([...visible.edges].sort()).toEqual(["1", "2", "3"]);
  });

  it("keeps, for a year, the nodes and relationships of that year and those without one", () => {
    const visible = visibleElements(graph, { ...noFilter, year: 2023 });
    expect(visible.nodes.has("Event:eurosatory-2024")).toBe(false);
    expect(visible.nodes.has("Event:micronora-2023")).toBe(true);
    expect(visible.nodes.has("Commune:25056")).toBe(true);
    expect([...visible.edges].sort()).toEqual(["5", "6", "7"]);
  });

  it("always keeps the nodes asked for, such as the centre", () => {
    const visible = visibleElements(
      graph,
      { ...noFilter, hiddenLabels: new Set(["Organization"] as const) },
      new Set(["Organization:pmt"]),
    );
    expect(visible.nodes.has("Organization:pmt")).toBe(true);
    expect(visible.nodes.has("Organization:statice")).toBe(false);
  });

  it("offers the markets and years found in the graph", () => {
    expect(filterChoices(graph)).toEqual({
      markets: [
        { ref: "Market:ASD", name: "ASD" },
        { ref: "Market:HEALTH", name: "HEALTH" },
      ],
      years: [2024, 2023],
    });
  });
});

describe("filtering the graph view's partnerships by status", () => {
  const partnership = (id: string, to: string, status?: string) => ({
    id,
    type: "PARTNER_OF",
    from: "Organization:pmt",
    to,
    properties: status ? [{ name: "status", value: status }] : [],
  });
  const graph = createExplorerGraph();
  mergeNeighbourhood(graph, {
    nodes: ["pmt", "femto-st", "codefi", "bpi", "ubfc"].map((id) => node(`Organization:${id}`, "Organization")),
    edges: [
      partnership("p1", "Organization:femto-st", "ACTIVE"),
      partnership("p2", "Organization:codefi", "PLANNED"),
      partnership("p3", "Organization:bpi", "TO_STRENGTHEN"),
      partnership("p4", "Organization:ubfc"),
      edge("f1", "FUNDS", "Organization:bpi", "Organization:pmt", 2024),
    ],
  });

  it("counts the partnerships drawn by status, one without a status as active", () => {
    const visible = visibleElements(graph, noFilter);
    expect(partnershipCounts(graph, visible.edges)).toEqual([
      { status: "ACTIVE", count: 2 },
      { status: "PLANNED", count: 1 },
      { status: "TO_STRENGTHEN", count: 1 },
    ]);
  });

  it("hides the partnerships of the statuses switched off, and no other relationship", () => {
    const visible = visibleElements(graph, { ...noFilter, hiddenStatuses: new Set(["PLANNED", "TO_STRENGTHEN"]) });
    expect([...visible.edges].sort()).toEqual(["f1", "p1", "p4"]);
    expect(visible.nodes.size).toBe(5);
    expect(partnershipCounts(graph, visible.edges)).toEqual([
      { status: "ACTIVE", count: 2 },
      { status: "PLANNED", count: 0 },
      { status: "TO_STRENGTHEN", count: 0 },
    ]);
  });

  it("reads the hidden statuses from the URL, dropping unknown ones", () => {
    expect([...parseHiddenStatuses("PLANNED,BOGUS,TO_STRENGTHEN")]).toEqual(["PLANNED", "TO_STRENGTHEN"]);
    expect(parseHiddenStatuses(null).size).toBe(0);
  });
});
