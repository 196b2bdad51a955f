import { describe, expect, it } from "vitest";
import { layoutPaths } from "./layout-paths";

const femto = { ref: "Organization:femto-st", name: "FEMTO-ST", label: "Organization" };
const pmt = { ref: "Organization:pmt", name: "Pôle des Microtechniques", label: "Organization" };
const asd = { ref: "Organization:pmt-asd", name: "PMT ASD", label: "Organization" };
const psw = { ref: "Event:paris-space-week-2024", name: "Paris Space Week", label: "Event" };
const edge = (id: string, type: string, from: string, to: string, confidence = "stated") => ({
  id,
  type,
  from,
  to,
  confidence,
});

describe("laying out paths between two nodes", () => {
  const layout = layoutPaths([
    {
      nodes: [femto, pmt, psw],
      edges: [edge("a", "PARTNER_OF", pmt.ref, femto.ref), edge("b", "PARTICIPATED_IN", pmt.ref, psw.ref)],
    },
    {
      nodes: [femto, pmt, psw],
      edges: [edge("c", "BUREAU_MEMBER_OF", femto.ref, pmt.ref), edge("b", "PARTICIPATED_IN", pmt.ref, psw.ref)],
    },
    {
      nodes: [femto, asd, psw],
      edges: [
        edge("d", "PARTNER_OF", femto.ref, asd.ref, "unverified"),
        edge("e", "PARTICIPATED_IN", asd.ref, psw.ref),
      ],
    },
  ]);

  it("puts each node once, in the column of its step, stacking the nodes of a step", () => {
    expect(layout.nodes.map((node) => [node.name, node.column, node.row])).toEqual([
      ["FEMTO-ST", 0, 0],
      ["Pôle des Microtechniques", 1, 0],
      ["Paris Space Week", 2, 0],
      ["PMT ASD", 1, 1],
    ]);
    expect([layout.columns, layout.rows]).toEqual([3, 2]);
  });

  it("draws each relationship once, in its own direction, unverified ones marked", () => {
    expect(layout.edges.map((placed) => [placed.id, placed.from, placed.unverified])).toEqual([
      ["a", pmt.ref, false],
      ["b", pmt.ref, false],
      ["c", femto.ref, false],
      ["d", femto.ref, true],
      ["e", asd.ref, false],
    ]);
  });

  it("draws nothing for no path", () => {
    expect(layoutPaths([])).toEqual({ nodes: [], edges: [], columns: 0, rows: 0 });
  });
});
