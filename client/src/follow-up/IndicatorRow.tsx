import { useState } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentType, getFragmentData } from "../__generated__";
import { FollowUp_IndicatorFragmentDoc } from "../__generated__/graphql";
import { Evidence } from "../evidence";
import { Link } from "react-router";
import { entityPath } from "../graph-node";
import { useFormat } from "../i18n";
import { ResultForm } from "./ResultForm";
import { barPercent, boundKey } from "./target-text";

/** The number of columns of an indicator table (the form row spans them). */
export const indicatorColumns = 5;

/** One indicator: its target and bound, the results with their evidence, the progress, last year's measure; editors record a result here. */
export function IndicatorRow(props: { line: FragmentType<typeof FollowUp_IndicatorFragmentDoc>; canEdit: boolean }) {
  const line = getFragmentData(FollowUp_IndicatorFragmentDoc, props.line);
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);
  const unit = line.unit ?? "";
  return (
    <>
      <tr className="indicator-row" data-indicator={line.indicator.ref} data-state={line.state}>
        <th scope="row">
          <span lang="fr">{line.indicator.name}</span>
          <span className="field-hint"> — {t(`followUp.measures.${line.measure}`)}</span>
          {props.canEdit && !editing && (
            <button type="button" className="button secondary small" onClick={() => setEditing(true)}>
              {t("followUp.recordResult")}
            </button>
          )}
        </th>
        <td className="target">
          {t(boundKey(line.bound), { value: format.number(line.target) })} <span lang="fr">{unit}</span>
          <Evidence edge={line.evidence} />
        </td>
        <td className="results">
          {line.results.length === 0 ? (
            <span className="muted">{t("followUp.noResult")}</span>
          ) : (
            <ul>
              {line.results.map((result) => (
                <li key={result.id}>
                  <strong>{format.number(result.value)}</strong>{" "}
                  {result.date
                    ? format.date(result.date)
                    : t("followUp.period", {
                        from: format.date(result.periodStart ?? ""),
                        to: format.date(result.periodEnd ?? ""),
                      })}{" "}
                  <Evidence edge={result.evidence} />
                </li>
              ))}
            </ul>
          )}
        </td>
        <td className="progress-cell">
          <span className={`progress-state state-${line.state}`}>{t(`followUp.states.${line.state}`)}</span>
          {line.achieved !== null && line.achieved !== undefined && (
            <>
              <span className="progress-figures">
                {t("followUp.achieved", { achieved: format.number(line.achieved), target: format.number(line.target) })}
                {line.ratio !== null && line.ratio !== undefined && ` (${format.share(line.ratio)})`}
              </span>
              <span className="progress-bar" aria-hidden="true">
                <span style={{ width: `${barPercent(line.ratio)}%` }} />
              </span>
            </>
          )}
        </td>
        <td className="previous">
          {line.previous ? (
            <>
              <strong>{format.number(line.previous.value)}</strong> <span lang="fr">{line.previous.unit ?? ""}</span>{" "}
              <span className="field-hint">
                ({t(`followUp.previousKind.${line.previous.kind}`)} {line.previous.year},{" "}
                <Link to={entityPath(line.previous.indicator.ref)}>{line.previous.indicator.name}</Link>)
              </span>
              <Evidence edge={line.previous.evidence} />
            </>
          ) : (
            <span className="muted">—</span>
          )}
        </td>
      </tr>
      {editing && (
        <tr className="form-row">
          <td colSpan={indicatorColumns}>
            <ResultForm
              indicatorRef={line.indicator.ref}
              name={line.indicator.name}
              unit={line.unit ?? null}
              onDone={() => setEditing(false)}
            />
          </td>
        </tr>
      )}
    </>
  );
}
