import { useMutation } from "@apollo/client/react";
import { FollowUpReceiveDeliverableDocument, FollowUpRecordResultDocument } from "../__generated__/graphql";

/** Records a result against an indicator (editor); the follow-up and what falls due are read again. */
export function useRecordResultMutation() {
  return useMutation(FollowUpRecordResultDocument, { refetchQueries: ["FollowUpView"], awaitRefetchQueries: true });
}

/** Marks a deliverable received (editor); the follow-up and what falls due are read again. */
export function useReceiveDeliverableMutation() {
  return useMutation(FollowUpReceiveDeliverableDocument, {
    refetchQueries: ["FollowUpView", "FollowUpDueSoon"],
    awaitRefetchQueries: true,
  });
}
