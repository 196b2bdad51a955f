import net from "node:net";
import { EmbeddedNeo4jError } from "./embedded-neo4j-error.js";

/** Rejects with a clear message when something already listens on host:port. */
export function assertPortFree(host: string, port: number, setting: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once("error", (error: NodeJS.ErrnoException) =>
      reject(
        new EmbeddedNeo4jError(
          error.code === "EADDRINUSE"
            ? `port ${port} on ${host} is already in use (another Neo4j?): stop that process or set ${setting}`
            : `cannot listen on ${host}:${port}: ${error.message}`,
        ),
      ),
    );
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
