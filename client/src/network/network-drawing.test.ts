import { describe, expect, it } from "vitest";
import { communityColor, communityColors, drawingOf } from "./network-drawing";
import { networkParams } from "./network-params";

const scored = (ref: string, score: number, community: number) => ({
  score,
  community,
  node: { ref, label: "Organization" as const, name: ref.split(":")[1]! },
});

describe("the drawing of the top actors", () => {
  it("colours each node by its community and sizes it by its score", () => {
    const graph = drawingOf(
      [scored("Organization:pmt", 10, 0), scored("Organization:femto-st", 5, 1), scored("Organization:x", 0, 9)],
      [
        { from: "Organization:pmt", to: "Organization:femto-st", type: "PARTNER_OF", year: null },
        { from: "Organization:pmt", to: "Organization:gone", type: "PARTNER_OF", year: 2024 },
      ],
    );
    expect(graph.getNodeAttribute("Organization:pmt", "color")).toBe(communityColors[0]);
    expect(graph.getNodeAttribute("Organization:femto-st", "color")).toBe(communityColors[1]);
    expect(graph.getNodeAttribute("Organization:x", "color")).toBe(communityColor(99));
    expect(graph.getNodeAttribute("Organization:pmt", "size")).toBe(20);
    expect(graph.getNodeAttribute("Organization:femto-st", "size")).toBe(12);
    expect(graph.getNodeAttribute("Organization:x", "size")).toBe(4);
    // A tie to a node not drawn is left out.
    expect(graph.size).toBe(1);
  });
});

describe("the page's parameters", () => {
  it("reads the metric and the year, with every year and DEGREE by default", () => {
    expect(networkParams(new URLSearchParams("metric=betweenness&year=2024"))).toEqual({
      metric: "BETWEENNESS",
      year: 2024,
    });
    expect(networkParams(new URLSearchParams("metric=nonsense&year=soon"))).toEqual({ metric: "DEGREE", year: null });
  });
});
