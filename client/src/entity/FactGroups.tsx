import { type ReactNode, useState } from "react";
import { useTranslation } from "react-i18next";
import { type FragmentType, getFragmentData } from "../__generated__";
import {
  type FactGroups_EdgeFragment,
  FactGroups_EdgeFragmentDoc,
  type FactGroups_NodeFragment,
  FactGroups_NodeFragmentDoc,
} from "../__generated__/graphql";
import { Evidence } from "../evidence";
import { EntityLink, PropertyValues } from "../graph-node";
import { EmptyState } from "../layout";
import { countByStatus, factStatus, type FactGroup as Group, groupFacts } from "./group-facts";

/** How many facts a group shows before "show the others". */
const shownFirst = 8;

interface FactGroupsProps {
  /** The node whose facts are listed. */
  center: string;
  nodes: ReadonlyArray<FragmentType<typeof FactGroups_NodeFragmentDoc>>;
  edges: ReadonlyArray<FragmentType<typeof FactGroups_EdgeFragmentDoc>>;
  /** The heading level of each group: 2 on a node's page, 3 in the graph's side panel. */
  headingLevel?: 2 | 3;
  /** What can be done with a fact (an editor's "Remove"), given the fact and its neighbour's name. */
  factActions?: ((fact: FactGroups_EdgeFragment, neighbour: string) => ReactNode) | undefined;
}

/** A node's facts grouped by relationship type, with a count per group; each fact with its neighbour and evidence. */
export function FactGroups({ center, headingLevel = 2, factActions, ...props }: FactGroupsProps) {
  const { t } = useTranslation();
  const nodes = getFragmentData(FactGroups_NodeFragmentDoc, props.nodes);
  const edges = getFragmentData(FactGroups_EdgeFragmentDoc, props.edges);
  const nodesByRef = new Map(nodes.map((node) => [node.ref, node]));
  const groups = groupFacts(center, edges, (ref) => nodesByRef.get(ref)?.name ?? ref);
  if (groups.length === 0) return <EmptyState>{t("entity.noFacts")}</EmptyState>;
  return (
    <div className="fact-groups">
      {groups.map((group) => (
        <FactGroup
          key={group.key}
          group={group}
          nodesByRef={nodesByRef}
          headingLevel={headingLevel}
          factActions={factActions}
        />
      ))}
    </div>
  );
}

interface FactGroupProps {
  group: Group<FactGroups_EdgeFragment>;
  nodesByRef: ReadonlyMap<string, FactGroups_NodeFragment>;
  headingLevel: 2 | 3;
  factActions: FactGroupsProps["factActions"];
}

function FactGroup({ group, nodesByRef, headingLevel, factActions }: FactGroupProps) {
  const { t } = useTranslation();
  const [showAll, setShowAll] = useState(false);
  // Partnerships are filtered by status, and their count says which statuses it includes.
  const [status, setStatus] = useState<string>();
  const partnerships = group.type === "PARTNER_OF";
  const facts = status ? group.facts.filter(({ fact }) => factStatus(fact) === status) : group.facts;
  const Heading = headingLevel === 2 ? "h2" : "h3";
  const headingId = `facts-${headingLevel}-${group.key.replace(/[^A-Za-z_-]/g, "-")}`;
  const shown = showAll ? facts : facts.slice(0, shownFirst);
  return (
    <section className="fact-group" aria-labelledby={headingId}>
      <Heading id={headingId} className="fact-group-title">
        {t(`relations.${group.direction}.${group.type}`, {
          defaultValue: group.direction === "out" ? `${group.type} →` : `← ${group.type}`,
        })}{" "}
        <span className="count">{facts.length}</span>
        {partnerships && (
          <span className="count-scope"> ({status ? t(`partnership.${status}`) : t("partnership.all")})</span>
        )}
      </Heading>
      {partnerships && (
        <p className="status-filter" role="group" aria-label={t("partnership.filter")}>
          <button type="button" aria-pressed={!status} onClick={() => setStatus(undefined)}>
            {t("partnership.all")} {group.facts.length}
          </button>
          {countByStatus(group.facts.map(({ fact }) => fact)).map(({ status: value, count }) => (
            <button key={value} type="button" aria-pressed={status === value} onClick={() => setStatus(value)}>
              {t(`partnership.${value}`)} {count}
            </button>
          ))}
        </p>
      )}
      <ul className="facts">
        {shown.map(({ fact, neighbour }) => {
          const node = nodesByRef.get(neighbour);
          return (
            <li key={fact.id} className="fact">
              <span className="fact-neighbour">{node ? <EntityLink node={node} /> : <code>{neighbour}</code>}</span>
              <PropertyValues properties={fact.properties} inline />
              <Evidence edge={fact} />
              {factActions?.(fact, node?.name ?? neighbour)}
            </li>
          );
        })}
      </ul>
      {facts.length > shownFirst && (
        <button
          type="button"
          className="link-button show-more"
          aria-expanded={showAll}
          onClick={() => setShowAll(!showAll)}
        >
          {showAll ? t("entity.showFewer") : t("entity.showAll", { count: facts.length - shownFirst })}
        </button>
      )}
    </section>
  );
}
