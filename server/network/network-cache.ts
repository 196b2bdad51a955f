// Answers of the network metrics kept per projection until a write touches the graph: a write
// transaction of this process moves the write generation (graph/write-generation.ts), and a write
// from elsewhere (another instance, a bulk load) changes the count of nodes or relationships that
// Neo4j keeps in its count store; either clears the cache.
import { readQuery, type GraphDatabase } from "../../graph/graph-database.js";
import { writeGeneration } from "../../graph/write-generation.js";

/** A cached value, how long it took to compute, and whether this request found it computed. */
export interface Cached<T> {
  value: T;
  computedMs: number;
  cached: boolean;
}

/** How many answers are kept at most (the oldest go first). */
const maxEntries = 64;

export class NetworkCache {
  private generation = -1;
  private fingerprint = "";
  private readonly entries = new Map<string, Promise<{ value: unknown; computedMs: number }>>();

  constructor(private readonly reader: GraphDatabase) {}

  /** Clears the cache when a write has touched the graph since its answers were computed. */
  async refresh(): Promise<void> {
    const generation = writeGeneration();
    const [record] = await readQuery(
      this.reader,
      `CALL () { MATCH (n) RETURN count(n) AS nodes }
       CALL () { MATCH ()-[r]->() RETURN count(r) AS relationships }
       RETURN nodes, relationships`,
    );
    const fingerprint = `${String(record?.get("nodes"))}/${String(record?.get("relationships"))}`;
    if (generation !== this.generation || fingerprint !== this.fingerprint) {
      this.entries.clear();
      this.generation = generation;
      this.fingerprint = fingerprint;
    }
  }

  /** The value under `key`, computed by `compute` when absent (requests asking at once share one computation). */
  async get<T>(key: string, compute: () => Promise<T> | T): Promise<Cached<T>> {
    const existing = this.entries.get(key);
    if (existing) {
      // Most recently used last: the oldest entries are the first dropped.
      this.entries.delete(key);
      this.entries.set(key, existing);
      const { value, computedMs } = await existing;
      return { value: value as T, computedMs, cached: true };
    }
    const started = performance.now();
    const pending = Promise.resolve()
      .then(compute)
      .then((value) => ({ value: value as unknown, computedMs: performance.now() - started }));
    this.entries.set(key, pending);
    pending.catch(() => this.entries.delete(key));
    while (this.entries.size > maxEntries) this.entries.delete(this.entries.keys().next().value!);
    const { value, computedMs } = await pending;
    return { value: value as T, computedMs, cached: false };
  }

  /** How many answers are held (for tests). */
  get size(): number {
    return this.entries.size;
  }
}
