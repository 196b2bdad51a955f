import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentType, getFragmentData } from "../__generated__";
import { FollowUp_DeliverableFragmentDoc } from "../__generated__/graphql";
import { Evidence } from "../evidence";
import { Link } from "react-router";
import { entityPath } from "../graph-node";
import { useFormat } from "../i18n";
import { ReceiptForm } from "./ReceiptForm";

/** One deliverable: who owes it, its deadline and where it comes from, its status and, once received, its document; editors mark it received. */
export function DeliverableRow(props: {
  line: FragmentType<typeof FollowUp_DeliverableFragmentDoc>;
  canEdit: boolean;
}) {
  const line = getFragmentData(FollowUp_DeliverableFragmentDoc, props.line);
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  return (
    <>
      <tr className="deliverable-row" data-deliverable={line.deliverable.ref} data-status={line.status}>
        <th scope="row" lang="fr">
          <Link to={entityPath(line.deliverable.ref)}>{line.deliverable.name}</Link>
        </th>
        <td lang="fr">{line.owedBy.name}</td>
        <td>
          {line.deadline ? format.date(line.deadline) : "—"}
          {line.deadlineBasis && (
            <span className="field-hint" lang="fr">
              {" "}
              — {line.deadlineBasis}
            </span>
          )}
        </td>
        <td>
          <span className={`status status-${line.status}`}>{t(`followUp.statuses.${line.status}`)}</span>
          {line.receivedOn && ` ${format.date(line.receivedOn)}`}
          {props.canEdit && line.status !== "RECEIVED" && !editing && (
            <button type="button" className="button secondary small" onClick={() => setEditing(true)}>
              {t("followUp.receive")}
            </button>
          )}
        </td>
        <td className="document">
          {line.document ? <Link to={entityPath(line.document.ref)}>{line.document.name}</Link> : "—"}
          {line.fulfilment && <Evidence edge={line.fulfilment} />}
        </td>
        <td>
          <Evidence edge={line.evidence} />
        </td>
      </tr>
      {editing && (
        <tr className="form-row">
          <td colSpan={6}>
            <ReceiptForm
              deliverableRef={line.deliverable.ref}
              name={line.deliverable.name}
              onDone={() => setEditing(false)}
            />
          </td>
        </tr>
      )}
    </>
  );
}
