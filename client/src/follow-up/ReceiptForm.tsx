import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { problemsOf } from "./form-problems";
import { documentKey } from "./target-text";
import { useReceiveDeliverableMutation } from "./use-follow-up-mutations";

/** "Mark received" beside a deliverable: the document that fulfils it, the day, and why. */
export function ReceiptForm(props: { deliverableRef: string; name: string; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [document, setDocument] = useState("");
  const [receivedOn, setReceivedOn] = useState(new Date().toISOString().slice(0, 10));
  const [why, setWhy] = useState("");
  const [problems, setProblems] = useState<string[]>([]);
  const [receive, { loading }] = useReceiveDeliverableMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await receive({
        variables: {
          input: { deliverable: props.deliverableRef, document: `Document:${documentKey(document)}`, receivedOn },
          why,
        },
      });
      props.onDone();
    } catch (error) {
      setProblems(problemsOf(error));
    }
  };
  return (
    <form
      className="follow-up-form"
      aria-label={t("followUp.form.receiptTitle", { name: props.name })}
      onSubmit={(event) => void submit(event)}
    >
      <h3>{t("followUp.form.receiptTitle", { name: props.name })}</h3>
      {problems.length > 0 && (
        <ul className="form-problems" role="alert">
          {problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      )}
      <div className="field">
        <label htmlFor={`${id}-document`}>{t("followUp.form.receiptDocument")}</label>
        <input
          id={`${id}-document`}
          name="document"
          required
          value={document}
          onChange={(e) => setDocument(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-receivedOn`}>{t("followUp.form.receivedOn")}</label>
        <input
          id={`${id}-receivedOn`}
          name="receivedOn"
          type="date"
          required
          value={receivedOn}
          onChange={(e) => setReceivedOn(e.target.value)}
        />
      </div>
      <div className="field">
        <label htmlFor={`${id}-why`}>{t("followUp.form.why")}</label>
        <input id={`${id}-why`} name="why" required value={why} onChange={(e) => setWhy(e.target.value)} />
      </div>
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
