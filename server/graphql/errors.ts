import { GraphQLError } from "graphql";
import type { ErrorCode } from "../errors/error-codes.js";

/** A request the API refuses because of an argument; `extensions.code` is `BAD_USER_INPUT`. */
export class BadUserInputError extends GraphQLError {
  constructor(message: string, argumentName: string) {
    const code: ErrorCode = "BAD_USER_INPUT";
    super(message, { extensions: { code, argumentName } });
    this.name = "BadUserInputError";
  }
}

/** Throws a BadUserInputError unless `value` is a whole number within [min, max]. */
export function assertIntInRange(value: number, min: number, max: number, argumentName: string): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new BadUserInputError(
      `${argumentName} must be a whole number from ${min} to ${max} (got ${value})`,
      argumentName,
    );
  }
  return value;
}
