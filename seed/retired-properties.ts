// Node properties an earlier seed wrote that the model has since retired (docs/DATA-MODEL.md): a
// re-seed removes them from the nodes they are retired from, in the seed's own transaction, so a
// database seeded before the change converges without a hand-written statement.
import type { RetiredProperty } from "../graph/load-facts.js";

/** A retired property and why. */
export interface RetiredPropertyNote extends RetiredProperty {
  why: string;
}

export const retiredProperties: RetiredPropertyNote[] = [
  {
    label: "Programme",
    property: "objectives",
    // Other programmes may still list objectives: the schema keeps the field for them.
    having: { kind: "AXIS", year: 2024 },
    why: "the axes' objectives are Action nodes now, one per bullet (HAS_ACTION), each quoting its bullet",
  },
];
