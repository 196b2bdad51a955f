// Nodes an earlier seed wrote that the model has since retired (docs/DATA-MODEL.md, « one thing, one
// node »). A re-seed deletes each once none of its relationships is left; one that another source still
// links (an edit, an import) is kept and reported, so nothing anyone added is lost.
import type { NodeRef } from "../graph/node-ref.js";

/** A retired node, what replaced it, and why. */
export interface RetiredNode {
  ref: NodeRef;
  replacedBy: NodeRef;
  why: string;
}

export const retiredNodes: RetiredNode[] = [
  {
    ref: "Commune:torino",
    replacedBy: "Place:torino",
    why: "Commune holds French communes of the INSEE list only; Torino is a Place with its country",
  },
  {
    ref: "Programme:pmt-vendre-a-l-industrie-allemande",
    replacedBy: "Event:webinaires-vendre-a-l-industrie-allemande-2024",
    why: "the offer of axe 3 has no existence in the document apart from the webinars that deliver it",
  },
];
