/** A failure to start the embedded Neo4j, with one line a person can act on. */
export class EmbeddedNeo4jError extends Error {
  override name = "EmbeddedNeo4jError";
}
