import { type FormEvent, type ReactNode, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Confidence } from "../__generated__/graphql";
import {
  Field,
  FieldError,
  FormErrorSummary,
  type FormErrors,
  fieldProps,
  formErrorsOf,
  localErrors,
  noFormErrors,
} from "../editing";
import type { PickedEntity } from "../search";
import { DocumentPicker } from "./DocumentPicker";
import { followUpProblemInWords, resultFormFields } from "./follow-up-form-errors";
import { documentKey } from "./target-text";
import { useRecordResultMutation } from "./use-follow-up-mutations";

/** "Record a result" under an indicator: the value, its day (or period), the evidence — a passage of a document picked by search, or an unverified note and why — and why. */
export function ResultForm(props: { indicatorRef: string; name: string; unit: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState("");
  const [date, setDate] = useState("");
  const [periodStart, setPeriodStart] = useState("");
  const [periodEnd, setPeriodEnd] = useState("");
  const [confidence, setConfidence] = useState<Confidence | null>(null);
  const [document, setDocument] = useState<PickedEntity | null>(null);
  const [quote, setQuote] = useState("");
  const [reason, setReason] = useState("");
  const [why, setWhy] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [record, { loading }] = useRecordResultMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const number = Number(value.replace(",", ".").replace(/\s/gu, ""));
    const local: Record<string, string> = {};
    if (value.trim() === "" || !Number.isFinite(number)) local.value = "VALUE_NOT_A_NUMBER";
    if (confidence === null) local.confidence = "EVIDENCE_KIND_REQUIRED";
    if (confidence === "stated" && document === null) local["evidence.source"] = "DOCUMENT_NOT_PICKED";
    if (Object.keys(local).length > 0 || confidence === null) {
      setErrors(localErrors(local, (code) => t(`followUp.problems.${code}`)));
      return;
    }
    try {
      await record({
        variables: {
          input: {
            indicator: props.indicatorRef,
            value: number,
            ...(date ? { date } : { periodStart: periodStart || null, periodEnd: periodEnd || null }),
            evidence:
              confidence === "stated"
                ? { source: documentKey(document?.ref ?? ""), quote, confidence }
                : { quote, confidence, reason },
          },
          why,
        },
      });
      props.onDone();
    } catch (error) {
      setErrors(formErrorsOf(error, resultFormFields, followUpProblemInWords(t)));
    }
  };

  const field = (name: string, label: string, control: (props: ReturnType<typeof fieldProps>) => ReactNode) => (
    <Field formId={id} name={name} label={label} errors={errors}>
      {control(fieldProps(id, name, errors))}
    </Field>
  );
  return (
    <form
      className="follow-up-form"
      aria-label={t("followUp.form.resultTitle", { name: props.name })}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3>{t("followUp.form.resultTitle", { name: props.name })}</h3>
      {field("value", t("followUp.form.value", { unit: props.unit ?? "" }), (control) => (
        <input {...control} inputMode="decimal" lang="fr" value={value} onChange={(e) => setValue(e.target.value)} />
      ))}
      <fieldset className="form-group">
        <legend>{t("followUp.form.when")}</legend>
        {field("date", t("followUp.form.date"), (control) => (
          <input {...control} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        ))}
        {field("periodStart", t("followUp.form.periodStart"), (control) => (
          <input {...control} type="date" value={periodStart} onChange={(e) => setPeriodStart(e.target.value)} />
        ))}
        {field("periodEnd", t("followUp.form.periodEnd"), (control) => (
          <input {...control} type="date" value={periodEnd} onChange={(e) => setPeriodEnd(e.target.value)} />
        ))}
      </fieldset>
      <fieldset
        className="form-group radio-group"
        aria-invalid={errors.fields.confidence !== undefined || undefined}
        aria-describedby={errors.fields.confidence !== undefined ? `${id}-confidence-error` : undefined}
      >
        <legend>{t("followUp.form.evidence")}</legend>
        {(["stated", "unverified"] as const).map((choice) => (
          <label key={choice} className="radio">
            <input
              type="radio"
              name={`${id}-confidence`}
              value={choice}
              checked={confidence === choice}
              onChange={() => setConfidence(choice)}
            />
            <span>{t(`followUp.form.${choice}`)}</span>
          </label>
        ))}
        <FieldError formId={id} name="confidence" errors={errors} />
      </fieldset>
      {confidence === "stated" && (
        <DocumentPicker
          formId={id}
          name="evidence.source"
          label={t("followUp.form.document")}
          errors={errors}
          picked={document}
          onPick={setDocument}
        />
      )}
      {confidence !== null &&
        field(
          "evidence.quote",
          confidence === "stated" ? t("followUp.form.quote") : t("followUp.form.note"),
          (control) => (
            <textarea {...control} lang="fr" rows={3} value={quote} onChange={(e) => setQuote(e.target.value)} />
          ),
        )}
      {confidence === "unverified" &&
        field("evidence.reason", t("followUp.form.reason"), (control) => (
          <input {...control} lang="fr" value={reason} onChange={(e) => setReason(e.target.value)} />
        ))}
      {field("why", t("followUp.form.why"), (control) => (
        <input {...control} lang="fr" value={why} onChange={(e) => setWhy(e.target.value)} />
      ))}
      <FormErrorSummary errors={errors} />
      <p className="form-footer">
        <button type="submit" className="button" disabled={loading}>
          {t("followUp.form.save")}
        </button>{" "}
        <button type="button" className="button secondary" onClick={props.onDone}>
          {t("followUp.form.cancel")}
        </button>
      </p>
    </form>
  );
}
