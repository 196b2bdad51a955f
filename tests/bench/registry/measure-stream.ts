// Streams a StockEtablissement file through the register reader, filtered on the Doubs (25), and
// prints the time, the rows per second and the peak memory (RSS and heap, sampled every 50 ms):
//   npx tsx tests/bench/registry/measure-stream.ts [file=.tmp/StockEtablissement_1M.csv] [departement=25]
// Run it alone (its own process): the peak RSS is the process's.
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import { readEstablishments } from "../../../server/registry/read-stock-files.js";
import { registryRecord } from "../../../server/registry/registry-record.js";

const file = process.argv[2] ?? ".tmp/StockEtablissement_1M.csv";
const departement = process.argv[3] ?? "25";

async function main() {
  const size = (await stat(file)).size;
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
  const started = performance.now();
  const { headOffices, stats } = await readEstablishments(createReadStream(file), { departement });
  const records = headOffices.map((office) => registryRecord(office, undefined));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(0);
  console.log(
    JSON.stringify(
      {
        file,
        fileMB: Number(mb(size)),
        rows: stats.rows,
        headOfficesKept: records.length,
        refused: stats.refused,
        seconds: Number(seconds.toFixed(1)),
        rowsPerSecond: Math.round(stats.rows / seconds),
        peakRssMB: Number(mb(process.resourceUsage().maxRSS * 1024)),
        peakHeapMB: Number(mb(peakHeap)),
      },
      null,
      2,
    ),
  );
}

void main();
