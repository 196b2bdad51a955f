// The edits of an entity page, one hook each; after an edit the page's facts and its history are
// read again from the server, so what is shown is what was written.
import { useMutation } from "@apollo/client/react";
import {
  AddFactDocument,
  EditOrganizationDocument,
  NewOrganizationDocument,
  RemoveFactDocument,
} from "../__generated__/graphql";

/** The queries of an entity page that an edit changes. */
const entityPageQueries = ["EntityPage", "EntityHistory"];

/** Adds a fact with its evidence; the page's facts and history are read again. */
export function useAddFactMutation() {
  return useMutation(AddFactDocument, { refetchQueries: entityPageQueries, awaitRefetchQueries: true });
}

/** Removes a fact; the page's facts and history are read again. */
export function useRemoveFactMutation() {
  return useMutation(RemoveFactDocument, { refetchQueries: entityPageQueries, awaitRefetchQueries: true });
}

/** Changes an organisation: the header updates from the answer (same node in the cache), the history is read again. */
export function useEditOrganizationMutation() {
  return useMutation(EditOrganizationDocument, { refetchQueries: ["EntityHistory"], awaitRefetchQueries: true });
}

/** Creates an organisation; its page is opened afterwards, so nothing cached needs an update. */
export function useNewOrganizationMutation() {
  return useMutation(NewOrganizationDocument);
}
