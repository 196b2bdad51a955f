import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Confidence } from "../__generated__/graphql";
import { problemsOf } from "./form-problems";
import { documentKey } from "./target-text";
import { useRecordResultMutation } from "./use-follow-up-mutations";

/** "Record a result" under an indicator: the value, its day (or period), the evidence — a document's passage, or an unverified note and why — and why. */
export function ResultForm(props: { indicatorRef: string; name: string; unit: string | null; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [value, setValue] = useState("");
  const [date, setDate] = useState("");
  const [periodStart, setPeriodStart] = useState("");
  const [periodEnd, setPeriodEnd] = useState("");
  const [confidence, setConfidence] = useState<Confidence | null>(null);
  const [source, setSource] = useState("");
  const [quote, setQuote] = useState("");
  const [reason, setReason] = useState("");
  const [why, setWhy] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [record, { loading }] = useRecordResultMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (confidence === null) {
      setProblems([t("followUp.form.evidence")]);
      return;
    }
    try {
      await record({
        variables: {
          input: {
            indicator: props.indicatorRef,
            value: Number(value.replace(",", ".").replace(/\s/gu, "")),
            ...(date ? { date } : { periodStart: periodStart || null, periodEnd: periodEnd || null }),
            evidence:
              confidence === "stated"
                ? { source: documentKey(source), quote, confidence }
                : { quote, confidence, reason },
          },
          why,
        },
      });
      props.onDone();
    } catch (error) {
      setProblems(problemsOf(error));
    }
  };

  const field = (name: string, label: string, control: React.ReactNode) => (
    <div className="field">
      <label htmlFor={`${id}-${name}`}>{label}</label>
      {control}
    </div>
  );
  return (
    <form
      className="follow-up-form"
      aria-label={t("followUp.form.resultTitle", { name: props.name })}
      onSubmit={(event) => void submit(event)}
    >
      <h3>{t("followUp.form.resultTitle", { name: props.name })}</h3>
      {problems.length > 0 && (
        <ul className="form-problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      {field(
        "value",
        t("followUp.form.value", { unit: props.unit ?? "" }),
        <input
          id={`${id}-value`}
          name="value"
          inputMode="decimal"
          required
          value={value}
          onChange={(e) => setValue(e.target.value)}
        />,
      )}
      <fieldset className="form-group">
        <legend>{t("followUp.form.when")}</legend>
        {field(
          "date",
          t("followUp.form.date"),
          <input id={`${id}-date`} name="date" type="date" value={date} onChange={(e) => setDate(e.target.value)} />,
        )}
        {field(
          "periodStart",
          t("followUp.form.periodStart"),
          <input
            id={`${id}-periodStart`}
            name="periodStart"
            type="date"
            value={periodStart}
            onChange={(e) => setPeriodStart(e.target.value)}
          />,
        )}
        {field(
          "periodEnd",
          t("followUp.form.periodEnd"),
          <input
            id={`${id}-periodEnd`}
            name="periodEnd"
            type="date"
            value={periodEnd}
            onChange={(e) => setPeriodEnd(e.target.value)}
          />,
        )}
      </fieldset>
      <fieldset className="form-group radio-group">
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
      </fieldset>
      {confidence === "stated" &&
        field(
          "source",
          t("followUp.form.document"),
          <input
            id={`${id}-source`}
            name="source"
            value={source}
            placeholder="gbm-2024-00098"
            onChange={(e) => setSource(e.target.value)}
          />,
        )}
      {confidence !== null &&
        field(
          "quote",
          confidence === "stated" ? t("followUp.form.quote") : t("followUp.form.note"),
          <textarea
            id={`${id}-quote`}
            name="quote"
            lang="fr"
            rows={3}
            value={quote}
            onChange={(e) => setQuote(e.target.value)}
          />,
        )}
      {confidence === "unverified" &&
        field(
          "reason",
          t("followUp.form.reason"),
          <input id={`${id}-reason`} name="reason" value={reason} onChange={(e) => setReason(e.target.value)} />,
        )}
      {field(
        "why",
        t("followUp.form.why"),
        <input id={`${id}-why`} name="why" required value={why} onChange={(e) => setWhy(e.target.value)} />,
      )}
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
