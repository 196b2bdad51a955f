// The ways a source document can be refused, each with a message an editor can act on.

/** Why a file cannot become a source document. */
export type SourceProblem = "NO_TEXT_LAYER" | "ENCRYPTED" | "TOO_LARGE" | "UNSUPPORTED_FORMAT" | "EMPTY" | "BAD_INPUT";

/** A source refused for a reason the person uploading it can fix; nothing is written. */
export class SourceError extends Error {
  override name = "SourceError";
  constructor(
    readonly problem: SourceProblem,
    message: string,
  ) {
    super(message);
  }
}
