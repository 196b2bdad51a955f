import { useQuery } from "@apollo/client/react";
import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { OrganizationForEditDocument } from "../__generated__/graphql";
import { ErrorState, LoadingState } from "../layout";
import { useEditOrganizationMutation } from "./edit-mutations";
import { type FormErrors, formErrorsOf, problemInWords, localErrors, noFormErrors } from "./field-errors";
import {
  type EditableOrganization,
  organizationChanges,
  organizationFormFields,
  organizationFormValues,
} from "./organization-fields";
import { OrganizationFields } from "./OrganizationFields";
import { FormFooter } from "./FormFooter";

/** "Edit" on an organisation's page: its current properties, loaded, then only what changed is sent. */
export function EditOrganizationForm({
  id,
  onDone,
  onCancel,
}: {
  id: string;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { data, loading, error, refetch } = useQuery(OrganizationForEditDocument, {
    variables: { id },
    fetchPolicy: "network-only",
  });
  const current = data?.organizations[0];
  if (loading && !current) return <LoadingState />;
  if (error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!current) return null;
  return <EditOrganizationFields id={id} current={current} onDone={onDone} onCancel={onCancel} />;
}

function EditOrganizationFields({
  id,
  current,
  onDone,
  onCancel,
}: {
  id: string;
  current: EditableOrganization;
  onDone: (message: string) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const [values, setValues] = useState(() => organizationFormValues(current));
  const [why, setWhy] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [editOrganization, { loading }] = useEditOrganizationMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { changes, problems } = organizationChanges(current, values);
    if (!changes) {
      setErrors(localErrors(problems, (code) => t(`editing.problems.${code}`)));
      return;
    }
    if (Object.keys(changes).length === 0) {
      setErrors({ fields: {}, general: [t("editing.organization.nothingChanged")] });
      return;
    }
    try {
      await editOrganization({ variables: { id, changes, why } });
      onDone(t("editing.organization.saved"));
    } catch (error) {
      setErrors(formErrorsOf(error, organizationFormFields, problemInWords(t)));
    }
  };

  return (
    <form className="edit-form" aria-labelledby={`${formId}-title`} onSubmit={(event) => void submit(event)} noValidate>
      <h2 id={`${formId}-title`}>{t("editing.organization.editTitle")}</h2>
      <OrganizationFields
        formId={formId}
        values={values}
        onChange={(patch) => setValues((before) => ({ ...before, ...patch }))}
        errors={errors}
        creating={false}
      />
      <FormFooter
        formId={formId}
        why={why}
        onWhyChange={setWhy}
        errors={errors}
        busy={loading}
        submitLabel={t("editing.organization.save")}
        onCancel={onCancel}
      />
    </form>
  );
}
