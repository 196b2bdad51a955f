import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { EditableRelationship } from "../__generated__/graphql";
import { EntitySearch } from "../search";
import { useViewer } from "../session";
import { useAddFactMutation } from "./edit-mutations";
import { EvidenceFields } from "./EvidenceFields";
import { FactDetailField } from "./FactDetailField";
import { factFormFields, factKindOrder, factKinds, type FactFormValues, relationshipInput } from "./fact-kinds";
import { type FormErrors, formErrorsOf, problemInWords, localErrors, noFormErrors } from "./field-errors";
import { Field, FieldError, fieldProps } from "./Field";
import { FormFooter } from "./FormFooter";

const emptyFact: FactFormValues = {
  type: "PARTICIPATED_IN",
  to: null,
  role: "",
  year: "",
  amount: "",
  context: "",
  source: "",
  quote: "",
  confidence: null,
  reason: "",
};

/** "Add a fact" on an organisation's page: the kind, the other end (searched), its details, the evidence and why. */
export function FactForm({
  from,
  onDone,
  onCancel,
}: {
  from: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const viewer = useViewer();
  const [values, setValues] = useState<FactFormValues>(emptyFact);
  const [toName, setToName] = useState("");
  const [why, setWhy] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [addFact, { loading }] = useAddFactMutation();
  const kind = factKinds[values.type];
  const change = (patch: Partial<FactFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, problems } = relationshipInput(from, values);
    if (!input) {
      setErrors(localErrors(problems, (code) => t(`editing.problems.${code}`)));
      return;
    }
    try {
      await addFact({ variables: { input, why } });
      onDone(t("editing.fact.added", { name: toName }));
    } catch (error) {
      setErrors(formErrorsOf(error, factFormFields, problemInWords(t)));
    }
  };

  const detailField = (detail: "role" | "year" | "amount" | "context") =>
    kind.details.includes(detail) && (
      <FactDetailField
        key={detail}
        formId={formId}
        detail={detail}
        required={kind.required.includes(detail)}
        value={values[detail]}
        errors={errors}
        placeholder={t(`editing.fact.${detail}Placeholder.${values.type}`, { defaultValue: "" })}
        onChange={(value) => change({ [detail]: value })}
      />
    );

  return (
    <form className="edit-form" aria-labelledby={`${formId}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={`${formId}-title`}>{t("editing.fact.title")}</h2>
      <div className="form-row">
        <Field formId={formId} name="type" label={t("editing.fact.type")} errors={errors}>
          <select
            {...fieldProps(formId, "type", errors)}
            value={values.type}
            onChange={(event) => {
              change({ type: event.target.value as EditableRelationship, to: null });
              setToName("");
            }}
          >
            {factKindOrder.map((type) => (
              <option key={type} value={type}>
                {t(`relations.out.${type}`)}
              </option>
            ))}
          </select>
        </Field>
        <div className="field wide">
          <EntitySearch
            key={values.type}
            label={t(`editing.fact.to.${values.type}`)}
            labels={kind.targets}
            keepPicked
            onPick={(picked) => {
              change({ to: picked.ref });
              setToName(picked.name);
            }}
          />
          {values.to && (
            <span className="field-hint">
              {t("editing.fact.picked")} <code>{values.to}</code>
            </span>
          )}
          <FieldError formId={formId} name="to" errors={errors} />
        </div>
      </div>
      {kind.details.length > 0 && (
        <div className="form-row">{(["role", "year", "amount", "context"] as const).map(detailField)}</div>
      )}
      <EvidenceFields formId={formId} values={values} onChange={change} errors={errors} user={viewer.id ?? ""} />
      <FormFooter
        formId={formId}
        why={why}
        onWhyChange={setWhy}
        errors={errors}
        busy={loading}
        submitLabel={t("editing.fact.submit")}
        onCancel={onCancel}
      />
    </form>
  );
}
