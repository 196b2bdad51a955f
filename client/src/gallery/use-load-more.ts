// The next page of a paged answer, appended to the pages shown (Apollo's fetchMore on the route's query).
import type { OperationVariables } from "@apollo/client";
import { type QueryRef, useQueryRefHandlers } from "@apollo/client/react";
import { useTransition } from "react";

/**
 * `loadMore(after)` fetches the page after that cursor and appends it with `append` (the shown
 * pages stay on screen meanwhile: the fetch runs in a transition); `loading` is true until it lands.
 */
export function useLoadMore<Data, Variables extends OperationVariables>(
  queryRef: QueryRef<Data, Variables>,
  append: (shown: Data, next: Data) => Data,
) {
  const { fetchMore } = useQueryRefHandlers(queryRef);
  const [loading, startTransition] = useTransition();
  const loadMore = (after: string) =>
    startTransition(async () => {
      await fetchMore({
        variables: { after } as unknown as Partial<Variables>,
        updateQuery: (shown, { fetchMoreResult }) => append(shown as Data, fetchMoreResult as Data) as typeof shown,
      });
    });
  return { loadMore, loading };
}
