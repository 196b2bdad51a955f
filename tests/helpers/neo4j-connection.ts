/** How tests reach the Neo4j that the global setup started (provided to every test file). */
export interface Neo4jConnection {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
  /** Set when the tests run on the embedded Neo4j: the file its password was generated into. */
  passwordFile?: string | undefined;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}
