// The "Bulk load" section of docs/BENCHMARKS.md: the first load with Neo4j's import tool, and the
// online load through batched UNWIND with the batch shapes compared.
import type { BenchResults } from "./bench-results.js";
import { int, table } from "./markdown-cells.js";
import { describeShape } from "./online-load.js";

const seconds = (value: number | undefined) =>
  value === undefined ? "–" : value < 10 ? `${value.toFixed(1)} s` : `${int(value)} s`;

export function loadSection(all: BenchResults[]): string[] {
  const imported = all.filter((results) => results.firstLoad);
  const online = all.filter((results) => results.load);
  return [
    "## Bulk load",
    "",
    "**First load**: the ecosystem written as CSV (tests/bench/import-csv.ts: a header and a data file per label and per relationship",
    "shape, every value typed by the schema's rule), then `neo4j-admin database import full` (Neo4j's import tool, from the embedded",
    "build's jars: server/neo4j/embedded-import.ts) into the store of the embedded Neo4j before its first start, then the constraints",
    "and indexes built at that start (graph/store-schema.ts). The rate is the import tool's, from its start to its exit (its JVM's start",
    'included); the tool\'s own time is the one it reports ("IMPORT DONE in …").',
    "",
    table(
      [
        "scale",
        "relationships",
        "CSV written",
        "import tool",
        "relationships/s",
        "the tool's own time (rel/s)",
        "import tool CPU",
        "constraints and indexes",
        "rel/s, import and indexes",
      ],
      imported.map((results) => {
        const load = results.firstLoad!;
        return [
          results.scale,
          int(load.relationships),
          `${int(load.csvMb)} MB in ${seconds(load.csvSeconds)}`,
          seconds(load.importSeconds),
          `**${int(load.relationshipsPerSecond)}**`,
          load.toolReportedSeconds === undefined
            ? "–"
            : `${seconds(load.toolReportedSeconds)} (${int(load.relationships / load.toolReportedSeconds)})`,
          seconds(load.cpuSeconds.importTool),
          seconds(load.schemaSeconds),
          load.schemaSeconds === undefined ? "–" : int(load.relationships / (load.importSeconds + load.schemaSeconds)),
        ];
      }),
    ),
    "",
    "**Online load**: batched `UNWIND` through the driver, one transaction per batch, parameters as a list of rows (tests/bench/bulk-load.ts:",
    "the seed loader's statements). After an import, the batch shapes are compared on a graph of their own under other keys (which also",
    "warms the JIT and the query cache), each deleted again; then the run's whole ecosystem is loaded once more under other keys, in the",
    "fastest shape, into the imported store, and deleted. CPU seconds are summed over that load: when the machine is busy, relationships",
    "per Neo4j CPU-second is the steadier figure.",
    "",
    table(
      [
        "scale",
        "into",
        "shape",
        "nodes/s",
        "relationships/s",
        "Neo4j CPU",
        "loader CPU",
        "rel per Neo4j CPU-s",
        "shapes compared (rel/s)",
        "one transaction (seed/load-facts.ts)",
      ],
      online.map((results) => {
        const load = results.load!;
        return [
          results.scale,
          load.into ?? "empty database",
          `${describeShape(load)}, ${int(load.transactions)} batches`,
          int(load.nodesPerSecond),
          `**${int(load.relationshipsPerSecond)}**`,
          seconds(load.cpuSeconds.neo4j),
          seconds(load.cpuSeconds.bench),
          load.cpuSeconds.neo4j ? int(load.relationships / load.cpuSeconds.neo4j) : "–",
          load.shapes
            ?.map((shape) => `${describeShape(shape)}: ${shape.error ? "failed" : int(shape.relationshipsPerSecond)}`)
            .join("; ") ?? "–",
          results.singleTransaction
            ? results.singleTransaction.error
              ? `failed after ${results.singleTransaction.seconds.toFixed(0)} s (${results.singleTransaction.heap} heap): ${results.singleTransaction.error}`
              : `${int(results.singleTransaction.relationshipsPerSecond)} rel/s (${results.singleTransaction.heap} heap)`
            : "not measured",
        ];
      }),
    ),
    "",
  ];
}
