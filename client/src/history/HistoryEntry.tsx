import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentType, getFragmentData } from "../__generated__";
import { HistoryEntry_ChangeFragmentDoc } from "../__generated__/graphql";
import { ReasonForm } from "../editing";
import { ConfidenceBadge } from "../evidence";
import { useFormat } from "../i18n";
import { useViewer } from "../session";
import { summarizeChange } from "./change-summary";
import { useRevertChangeMutation } from "./use-revert-change-mutation";

/** One change: when, what, who and why; the relationship or the import it concerns; the values before → after; "Revert" for admins. */
export function HistoryEntry(props: { change: FragmentType<typeof HistoryEntry_ChangeFragmentDoc> }) {
  const change = getFragmentData(HistoryEntry_ChangeFragmentDoc, props.change);
  const { t } = useTranslation();
  const format = useFormat();
  const summary = summarizeChange(change);
  const { relationship, imported } = summary;
  // Who made a change is shown to editors and admins only; others read it was the staff.
  const user = change.by ?? t("history.staff");
  const shown = (name: string, value: string | null) =>
    value === null ? "—" : name === "kind" ? t(`kinds.${value}`, { defaultValue: value }) : value;
  return (
    <article
      className="history-entry"
      aria-label={`${t(`history.actions.${change.action}`)} · ${format.dateTime(change.at)}`}
    >
      <p className="history-line">
        <strong>{t(`history.actions.${change.action}`)}</strong> ·{" "}
        <time dateTime={change.at}>{format.dateTime(change.at)}</time> · {t("history.by", { user })}
        {change.revertOf && <span className="history-tag">{t("history.isRevert")}</span>}
        {change.revertedBy && <span className="history-tag">{t("history.reverted")}</span>}
      </p>
      {imported ? (
        <p>
          {t("history.imported", {
            fileName: imported.fileName,
            kind: t(`import.kinds.${imported.kind}`, { defaultValue: imported.kind }),
            user,
          })}{" "}
          {t("history.importCounts", {
            rows: imported.rows,
            created: imported.organizationsCreated,
            updated: imported.organizationsUpdated,
            relationships: imported.relationshipsCreated,
          })}
        </p>
      ) : (
        <p className="history-why">
          {t("history.why")} <q lang="fr">{change.why}</q>
        </p>
      )}
      {relationship && (
        <div className="history-relationship">
          <p>
            <code>{relationship.from}</code> —{" "}
            {t(`relations.out.${relationship.type}`, { defaultValue: relationship.type })} →{" "}
            <code>{relationship.to}</code>
          </p>
          {relationship.quote && (
            <blockquote lang="fr">
              {relationship.quote} <span className="muted">({relationship.source})</span>
            </blockquote>
          )}
          {relationship.confidence && (
            <ConfidenceBadge
              confidence={relationship.confidence === "unverified" ? "unverified" : "stated"}
              reason={relationship.reason}
            />
          )}
        </div>
      )}
      {summary.values.length > 0 && (
        <table className="answer-table compact history-values">
          <thead>
            <tr>
              <th scope="col">{t("history.property")}</th>
              <th scope="col">{t("history.before")}</th>
              <th scope="col">{t("history.after")}</th>
            </tr>
          </thead>
          <tbody>
            {summary.values.map((value) => (
              <tr key={value.name}>
                <th scope="row">{t(`properties.${value.name}`, { defaultValue: value.name })}</th>
                <td lang="fr">{shown(value.name, value.before)}</td>
                <td lang="fr">{shown(value.name, value.after)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <RevertChange changeId={change.id} revertible={change.revertible} />
    </article>
  );
}

/** "Revert" for admins: asks why, then undoes the change; a refusal (later changes in the way) is shown here. */
function RevertChange({ changeId, revertible }: { changeId: string; revertible: boolean }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [asking, setAsking] = useState(false);
  const [revert] = useRevertChangeMutation();
  if (!viewer.can("admin") || !revertible) return null;
  if (!asking) {
    return (
      <p className="form-actions">
        <button type="button" className="secondary" onClick={() => setAsking(true)}>
          {t("history.revert")}
        </button>
      </p>
    );
  }
  return (
    <ReasonForm
      label={t("history.revert")}
      submitLabel={t("history.revertConfirm")}
      onSubmit={(why) => revert({ variables: { id: changeId, why } })}
      onCancel={() => setAsking(false)}
    />
  );
}
