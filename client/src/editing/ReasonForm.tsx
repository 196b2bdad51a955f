import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { type FormErrors, formErrorsOf, problemInWords, noFormErrors } from "./field-errors";
import { FormFooter } from "./FormFooter";

interface ReasonFormProps {
  /** What the form does, as its accessible name. */
  label: string;
  submitLabel: string;
  /** Runs the change with the reason given; its error is shown in the form. */
  onSubmit: (why: string) => Promise<unknown>;
  onCancel: () => void;
}

/** A small form asking why before a removal or a revert, with the server's refusal shown in it. */
export function ReasonForm({ label, submitLabel, onSubmit, onCancel }: ReasonFormProps) {
  const { t } = useTranslation();
  const formId = useId();
  const [why, setWhy] = useState("");
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setBusy(true);
    try {
      await onSubmit(why);
    } catch (error) {
      setErrors(formErrorsOf(error, ["why"], problemInWords(t)));
      setBusy(false);
    }
  };
  return (
    <form className="reason-form" aria-label={label} onSubmit={(event) => void submit(event)} noValidate>
      <FormFooter
        formId={formId}
        why={why}
        onWhyChange={setWhy}
        errors={errors}
        busy={busy}
        submitLabel={submitLabel}
        onCancel={onCancel}
      />
    </form>
  );
}
