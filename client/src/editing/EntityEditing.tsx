import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useViewer } from "../session";
import { EditOrganizationForm } from "./EditOrganizationForm";
import { FactForm } from "./FactForm";

/** The editing tools of an organisation's page, for editors: "Edit" its properties and "Add a fact". */
export function EntityEditing({ entityRef }: { entityRef: string }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [open, setOpen] = useState<"edit" | "fact" | null>(null);
  const [done, setDone] = useState("");
  if (!viewer.can("editor") || !entityRef.startsWith("Organization:")) return null;
  const id = entityRef.slice("Organization:".length);
  const toggle = (panel: "edit" | "fact") => {
    setOpen(open === panel ? null : panel);
    setDone("");
  };
  const finish = (message: string) => {
    setOpen(null);
    setDone(message);
  };
  return (
    <section className="entity-editing" aria-label={t("editing.tools")}>
      <p className="entity-actions">
        <button type="button" aria-expanded={open === "edit"} onClick={() => toggle("edit")}>
          {t("editing.edit")}
        </button>
        <button type="button" aria-expanded={open === "fact"} onClick={() => toggle("fact")}>
          {t("editing.addFact")}
        </button>
      </p>
      <p role="status" className="edit-status">
        {done}
      </p>
      {open === "edit" && <EditOrganizationForm id={id} onDone={finish} onCancel={() => setOpen(null)} />}
      {open === "fact" && <FactForm from={entityRef} onDone={finish} onCancel={() => setOpen(null)} />}
    </section>
  );
}
