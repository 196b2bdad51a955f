import { type FormEvent, useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { Link, useLocation, useNavigate } from "react-router";
import { entityPath } from "../graph-node";
import { EmptyState, usePageTitle } from "../layout";
import { signInPath, useViewer } from "../session";
import { useNewOrganizationMutation } from "./edit-mutations";
import { type FormErrors, formErrorsOf, problemInWords, localErrors, noFormErrors } from "./field-errors";
import { FormErrorSummary } from "./Field";
import { organizationFormFields, organizationFormValues, organizationInput } from "./organization-fields";
import { OrganizationFields } from "./OrganizationFields";
import { WhyField } from "./WhyField";

/** `/organizations/new` (editors): a new organisation's properties and why; its page opens once created. */
export function NewOrganizationPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const location = useLocation();
  usePageTitle(t("editing.organization.newTitle"));
  return (
    <article className="view">
      <h1>{t("editing.organization.newTitle")}</h1>
      {viewer.can("editor") ? (
        <NewOrganizationForm />
      ) : (
        <EmptyState>
          {t("session.needsRole", { role: t("roles.editor") })}{" "}
          <Link to={signInPath(location.pathname)}>{t("session.signIn")}</Link>
        </EmptyState>
      )}
    </article>
  );
}

function NewOrganizationForm() {
  const { t } = useTranslation();
  const formId = useId();
  const navigate = useNavigate();
  const [values, setValues] = useState(() => organizationFormValues());
  const [why, setWhy] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [newOrganization, { loading }] = useNewOrganizationMutation();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const { input, problems } = organizationInput(values);
    if (!input) {
      setErrors(localErrors(problems, (code) => t(`editing.problems.${code}`)));
      return;
    }
    try {
      const { data } = await newOrganization({ variables: { input, why } });
      const ref = data?.createOrganization.node?.ref;
      if (ref) await navigate(entityPath(ref));
    } catch (error) {
      setErrors(formErrorsOf(error, organizationFormFields, problemInWords(t)));
    }
  };

  return (
    <form
      className="edit-form"
      aria-label={t("editing.organization.newTitle")}
      onSubmit={(event) => void submit(event)}
      noValidate
    >
      <OrganizationFields
        formId={formId}
        values={values}
        onChange={(patch) => setValues((before) => ({ ...before, ...patch }))}
        errors={errors}
        creating
      />
      <WhyField formId={formId} value={why} onChange={setWhy} errors={errors} label={t("editing.organization.why")} />
      <FormErrorSummary errors={errors} />
      <p className="form-actions">
        <button type="submit" disabled={loading}>
          {loading ? t("editing.saving") : t("editing.organization.create")}
        </button>
      </p>
    </form>
  );
}
