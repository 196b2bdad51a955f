// Reads a long PDF as an upload does (server/sources: the text page by page, then the mentions and
// the suggested facts page by page) and prints the time and the peak memory: the process's peak
// RSS, and the V8 heap sampled after every page and every 50 ms; with `node --expose-gc` the heap
// after a collection at every page too (what stays alive, not the garbage a collection would free).
// The commune names (the whole INSEE list, built once per server process) are loaded first and
// counted apart, as the baseline.
//   npx tsx tests/bench/sources/measure-pdf-source.ts [file=.tmp/rapport-300-pages.pdf] [--whole]
// `--whole` scans the whole text at once instead (the way before the scan went page by page).
// Run it alone (its own process): the peak RSS is the process's. The write to Neo4j is not in it
// (the text goes in one property, the suggestions in one UNWIND).
import { readFile } from "node:fs/promises";
import { loadavg } from "node:os";
import { communeGazetteer, demonymGazetteer } from "../../../server/sources/mentions/commune-names.js";
import { Gazetteer } from "../../../server/sources/mentions/gazetteer.js";
import { scanMentions } from "../../../server/sources/mentions/scan-mentions.js";
import { suggestFacts } from "../../../server/sources/mentions/suggest-facts.js";
import { suggestFactsInParts } from "../../../server/sources/mentions/suggest-in-parts.js";
import { readSourceText } from "../../../server/sources/read-source-text.js";

const file = process.argv.slice(2).find((arg) => !arg.startsWith("--")) ?? ".tmp/rapport-300-pages.pdf";
const whole = process.argv.includes("--whole");

/** A few entities of the graph, as the upload's gazetteer would hold them. */
function entities(): Gazetteer {
  return new Gazetteer()
    .add({ ref: "Organization:pmt", label: "Organization", name: "Pôle des Microtechniques" }, [
      "Pôle des Microtechniques",
      "PMT",
    ])
    .add({ ref: "Organization:femto-st", label: "Organization", name: "Femto-ST" }, ["Femto-ST"])
    .add({ ref: "Organization:gbm", label: "Organization", name: "Grand Besançon Métropole" }, [
      "Grand Besançon Métropole",
    ])
    .add({ ref: "Event:micronora-2024", label: "Event", name: "Micronora", year: 2024 }, ["Micronora"]);
}

/** A collection, when node runs with --expose-gc. */
const collect = (globalThis as { gc?: () => void }).gc;

async function main() {
  const load = loadavg()[0]!.toFixed(1);
  const bytes = await readFile(file);
  communeGazetteer();
  demonymGazetteer();
  collect?.();
  const baselineHeap = process.memoryUsage().heapUsed;
  let peakHeap = 0;
  let peakLiveHeap = 0;
  const sample = () => (peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed));
  const sampleLive = () => {
    sample();
    if (!collect) return;
    collect();
    peakLiveHeap = Math.max(peakLiveHeap, process.memoryUsage().heapUsed);
  };
  const sampler = setInterval(sample, 50);
  const started = performance.now();
  const source = await readSourceText(bytes, file, "application/pdf", sampleLive);
  const read = performance.now();
  const peakLiveReading = peakLiveHeap;
  const suggestions = whole
    ? suggestFacts(source.text, scanMentions(source.text, entities()))
    : suggestFactsInParts(source.text, entities(), source.pageStarts, sampleLive);
  sampleLive();
  const seconds = (at: number, from: number) => Number(((at - from) / 1000).toFixed(1));
  const done = performance.now();
  clearInterval(sampler);
  sample();
  const mb = (value: number) => Number((value / 1024 / 1024).toFixed(0));
  console.log(
    JSON.stringify(
      {
        file,
        fileMB: Number((bytes.length / 1024 / 1024).toFixed(1)),
        pages: source.pageStarts.length,
        characters: source.text.length,
        scan: whole ? "whole text" : "page by page",
        suggestions: suggestions.length,
        readSeconds: seconds(read, started),
        scanSeconds: seconds(done, read),
        peakRssMB: mb(process.resourceUsage().maxRSS * 1024),
        baselineHeapMB: mb(baselineHeap),
        peakHeapMB: mb(peakHeap),
        ...(collect ? { peakLiveHeapReadingMB: mb(peakLiveReading), peakLiveHeapMB: mb(peakLiveHeap) } : {}),
        loadAverageAtStart: Number(load),
        loadAverageAtEnd: Number(loadavg()[0]!.toFixed(1)),
      },
      null,
      2,
    ),
  );
}

void main();
