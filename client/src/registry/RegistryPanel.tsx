import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { RegistryPanelDocument } from "../__generated__/graphql";
import { keyOfRef } from "../graph-node";
import { useViewer } from "../session";
import { MatchReview } from "./MatchReview";
import { RegistryEstablishments } from "./RegistryEstablishments";
import { useSearchInRegistryMutation } from "./registry-mutations";

/** "Chercher dans le registre" (admins): disabled, saying why, when the server may not query the API. */
function SearchButton({ entityRef, enabled, reason }: { entityRef: string; enabled: boolean; reason: string | null }) {
  const { t } = useTranslation();
  const [search, { loading, error }] = useSearchInRegistryMutation();
  return (
    <p className="registry-search">
      <button
        type="button"
        disabled={!enabled || loading}
        onClick={() => void search({ variables: { organizationRef: entityRef } }).catch(() => undefined)}
      >
        {t("registry.search.button")}
      </button>{" "}
      {!enabled && <span className="notice">{t("registry.search.disabled", { reason: reason ?? "" })}</span>}
      {loading && <span>{t("registry.search.searching")}</span>}
      {error && <span className="notice">{error.message}</span>}
    </p>
  );
}

/** An organisation's register facts (SIREN, activity, size band…) with their source and date, the
 *  disagreements with other sources, and (staff) the matches waiting for review. */
export function RegistryPanel({ entityRef }: { entityRef: string }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { data } = useQuery(RegistryPanelDocument, { variables: { id: keyOfRef(entityRef), ref: entityRef } });
  const organization = data?.organizations[0];
  if (!data || !organization) return null;
  const rows: Array<[string, string | null | undefined]> = [
    [t("registry.fields.siren"), organization.siren],
    [t("registry.fields.siret"), organization.headOfficeSiret],
    [t("registry.fields.activity"), organization.nafCode && `${organization.nafCode} — ${organization.nafLabel ?? ""}`],
    [t("registry.fields.sizeBand"), organization.sizeBandLabel ?? organization.sizeBand],
    [t("registry.fields.legalCategory"), organization.legalCategory],
    [t("registry.fields.companyCategory"), organization.companyCategory],
    [t("registry.fields.creationDate"), organization.creationDate],
    [
      t("registry.fields.state"),
      organization.closed == null ? null : t(organization.closed ? "registry.closed" : "registry.open"),
    ],
  ];
  return (
    <section aria-labelledby="registry-title" className="registry-panel">
      <h2 id="registry-title" className="section-title">
        {t("registry.title")}
      </h2>
      {organization.registrySource ? (
        <>
          <dl className="registry-facts">
            {rows
              .filter(([, value]) => value)
              .map(([name, value]) => (
                <div key={name}>
                  <dt>{name}</dt>
                  <dd>{value}</dd>
                </div>
              ))}
          </dl>
          <p className="registry-source">
            {t("registry.source", { source: organization.registrySource, date: organization.registryDate })}
          </p>
          <RegistryEstablishments edges={organization.locatedInConnection.edges} />
        </>
      ) : (
        <p className="empty">{t("registry.notReconciled")}</p>
      )}
      {data.registryDisagreements.length > 0 && (
        <div role="group" aria-label={t("registry.disagreements.title")} className="registry-disagreements">
          <h3>{t("registry.disagreements.title")}</h3>
          <ul>
            {data.registryDisagreements.map((disagreement) => (
              <li key={`${disagreement.kind}-${disagreement.otherSource}-${disagreement.otherSays}`}>
                {t(`registry.disagreements.${disagreement.kind}`, {
                  register: disagreement.registerSays,
                  registerSource: disagreement.registerSource,
                  other: disagreement.otherSays,
                  otherSource: disagreement.otherSource,
                })}
              </li>
            ))}
          </ul>
        </div>
      )}
      {viewer.can("admin") && (
        <SearchButton
          entityRef={entityRef}
          enabled={data.registrySearch.enabled}
          reason={data.registrySearch.reason ?? null}
        />
      )}
      {viewer.can("editor") && <MatchReview organizationRef={entityRef} />}
    </section>
  );
}
