import { useTranslation } from "react-i18next";
import type { OrganizationKind } from "../__generated__/graphql";
import { organizationKinds } from "../gallery";
import type { FormErrors } from "./field-errors";
import { Field, fieldProps } from "./Field";
import type { OrganizationFormValues } from "./organization-fields";

interface OrganizationFieldsProps {
  formId: string;
  values: OrganizationFormValues;
  onChange: (patch: Partial<OrganizationFormValues>) => void;
  errors: FormErrors;
  /** A change also offers the full name and the description. */
  creating: boolean;
}

/** An organisation's properties as form fields, each with its error. */
export function OrganizationFields({ formId, values, onChange, errors, creating }: OrganizationFieldsProps) {
  const { t } = useTranslation();
  const text = (
    name: "name" | "country" | "siren" | "headcount" | "revenue" | "fullName",
    extra: { inputMode?: "numeric" | "decimal"; maxLength?: number } = {},
  ) => (
    <Field
      formId={formId}
      name={name}
      label={t(`editing.organization.${name}`)}
      errors={errors}
      wide={name === "name" || name === "fullName"}
    >
      <input
        {...fieldProps(formId, name, errors)}
        {...extra}
        lang="fr"
        value={values[name]}
        onChange={(event) => onChange({ [name]: event.target.value })}
      />
    </Field>
  );
  return (
    <>
      <div className="form-row">
        {text("name")}
        <Field formId={formId} name="kind" label={t("editing.organization.kind")} errors={errors}>
          <select
            {...fieldProps(formId, "kind", errors)}
            value={values.kind}
            onChange={(event) => onChange({ kind: event.target.value as OrganizationKind | "" })}
          >
            {creating && <option value="">{t("editing.organization.chooseKind")}</option>}
            {organizationKinds.map((kind) => (
              <option key={kind} value={kind}>
                {t(`kinds.${kind}`)}
              </option>
            ))}
          </select>
        </Field>
      </div>
      {!creating && <div className="form-row">{text("fullName")}</div>}
      <div className="form-row">
        {text("siren", { inputMode: "numeric" })}
        {text("country", { maxLength: 2 })}
        {text("headcount", { inputMode: "numeric" })}
        {text("revenue", { inputMode: "decimal" })}
      </div>
      <Field
        formId={formId}
        name="aliases"
        label={t("editing.organization.aliases")}
        hint={t("editing.organization.aliasesHint")}
        errors={errors}
        wide
      >
        <textarea
          {...fieldProps(formId, "aliases", errors, true)}
          rows={2}
          lang="fr"
          value={values.aliases}
          onChange={(event) => onChange({ aliases: event.target.value })}
        />
      </Field>
      {!creating && (
        <Field formId={formId} name="description" label={t("editing.organization.description")} errors={errors} wide>
          <textarea
            {...fieldProps(formId, "description", errors)}
            rows={3}
            lang="fr"
            value={values.description}
            onChange={(event) => onChange({ description: event.target.value })}
          />
        </Field>
      )}
    </>
  );
}
