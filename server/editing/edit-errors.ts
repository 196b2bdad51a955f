import { GraphQLError } from "graphql";

/**
 * One invalid field of an edit, named by its path in the input (`input.evidence.quote`). `message`
 * is English; `code` and `values`, when given, let a client say it in its own language
 * (`REASON_REQUIRED`, `WRONG_END` with `{ type, expected, got }`).
 */
export interface FieldProblem {
  field: string;
  message: string;
  code?: string;
  values?: Record<string, string | number>;
}

/** A problem's code and the values its message names. */
export type ProblemCode = Pick<FieldProblem, "code" | "values">;

/** An edit refused because of its input; `extensions.fields` lists each problem so the app can show it at the field. */
export class EditValidationError extends GraphQLError {
  constructor(readonly problems: FieldProblem[]) {
    super(problems.map((problem) => `${problem.field}: ${problem.message}`).join("; "), {
      extensions: { code: "BAD_USER_INPUT", fields: problems },
    });
    this.name = "EditValidationError";
  }
}

/** Collects field problems and throws them all at once. */
export class FieldChecks {
  private readonly problems: FieldProblem[] = [];

  /** Records a problem unless `ok`. */
  check(ok: boolean, field: string, message: string, code?: ProblemCode): this {
    if (!ok) this.problems.push({ field, message, ...code });
    return this;
  }

  /** Throws an EditValidationError when any check failed. */
  throwIfAny(): void {
    if (this.problems.length > 0) throw new EditValidationError(this.problems);
  }
}
