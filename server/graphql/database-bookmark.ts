// The bookmark of the database's last committed transaction: what the response cache compares to
// learn whether anything at all was written since it stored its answers, by any client.
import neo4j, { type Driver } from "neo4j-driver";
import { transactionConfig } from "../../graph/graph-database.js";

/** Reads the database's current bookmark (an opaque text; equal texts mean no commit in between). */
export type BookmarkReader = () => Promise<string>;

/**
 * An auto-commit READ of `RETURN 1` on a session without a bookmark manager: Neo4j answers it with
 * the bookmark of the last transaction committed to the database, whoever committed it (another
 * instance, an import, Neo4j Browser). Fails when the database does not answer or gives no bookmark.
 */
export function databaseBookmarkReader(
  driver: Driver,
  database: string | undefined,
  timeoutMs?: number,
): BookmarkReader {
  return async () => {
    const session = driver.session({ database, defaultAccessMode: neo4j.session.READ });
    try {
      await session.run("RETURN 1", {}, transactionConfig(timeoutMs));
      const bookmarks = session.lastBookmarks();
      if (bookmarks.length === 0) throw new Error("Neo4j returned no bookmark");
      return [...bookmarks].sort().join(" ");
    } finally {
      await session.close();
    }
  };
}

/**
 * Shares bookmark reads between concurrent requests without ever answering one with a read that
 * started before it arrived (that read could miss a commit made just before the request). A request
 * arriving while a read is in flight waits for the next read, which starts when the one in flight
 * ends and serves every request that arrived meanwhile: under load, one round trip for many requests.
 */
export function coalescedBookmarkReader(read: BookmarkReader): BookmarkReader {
  let inFlight: Promise<unknown> | undefined;
  let next: Promise<string> | undefined;
  const start = (): Promise<string> => {
    const reading = read();
    const settled = reading.then(
      () => undefined,
      () => undefined,
    );
    inFlight = settled;
    void settled.then(() => {
      if (inFlight === settled) inFlight = undefined;
    });
    return reading;
  };
  return () => {
    if (next) return next;
    if (!inFlight) return start();
    const waiting = inFlight.then(() => {
      next = undefined;
      return start();
    });
    next = waiting;
    return waiting;
  };
}
