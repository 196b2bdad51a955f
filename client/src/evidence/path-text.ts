// A path of the graph written as one line of text, for exports and screen readers.

/** The least a path needs to be written out. */
export interface PathLike {
  nodes: ReadonlyArray<{ ref: string; name: string }>;
  edges: ReadonlyArray<{ type: string; from: string; to: string }>;
}

/** Whether the i-th relationship of the path points forward (from node i to node i+1). */
export function isForward(path: PathLike, index: number): boolean {
  return path.edges[index]?.from === path.nodes[index]?.ref;
}

/** The path in Cypher-like notation: `GBM <-[PART_OF]- Besançon <-[LOCATED_IN]- Statice -[PARTICIPATED_IN]-> Micronora`. */
export function pathText(path: PathLike): string {
  return path.nodes
    .map((node, index) => {
      const edge = path.edges[index];
      if (!edge || index === path.nodes.length - 1) return node.name;
      return isForward(path, index) ? `${node.name} -[${edge.type}]-> ` : `${node.name} <-[${edge.type}]- `;
    })
    .join("");
}
