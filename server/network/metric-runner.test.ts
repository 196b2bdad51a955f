import { describe, expect, it } from "vitest";
import { runMetricJob } from "./metric-jobs.js";
import { MetricRunner } from "./metric-runner.js";
import { networkOf, randomNetwork, type NetworkGraph } from "./network-graph.js";
import { NetworkTimeoutError } from "./network-timeout.js";

/** Two cliques of four joined through `Organization:bridge`. */
function barbell(): NetworkGraph {
  const left = ["a1", "a2", "a3", "a4"].map((id) => `Organization:${id}`);
  const right = ["b1", "b2", "b3", "b4"].map((id) => `Organization:${id}`);
  const clique = (refs: string[]) => refs.flatMap((a, i) => refs.slice(i + 1).map((b): [string, string] => [a, b]));
  return networkOf(
    [...left, "Organization:bridge", ...right],
    [...clique(left), ...clique(right), [left[0]!, "Organization:bridge"], ["Organization:bridge", right[0]!]],
  );
}

/** A random graph whose exact betweenness (2,000 nodes, 10,000 ties) keeps a thread busy for a while. */
const busyGraph = () => randomNetwork(2_000, 10_000, 7);

describe("the metric runner", { timeout: 60_000 }, () => {
  it("answers in a worker thread what the inline computation answers", async () => {
    const graph = barbell();
    const runner = new MetricRunner({ workerFrom: 0 });
    const inWorker = await runner.run(graph.adjacency, { kind: "betweenness" });
    expect(inWorker).toEqual(runMetricJob(graph.adjacency, { kind: "betweenness" }));
    expect(inWorker.scores[graph.indexOf("Organization:bridge")!]).toBeCloseTo(16);
    const communities = await runner.run(graph.adjacency, { kind: "communities" });
    expect(communities).toEqual(runMetricJob(graph.adjacency, { kind: "communities" }));
    expect(communities.sizes).toHaveLength(2);
    expect(runner.running).toBe(0);
  });

  it("leaves the event loop free while a long computation runs in its worker", async () => {
    const graph = busyGraph();
    const runner = new MetricRunner({ workerFrom: 0 });
    const order: string[] = [];
    const long = runner.run(graph.adjacency, { kind: "betweenness" }).then((result) => {
      order.push("betweenness");
      return result;
    });
    // Run inline, the computation would finish before this callback could run.
    await new Promise((resolve) => setImmediate(resolve));
    order.push("trivial");
    expect(runner.running).toBe(1);
    const { exact } = await long;
    expect(exact).toBe(true);
    expect(order).toEqual(["trivial", "betweenness"]);
  });

  it("computes a small projection inline, without a thread", async () => {
    const runner = new MetricRunner();
    const pending = runner.run(barbell().adjacency, { kind: "pagerank" });
    expect(runner.running).toBe(0);
    expect((await pending).scores).toHaveLength(9);
  });

  it("stops a computation that outlasts the time-out, terminating its thread, with a QUERY_TIMEOUT", async () => {
    const runner = new MetricRunner({ workerFrom: 0, timeoutMs: 100 });
    const error: unknown = await runner.run(busyGraph().adjacency, { kind: "betweenness" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NetworkTimeoutError);
    expect((error as NetworkTimeoutError).extensions.code).toBe("QUERY_TIMEOUT");
    expect((error as NetworkTimeoutError).message).toContain("NETWORK_TIMEOUT_MS");
    expect(runner.running).toBe(0);
  });
});
