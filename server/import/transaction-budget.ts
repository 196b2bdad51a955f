// Whether an import's single transaction fits in the memory Neo4j allows transactions. A file too
// large would fill the pool that every other query shares for minutes before Neo4j refused it; it is
// refused up front instead, with the numbers and how to split it.
import type { Driver } from "neo4j-driver";

/** Transaction memory per node or relationship written, measured on Neo4j 5.26: about 2.4 KB of
 *  transaction state while writing, more while committing. */
export const bytesPerWrittenEntity = 4 * 1024;

/** The share of the limit one import may take, leaving room for the queries running beside it. */
const importShare = 0.9;

const units: Record<string, number> = {
  B: 1,
  KIB: 1024,
  MIB: 1024 ** 2,
  GIB: 1024 ** 3,
  TIB: 1024 ** 4,
  KB: 1e3,
  MB: 1e6,
  GB: 1e9,
  TB: 1e12,
};

/** "1.40GiB", "537.6MiB", "0B" → bytes; null when it is not a size. */
export function parseSize(value: string): number | null {
  const match = /^([\d.]+)\s*([KMGT]?I?B)$/iu.exec(value.trim());
  const unit = match && units[match[2]!.toUpperCase()];
  return match && unit ? Number(match[1]) * unit : null;
}

/** The tightest transaction-memory limit the database sets (per transaction or for all), in bytes;
 *  null when it sets none or does not say (SHOW SETTINGS needs a privilege some servers withhold). */
export async function transactionMemoryLimit(
  driver: Driver,
  database: string | undefined,
): Promise<{ bytes: number; setting: string } | null> {
  try {
    const { records } = await driver.executeQuery(
      "SHOW SETTINGS YIELD name, value WHERE name IN ['db.memory.transaction.max', 'dbms.memory.transaction.total.max'] RETURN name, value",
      {},
      { database },
    );
    const limits = records
      .map((record) => ({
        setting: record.get("name") as string,
        bytes: parseSize(String(record.get("value") ?? "")) ?? 0,
      }))
      .filter((limit) => limit.bytes > 0)
      .sort((a, b) => a.bytes - b.bytes);
    return limits[0] ?? null;
  } catch {
    return null;
  }
}

/** Null when `entities` writes fit the limit; else why not, and how many rows a part should hold. */
export function overBudget(
  entities: number,
  rows: number,
  limit: { bytes: number; setting: string } | null,
): string | null {
  if (!limit) return null;
  const needed = entities * bytesPerWrittenEntity;
  const allowed = limit.bytes * importShare;
  if (needed <= allowed) return null;
  const megabytes = (bytes: number) => `${Math.round(bytes / 1024 ** 2).toLocaleString("en")} MB`;
  const rowsPerPart = Math.max(1, Math.floor((rows * allowed) / needed));
  return (
    `the file writes ${entities.toLocaleString("en")} nodes and relationships in one transaction, about ${megabytes(needed)} of transaction memory; ` +
    `the database allows ${megabytes(limit.bytes)} (${limit.setting}). Nothing was written: split the file into parts of at most ` +
    `${rowsPerPart.toLocaleString("en")} rows, or give Neo4j more heap (NEO4J_HEAP).`
  );
}
