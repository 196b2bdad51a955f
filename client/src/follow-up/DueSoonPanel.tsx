import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { getFragmentData } from "../__generated__";
import { FollowUp_DeliverableFragmentDoc, FollowUpDueSoonDocument } from "../__generated__/graphql";
import { useFormat } from "../i18n";

/** For PMT staff on the home page: the deliverables not yet received that fall due within 30 days, or are late. */
export function DueSoonPanel() {
  const { t } = useTranslation();
  const format = useFormat();
  const { data } = useQuery(FollowUpDueSoonDocument, { fetchPolicy: "cache-and-network" });
  if (!data) return null;
  const lines = data.deliverablesDueSoon.map((line) => getFragmentData(FollowUp_DeliverableFragmentDoc, line));
  return (
    <section className="due-soon" aria-labelledby="due-soon-title">
      <h2 id="due-soon-title">{t("followUp.dueSoon.title")}</h2>
      {lines.length === 0 ? (
        <p className="muted">{t("followUp.dueSoon.empty")}</p>
      ) : (
        <ul>
          {lines.map((line) => (
            <li key={line.deliverable.ref} data-status={line.status}>
              <Link to={`/programmes/${encodeURIComponent(line.programme.key)}`} lang="fr">
                {t("followUp.dueSoon.item", {
                  name: line.deliverable.name,
                  deadline: line.deadline ? format.date(line.deadline) : "—",
                  status: t(`followUp.statuses.${line.status}`),
                })}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
