// The opaque cursors of the paged analyst questions: the sort key of a page's last answer, so the
// next page starts right after it (keyset paging), whatever was added or removed meanwhile.
import { BadUserInputError } from "../graphql/errors.js";

/** The largest page any paged question serves, and the page it serves when `first` is not given. */
export const pageSizeLimits = { default: 50, max: 500 } as const;

/** The values an answer is sorted by, in order: names and ids as text, counts as numbers. */
export type SortKey = Array<string | number>;

/** The cursor of an answer of `question` with that sort key: base64url of a small JSON array. */
export function encodeCursor(question: string, key: SortKey): string {
  return Buffer.from(JSON.stringify([question, ...key]), "utf8").toString("base64url");
}

/**
 * The sort key a cursor of `question` holds, checked against the shape the question expects
 * (`"string"` or `"number"` per position); anything else is a BadUserInputError on `after`.
 */
export function decodeCursor(question: string, cursor: string, shape: Array<"string" | "number">): SortKey {
  const refuse = (): never => {
    throw new BadUserInputError(
      `after must be the pageInfo.endCursor of a previous page of ${question} (got "${cursor.slice(0, 80)}")`,
      "after",
    );
  };
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    return refuse();
  }
  if (!Array.isArray(decoded) || decoded.length !== shape.length + 1 || decoded[0] !== question) return refuse();
  const key = decoded.slice(1) as unknown[];
  if (!key.every((value, index) => typeof value === shape[index])) return refuse();
  return key as SortKey;
}

/** `first` when it lies within 1 and the maximum page size; a BadUserInputError that says so otherwise. */
export function pageSize(first: number): number {
  if (!Number.isInteger(first) || first < 1 || first > pageSizeLimits.max)
    throw new BadUserInputError(
      `first must be a whole number from 1 to ${pageSizeLimits.max}, the largest page (got ${first}); page through with after: pageInfo.endCursor`,
      "first",
    );
  return first;
}
