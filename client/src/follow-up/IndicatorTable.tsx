import type { ReactNode } from "react";
import { useTranslation } from "react-i18next";
import type { FragmentType } from "../__generated__";
import type { FollowUp_IndicatorFragmentDoc } from "../__generated__/graphql";
import { IndicatorRow } from "./IndicatorRow";
import { PrintedIndicatorRow } from "./PrintedIndicatorRow";

/** Where a table of indicators is shown: the follow-up page (results and forms), or the printed review (sources in full). */
export type FollowUpMode = "page" | "review";

/** The column headings of each mode, as i18n keys. */
const columns: Record<FollowUpMode, string[]> = {
  page: ["followUp.indicator", "followUp.target", "followUp.results", "followUp.progress", "followUp.previous"],
  review: ["followUp.indicator", "followUp.target", "followUp.progress", "followUp.previous", "followUp.evidence"],
};

/** The one table of indicators of the follow-up page and its printed review: a caption, the columns, a row per indicator. */
export function IndicatorTable(props: {
  lines: Array<FragmentType<typeof FollowUp_IndicatorFragmentDoc>>;
  year: number;
  mode: FollowUpMode;
  canEdit?: boolean;
  caption?: ReactNode;
}) {
  const { t } = useTranslation();
  const table = (
    <table className={props.mode === "page" ? "follow-up-table" : "review-table"}>
      {props.caption && <caption lang="fr">{props.caption}</caption>}
      <thead>
        <tr>
          {columns[props.mode].map((key) => (
            <th key={key} scope="col">
              {t(key, { year: props.year - 1 })}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.lines.map((line, index) =>
          props.mode === "page" ? (
            <IndicatorRow key={index} line={line} canEdit={props.canEdit ?? false} />
          ) : (
            <PrintedIndicatorRow key={index} line={line} />
          ),
        )}
      </tbody>
    </table>
  );
  return props.mode === "page" ? <div className="table-scroll">{table}</div> : table;
}
