// The public face of client/src/editing: other features and the router import it from here, never its files.
export { EntityEditing } from "./EntityEditing";
export { NewOrganizationPage } from "./NewOrganizationPage";
export { ReasonForm } from "./ReasonForm";
export { RemoveFactButton } from "./RemoveFactButton";
export { Field, FieldError, FormErrorSummary, fieldProps } from "./Field";
export {
  type FieldProblem,
  type FormErrors,
  type ProblemInWords,
  formErrorsOf,
  localErrors,
  noFormErrors,
} from "./field-errors";
export { PassageFactForm } from "./PassageFactForm";
