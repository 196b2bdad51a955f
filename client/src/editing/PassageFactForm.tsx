import { useMutation } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import {
  AcceptEditedSuggestionDocument,
  AddSelectedPassageFactDocument,
  type EditableRelationship,
} from "../__generated__/graphql";
import { EntitySearch } from "../search";
import { factKindOrder, factKinds, type FactFormValues, relationshipInput } from "./fact-kinds";
import { type FormErrors, formErrorsOf, problemInWords, localErrors, noFormErrors } from "./field-errors";
import { Field, FieldError, fieldProps } from "./Field";
import { FactDetailField } from "./FactDetailField";
import { FormFooter } from "./FormFooter";

/** The fields of the passage form that errors can be shown at. */
const passageFactFields = ["type", "from", "to", "role", "year", "amount", "context", "start", "end", "why"] as const;

/** A suggested fact an editor changes before accepting it. */
export interface SuggestionToEdit {
  id: string;
  kind: EditableRelationship;
  from: string;
  fromName: string | null;
  to: string;
  toName: string | null;
  role: string | null;
  year: number | null;
  amount: number | null;
}

/** The form's values from a suggestion, or empty ones for a new fact. */
function initialValues(documentId: string, quote: string, suggestion: SuggestionToEdit | undefined): FactFormValues {
  return {
    type: suggestion?.kind ?? "LOCATED_IN",
    to: suggestion?.to ?? null,
    role: suggestion?.role ?? "",
    year: suggestion?.year == null ? "" : String(suggestion.year),
    amount: suggestion?.amount == null ? "" : String(suggestion.amount),
    context: "",
    source: documentId,
    quote,
    confidence: "stated",
    reason: "",
  };
}

/**
 * « Créer un fait à partir de ce passage »: the kind, the two ends (searched, or a new organisation
 * made in another tab), the details and why; the quote is the selected passage, by construction.
 * Given a `suggestion`, the same form changes it (type, ends, details) and accepts it.
 */
export function PassageFactForm({
  documentId,
  start,
  end,
  quote,
  suggestion,
  onDone,
  onCancel,
}: {
  documentId: string;
  /** The passage's offsets in the document's plain text. */
  start: number;
  end: number;
  quote: string;
  suggestion?: SuggestionToEdit;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState<FactFormValues>(() => initialValues(documentId, quote, suggestion));
  const [from, setFrom] = useState<{ ref: string; name: string } | null>(
    suggestion ? { ref: suggestion.from, name: suggestion.fromName ?? suggestion.from } : null,
  );
  const [why, setWhy] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [addPassageFact, added] = useMutation(AddSelectedPassageFactDocument);
  const [acceptEdited, accepted] = useMutation(AcceptEditedSuggestionDocument);
  const loading = added.loading || accepted.loading;
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
      if (suggestion) {
        // Every detail is sent: one the editor cleared (null) does not fall back to the suggestion's.
        const changes = {
          ...fact,
          role: fact.role ?? null,
          year: fact.year ?? null,
          amount: fact.amount ?? null,
          context: fact.context ?? null,
        };
        await acceptEdited({ variables: { id: suggestion.id, changes, why } });
        onDone(t("editing.passage.accepted"));
      } else {
        await addPassageFact({ variables: { documentId, start, end, fact, why } });
        onDone(t("editing.passage.added"));
      }
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
      <h2 id={`${formId}-title`}>{t(suggestion ? "editing.passage.editTitle" : "editing.passage.title")}</h2>
      <blockquote lang="fr">{quote}</blockquote>
      <div className="form-row">
        <Field formId={formId} name="type" label={t("editing.fact.type")} errors={errors}>
          <select
            {...fieldProps(formId, "type", errors)}
            value={values.type}
            onChange={(event) => {
              const type = event.target.value as EditableRelationship;
              // Back to the suggestion's own type, its end comes back with it.
              change({ type, to: suggestion && type === suggestion.kind ? suggestion.to : null });
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
            label={t("editing.passage.from")}
            labels={["Organization"]}
            keepPicked
            initialText={suggestion?.fromName ?? ""}
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
            initialText={suggestion && values.type === suggestion.kind ? (suggestion.toName ?? "") : ""}
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
            <FactDetailField
              key={detail}
              formId={formId}
              detail={detail}
              required={kind.required.includes(detail)}
              value={values[detail]}
              errors={errors}
              onChange={(value) => change({ [detail]: value })}
            />
          ))}
        </div>
      )}
      <FormFooter
        formId={formId}
        why={why}
        onWhyChange={setWhy}
        errors={errors}
        busy={loading}
        submitLabel={t(suggestion ? "editing.passage.acceptEdited" : "editing.fact.submit")}
        onCancel={onCancel}
      />
    </form>
  );
}
