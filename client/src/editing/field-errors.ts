// A refused edit's errors, placed where the person can act on them: each problem the server lists
// in `extensions.fields` (`input.evidence.reason`) next to its form field, the rest above the form.
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { errorMessage } from "../layout";

/** The problems of a form: by form field, and those that belong to no field. */
export interface FormErrors {
  fields: Record<string, string>;
  general: string[];
}

export const noFormErrors: FormErrors = { fields: {}, general: [] };

/** One problem as the server lists it: the field's path in the mutation's arguments, why in English,
 *  and a code with the values its message names, for saying it in the app's language. */
export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
  values?: Record<string, string | number>;
}

/** Says a problem in the app's language: the text for its code, or the server's words when there is none. */
export type ProblemInWords = (problem: FieldProblem) => string;

const serverWords: ProblemInWords = (problem) => problem.message;

/** Words for the coded problems from `editing.serverProblems.<CODE>` (i18next's `t`), the server's otherwise. */
export function problemInWords(t: (key: string, options: Record<string, unknown>) => string): ProblemInWords {
  return (problem) =>
    problem.code
      ? t(`editing.serverProblems.${problem.code}`, { ...problem.values, defaultValue: problem.message })
      : problem.message;
}

/** The form field of a server path: the path without the argument it is in (`input.`, `changes.`). */
export function formFieldOf(path: string, formFields: readonly string[]): string | undefined {
  const field = path.replace(/^(input|changes)\./, "");
  return formFields.includes(field) ? field : undefined;
}

/** The problems an error carries, placed at the form's fields when the server names one of them. */
export function formErrorsOf(
  error: unknown,
  formFields: readonly string[],
  inWords: ProblemInWords = serverWords,
): FormErrors {
  const errors: FormErrors = { fields: {}, general: [] };
  const place = (path: string | undefined, message: string) => {
    const field = path === undefined ? undefined : formFieldOf(path, formFields);
    if (field === undefined) errors.general.push(message);
    else errors.fields[field] = errors.fields[field] ? `${errors.fields[field]} ; ${message}` : message;
  };
  if (!CombinedGraphQLErrors.is(error)) {
    errors.general.push(errorMessage(error));
    return errors;
  }
  for (const graphQLError of error.errors) {
    const { fields, argumentName } = graphQLError.extensions ?? {};
    if (Array.isArray(fields)) {
      for (const problem of fields as FieldProblem[]) place(problem.field, inWords(problem));
    } else {
      place(typeof argumentName === "string" ? argumentName : undefined, graphQLError.message);
    }
  }
  errors.general = [...new Set(errors.general)];
  return errors;
}

/** The problems found before sending (a choice not made, a number that is not one), each in words. */
export function localErrors(problems: Record<string, string>, inWords: (code: string) => string): FormErrors {
  return {
    fields: Object.fromEntries(Object.entries(problems).map(([field, code]) => [field, inWords(code)])),
    general: [],
  };
}
