// Throughput with autocannon on loopback: requests per second at a number of connections for a fixed
// duration, with every response read (a GraphQL error in a 200 counts as an error), and the server's
// memory while it lasts.
import autocannon from "autocannon";
import { responseCacheHeader } from "../../server/graphql/response-cache.js";
import { cpuMeter, sampleResidentMemory } from "./process-stats.js";

export interface ThroughputTarget {
  name: string;
  url: string;
  /** The request bodies to send, one after the other (a lookup of a different node each time). */
  bodies: string[];
}

export interface ThroughputResult {
  target: string;
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p90: number; p99: number; max: number };
  /** Connection errors and time-outs, non-2xx responses, and 200 responses carrying GraphQL errors. */
  errors: number;
  non2xx: number;
  graphqlErrors: number;
  /** Responses answered from the response cache (`x-maillage-cache: hit`). */
  cacheHits?: number;
  /** Resident memory of the server before and at its peak during the run, and of Neo4j's JVM. */
  serverRssMb: { before: number | undefined; peak: number | undefined };
  neo4jRssMb: { peak: number | undefined };
  /** CPU milliseconds per completed request of the server, Neo4j and the load generator (this process). */
  cpuMsPerRequest?: { server: number | undefined; neo4j: number | undefined; loadGenerator: number | undefined };
}

/** Loads the target with `connections` connections for `durationSeconds`. */
export async function measureThroughput(
  target: ThroughputTarget,
  options: {
    connections: number;
    durationSeconds: number;
    serverPid: number | undefined;
    neo4jPid: number | undefined;
  },
): Promise<ThroughputResult> {
  let next = 0;
  let graphqlErrors = 0;
  let cacheHits = 0;
  const before = sampleResidentMemory(options.serverPid).stop();
  const server = sampleResidentMemory(options.serverPid);
  const neo4j = sampleResidentMemory(options.neo4jPid);
  const cpu = cpuMeter({ server: options.serverPid, neo4j: options.neo4jPid });
  const result = await autocannon({
    url: target.url,
    connections: options.connections,
    duration: options.durationSeconds,
    timeout: 60,
    method: "POST",
    headers: { "content-type": "application/json" },
    requests: [
      {
        setupRequest: (request) => ({ ...request, body: target.bodies[next++ % target.bodies.length]! }),
        onResponse: (status, body, _context, headers) => {
          if (status === 200 && body.includes('"errors":')) graphqlErrors++;
          if (headers?.[responseCacheHeader] === "hit") cacheHits++;
        },
      },
    ],
  });
  const used = cpu.stop();
  const perRequest = (seconds: number | undefined) =>
    seconds === undefined || result.requests.total === 0 ? undefined : (seconds * 1000) / result.requests.total;
  return {
    target: target.name,
    connections: options.connections,
    durationSeconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: result.requests.total / result.duration,
    latencyMs: { p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    non2xx: result.non2xx,
    graphqlErrors,
    cacheHits,
    serverRssMb: { before, peak: server.stop() },
    neo4jRssMb: { peak: neo4j.stop() },
    cpuMsPerRequest: {
      server: perRequest(used.server),
      neo4j: perRequest(used.neo4j),
      loadGenerator: perRequest(used.bench),
    },
  };
}
