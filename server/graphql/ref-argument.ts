// A `Label:key` argument of the API, parsed by the core's one parser.
import { nodeKeys } from "../../schema/node-keys.js";
import { InvalidNodeRefError, parseNodeRef, type ParsedRef } from "../../graph/node-ref.js";
import { BadUserInputError } from "./errors.js";

/** Parses the reference given as `argumentName`; anything else is a BadUserInputError naming the argument. */
export function parseRef(ref: string, argumentName: string): ParsedRef {
  try {
    return parseNodeRef(ref);
  } catch (error) {
    if (error instanceof InvalidNodeRefError) throw new BadUserInputError(
        `${argumentName} must be a reference Label:key with Label one of ${Object.keys(nodeKeys).join(", ")} (got "${ref}")`,
        argumentName,
      );
    throw error;
  }
}
