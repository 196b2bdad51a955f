// An import report as text for a terminal: the outcome, the problems by line and field, the
// ambiguous matches, what is created or updated, and how fast it went.
import type { ChangeGroup, ImportIssue, ImportReport } from "./import-report.js";

/** How many issues and changes the text lists before "… and N more". */
const shown = 50;

function issueLine(issue: ImportIssue): string {
  const where = issue.line === null ? "file" : `line ${issue.line}`;
  return `  ${where}${issue.field ? ` [${issue.field}]` : ""}: ${issue.message} (${issue.code})`;
}

function more(total: number, listed: number): string[] {
  return total > listed ? [`  … and ${(total - listed).toLocaleString("en")} more`] : [];
}

function changeLines(label: string, group: ChangeGroup): string[] {
  if (group.created + group.updated + group.unchanged === 0) return [];
  const lines = [`${label}: ${group.created} created, ${group.updated} updated, ${group.unchanged} unchanged`];
  for (const change of group.createdList.slice(0, shown))
    lines.push(`  + ${change.ref} "${change.name}" (line ${change.lines.join(", ")})`);
  lines.push(...more(group.created, Math.min(shown, group.createdList.length)));
  for (const change of group.updatedList.slice(0, shown))
    lines.push(`  ~ ${change.ref} "${change.name}": ${(change.changes ?? []).join("; ")}`);
  lines.push(...more(group.updated, Math.min(shown, group.updatedList.length)));
  return lines;
}

/** The report as lines of text. */
export function formatImportReport(report: ImportReport): string {
  const { file, timings } = report;
  const lines = [
    report.summary,
    `source: ${report.source}`,
    `file: ${file.bytes.toLocaleString("en")} bytes, ${file.encoding ?? "?"}${file.bom ? " with BOM" : ""}, separator ${JSON.stringify(file.separator)}, ${file.rows.toLocaleString("en")} rows`,
  ];
  if (report.errorCount > 0) {
    lines.push(
      `errors (${report.errorCount}):`,
      ...report.errors.slice(0, shown).map(issueLine),
      ...more(report.errorCount, Math.min(shown, report.errors.length)),
    );
  }
  for (const ambiguity of report.ambiguities.slice(0, shown)) {
    lines.push(
      `ambiguous, line ${ambiguity.line} [${ambiguity.field}] "${ambiguity.value}": ${ambiguity.candidates.map((candidate) => candidate.ref).join(" | ")}`,
    );
  }
  if (report.warningCount > 0) {
    lines.push(
      `warnings (${report.warningCount}):`,
      ...report.warnings.slice(0, shown).map(issueLine),
      ...more(report.warningCount, Math.min(shown, report.warnings.length)),
    );
  }
  const { changes } = report;
  lines.push(
    ...changeLines("organisations", changes.organizations),
    ...changeLines("events", changes.events),
    ...changeLines("projects", changes.projects),
    ...changeLines("programmes", changes.programmes),
    ...changeLines("communes", changes.communes),
    `relationships stated: ${changes.relationships.toLocaleString("en")}`,
  );
  if (report.database) {
    const { nodesCreated, relationshipsCreated, propertiesSet } = report.database;
    lines.push(
      `Neo4j ${report.dryRun ? "would create" : "created"} ${nodesCreated} nodes and ${relationshipsCreated} relationships, set ${propertiesSet} properties`,
    );
  }
  if (report.changeId) lines.push(`audit entry: change ${report.changeId} (history of every node it changed)`);
  lines.push(
    `time: read ${timings.readMs} ms, match ${timings.matchMs} ms, write ${timings.writeMs} ms, total ${timings.totalMs} ms (${timings.rowsPerSecond.toLocaleString("en")} rows/s)`,
  );
  return lines.join("\n");
}
