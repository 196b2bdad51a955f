// Where a refused follow-up edit's problems go: the fields of the result and receipt forms, and the
// words for each problem code the server gives (server/follow-up/follow-up-edits.ts) in the app's language.
import type { FieldProblem, ProblemInWords } from "../editing";

/** The fields of "record a result", named as the server names them without `input.`. */
export const resultFormFields = [
  "value",
  "date",
  "periodStart",
  "periodEnd",
  "confidence",
  "evidence.source",
  "evidence.quote",
  "evidence.reason",
  "why",
] as const;

/** The fields of "mark received". */
export const receiptFormFields = ["document", "receivedOn", "why"] as const;

/**
 * A problem in words: the follow-up's own text for its code (`followUp.problems.<CODE>`), else the
 * editing forms' (`editing.serverProblems.<CODE>`), else the server's English.
 */
export function followUpProblemInWords(t: (key: string, options: Record<string, unknown>) => string): ProblemInWords {
  return (problem: FieldProblem) => {
    if (!problem.code) return problem.message;
    const shared = t(`editing.serverProblems.${problem.code}`, { ...problem.values, defaultValue: problem.message });
    return t(`followUp.problems.${problem.code}`, { ...problem.values, defaultValue: shared });
  };
}
