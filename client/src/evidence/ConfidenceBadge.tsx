import { useTranslation } from "react-i18next";
import type { Confidence } from "../__generated__/graphql";

/** Marks a fact the source does not state, with the reason it was added; nothing for stated facts. */
export function ConfidenceBadge({ confidence, reason }: { confidence: Confidence; reason?: string | null }) {
  const { t } = useTranslation();
  if (confidence === "stated") return null;
  return (
    <span className="unverified" title={reason ?? undefined}>
      <span aria-hidden="true">⚠ </span>
      {reason ? t("evidence.unverifiedReason", { reason }) : t("evidence.unverified")}
    </span>
  );
}
