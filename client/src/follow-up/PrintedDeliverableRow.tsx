import { useTranslation } from "react-i18next";
import { type FragmentType, getFragmentData } from "../__generated__";
import { FollowUp_DeliverableFragmentDoc } from "../__generated__/graphql";
import { useFormat } from "../i18n";
import { PrintedEvidence } from "./PrintedEvidence";

/** One deliverable of the printed review: its deadline, status, document and every source in full. */
export function PrintedDeliverableRow(props: { line: FragmentType<typeof FollowUp_DeliverableFragmentDoc> }) {
  const line = getFragmentData(FollowUp_DeliverableFragmentDoc, props.line);
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <tr className="review-line" data-deliverable={line.deliverable.ref}>
      <th scope="row" lang="fr">
        {line.deliverable.name}
      </th>
      <td>{line.deadline ? format.date(line.deadline) : "—"}</td>
      <td>
        {t(`followUp.statuses.${line.status}`)}
        {line.receivedOn ? ` ${format.date(line.receivedOn)}` : ""}
      </td>
      <td lang="fr">{line.document?.name ?? "—"}</td>
      <td>
        <PrintedEvidence edges={[line.evidence, ...(line.fulfilment ? [line.fulfilment] : [])]} />
      </td>
    </tr>
  );
}
