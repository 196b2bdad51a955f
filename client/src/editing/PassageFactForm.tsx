import { useMutation } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { AddSelectedPassageFactDocument, type EditableRelationship } from "../__generated__/graphql";
import { EntitySearch } from "../search";
import { factKindOrder, factKinds, type FactFormValues, relationshipInput } from "./fact-kinds";
import { type FormErrors, formErrorsOf, problemInWords, localErrors, noFormErrors } from "./field-errors";
import { Field, FieldError, fieldProps } from "./Field";
import { FormFooter } from "./FormFooter";

/** The fields of the passage form that errors can be shown at. */
const passageFactFields = ["type", "from", "to", "role", "year", "amount", "context", "start", "end", "why"] as const;

/**
 * « Créer un fait à partir de ce passage »: the kind, the two ends (searched, or a new organisation
 * made in another tab), the details and why; the quote is the selected passage, by construction.
 */
export function PassageFactForm({
  documentId,
  start,
  end,
  quote,
  onDone,
  onCancel,
}: {
  documentId: string;
  /** The passage's offsets in the document's plain text. */
  start: number;
  end: number;
  quote: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState<FactFormValues>({
    type: "LOCATED_IN",
    to: null,
    role: "",
    year: "",
    amount: "",
    context: "",
    source: documentId,
    quote,
    confidence: "stated",
    reason: "",
  });
  const [from, setFrom] = useState<{ ref: string; name: string } | null>(null);
  const [why, setWhy] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [addPassageFact, { loading }] = useMutation(AddSelectedPassageFactDocument);
  const kind = factKinds[values.type];
  const change = (patch: Partial<FactFormValues>) => setValues((current) => ({ ...current, ...patch }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, problems } = relationshipInput(from?.ref ?? "", values);
    const local: Record<string, string> = { ...problems };
    if (!from) local.from = "pickOther";
    if (!input || !from) {
      setErrors(localErrors(local, (code) => t(`editing.problems.${code}`)));
      return;
    }
    const { evidence: _evidence, ...fact } = input;
    try {
      await addPassageFact({ variables: { documentId, start, end, fact, why } });
      onDone(t("editing.passage.added"));
    } catch (error) {
      setErrors(formErrorsOf(error, passageFactFields, problemInWords(t)));
    }
  };

  return (
    <form
      className="edit-form passage-fact-form"
      aria-labelledby={`${formId}-title`}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <h2 id={`${formId}-title`}>{t("editing.passage.title")}</h2>
      <blockquote lang="fr">{quote}</blockquote>
      <div className="form-row">
        <Field formId={formId} name="type" label={t("editing.fact.type")} errors={errors}>
          <select
            {...fieldProps(formId, "type", errors)}
            value={values.type}
            onChange={(event) => change({ type: event.target.value as EditableRelationship, to: null })}
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
            label={t("editing.passage.from")}
            labels={["Organization"]}
            keepPicked
            onPick={(picked) => setFrom({ ref: picked.ref, name: picked.name })}
          />
          {from && (
            <span className="field-hint">
              {t("editing.fact.picked")} <code>{from.ref}</code>
            </span>
          )}{" "}
          <a href="/organizations/new" target="_blank" rel="noreferrer">
            {t("editing.passage.newOrganization")}
          </a>
          <FieldError formId={formId} name="from" errors={errors} />
        </div>
        <div className="field wide">
          <EntitySearch
            key={values.type}
            label={t(`editing.fact.to.${values.type}`)}
            labels={kind.targets}
            keepPicked
            onPick={(picked) => change({ to: picked.ref })}
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
        <div className="form-row">
          {kind.details.map((detail) => (
            <Field
              key={detail}
              formId={formId}
              name={detail}
              label={`${t(`editing.fact.${detail}`)}${kind.required.includes(detail) ? "" : ` ${t("editing.optional")}`}`}
              errors={errors}
            >
              <input
                {...fieldProps(formId, detail, errors)}
                inputMode={detail === "year" ? "numeric" : detail === "amount" ? "decimal" : undefined}
                lang="fr"
                value={values[detail]}
                onChange={(event) => change({ [detail]: event.target.value })}
              />
            </Field>
          ))}
        </div>
      )}
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
