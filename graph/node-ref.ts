// The one way to name a node: `Label:key`, with Label one of the vocabulary's labels.
import { nodeKeys, type Label } from "../schema/node-keys.js";

/** A node reference written `Label:key`, e.g. `Organization:pmt`, `Commune:25056`, `Market:ASD`. */
export type NodeRef = `${Label}:${string}`;

/** A parsed `Label:key` reference, with the key property to match on. */
export interface ParsedRef {
  label: Label;
  keyProperty: string;
  key: string;
}

/** A string that is not a `Label:key` reference of the vocabulary. */
export class InvalidNodeRefError extends Error {
  override name = "InvalidNodeRefError";
  constructor(readonly ref: string) {
    super(`"${ref}" is not a node reference: expected Label:key with Label one of ${Object.keys(nodeKeys).join(", ")}`);
  }
}

/** True for a label of the vocabulary (own keys only: `constructor` or `toString` are not labels). */
export function isLabel(name: string): name is Label {
  return Object.hasOwn(nodeKeys, name);
}

/** Splits `Label:key` into its parts; throws InvalidNodeRefError on anything else. */
export function parseNodeRef(ref: string): ParsedRef {
  const colon = ref.indexOf(":");
  const label = ref.slice(0, colon);
  const key = ref.slice(colon + 1);
  if (colon <= 0 || key === "" || !isLabel(label)) throw new InvalidNodeRefError(ref);
  return { label, keyProperty: nodeKeys[label], key };
}

/** A Cypher node pattern matching the reference; label and property come from the vocabulary, the key is a parameter. */
export function nodePattern(variable: string, ref: ParsedRef, keyParameter: string): string {
  return `(${variable}:${ref.label} {${ref.keyProperty}: $${keyParameter}})`;
}
