import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FormErrors } from "./field-errors";

/** The attributes that tie a control to its label, hint and error message (read by screen readers with it). */
export function fieldProps(formId: string, name: string, errors: FormErrors, hasHint = false) {
  const invalid = errors.fields[name] !== undefined;
  const describedBy = [hasHint ? `${formId}-${name}-hint` : "", invalid ? `${formId}-${name}-error` : ""]
    .filter((id) => id !== "")
    .join(" ");
  return {
    id: `${formId}-${name}`,
    name,
    "aria-invalid": invalid || undefined,
    "aria-describedby": describedBy || undefined,
  };
}

interface FieldProps {
  formId: string;
  name: string;
  label: string;
  errors: FormErrors;
  hint?: ReactNode;
  wide?: boolean;
  /** The control, given fieldProps(formId, name, errors, hint !== undefined). */
  children: ReactNode;
}

/** A form field: its label, the control, a hint and the error right under it. */
export function Field({ formId, name, label, errors, hint, wide = false, children }: FieldProps) {
  return (
    <div className={`field${wide ? " wide" : ""}`}>
      <label htmlFor={`${formId}-${name}`}>{label}</label>
      {children}
      {hint !== undefined && (
        <span id={`${formId}-${name}-hint`} className="field-hint">
          {hint}
        </span>
      )}
      <FieldError formId={formId} name={name} errors={errors} />
    </div>
  );
}

/** A field's error message, shown right under it. */
export function FieldError({ formId, name, errors }: { formId: string; name: string; errors: FormErrors }) {
  const message = errors.fields[name];
  if (message === undefined) return null;
  return (
    <span id={`${formId}-${name}-error`} className="field-error">
      <span aria-hidden="true">⚠ </span>
      {message}
    </span>
  );
}

/** Above a refused form's buttons: that it was refused, and the problems that belong to no field. */
export function FormErrorSummary({ errors }: { errors: FormErrors }) {
  const { t } = useTranslation();
  const atFields = Object.keys(errors.fields).length > 0;
  if (errors.general.length === 0 && !atFields) return null;
  return (
    <div className="form-errors" role="alert">
      <p className="state-title">{t(atFields ? "editing.refused" : "editing.refusedGeneral")}</p>
      {errors.general.length > 0 && (
        <ul>
          {errors.general.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
