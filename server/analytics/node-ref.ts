import { nodeKeys, type Label } from "../../schema/node-keys.js";
import { BadUserInputError } from "../graphql/errors.js";

/** A parsed `Label:key` reference, with the key property to match on. */
export interface ParsedRef {
  label: Label;
  keyProperty: string;
  key: string;
}

/** Parses a `Label:key` reference; a malformed one or an unknown label is a BadUserInputError. */
export function parseRef(ref: string, argumentName: string): ParsedRef {
  const colon = ref.indexOf(":");
  const label = ref.slice(0, colon);
  const key = ref.slice(colon + 1);
  if (colon <= 0 || key === "" || !(label in nodeKeys)) {
    throw new BadUserInputError(
      `${argumentName} must be a reference Label:key with Label one of ${Object.keys(nodeKeys).join(", ")} (got "${ref}")`,
      argumentName,
    );
  }
  return { label: label as Label, keyProperty: nodeKeys[label as Label], key };
}

/** A Cypher node pattern matching the reference; label and property come from the vocabulary, the key is a parameter. */
export function nodePattern(variable: string, ref: ParsedRef, keyParameter: string): string {
  return `(${variable}:${ref.label} {${ref.keyProperty}: $${keyParameter}})`;
}
