// The paged analyst answers (schema/analytics-pages.graphql) on the client: pages appended one to
// another, refs looked up, every page fetched for an export.

/** What every compact page holds: its answers, the nodes and relationships they refer to, where it ends. */
export interface CompactPage<Answer, Node extends { ref: string }, Relationship extends { id: string }> {
  totalCount: number;
  pageInfo: { endCursor?: string | null; hasNextPage: boolean };
  answers: readonly Answer[];
  nodes: readonly Node[];
  relationships: readonly Relationship[];
}

/** The pages so far and the next one as one page: answers in order, nodes and relationships each once. */
export function appendPage<Page extends CompactPage<unknown, { ref: string }, { id: string }>>(
  pages: Page,
  next: Page,
): Page {
  const knownNodes = new Set(pages.nodes.map((node) => node.ref));
  const knownRelationships = new Set(pages.relationships.map((relationship) => relationship.id));
  return {
    ...next,
    answers: [...pages.answers, ...next.answers],
    nodes: [...pages.nodes, ...next.nodes.filter((node) => !knownNodes.has(node.ref))],
    relationships: [
      ...pages.relationships,
      ...next.relationships.filter((relationship) => !knownRelationships.has(relationship.id)),
    ],
  };
}

/** Looks up a page's nodes by ref and relationships by id; a ref the page lacks is an error (the server sends them all). */
export function pageLookup<Node extends { ref: string }, Relationship extends { id: string }>(
  page: CompactPage<unknown, Node, Relationship>,
) {
  const nodes = new Map(page.nodes.map((node) => [node.ref, node]));
  const relationships = new Map(page.relationships.map((relationship) => [relationship.id, relationship]));
  return {
    node: (ref: string): Node => {
      const node = nodes.get(ref);
      if (!node) throw new Error(`the page refers to ${ref} but does not hold it`);
      return node;
    },
    relationship: (id: string): Relationship => {
      const relationship = relationships.get(id);
      if (!relationship) throw new Error(`the page refers to relationship ${id} but does not hold it`);
      return relationship;
    },
  };
}

/**
 * Every page of an answer, the first fetched with no cursor, each
 * next page fetched after the last one's cursor, `onProgress(pagesFetched, pagesInAll)` told after each.
 */
export async function fetchAllPages<Page extends CompactPage<unknown, { ref: string }, { id: string }>>(
  fetchPage: (after: string | null) => Promise<Page>,
  pageSize: number,
  onProgress: (fetched: number, total: number) => void = () => {},
): Promise<Page> {
  let pages = await fetchPage(null);
  let fetched = 1;
  const total = () => Math.max(1, Math.ceil(pages.totalCount / pageSize));
  onProgress(fetched, total());
  while (pages.pageInfo.hasNextPage && pages.pageInfo.endCursor) {
    pages = appendPage(pages, await fetchPage(pages.pageInfo.endCursor));
    fetched += 1;
    onProgress(fetched, total());
  }
  return pages;
}
