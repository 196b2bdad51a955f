import { useTranslation } from "react-i18next";
import type { FormErrors } from "./field-errors";
import { FormErrorSummary } from "./Field";
import { WhyField } from "./WhyField";

/** The end of every editing form: why the change is made, the errors not tied to a field, submit and cancel. */
export function FormFooter(props: {
  formId: string;
  why: string;
  onWhyChange: (why: string) => void;
  errors: FormErrors;
  busy: boolean;
  submitLabel: string;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <WhyField formId={props.formId} value={props.why} onChange={props.onWhyChange} errors={props.errors} />
      <FormErrorSummary errors={props.errors} />
      <p className="form-actions">
        <button type="submit" disabled={props.busy}>
          {props.busy ? t("editing.saving") : props.submitLabel}
        </button>
        <button type="button" className="secondary" onClick={props.onCancel}>
          {t("editing.cancel")}
        </button>
      </p>
    </>
  );
}
