import type { Driver } from "neo4j-driver";
import { buildSeed } from "./build-seed.js";
import { loadFacts, type LoadReport } from "../graph/load-facts.js";
import { retiredNodes } from "./retired-nodes.js";
import { retiredProperties } from "./retired-properties.js";

/** What a seed run did, and what the extraction noticed. */
export interface SeedReport extends LoadReport {
  warnings: string[];
}

/** Extracts the seed and loads it in one transaction; a re-run converges (idempotent). */
export async function seedDatabase(
  driver: Driver,
  options: { database?: string | undefined; dryRun?: boolean } = {},
): Promise<SeedReport> {
  const seed = buildSeed();
  const report = await loadFacts(driver, seed.facts, {
    database: options.database,
    dryRun: options.dryRun,
    replaceSources: seed.ownedSources,
    retireNodes: retiredNodes.map((node) => node.ref),
    retireProperties: retiredProperties.map(({ label, property, having }) => ({ label, property, having })),
  });
  const kept = report.retiredNodesKept.map(
    ({ ref, relationships }) =>
      `${ref} is retired (replaced by ${retiredNodes.find((node) => node.ref === ref)?.replacedBy}) but ${relationships} relationship(s) of other sources still hold it: move them, then re-seed`,
  );
  return { ...report, warnings: [...seed.warnings, ...kept] };
}

/** True when the database holds no node at all. */
export async function isDatabaseEmpty(driver: Driver, database?: string): Promise<boolean> {
  const { records } = await driver.executeQuery("MATCH (n) RETURN count(n) = 0 AS empty LIMIT 1", {}, { database });
  return records[0]?.get("empty") === true;
}

/** Node counts per label and relationship counts per type, for reports and the README. */
export async function graphCounts(
  driver: Driver,
  database?: string,
): Promise<{ labels: Record<string, number>; types: Record<string, number> }> {
  const labels = await driver.executeQuery(
    "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count ORDER BY label",
    {},
    { database },
  );
  const types = await driver.executeQuery(
    "MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count ORDER BY type",
    {},
    { database },
  );
  const toRecord = (records: typeof labels.records, key: string) =>
    Object.fromEntries(records.map((record) => [record.get(key) as string, Number(record.get("count"))]));
  return { labels: toRecord(labels.records, "label"), types: toRecord(types.records, "type") };
}
