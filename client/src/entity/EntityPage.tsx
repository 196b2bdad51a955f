import { type PreloadQueryFunction, useReadQuery } from "@apollo/client/react";
import { useTranslation } from "react-i18next";
import { type LoaderFunctionArgs, useLoaderData, useParams } from "react-router";
import { EntityPageDocument } from "../__generated__/graphql";
import { LabelBadge, labelOfRef } from "../graph-node";
import { EmptyState, usePageTitle } from "../layout";
import { EntityEditing, RemoveFactButton } from "../editing";
import { EntityHistory } from "../history";
import { RegistryPanel } from "../registry";
import { useViewer } from "../session";
import { EntityHeader } from "./EntityHeader";
import { FactGroups } from "./FactGroups";
import { countNeighboursByLabel } from "./group-facts";

/** Starts loading a node's page as soon as its URL is known: `/entity/Organization%3Afemto-st`. */
export function entityPageLoader(preloadQuery: PreloadQueryFunction) {
  return ({ params }: LoaderFunctionArgs) => preloadQuery(EntityPageDocument, { variables: { ref: params.ref ?? "" } });
}

/** A node's page, for any label: its properties, then its facts grouped by relationship type, each with its
 *  evidence, then its history; editors edit it here. */
export function EntityPage() {
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof entityPageLoader>>>();
  const { data } = useReadQuery(queryRef);
  const { t } = useTranslation();
  const params = useParams();
  const viewer = useViewer();
  const entity = data.entity;
  const neighbourhood = data.neighbourhood;
  usePageTitle(entity?.name);

  if (!entity) {
    return (
      <section className="view">
        <h1>{t("states.notFoundTitle")}</h1>
        <EmptyState>{t("states.entityNotFound", { ref: params.ref })}</EmptyState>
      </section>
    );
  }

  const neighbourCounts = neighbourhood ? countNeighboursByLabel(entity.ref, neighbourhood.edges, labelOfRef) : [];
  return (
    <article className="view entity-page">
      <EntityHeader node={entity} />
      <EntityEditing entityRef={entity.ref} />
      {entity.ref.startsWith("Organization:") && <RegistryPanel entityRef={entity.ref} />}
      <section aria-labelledby="facts-title" className="entity-facts">
        <h2 id="facts-title" className="section-title">
          {t("entity.facts")}{" "}
          <span className="count">
            {t("entity.neighbours", { count: neighbourCounts.reduce((sum, entry) => sum + entry.count, 0) })}
          </span>
        </h2>
        {neighbourCounts.length > 0 && (
          <ul className="neighbour-counts" aria-label={t("entity.summary")}>
            {neighbourCounts.map(({ label, count }) => (
              <li key={label}>
                <LabelBadge label={label} /> <span className="count">{count}</span>
              </li>
            ))}
          </ul>
        )}
        {neighbourhood?.omittedNodes ? (
          <p className="notice">{t("entity.omitted", { count: neighbourhood.omittedNodes })}</p>
        ) : null}
        <FactGroups
          center={entity.ref}
          nodes={neighbourhood?.nodes ?? []}
          edges={neighbourhood?.edges ?? []}
          factActions={
            viewer.can("editor")
              ? (fact, neighbour) => <RemoveFactButton factId={fact.id} neighbour={neighbour} />
              : undefined
          }
        />
      </section>
      <EntityHistory entityRef={entity.ref} />
    </article>
  );
}
