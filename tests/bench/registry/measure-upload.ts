// The admin upload's memory: serves the multipart form on a free port, has curl send a
// StockEtablissement file to it (curl streams it from disk, in its own process), reads it through the
// register reader filtered on the Doubs (all establishments kept), and prints the time and this
// process's peak memory (RSS and heap, sampled every 50 ms):
//   npx tsx tests/bench/registry/measure-upload.ts [stream|formData] [file=.tmp/StockEtablissement_1M.csv]
// `stream` is the route's way (server/registry/stock-upload.ts, busboy); `formData` the way before it
// (the whole form parsed by Request.formData()). Run each alone: the peak RSS is the process's.
import { spawn } from "node:child_process";
import { stat } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { Readable } from "node:stream";
import type { ReadableStream as NodeReadableStream } from "node:stream/web";
import express from "express";
import { readEstablishments } from "../../../server/registry/read-stock-files.js";
import { streamStockUpload } from "../../../server/registry/stock-upload.js";

const mode = process.argv[2] === "formData" ? "formData" : "stream";
const file = process.argv[3] ?? ".tmp/StockEtablissement_1M.csv";

/** The establishment file of the request, as the chosen way reads it. */
async function establishmentStream(req: express.Request): Promise<Readable> {
  if (mode === "stream") return (await streamStockUpload(req, 16 * 1024 * 1024 * 1024).establishments).stream;
  const request = new Request("http://registry.local/import", {
    method: "POST",
    headers: { "content-type": req.get("content-type") ?? "" },
    body: Readable.toWeb(req) as ReadableStream,
    duplex: "half",
  } as RequestInit & { duplex: "half" });
  const part = (await request.formData()).get("establishments") as File;
  return Readable.fromWeb(part.stream() as NodeReadableStream);
}

async function main() {
  const size = (await stat(file)).size;
  let peakHeap = 0;
  const sampler = setInterval(() => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed)), 50);
  const app = express();
  let result: { rows: number; kept: number; secondaryKept: number } | undefined;
  app.post("/import", async (req, res) => {
    const { stats } = await readEstablishments(await establishmentStream(req), { departement: "25" }, { scope: "all" });
    result = stats;
    res.json(stats);
  });
  const server = createServer(app);
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/import`;
  const started = performance.now();
  await new Promise<void>((resolve, reject) => {
    const curl = spawn("curl", ["-sS", "-o", "/dev/null", "-F", `establishments=@${file};type=text/csv`, url], {
      stdio: "inherit",
    });
    curl.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`curl exited with ${code}`))));
  });
  const seconds = (performance.now() - started) / 1000;
  clearInterval(sampler);
  server.close();
  const mb = (bytes: number) => Number((bytes / 1024 / 1024).toFixed(0));
  console.log(
    JSON.stringify(
      {
        mode,
        file,
        fileMB: mb(size),
        ...result,
        seconds: Number(seconds.toFixed(1)),
        peakRssMB: mb(process.resourceUsage().maxRSS * 1024),
        peakHeapMB: mb(peakHeap),
      },
      null,
      2,
    ),
  );
}

void main();
