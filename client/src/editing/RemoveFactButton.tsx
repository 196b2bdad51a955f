import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useRemoveFactMutation } from "./edit-mutations";
import { ReasonForm } from "./ReasonForm";

/** "Remove" beside a fact (editors): asks why, then removes it; the removal is in the history, revertible. */
export function RemoveFactButton({ factId, neighbour }: { factId: string; neighbour: string }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState(false);
  const [removeFact] = useRemoveFactMutation();
  if (!asking) {
    return (
      <button
        type="button"
        className="link-button remove-fact"
        aria-label={t("editing.remove.label", { name: neighbour })}
        onClick={() => setAsking(true)}
      >
        {t("editing.remove.button")}
      </button>
    );
  }
  return (
    <ReasonForm
      label={t("editing.remove.label", { name: neighbour })}
      submitLabel={t("editing.remove.confirm")}
      onSubmit={(why) => removeFact({ variables: { id: factId, why } })}
      onCancel={() => setAsking(false)}
    />
  );
}
