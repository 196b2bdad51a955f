import { useTranslation } from "react-i18next";
import { FieldError, type FormErrors } from "../editing";
import { EntitySearch, type PickedEntity } from "../search";

/** A form's document field: the app's search restricted to documents (by title), the pick shown with its ref, the field's error under it. */
export function DocumentPicker(props: {
  formId: string;
  name: string;
  label: string;
  errors: FormErrors;
  picked: PickedEntity | null;
  onPick: (document: PickedEntity) => void;
}) {
  const { t } = useTranslation();
  return (
    <div className="field wide document-picker">
      <EntitySearch label={props.label} labels={["Document"]} keepPicked onPick={props.onPick} />
      {props.picked && (
        <span className="field-hint">
          {t("followUp.form.documentPicked")} <code>{props.picked.ref}</code>
        </span>
      )}
      <FieldError formId={props.formId} name={props.name} errors={props.errors} />
    </div>
  );
}
