import { useState } from "react";
import { useTranslation } from "react-i18next";
import { Link } from "react-router";
import { type FragmentType, getFragmentData } from "../__generated__";
import { EntityHeader_NodeFragmentDoc } from "../__generated__/graphql";
import { SourceDialog } from "../evidence";
import { graphPath, LabelBadge, pathsPath, PropertyValues, qualityPath } from "../graph-node";

/** The top of a node's page: its name, label and kind, links to its graph and paths, its properties and sources. */
export function EntityHeader(props: { node: FragmentType<typeof EntityHeader_NodeFragmentDoc> }) {
  const node = getFragmentData(EntityHeader_NodeFragmentDoc, props.node);
  const { t } = useTranslation();
  const [openSource, setOpenSource] = useState<string>();
  const documentId = node.label === "Document" ? node.key : undefined;
  return (
    <header className="entity-header">
      <p className="entity-kicker">
        <LabelBadge label={node.label} kind={node.kind} />
        {node.year ? <span className="entity-year">{node.year}</span> : null}
      </p>
      <h1 lang="fr">{node.name}</h1>
      <p className="entity-actions">
        <Link className="button" to={graphPath(node.ref)}>
          {t("entity.openGraph")}
        </Link>
        <Link className="button secondary" to={pathsPath(node.ref)}>
          {t("entity.findPaths")}
        </Link>
        {documentId && (
          <button type="button" className="secondary" onClick={() => setOpenSource(documentId)}>
            {t("entity.readDocument")}
          </button>
        )}
        {documentId && (
          <Link className="button secondary" to={qualityPath(documentId)}>
            {t("quality.navLink")}
          </Link>
        )}
      </p>
      <details className="entity-properties" open>
        <summary>{t("entity.properties")}</summary>
        <dl className="property-list">
          <div>
            <dt>{t("entity.key")}</dt>
            <dd>
              <code>{node.ref}</code>
            </dd>
          </div>
        </dl>
        <PropertyValues properties={node.properties} />
        {node.sources.length > 0 && (
          <dl className="property-list">
            <div>
              <dt>{t("entity.sources")}</dt>
              <dd className="entity-sources">
                {node.sources.map((source) => (
                  <button key={source} type="button" className="source-button" onClick={() => setOpenSource(source)}>
                    {source}
                  </button>
                ))}
              </dd>
            </div>
          </dl>
        )}
      </details>
      {openSource && <SourceDialog source={openSource} onClose={() => setOpenSource(undefined)} />}
    </header>
  );
}
