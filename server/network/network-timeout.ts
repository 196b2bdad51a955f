// The error of a network question stopped by NETWORK_TIMEOUT_MS: its projection read (Neo4j's
// transaction time-out) or its computation (the worker thread terminated).
import { GraphQLError } from "graphql";
import type { ErrorCode } from "../errors/error-codes.js";

/** A network question's step stopped because it outlasted the time-out; `extensions.code` is QUERY_TIMEOUT. */
export class NetworkTimeoutError extends GraphQLError {
  constructor(what: string, timeoutMs: number) {
    const code: ErrorCode = "QUERY_TIMEOUT";
    super(
      `The network ${what} took longer than ${timeoutMs} ms (NETWORK_TIMEOUT_MS) and was stopped; ` +
        "ask for a smaller projection (fewer labels, relationship types or years)",
      { extensions: { code, timeoutMs } },
    );
    this.name = "NetworkTimeoutError";
  }
}

/** True when Neo4j stopped a transaction at its time-out (the driver's TransactionTimedOut codes). */
export function isTransactionTimeout(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && code.startsWith("Neo.ClientError.Transaction.TransactionTimedOut");
}
