import { describe, expect, it } from "vitest";
import { formatImportReport } from "./format-report.js";
import { emptyChanges, type ImportReport } from "./import-report.js";

const report: ImportReport = {
  kind: "members",
  fileName: "adherents.csv",
  source: "import:members:adherents.csv:0123456789ab",
  sha256: "0123456789ab".padEnd(64, "0"),
  status: "rejected",
  dryRun: true,
  summary: "Rejected members file adherents.csv (2 rows): 1 problem, 1 ambiguous match(es); nothing was written.",
  file: { bytes: 120, encoding: "windows-1252", bom: false, separator: ";", rows: 2, columns: { name: "Nom" } },
  errorCount: 1,
  warningCount: 0,
  errors: [
    {
      line: 3,
      field: "Nom",
      value: "Jumeaux",
      code: "AMBIGUOUS_MATCH",
      message: '"Jumeaux" could be Jumeaux (Organization:a) or JUMEAUX (Organization:b)',
    },
  ],
  warnings: [],
  ambiguities: [
    {
      line: 3,
      field: "Nom",
      value: "Jumeaux",
      candidates: [
        { ref: "Organization:a", name: "Jumeaux", siren: null },
        { ref: "Organization:b", name: "JUMEAUX", siren: null },
      ],
    },
  ],
  changes: emptyChanges(),
  database: null,
  changeId: null,
  timings: { readMs: 1, matchMs: 2, writeMs: 0, totalMs: 3, rowsPerSecond: 666 },
};

describe("formatImportReport", () => {
  it("prints the outcome, each problem by line and column, and the ambiguous candidates", () => {
    const text = formatImportReport(report);
    expect(text.split("\n").slice(0, 6)).toEqual([
      report.summary,
      "source: import:members:adherents.csv:0123456789ab",
      'file: 120 bytes, windows-1252, separator ";", 2 rows',
      "errors (1):",
      '  line 3 [Nom]: "Jumeaux" could be Jumeaux (Organization:a) or JUMEAUX (Organization:b) (AMBIGUOUS_MATCH)',
      'ambiguous, line 3 [Nom] "Jumeaux": Organization:a | Organization:b',
    ]);
    expect(text).toMatch(/time: read 1 ms, match 2 ms, write 0 ms, total 3 ms \(666 rows\/s\)$/);
  });
});
