// A refused follow-up edit's problems as lines to show above the form: each field's message.
import { CombinedGraphQLErrors } from "@apollo/client/errors";
import { errorMessage } from "../layout";

/** The messages of a refused edit: one per invalid field, or the error's own message. */
export function problemsOf(error: unknown): string[] {
  if (!CombinedGraphQLErrors.is(error)) return [errorMessage(error)];
  return error.errors.flatMap((graphQLError) => {
    const fields = graphQLError.extensions?.fields;
    return Array.isArray(fields)
      ? fields.map((problem: { field: string; message: string }) => `${problem.field} : ${problem.message}`)
      : [graphQLError.message];
  });
}
