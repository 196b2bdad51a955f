// A long network computation runs in a worker thread: the server answers a trivial GraphQL query
// (through HTTP, on the same event loop) while Louvain is still computing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MetricRunner } from "../../server/network/metric-runner.js";
import { randomNetwork } from "../../server/network/network-graph.js";
import { TestServer } from "../helpers/test-server.js";

/** A random graph large enough for Louvain (on compressed rows, about 1 s per million ties) to take a while. */
const largeGraph = () => randomNetwork(60_000, 400_000, 11);

describe("a long network computation", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await TestServer.start();
  });
  afterAll(async () => {
    await server?.close();
  });

  it("does not hold up a concurrent trivial query: the query is answered while Louvain still runs", async () => {
    const runner = new MetricRunner({ workerFrom: 0 });
    const order: string[] = [];
    const communities = runner.run(largeGraph().adjacency, { kind: "communities" }).then((partition) => {
      order.push("communities");
      return partition;
    });
    const answer = await server.post<{ __typename: string }, Record<string, never>>("{ __typename }", {});
    order.push("trivial query");
    expect(answer.body.data).toEqual({ __typename: "Query" });
    expect(runner.running).toBe(1);
    expect((await communities).sizes.length).toBeGreaterThan(1);
    expect(order).toEqual(["trivial query", "communities"]);
  });
});
