// The register's review, one hook each: after a review the entity page, its history, the register
// panel and the review lists are read again, so what is shown is what was written.
import { useMutation } from "@apollo/client/react";
import { AcceptMatchDocument, RejectMatchDocument, SearchInRegistryDocument } from "../__generated__/graphql";

const reviewedQueries = ["EntityPage", "EntityHistory", "RegistryPanel", "RegistryReview"];

/** Accepts a match: its facts are written. */
export function useAcceptMatchMutation() {
  return useMutation(AcceptMatchDocument, { refetchQueries: reviewedQueries, awaitRefetchQueries: true });
}

/** Rejects a match. */
export function useRejectMatchMutation() {
  return useMutation(RejectMatchDocument, { refetchQueries: reviewedQueries, awaitRefetchQueries: true });
}

/** Asks the company search API for an organisation; its candidates join the review list. */
export function useSearchInRegistryMutation() {
  return useMutation(SearchInRegistryDocument, { refetchQueries: ["RegistryReview"], awaitRefetchQueries: true });
}
