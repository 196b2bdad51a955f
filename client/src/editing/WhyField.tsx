import { useTranslation } from "react-i18next";
import type { FormErrors } from "./field-errors";
import { Field, fieldProps } from "./Field";

/** Why the change is made: every edit records it in the history. */
export function WhyField({
  formId,
  value,
  onChange,
  errors,
  label,
}: {
  formId: string;
  value: string;
  onChange: (why: string) => void;
  errors: FormErrors;
  label?: string;
}) {
  const { t } = useTranslation();
  return (
    <Field formId={formId} name="why" label={label ?? t("editing.why")} errors={errors} wide>
      <input
        {...fieldProps(formId, "why", errors)}
        value={value}
        lang="fr"
        onChange={(event) => onChange(event.target.value)}
      />
    </Field>
  );
}
