// The graph view's state: the loaded neighbourhood plus every expansion the URL lists, merged.
import { useApolloClient } from "@apollo/client/react";
import { useEffect, useMemo, useRef, useState } from "react";
import { GraphNeighbourhoodDocument, type GraphNeighbourhoodQuery } from "../__generated__/graphql";
import { errorMessage } from "../layout";
import { createExplorerGraph, mergeNeighbourhood, positionsOf } from "./merge-neighbourhood";

export type LoadedNeighbourhood = NonNullable<GraphNeighbourhoodQuery["neighbourhood"]>;
type LoadedNode = LoadedNeighbourhood["nodes"][number];
type LoadedEdge = LoadedNeighbourhood["edges"][number];

/**
 * Keeps one graphology graph in step with the base neighbourhood and the expanded nodes (fetched
 * on demand, in URL order). Going back to fewer expansions rebuilds the graph, keeping positions.
 */
export function useExplorerGraph(base: LoadedNeighbourhood, expanded: readonly string[], limit: number) {
  const client = useApolloClient();
  const [graph] = useState(createExplorerGraph);
  const [fetched, setFetched] = useState<ReadonlyMap<string, LoadedNeighbourhood>>(new Map());
  const [failed, setFailed] = useState<ReadonlyMap<string, string>>(new Map());
  const [version, setVersion] = useState(0);
  const requested = useRef(new Set<string>());
  const merged = useRef<string[]>([]);

  const expandedKey = expanded.join(",");
  useEffect(() => {
    for (const ref of expanded) {
      if (requested.current.has(ref)) continue;
      requested.current.add(ref);
      client
        .query({ query: GraphNeighbourhoodDocument, variables: { ref, depth: 1, limit }, fetchPolicy: "no-cache" })
        .then(({ data }) => {
          if (data?.neighbourhood) setFetched((current) => new Map(current).set(ref, data.neighbourhood!));
          else throw new Error(ref);
        })
        .catch((error: unknown) => {
          requested.current.delete(ref);
          setFailed((current) => new Map(current).set(ref, errorMessage(error)));
        });
    }
    // expandedKey stands for `expanded` (a new array at each render, the same list by value).
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [client, expandedKey, limit]);

  useEffect(() => {
    const wanted = ["", ...expanded.filter((ref) => fetched.has(ref))];
    const neighbourhoodOf = (key: string) => (key === "" ? base : fetched.get(key)!);
    const extendsMerged = merged.current.every((key, index) => wanted[index] === key);
    if (extendsMerged && wanted.length === merged.current.length) return;
    if (extendsMerged) {
      for (const key of wanted.slice(merged.current.length))
        mergeNeighbourhood(graph, neighbourhoodOf(key), key || undefined);
    } else {
      const positions = positionsOf(graph);
      graph.clear();
      for (const key of wanted) mergeNeighbourhood(graph, neighbourhoodOf(key), key || undefined, positions);
    }
    merged.current = wanted;
    setVersion((current) => current + 1);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- expandedKey stands for `expanded`, by value
  }, [graph, base, fetched, expandedKey]);

  // Every node and relationship loaded, as the queries returned them (for the side panel's facts).
  const loaded = useMemo(() => {
    const nodes = new Map<string, LoadedNode>();
    const edges = new Map<string, LoadedEdge>();
    for (const neighbourhood of [base, ...fetched.values()]) {
      for (const node of neighbourhood.nodes) nodes.set(node.ref, node);
      for (const edge of neighbourhood.edges) edges.set(edge.id, edge);
    }
    return { nodes, edges };
  }, [base, fetched]);

  const pending = expanded.filter((ref) => !fetched.has(ref) && !failed.has(ref));
  return { graph, version, loaded, pending, failed };
}
