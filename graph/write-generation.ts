// A counter of the write transactions this process has committed (or tried to): caches of answers
// computed from the graph (the network metrics) keep the generation they were computed at and are
// dropped when it moves.

let generation = 0;

/** The current write generation of this process. */
export function writeGeneration(): number {
  return generation;
}

/** Marks that a write transaction touched the graph (called on commit and on failure alike). */
export function bumpWriteGeneration(): void {
  generation += 1;
}
