// The report's own header: deliberation number, report number and title, rapporteur, commission
// opinions and budget line.
import { frenchAmount } from "./french-values.js";
import { splitCivility } from "./parse-entry.js";
import type { QuotedPerson } from "./parse-header.js";

/** What the report header states. */
export interface ReportHeader {
  /** "Délibération n°2024/2024.00098" → "2024/2024.00098". */
  number?: string;
  reportNumber?: number;
  title?: string;
  /** "Rapporteur : M. Nicolas BODIN, Vice-Président": the person, the title given, the line. */
  rapporteur?: QuotedPerson & { title?: string };
  /** The commission heading the opinions table, e.g. "Commission n°2". */
  commission?: string;
  /** The rows of the opinions table as written, cells joined by a space: "Bureau 13/03/2024 Favorable". */
  commissionOpinions: string[];
  /** The budget heading, e.g. "BP 2024 et PPIF 2024-2028 « Actions recherche et innovation »". */
  budgetLine?: string;
  budgetYear?: number;
  /** "Montant prévu au Budget 2024 : 214 400 €", in euros. */
  budgetPlanned?: number;
  /** "Montant de l'opération : 45 000 €", in euros. */
  operationAmount?: number;
}

/**
 * Reads the opinions table that follows "Commission n°2 <tab> Date <tab> Avis", up to a blank line.
 * A row whose first cell is blank is the commission's own opinion (the heading names it), so each
 * opinion keeps the body that gave it: "Commission n°2 28/03/2024 Favorable".
 */
function readOpinions(source: string): Pick<ReportHeader, "commission" | "commissionOpinions"> {
  const table = /^(Commission\s+n°\s*\d+)[ \t]+Date[ \t]+Avis[ \t]*\n((?:[^\n]*\S[^\n]*(?:\n|$))*)/mu.exec(source);
  if (!table?.[1]) return { commissionOpinions: [] };
  const commission = table[1];
  const rows = (table[2] ?? "").split("\n").map((row) => {
    const cells = row.split("\t").map((cell) => cell.trim());
    if (cells.some(Boolean) && cells[0] === "") cells[0] = commission;
    return cells.filter(Boolean).join(" ");
  });
  return { commission, commissionOpinions: rows.filter(Boolean) };
}

/** Parses the report header; each field that is missing is reported. */
export function parseReport(source: string): { report: ReportHeader; warnings: string[] } {
  const report: ReportHeader = readOpinions(source);
  const warnings: string[] = [];
  const number = /Délibération\s+n°\s*(\S+)/u.exec(source)?.[1];
  if (number) report.number = number;
  const title = /^Rapport\s+n°\s*(\d+)\s*-\s*([^\n]+?)[ \t]*$/mu.exec(source);
  if (title?.[1] && title[2]) Object.assign(report, { reportNumber: Number(title[1]), title: title[2] });
  const rapporteur = /^Rapporteur\s*:\s*([^,\n]+?)(?:,\s*([^\n]+?))?[ \t]*$/mu.exec(source);
  if (rapporteur?.[1]) {
    report.rapporteur = { ...splitCivility(rapporteur[1]), quote: rapporteur[0].trim() };
    if (rapporteur[2]) report.rapporteur.title = rapporteur[2];
  }
  const budgetLine = /^Inscription budgétaire[ \t]*\n[ \t]*([^\t\n]+?)[ \t]*(?:\t|\n)/mu.exec(source)?.[1];
  if (budgetLine) report.budgetLine = budgetLine;
  const planned = /Montant prévu au Budget\s+(\d{4})\s*:\s*([\d\s\u00a0\u202f.,]+?)\s*€/u.exec(source);
  if (planned?.[1] && planned[2])
    Object.assign(report, { budgetYear: Number(planned[1]), budgetPlanned: frenchAmount(planned[2]) });
  const operation = /Montant de l['’]opération\s*:\s*([\d\s\u00a0\u202f.,]+?)\s*€/u.exec(source)?.[1];
  if (operation) report.operationAmount = frenchAmount(operation);
  const wanted: (keyof ReportHeader)[] = ["number", "reportNumber", "title", "rapporteur"];
  for (const field of wanted) if (report[field] === undefined) warnings.push(`report: ${field} not found`);
  if (report.commissionOpinions.length === 0) warnings.push("report: no commission opinions table found");
  return { report, warnings };
}
