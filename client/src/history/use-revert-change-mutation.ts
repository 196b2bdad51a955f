import { useMutation } from "@apollo/client/react";
import { RevertHistoryChangeDocument } from "../__generated__/graphql";

/** Reverts a change (admin); the page's facts, its form and its history are read again. */
export function useRevertChangeMutation() {
  return useMutation(RevertHistoryChangeDocument, {
    refetchQueries: ["EntityPage", "EntityHistory"],
    awaitRefetchQueries: true,
  });
}
