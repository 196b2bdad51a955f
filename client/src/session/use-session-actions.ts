import { useApolloClient } from "@apollo/client/react";
import { useNavigate, useRevalidator } from "react-router";
import { postAuth, type AuthAnswer } from "./auth-requests";

/** Signing in with an e-mail address and a password, and signing out; both start from an empty cache. */
export function useSessionActions() {
  const client = useApolloClient();
  const navigate = useNavigate();
  const revalidator = useRevalidator();
  /** After the session changed: forget what was read with the old one, go to `next`, ask who is signed in. */
  const changed = async (next: string) => {
    await client.clearStore();
    await navigate(next);
    await revalidator.revalidate();
  };
  return {
    /** Signs in; on success goes to `next`. Returns the server's answer (its error when refused). */
    signIn: async (email: string, password: string, next: string): Promise<AuthAnswer> => {
      const answer = await postAuth("sign-in", { email, password });
      if (!answer.error) await changed(next);
      return answer;
    },
    /** Sets a password through a one-time link; signed in on success (unless the account is suspended). */
    setPassword: async (token: string, password: string): Promise<AuthAnswer> => {
      const answer = await postAuth("set-password", { token, password });
      if (!answer.error) await changed("/");
      return answer;
    },
    /** Ends this session. */
    signOut: async (): Promise<void> => {
      await postAuth("sign-out");
      await changed("/");
    },
    /** Ends every session of the account, on every device. */
    signOutEverywhere: async (): Promise<void> => {
      await postAuth("sign-out-everywhere");
      await changed("/");
    },
  };
}
