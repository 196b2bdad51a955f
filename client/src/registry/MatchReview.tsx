import { useQuery } from "@apollo/client/react";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { RegistryReviewDocument, type RegistryReviewQuery } from "../__generated__/graphql";
import { ReasonForm } from "../editing";
import { Link } from "react-router";
import { entityPath } from "../graph-node";
import { useViewer } from "../session";
import { useAcceptMatchMutation, useRejectMatchMutation } from "./registry-mutations";

type Match = RegistryReviewQuery["registryMatches"][number];

/** Accept and reject (admins), each asking why. */
function ReviewButtons({ match }: { match: Match }) {
  const { t } = useTranslation();
  const [asking, setAsking] = useState<"accept" | "reject" | null>(null);
  const [accept] = useAcceptMatchMutation();
  const [reject] = useRejectMatchMutation();
  const label = t("registry.review.matchLabel", { name: match.denomination, siren: match.siren });
  if (asking) {
    return (
      <ReasonForm
        label={label}
        submitLabel={t(asking === "accept" ? "registry.review.confirmAccept" : "registry.review.confirmReject")}
        onSubmit={(why) =>
          asking === "accept"
            ? accept({ variables: { id: match.id, why } })
            : reject({ variables: { id: match.id, why } })
        }
        onCancel={() => setAsking(null)}
      />
    );
  }
  return (
    <span className="review-buttons">
      <button
        type="button"
        aria-label={`${t("registry.review.accept")} — ${label}`}
        onClick={() => setAsking("accept")}
      >
        {t("registry.review.accept")}
      </button>{" "}
      <button
        type="button"
        className="link-button"
        aria-label={`${t("registry.review.reject")} — ${label}`}
        onClick={() => setAsking("reject")}
      >
        {t("registry.review.reject")}
      </button>
    </span>
  );
}

/** The register matches waiting for review (of one organisation, or all), with their candidates' records. */
export function MatchReview({ organizationRef }: { organizationRef?: string }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data, error } = useQuery(RegistryReviewDocument, {
    variables: { organizationRef: organizationRef ?? null, status: "PENDING" },
  });
  if (error) return <p className="notice">{error.message}</p>;
  const matches = data?.registryMatches ?? [];
  if (matches.length === 0) return <p className="empty">{t("registry.review.none")}</p>;
  return (
    <table className="registry-matches">
      <caption>{t("registry.review.caption", { count: matches.length })}</caption>
      <thead>
        <tr>
          {!organizationRef && <th scope="col">{t("registry.review.organization")}</th>}
          <th scope="col">{t("registry.review.record")}</th>
          <th scope="col">{t("registry.review.score")}</th>
          <th scope="col">{t("registry.review.decision")}</th>
        </tr>
      </thead>
      <tbody>
        {matches.map((match) => (
          <tr key={match.id}>
            {!organizationRef && (
              <td>
                <Link to={entityPath(match.organization.ref)}>{match.organization.name}</Link>
              </td>
            )}
            <td>
              <strong>{match.denomination}</strong> — SIREN {match.siren}, {match.communeName}
              <br />
              <small>
                {match.nafCode ? `${match.nafCode} ${match.nafLabel ?? ""}` : ""}
                {match.sizeBandLabel ? ` · ${match.sizeBandLabel}` : ""}
                {match.closed ? ` · ${t("registry.closed")}` : ""}
                {` · ${t("registry.review.from", { file: match.fileName, date: match.fileDate })}`}
              </small>
              {match.establishments.length > 0 && (
                <>
                  <br />
                  <small>
                    {t("registry.review.establishments", {
                      count: match.establishments.length,
                      list: match.establishments
                        .map((establishment) => `${establishment.communeName} (SIRET ${establishment.siret})`)
                        .join(", "),
                    })}
                  </small>
                </>
              )}
            </td>
            <td>
              {match.score.toFixed(2)} ({t(`registry.via.${match.via}`, { defaultValue: match.via })})
              {match.ambiguous ? ` · ${t("registry.review.ambiguous")}` : ""}
            </td>
            <td>{viewer.can("admin") ? <ReviewButtons match={match} /> : t("registry.review.adminOnly")}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
