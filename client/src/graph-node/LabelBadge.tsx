import { useTranslation } from "react-i18next";
import type { EntityLabel } from "../__generated__/graphql";
import { labelColors } from "./entity-ref";

/** A node's label as a small coloured tag, e.g. "Événement"; with its kind when given. */
export function LabelBadge({ label, kind }: { label: EntityLabel; kind?: string | null | undefined }) {
  const { t } = useTranslation();
  return (
    <span className="label-badge" style={{ "--label-color": labelColors[label] } as React.CSSProperties}>
      <span className="label-dot" aria-hidden="true" />
      {t(`labels.${label}`)}
      {kind ? <span className="label-kind"> · {t(`kinds.${kind}`, { defaultValue: kind })}</span> : null}
    </span>
  );
}
