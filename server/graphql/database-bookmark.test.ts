import { describe, expect, it } from "vitest";
import { coalescedBookmarkReader } from "./database-bookmark.js";

/** A bookmark read that resolves (or fails) when the test says, counting the reads started. */
function controlledReads() {
  const pending: Array<{ resolve: (bookmark: string) => void; reject: (error: Error) => void }> = [];
  return {
    pending,
    read: () => new Promise<string>((resolve, reject) => pending.push({ resolve, reject })),
  };
}

const tick = () => new Promise((resolve) => setImmediate(resolve));

describe("sharing bookmark reads between requests", () => {
  it("answers a request with a read started after it arrived, one read for all who waited", async () => {
    const reads = controlledReads();
    const read = coalescedBookmarkReader(reads.read);
    const first = read();
    expect(reads.pending).toHaveLength(1);
    // Two requests arrive while the first read is in flight: they must not get its answer.
    const second = read();
    const third = read();
    expect(reads.pending).toHaveLength(1);
    reads.pending[0]!.resolve("b1");
    expect(await first).toBe("b1");
    await tick();
    expect(reads.pending).toHaveLength(2);
    reads.pending[1]!.resolve("b2");
    expect(await second).toBe("b2");
    expect(await third).toBe("b2");
    // Nothing in flight: the next request starts its own read.
    const fourth = read();
    expect(reads.pending).toHaveLength(3);
    reads.pending[2]!.resolve("b3");
    expect(await fourth).toBe("b3");
  });

  it("fails only the requests of a failed read; the next read goes on", async () => {
    const reads = controlledReads();
    const read = coalescedBookmarkReader(reads.read);
    const first = read();
    const second = read();
    reads.pending[0]!.reject(new Error("database down"));
    await expect(first).rejects.toThrow("database down");
    await tick();
    reads.pending[1]!.resolve("b2");
    expect(await second).toBe("b2");
  });
});
