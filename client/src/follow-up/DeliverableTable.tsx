import { useTranslation } from "react-i18next";
import type { FragmentType } from "../__generated__";
import type { FollowUp_DeliverableFragmentDoc } from "../__generated__/graphql";
import { DeliverableRow } from "./DeliverableRow";
import type { FollowUpMode } from "./IndicatorTable";
import { PrintedDeliverableRow } from "./PrintedDeliverableRow";

/** The column headings of each mode, as i18n keys. */
const columns: Record<FollowUpMode, string[]> = {
  page: [
    "followUp.deliverable",
    "followUp.owedBy",
    "followUp.deadline",
    "followUp.status",
    "followUp.document",
    "followUp.evidence",
  ],
  review: ["followUp.deliverable", "followUp.deadline", "followUp.status", "followUp.document", "followUp.evidence"],
};

/** The one table of deliverables of the follow-up page (editors mark them received) and its printed review. */
export function DeliverableTable(props: {
  lines: Array<FragmentType<typeof FollowUp_DeliverableFragmentDoc>>;
  mode: FollowUpMode;
  canEdit?: boolean;
}) {
  const { t } = useTranslation();
  const table = (
    <table className={props.mode === "page" ? "follow-up-table" : "review-table"}>
      <thead>
        <tr>
          {columns[props.mode].map((key) => (
            <th key={key} scope="col">
              {t(key)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.lines.map((line, index) =>
          props.mode === "page" ? (
            <DeliverableRow key={index} line={line} canEdit={props.canEdit ?? false} />
          ) : (
            <PrintedDeliverableRow key={index} line={line} />
          ),
        )}
      </tbody>
    </table>
  );
  return props.mode === "page" ? <div className="table-scroll">{table}</div> : table;
}
