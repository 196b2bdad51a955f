import { useApolloClient } from "@apollo/client/react";
import { useNavigate, useRevalidator } from "react-router";
import { ViewerDocument, type ViewerQuery } from "../__generated__/graphql";
import { forgetToken, storeToken } from "./token-storage";

/** Signing in with a token (checked by the server first) and signing out; both start from an empty cache. */
export function useSessionActions() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  return {
    /** Asks the server who the token names; keeps it only if accepted. Throws the server's refusal. */
    signIn: async (token: string, next: string): Promise<ViewerQuery["me"]> => {
      const { data } = await client.query({
        query: ViewerDocument,
        fetchPolicy: "network-only",
        context: { headers: { authorization: `Bearer ${token}` } },
      });
      storeToken(token);
      await client.clearStore();
      await navigate(next);
      await revalidator.revalidate();
      return data!.me;
    },
    /** Forgets the token and the data read with it. */
    signOut: async (): Promise<void> => {
      forgetToken();
      await client.clearStore();
      await navigate("/");
      await revalidator.revalidate();
    },
  };
}
