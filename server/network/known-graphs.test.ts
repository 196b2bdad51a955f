import { describe, expect, it } from "vitest";
import { pathsThrough, brokerageScores } from "./brokerage.js";
import { betweennessScores, degreeScores, pageRankScores } from "./centrality.js";
import { detectCommunities } from "./communities.js";
import { networkOf, type NetworkGraph } from "./network-graph.js";
import { compareYears, restrictToYears } from "./year-view.js";

/** Every pair of `refs` tied. */
function clique(refs: string[]): Array<[string, string]> {
  return refs.flatMap((a, i) => refs.slice(i + 1).map((b): [string, string] => [a, b]));
}

/** Two cliques of five joined through one node, `Organization:bridge`. */
function barbell(): NetworkGraph {
  const left = ["a1", "a2", "a3", "a4", "a5"].map((id) => `Organization:${id}`);
  const right = ["b1", "b2", "b3", "b4", "b5"].map((id) => `Organization:${id}`);
  const bridge = "Organization:bridge";
  return networkOf(
    [...left, bridge, ...right],
    [...clique(left), ...clique(right), [left[0]!, bridge], [bridge, right[0]!]],
  );
}

/** A hub tied to eight leaves. */
function star(): NetworkGraph {
  const leaves = Array.from({ length: 8 }, (_, i) => `Person:leaf-${i}`);
  return networkOf(
    ["Organization:hub", ...leaves],
    leaves.map((leaf): [string, string] => ["Organization:hub", leaf]),
  );
}

/** The index of the greatest score. */
const top = (scores: Float64Array) => scores.indexOf(Math.max(...scores));

describe("centrality on graphs with known answers", () => {
  it("finds the barbell's bridge as the broker, with the exact betweenness of a cut vertex", () => {
    const graph = barbell();
    const { scores, exact } = betweennessScores(graph);
    expect(exact).toBe(true);
    expect(graph.nodes[top(scores)]!.ref).toBe("Organization:bridge");
    // Every path between the 5 nodes of one side and the 5 of the other goes through the bridge.
    expect(scores[graph.indexOf("Organization:bridge")!]).toBeCloseTo(25);
    // a1 carries the paths from a2…a5 to the bridge and beyond: 4 × 6.
    expect(scores[graph.indexOf("Organization:a1")!]).toBeCloseTo(24);
    expect(scores[graph.indexOf("Organization:a3")!]).toBeCloseTo(0);
  });

  it("finds the star's centre as the hub by degree, PageRank and betweenness", () => {
    const graph = star();
    const hub = graph.indexOf("Organization:hub")!;
    expect(degreeScores(graph)[hub]).toBe(8);
    expect(top(degreeScores(graph))).toBe(hub);
    const rank = pageRankScores(graph);
    expect(top(rank)).toBe(hub);
    expect(rank.reduce((sum, value) => sum + value, 0)).toBeCloseTo(1);
    // 8 leaves: C(8,2) = 28 pairs, each through the hub.
    expect(betweennessScores(graph).scores[hub]).toBeCloseTo(28);
  });

  it("estimates betweenness from a sample on a large graph and still ranks the bridge first", () => {
    // Two cliques of 2,500 would be slow to build; a long barbell of two stars does the same job.
    const left = Array.from({ length: 3_000 }, (_, i) => `Person:l${i}`);
    const right = Array.from({ length: 3_000 }, (_, i) => `Person:r${i}`);
    const graph = networkOf(
      ["Organization:left", "Organization:bridge", "Organization:right", ...left, ...right],
      [
        ...left.map((ref): [string, string] => ["Organization:left", ref]),
        ...right.map((ref): [string, string] => ["Organization:right", ref]),
        ["Organization:left", "Organization:bridge"],
        ["Organization:bridge", "Organization:right"],
      ],
    );
    const result = betweennessScores(graph, 50);
    expect(result.exact).toBe(false);
    expect(result.sources).toBe(50);
    const ranked = [...result.scores.keys()].sort((a, b) => result.scores[b]! - result.scores[a]!);
    expect(
      ranked
        .slice(0, 3)
        .map((v) => graph.nodes[v]!.ref)
        .sort(),
    ).toEqual(["Organization:bridge", "Organization:left", "Organization:right"]);
  });
});

