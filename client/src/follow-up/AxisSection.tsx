import { useTranslation } from "react-i18next";
import { type FragmentType, getFragmentData } from "../__generated__";
import { FollowUp_AxisFragmentDoc } from "../__generated__/graphql";
import { Evidence } from "../evidence";
import { actionsShown, axisShown } from "./axis-outline";
import { type FollowUpMode, IndicatorTable } from "./IndicatorTable";
import { PrintedEvidence } from "./PrintedEvidence";

/**
 * An axis of the programme, on the follow-up page or in the printed review: its heading, each of its
 * actions (with the passage that states it) and the indicators that measure it, then the indicators
 * set on the axis itself.
 */
export function AxisSection(props: {
  axis: FragmentType<typeof FollowUp_AxisFragmentDoc>;
  year: number;
  mode: FollowUpMode;
  canEdit?: boolean;
}) {
  const axis = getFragmentData(FollowUp_AxisFragmentDoc, props.axis);
  const { t } = useTranslation();
  if (!axisShown(axis, props.mode)) return null;
  const page = props.mode === "page";
  const AxisHeading = page ? "h2" : "h3";
  const ActionHeading = page ? "h3" : "h4";
  const headingId = `axis-${props.mode}-${axis.axis.ref}`;
  const isProgramme = axis.number === null || axis.number === undefined;
  return (
    <section className="follow-up-axis" aria-labelledby={headingId} data-axis={axis.axis.ref}>
      <AxisHeading id={headingId} lang="fr">
        {isProgramme ? t("followUp.programmeIndicators") : axis.axis.name}
      </AxisHeading>
      {actionsShown(axis.actions, props.mode).map((action) => (
        <div key={action.action.ref} className="follow-up-action" data-action={action.action.ref}>
          <ActionHeading lang="fr">
            {t("followUp.actionTitle", { number: action.number, name: action.action.name })}
          </ActionHeading>
          {page ? <Evidence edge={action.evidence} /> : <PrintedEvidence edges={[action.evidence]} />}
          {action.indicators.length > 0 ? (
            <IndicatorTable lines={action.indicators} year={props.year} mode={props.mode} canEdit={props.canEdit} />
          ) : (
            <p className="muted">{t("followUp.noIndicator")}</p>
          )}
        </div>
      ))}
      {axis.ownIndicators.length > 0 && (
        <div className="follow-up-action follow-up-own-indicators">
          {axis.actions.length > 0 && <ActionHeading>{t("followUp.axisIndicators")}</ActionHeading>}
          <IndicatorTable lines={axis.ownIndicators} year={props.year} mode={props.mode} canEdit={props.canEdit} />
        </div>
      )}
    </section>
  );
}
