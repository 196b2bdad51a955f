import { useTranslation } from "react-i18next";
import { type FragmentType, getFragmentData } from "../__generated__";
import { FollowUp_IndicatorFragmentDoc } from "../__generated__/graphql";
import { useFormat } from "../i18n";
import { PrintedEvidence } from "./PrintedEvidence";
import { boundKey } from "./target-text";

/** One indicator of the printed review: its target, what was achieved, last year's measure, every source in full. */
export function PrintedIndicatorRow(props: { line: FragmentType<typeof FollowUp_IndicatorFragmentDoc> }) {
  const line = getFragmentData(FollowUp_IndicatorFragmentDoc, props.line);
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <tr className="review-line" data-indicator={line.indicator.ref}>
      <th scope="row" lang="fr">
        {line.indicator.name}
      </th>
      <td>
        {t(boundKey(line.bound), { value: format.number(line.target) })} <span lang="fr">{line.unit ?? ""}</span>
      </td>
      <td>
        {line.achieved !== null && line.achieved !== undefined
          ? `${t("followUp.achieved", { achieved: format.number(line.achieved), target: format.number(line.target) })} — `
          : ""}
        {t(`followUp.states.${line.state}`)}
      </td>
      <td>{line.previous ? format.number(line.previous.value) : "—"}</td>
      <td>
        <PrintedEvidence edges={[line.evidence, ...line.results.map((result) => result.evidence)]} />
      </td>
    </tr>
  );
}
