import { Fragment } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentType, getFragmentData } from "../__generated__";
import { EvidencePath_PathFragmentDoc } from "../__generated__/graphql";
import { EntityLink } from "../graph-node";
import { Evidence } from "./Evidence";
import { isForward } from "./path-text";

/**
 * A path drawn as a chain: node, relationship (arrow in its direction, with its evidence), node…
 * It wraps on narrow screens.
 */
export function EvidencePath(props: { path: FragmentType<typeof EvidencePath_PathFragmentDoc> }) {
  const path = getFragmentData(EvidencePath_PathFragmentDoc, props.path);
  const { t } = useTranslation();
  return (
    <ol className="evidence-path">
      {path.nodes.map((node, index) => {
        const edge = path.edges[index];
        const forward = isForward(path, index);
        return (
          <Fragment key={`${node.ref}-${index}`}>
            <li className="path-node">
              <EntityLink node={node} bare />
            </li>
            {edge && index < path.nodes.length - 1 && (
              <li className={`path-edge ${forward ? "forward" : "backward"}`}>
                {forward ? null : (
                  <span className="path-arrow">
                    <span aria-hidden="true">←</span>
                    <span className="visually-hidden">{t("evidence.reverse")}</span>
                  </span>
                )}
                <span className="path-type" title={edge.type}>
                  {t(`relations.out.${edge.type}`, { defaultValue: edge.type })}
                </span>
                {forward ? (
                  <span className="path-arrow" aria-hidden="true">
                    →
                  </span>
                ) : null}
                <Evidence edge={edge} />
              </li>
            )}
          </Fragment>
        );
      })}
    </ol>
  );
}
