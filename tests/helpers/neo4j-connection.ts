/** How tests reach the Neo4j that the global setup started (provided to every test file). */
export interface Neo4jConnection {
  uri: string;
  user?: string | undefined;
  password?: string | undefined;
  database?: string | undefined;
}

declare module "vitest" {
  export interface ProvidedContext {
    neo4j: Neo4jConnection;
  }
}
