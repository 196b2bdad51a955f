import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentType, getFragmentData } from "../__generated__";
import { Evidence_EdgeFragmentDoc } from "../__generated__/graphql";
import { ConfidenceBadge } from "./ConfidenceBadge";
import { SourceDialog } from "./SourceDialog";

/** A fact's evidence: an "unverified" mark with its reason when it applies, and its source one click away. */
export function Evidence(props: { edge: FragmentType<typeof Evidence_EdgeFragmentDoc> }) {
  const edge = getFragmentData(Evidence_EdgeFragmentDoc, props.edge);
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <span className="evidence">
      <ConfidenceBadge confidence={edge.confidence} reason={edge.reason} />
      <button
        type="button"
        className="source-button"
        aria-label={t("evidence.showSourceLabel", { source: edge.source })}
        title={edge.quote}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">❝</span> {edge.source}
      </button>
      {open && <SourceDialog source={edge.source} quote={edge.quote} onClose={() => setOpen(false)} />}
    </span>
  );
}
