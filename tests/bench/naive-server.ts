// Serves the naive schema (naive-schema.ts) over HTTP with nothing but node:http and graphql-js, the
// way a hand-rolled server would; each response says in `extensions.queries` how many Cypher
// queries it took.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { graphql } from "graphql";
import type { Driver } from "neo4j-driver";
import { NaiveContext, naiveRoot, naiveSchema } from "./naive-schema.js";

export interface NaiveServer {
  url: string;
  close(): Promise<void>;
}

/** Starts the naive GraphQL server on a free loopback port. */
export async function startNaiveServer(driver: Driver, database: string | undefined): Promise<NaiveServer> {
  const schema = naiveSchema();
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => void answer());
    const answer = async () => {
      let status = 200;
      let body: unknown;
      try {
        const { query, variables } = JSON.parse(Buffer.concat(chunks).toString("utf8")) as {
          query: string;
          variables?: Record<string, unknown>;
        };
        const context = new NaiveContext(driver, database);
        const result = await graphql({
          schema,
          source: query,
          rootValue: naiveRoot,
          contextValue: context,
          variableValues: variables ?? null,
        });
        body = { ...result, extensions: { queries: context.queries } };
      } catch (error) {
        status = 400;
        body = { errors: [{ message: (error as Error).message }] };
      }
      response.writeHead(status, { "content-type": "application/json" });
      response.end(JSON.stringify(body));
    };
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/graphql`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
