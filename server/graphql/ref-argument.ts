// A `Label:key` argument of the API, parsed by the core's one parser.
import { nodeKeys, type Label } from "../../schema/node-keys.js";
import { InvalidNodeRefError, parseNodeRef, type ParsedRef } from "../../graph/node-ref.js";
import { BadUserInputError } from "./errors.js";

/** Parses the reference given as `argumentName`; anything else is a BadUserInputError naming the argument. */
export function parseRef(ref: string, argumentName: string): ParsedRef {
  try {
    return parseNodeRef(ref);
  } catch (error) {
    if (error instanceof InvalidNodeRefError)
      throw new BadUserInputError(
        `${argumentName} must be a reference Label:key with Label one of ${Object.keys(nodeKeys).join(", ")} (got "${ref}")`,
        argumentName,
      );
    throw error;
  }
}

/**
 * The key of the node an argument names: from its `Label:key` ref (`refName`, which must be of
 * `label`) or from its deprecated bare key (`keyName`); undefined when neither is given. Both given,
 * or a ref of another label, is a BadUserInputError.
 */
export function nodeArgument<Args, RefName extends keyof Args & string, KeyName extends keyof Args & string>(
  args: Args,
  label: Label,
  refName: RefName,
  keyName: KeyName,
): string | undefined {
  const ref = args[refName] as string | null | undefined;
  const key = args[keyName] as string | null | undefined;
  if (ref != null && key != null)
    throw new BadUserInputError(`give ${refName} or the deprecated ${keyName}, not both`, refName);
  if (key != null) return key;
  if (ref == null) return undefined;
  const parsed = parseRef(ref, refName);
  if (parsed.label !== label)
    throw new BadUserInputError(`${refName} must be a ${label} reference ${label}:key (got "${ref}")`, refName);
  return parsed.key;
}

/** As nodeArgument, for a node the question cannot do without: neither given is a BadUserInputError. */
export function requiredNodeArgument<Args, RefName extends keyof Args & string, KeyName extends keyof Args & string>(
  args: Args,
  label: Label,
  refName: RefName,
  keyName: KeyName,
): string {
  const key = nodeArgument(args, label, refName, keyName);
  if (key === undefined) throw new BadUserInputError(`${refName} is required: the ${label} as ${label}:key`, refName);
  return key;
}
