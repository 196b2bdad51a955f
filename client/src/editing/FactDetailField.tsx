import { useTranslation } from "react-i18next";
import type { FactDetail } from "./fact-kinds";
import type { FormErrors } from "./field-errors";
import { Field, fieldProps } from "./Field";

/** One detail of a fact (role, year, amount, context): labelled, marked optional unless the kind requires it. */
export function FactDetailField(props: {
  formId: string;
  detail: FactDetail;
  required: boolean;
  value: string;
  errors: FormErrors;
  placeholder?: string;
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const { formId, detail, errors } = props;
  return (
    <Field
      formId={formId}
      name={detail}
      label={`${t(`editing.fact.${detail}`)}${props.required ? "" : ` ${t("editing.optional")}`}`}
      errors={errors}
    >
      <input
        {...fieldProps(formId, detail, errors)}
        inputMode={detail === "year" ? "numeric" : detail === "amount" ? "decimal" : undefined}
        lang="fr"
        value={props.value}
        placeholder={props.placeholder}
        onChange={(event) => props.onChange(event.target.value)}
      />
    </Field>
  );
}
