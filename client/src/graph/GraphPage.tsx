import { useReadQuery } from "@apollo/client/react";
import { useCallback, useMemo } from "react";
import { useTranslation } from "react-i18next";
import { useLoaderData, useParams, useSearchParams } from "react-router";
import type { EntityLabel } from "../__generated__/graphql";
import { entityLabels } from "../graph-node";
import { EmptyState, usePageTitle } from "../layout";
import { GraphCanvas } from "./GraphCanvas";
import { GraphFilterBar } from "./GraphFilterBar";
import { filterChoices, parseHiddenStatuses, partnershipCounts, visibleElements } from "./graph-filters";
import { graphVariables, type graphLoader } from "./graph-loader";
import { GraphNodeList } from "./GraphNodeList";
import { GraphSidePanel } from "./GraphSidePanel";
import { type LoadedNeighbourhood, useExplorerGraph } from "./use-explorer-graph";

/** The graph view at `/graph/:ref`: the neighbourhood drawn, expanded on click, filtered, exported. */
export function GraphPage() {
  const queryRef = useLoaderData<ReturnType<ReturnType<typeof graphLoader>>>();
  const { data } = useReadQuery(queryRef);
  const params = useParams();
  const [search] = useSearchParams();
  const { t } = useTranslation();
  const base = data.neighbourhood;
  usePageTitle(base ? t("graph.title", { name: base.center.name }) : t("states.notFoundTitle"));
  if (!base) {
    return (
      <section className="view">
        <h1>{t("states.notFoundTitle")}</h1>
        <EmptyState>{t("states.entityNotFound", { ref: params.ref })}</EmptyState>
      </section>
    );
  }
  // Another centre, depth or limit loads another neighbourhood: the exploration starts afresh.
  const { depth, limit } = graphVariables(params.ref, search);
  return <GraphExplorer key={`${base.center.ref}|${depth}|${limit}`} base={base} />;
}

function GraphExplorer({ base }: { base: LoadedNeighbourhood }) {
  const { t } = useTranslation();
  const params = useParams();
  const [search, setSearch] = useSearchParams();
  const { limit } = graphVariables(params.ref, search);
  const center = base.center.ref;
  const expanded = useMemo(() => (search.get("expanded") ?? "").split(",").filter(Boolean), [search]);
  const selected = search.get("selected");
  const filters = useMemo(
    () => ({
      hiddenLabels: new Set(
        (search.get("hide") ?? "")
          .split(",")
          .filter((label): label is EntityLabel => (entityLabels as readonly string[]).includes(label)),
      ),
      market: search.get("market"),
      year: /^\d{4}$/.test(search.get("year") ?? "") ? Number(search.get("year")) : null,
      hiddenStatuses: parseHiddenStatuses(search.get("hideStatus")),
    }),
    [search],
  );
  const { graph, version, loaded, pending, failed } = useExplorerGraph(base, expanded, limit);
  const keep = useMemo(() => new Set([center, ...(selected ? [selected] : [])]), [center, selected]);
  // `version` changes whenever the graph grows (in place): recompute what is visible then.
  /* eslint-disable react-hooks/exhaustive-deps */
  const visible = useMemo(() => visibleElements(graph, filters, keep), [graph, filters, keep, version]);
  const choices = useMemo(() => filterChoices(graph), [graph, version]);
  // The partnerships among what the other filters leave, by status: the status filter's counts.
  const partnerships = useMemo(
    () => partnershipCounts(graph, visibleElements(graph, { ...filters, hiddenStatuses: new Set() }, keep).edges),
    [graph, filters, keep, version],
  );
  /* eslint-enable react-hooks/exhaustive-deps */

  /** Updates some URL parameters; selection and expansion make history entries, filters replace. */
  const update = useCallback(
    (changes: Record<string, string | null>, replace = false) =>
      setSearch(
        (current) => {
          const next = new URLSearchParams(current);
          for (const [name, value] of Object.entries(changes)) {
            if (value === null || value === "") next.delete(name);
            else next.set(name, value);
          }
          return next;
        },
        { replace, preventScrollReset: true },
      ),
    [setSearch],
  );

  const selectNode = useCallback(
    (ref: string) => {
      const expand = ref !== center && !expanded.includes(ref);
      update({ selected: ref, ...(expand ? { expanded: [...expanded, ref].join(",") } : {}) });
    },
    [center, expanded, update],
  );
  const clearSelection = useCallback(() => update({ selected: null }, true), [update]);

  const centerName = base.center.name;
  const description = t("graph.canvasLabel", {
    name: centerName,
    nodes: visible.nodes.size,
    edges: visible.edges.size,
  });
  return (
    <article className="view graph-view">
      <h1>{t("graph.title", { name: centerName })}</h1>
      <GraphFilterBar
        choices={choices}
        filters={filters}
        depth={search.get("depth") === "2" ? 2 : 1}
        onChange={(changes) => update(changes, true)}
        counts={{ nodes: visible.nodes.size, edges: visible.edges.size }}
        partnerships={partnerships}
      />
      {base.omittedNodes > 0 && <p className="notice">{t("graph.truncated", { count: base.omittedNodes })}</p>}
      <div className="graph-layout">
        <GraphCanvas
          graph={graph}
          visible={visible}
          selected={selected}
          center={center}
          layoutVersion={version}
          onNodeClick={selectNode}
          onStageClick={clearSelection}
          description={description}
          fileName={`maillage-${center.replace(/[^A-Za-z0-9-]+/g, "-")}`}
        />
        <GraphSidePanel
          selected={selected && loaded.nodes.has(selected) ? selected : null}
          loaded={loaded}
          expanding={pending.map((ref) => loaded.nodes.get(ref)?.name ?? ref)}
          failures={[...failed].map(([ref, message]) => ({ name: loaded.nodes.get(ref)?.name ?? ref, message }))}
        />
      </div>
      <GraphNodeList
        graph={graph}
        visible={visible.nodes}
        version={version}
        expanded={expanded}
        center={center}
        onSelect={selectNode}
      />
    </article>
  );
}
