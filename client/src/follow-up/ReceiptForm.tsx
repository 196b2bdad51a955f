import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  Field,
  FormErrorSummary,
  type FormErrors,
  fieldProps,
  formErrorsOf,
  localErrors,
  noFormErrors,
} from "../editing";
import type { PickedEntity } from "../search";
import { DocumentPicker } from "./DocumentPicker";
import { followUpProblemInWords, receiptFormFields } from "./follow-up-form-errors";
import { useReceiveDeliverableMutation } from "./use-follow-up-mutations";

/** "Mark received" beside a deliverable: the document that fulfils it (picked by search), the day, and why. */
export function ReceiptForm(props: { deliverableRef: string; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [document, setDocument] = useState<PickedEntity | null>(null);
  const [receivedOn, setReceivedOn] = useState(new Date().toISOString().slice(0, 10));
  const [why, setWhy] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [receive, { loading }] = useReceiveDeliverableMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (document === null) {
      setErrors(localErrors({ document: "DOCUMENT_NOT_PICKED" }, (code) => t(`followUp.problems.${code}`)));
      return;
    }
    try {
      await receive({
        variables: {
          input: { deliverable: props.deliverableRef, document: document.ref, receivedOn },
          why,
        },
      });
      props.onDone();
    } catch (error) {
      setErrors(formErrorsOf(error, receiptFormFields, followUpProblemInWords(t)));
    }
  };
  return (
    <form
      className="follow-up-form"
      aria-label={t("followUp.form.receiptTitle", { name: props.name })}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h3>{t("followUp.form.receiptTitle", { name: props.name })}</h3>
      <DocumentPicker
        formId={id}
        name="document"
        label={t("followUp.form.receiptDocument")}
        errors={errors}
        picked={document}
        onPick={setDocument}
      />
      <Field formId={id} name="receivedOn" label={t("followUp.form.receivedOn")} errors={errors}>
        <input
          {...fieldProps(id, "receivedOn", errors)}
          type="date"
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.target.value)}
        />
      </Field>
      <Field formId={id} name="why" label={t("followUp.form.why")} errors={errors}>
        <input {...fieldProps(id, "why", errors)} lang="fr" value={why} onChange={(e) => setWhy(e.target.value)} />
      </Field>
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