describe("communities on graphs with known answers", () => {
  it("splits two disconnected groups into two communities with a high modularity", () => {
    const first = ["a", "b", "c", "d"].map((id) => `Organization:${id}`);
    const second = ["e", "f", "g", "h"].map((id) => `Organization:${id}`);
    const graph = networkOf([...first, ...second], [...clique(first), ...clique(second)]);
    const { community, sizes, modularity } = detectCommunities(graph);
    expect(sizes).toEqual([4, 4]);
    expect(new Set(first.map((ref) => community[graph.indexOf(ref)!])).size).toBe(1);
    expect(new Set(second.map((ref) => community[graph.indexOf(ref)!])).size).toBe(1);
    expect(community[graph.indexOf(first[0]!)!]).not.toBe(community[graph.indexOf(second[0]!)!]);
    expect(modularity).toBeCloseTo(0.5);
  });

  it("weighs a pair by how many relationships tie it: a square splits along its repeated ties", () => {
    const [a, b, c, d] = ["a", "b", "c", "d"].map((id) => `Organization:${id}`) as [string, string, string, string];
    const fiveTimes = (x: string, y: string) =>
      Array.from({ length: 5 }, (_, i): [string, string, number] => [x, y, 2020 + i]);
    const graph = networkOf([a, b, c, d], [[a, b], ...fiveTimes(b, c), [c, d], ...fiveTimes(d, a)]);
    // Neighbours once each (the metrics' simple graph), the repeated ties counted for Louvain.
    expect(graph.degree(graph.indexOf(b)!)).toBe(2);
    expect(graph.edgeCount).toBe(4);
    const { community } = detectCommunities(graph);
    const of = (ref: string) => community[graph.indexOf(ref)!];
    expect(of(b)).toBe(of(c));
    expect(of(d)).toBe(of(a));
    expect(of(a)).not.toBe(of(b));
  });

  it("gives the same partition every time (a cached answer and a fresh one agree)", () => {
    const graph = barbell();
    expect(detectCommunities(graph).community).toEqual(detectCommunities(graph).community);
  });
});

describe("brokerage between two groups", () => {
  it("scores the bridge 1 (every shortest path between the groups) and shows a path through it", () => {
    const graph = barbell();
    const groupA = Int32Array.from(["a2", "a3", "a4", "a5"], (id) => graph.indexOf(`Organization:${id}`)!);
    const groupB = Int32Array.from(["b2", "b3"], (id) => graph.indexOf(`Organization:${id}`)!);
    const { scores, sources, exact } = brokerageScores(graph, groupA, groupB);
    expect([sources, exact]).toEqual([4, true]);
    const bridge = graph.indexOf("Organization:bridge")!;
    expect(scores[bridge]).toBeCloseTo(1);
    expect(scores[graph.indexOf("Organization:a1")!]).toBeCloseTo(1);
    expect(scores[graph.indexOf("Organization:a3")!]).toBeCloseTo(0);
    const [path] = pathsThrough(graph, bridge, groupA, groupB, 1);
    const refs = path!.map((v) => graph.nodes[v]!.ref);
    expect(refs).toHaveLength(5);
    expect(refs[2]).toBe("Organization:bridge");
    expect(groupA).toContain(path![0]);
    expect(groupB).toContain(path![4]);
  });
});

describe("the year view", () => {
  const graph = networkOf(
    ["Organization:a", "Organization:b", "Organization:c", "Event:e"],
    [
      ["Organization:a", "Event:e", 2023, "PARTICIPATED_IN"],
      ["Organization:b", "Event:e", 2023, "PARTICIPATED_IN"],
      ["Organization:b", "Event:e", 2024, "PARTICIPATED_IN"],
      ["Organization:c", "Event:e", 2024, "PARTICIPATED_IN"],
      ["Organization:a", "Organization:c", undefined, "PARTNER_OF"],
    ],
  );

  it("keeps undated ties in a year view unless asked not to", () => {
    expect(restrictToYears(graph, [2024], true).ties.year).toEqual(Int32Array.from([2024, 2024, 0]));
    expect(restrictToYears(graph, [2024], false).ties.year).toEqual(Int32Array.from([2024, 2024]));
    expect(restrictToYears(graph, [2024], true).undatedTies).toBe(1);
  });

  it("says who joined, who left, which ties are new or gone, and shows the undated apart", () => {
    const change = compareYears(graph, 2023, 2024);
    const refs = (indices: number[]) => indices.map((v) => graph.nodes[v]!.ref).sort();
    expect(refs(change.joined)).toEqual(["Organization:c"]);
    expect(refs(change.left)).toEqual(["Organization:a"]);
    expect(change.stayed).toBe(2);
    expect(change.newTies.map((tie) => refs([tie.a, tie.b]))).toEqual([["Event:e", "Organization:c"]]);
    expect(change.goneTies.map((tie) => refs([tie.a, tie.b]))).toEqual([["Event:e", "Organization:a"]]);
    expect(change.undatedTies.map((tie) => tie.type)).toEqual(["PARTNER_OF"]);
  });
});
