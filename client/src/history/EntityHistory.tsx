import { useQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { EntityHistoryDocument } from "../__generated__/graphql";
import { EmptyState, ErrorState, LoadingState } from "../layout";
import { HistoryEntry } from "./HistoryEntry";

/** A node's audit trail on its page: each change with who, when, why, and the values before → after. */
export function EntityHistory({ entityRef }: { entityRef: string }) {
  const { t } = useTranslation();
  const { data, loading, error, refetch } = useQuery(EntityHistoryDocument, { variables: { ref: entityRef } });
  const changes = data?.history ?? [];
  return (
    <section aria-labelledby="history-title" className="entity-history">
      <h2 id="history-title" className="section-title">
        {t("history.title")} {data && <span className="count">{changes.length}</span>}
      </h2>
      {loading && !data && <LoadingState label={t("history.loading")} />}
      {error && <ErrorState error={error} onRetry={() => void refetch()} />}
      {data && changes.length === 0 && <EmptyState>{t("history.empty")}</EmptyState>}
      {changes.length > 0 && (
        <ol className="history">
          {changes.map((change) => (
            <li key={change.id}>
              <HistoryEntry change={change} />
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
