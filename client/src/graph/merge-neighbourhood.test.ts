import { describe, expect, it } from "vitest";
import { createExplorerGraph, mergeNeighbourhood, type NeighbourhoodLike, positionsOf } from "./merge-neighbourhood";

const node = (
  ref: string,
  label: "Organization" | "Event" | "Market" = "Organization",
  year: number | null = null,
) => ({
  ref,
  label,
  name: ref.split(":")[1]!,
  kind: null,
  year,
});
const edge = (id: string, type: string, from: string, to: string, year?: number, confidence = "stated") => ({
  id,
  type,
  from,
  to,
  confidence,
  properties: year ? [{ name: "year", value: String(year) }] : [],
});

const aroundPmt: NeighbourhoodLike = {
  nodes: [node("Organization:pmt"), node("Organization:gbm"), node("Event:micronora-2024", "Event", 2024)],
  edges: [
    edge("gbm-funds-pmt-2023", "FUNDS", "Organization:gbm", "Organization:pmt", 2023),
    edge("gbm-funds-pmt-2024", "FUNDS", "Organization:gbm", "Organization:pmt", 2024),
    edge("pmt-micronora", "PARTICIPATED_IN", "Organization:pmt", "Event:micronora-2024", 2024, "unverified"),
  ],
};
const aroundMicronora: NeighbourhoodLike = {
  nodes: [
    node("Event:micronora-2024", "Event", 2024),
    node("Organization:pmt"),
    node("Organization:statice"),
    node("Market:ASD", "Market"),
  ],
  edges: [
    edge("pmt-micronora", "PARTICIPATED_IN", "Organization:pmt", "Event:micronora-2024", 2024, "unverified"),
    edge("statice-micronora", "PARTICIPATED_IN", "Organization:statice", "Event:micronora-2024", 2024),
    edge("micronora-asd", "TARGETS", "Event:micronora-2024", "Market:ASD"),
  ],
};

describe("merging neighbourhoods into the explorer's graph", () => {
  it("puts the first node at the origin and its neighbours around it", () => {
    const graph = createExplorerGraph();
    const added = mergeNeighbourhood(graph, aroundPmt);
    expect(added.nodes).toEqual(["Organization:pmt", "Organization:gbm", "Event:micronora-2024"]);
    expect(graph.getNodeAttributes("Organization:pmt")).toMatchObject({
      x: 0,
      y: 0,
      label: "pmt",
      entityLabel: "Organization",
    });
    expect(
      Math.hypot(graph.getNodeAttribute("Organization:gbm", "x"), graph.getNodeAttribute("Organization:gbm", "y")),
    ).toBeGreaterThan(0);
  });

  it("keeps two relationships of the same type between the same nodes apart, with their years", () => {
    const graph = createExplorerGraph();
    mergeNeighbourhood(graph, aroundPmt);
    expect(graph.edges("Organization:gbm", "Organization:pmt").sort()).toEqual([
      "gbm-funds-pmt-2023",
      "gbm-funds-pmt-2024",
    ]);
    expect(graph.getEdgeAttributes("gbm-funds-pmt-2024")).toMatchObject({
      relationship: "FUNDS",
      year: 2024,
      unverified: false,
    });
    expect(graph.getEdgeAttribute("pmt-micronora", "unverified")).toBe(true);
  });

  it("adds only what is new when a node is expanded, placed around that node", () => {
    const graph = createExplorerGraph();
    mergeNeighbourhood(graph, aroundPmt);
    const before = positionsOf(graph);
    const added = mergeNeighbourhood(graph, aroundMicronora, "Event:micronora-2024");
    expect(added).toEqual({
      nodes: ["Organization:statice", "Market:ASD"],
      edges: ["statice-micronora", "micronora-asd"],
    });
    expect(graph.order).toBe(5);
    expect(graph.size).toBe(5);
    expect(positionsOf(graph).get("Organization:pmt")).toEqual(before.get("Organization:pmt"));
    const micronora = graph.getNodeAttributes("Event:micronora-2024");
    const statice = graph.getNodeAttributes("Organization:statice");
    const gbm = graph.getNodeAttributes("Organization:gbm");
    const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);
    expect(distance(statice, micronora)).toBeLessThan(distance(statice, gbm) + distance(gbm, micronora));
  });

  it("sizes nodes by degree", () => {
    const graph = createExplorerGraph();
    mergeNeighbourhood(graph, aroundPmt);
    mergeNeighbourhood(graph, aroundMicronora, "Event:micronora-2024");
    expect(graph.getNodeAttribute("Organization:pmt", "size")).toBeGreaterThan(
      graph.getNodeAttribute("Organization:statice", "size"),
    );
  });

  it("restores known positions when the graph is rebuilt", () => {
    const graph = createExplorerGraph();
    mergeNeighbourhood(graph, aroundPmt);
    const positions = positionsOf(graph);
    const rebuilt = createExplorerGraph();
    mergeNeighbourhood(rebuilt, aroundPmt, undefined, positions);
    expect(positionsOf(rebuilt)).toEqual(positions);
  });
});
