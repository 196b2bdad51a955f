import { useTranslation } from "react-i18next";
import type { FactFormValues } from "./fact-kinds";
import type { FormErrors } from "./field-errors";
import { Field, FieldError, fieldProps } from "./Field";

type Evidence = Pick<FactFormValues, "source" | "quote" | "confidence" | "reason">;

interface EvidenceFieldsProps {
  formId: string;
  values: Evidence;
  onChange: (patch: Partial<Evidence>) => void;
  errors: FormErrors;
  /** The signed-in user, named in the source written when none is given. */
  user: string;
}

/** A new fact's evidence: its source, the quote or a note, the confidence (chosen, no default) and, when unverified, why. */
export function EvidenceFields({ formId, values, onChange, errors, user }: EvidenceFieldsProps) {
  const { t } = useTranslation();
  return (
    <fieldset className="form-group">
      <legend>{t("editing.evidence.title")}</legend>
      <Field
        formId={formId}
        name="evidence.source"
        label={t("editing.evidence.source")}
        hint={t("editing.evidence.sourceHint", { user })}
        errors={errors}
        wide
      >
        <input
          {...fieldProps(formId, "evidence.source", errors, true)}
          value={values.source}
          placeholder={t("editing.evidence.sourcePlaceholder", { user })}
          onChange={(event) => onChange({ source: event.target.value })}
        />
      </Field>
      <Field
        formId={formId}
        name="evidence.quote"
        label={t("editing.evidence.quote")}
        hint={t("editing.evidence.quoteHint")}
        errors={errors}
        wide
      >
        <textarea
          {...fieldProps(formId, "evidence.quote", errors, true)}
          rows={3}
          lang="fr"
          value={values.quote}
          onChange={(event) => onChange({ quote: event.target.value })}
        />
      </Field>
      <fieldset
        className="field radio-group"
        aria-invalid={errors.fields["evidence.confidence"] !== undefined || undefined}
        aria-describedby={
          errors.fields["evidence.confidence"] !== undefined ? `${formId}-evidence.confidence-error` : undefined
        }
      >
        <legend>{t("editing.evidence.confidence")}</legend>
        {(["stated", "unverified"] as const).map((confidence) => (
          <label key={confidence} className="radio">
            <input
              type="radio"
              name={`${formId}-confidence`}
              value={confidence}
              checked={values.confidence === confidence}
              onChange={() => onChange({ confidence })}
            />
            <span>
              {t(`editing.evidence.${confidence}`)}
              <span className="field-hint"> — {t(`editing.evidence.${confidence}Hint`)}</span>
            </span>
          </label>
        ))}
        <FieldError formId={formId} name="evidence.confidence" errors={errors} />
      </fieldset>
      {values.confidence === "unverified" && (
        <Field formId={formId} name="evidence.reason" label={t("editing.evidence.reason")} errors={errors} wide>
          <textarea
            {...fieldProps(formId, "evidence.reason", errors)}
            rows={2}
            lang="fr"
            value={values.reason}
            onChange={(event) => onChange({ reason: event.target.value })}
          />
        </Field>
      )}
    </fieldset>
  );
}
