// The root route's loader: who is signed in (the server reads the session cookie), read once per visit
// of a page (cache first; signing in or out clears the cache). An ended session reads as signed out;
// a refused credential sends the person to sign in again; when
// the install does not allow anonymous reading, nobody reads before signing in.
import type { ApolloClient } from "@apollo/client";
import { type LoaderFunctionArgs, redirect, type ShouldRevalidateFunctionArgs } from "react-router";
import { ViewerDocument, type ViewerQuery } from "../__generated__/graphql";
import { isRefusedSignIn } from "../layout";

export type Viewer = ViewerQuery["me"];

/** The route id whose loader data is the viewer. */
export const sessionRouteId = "root";

/** Who reads when the server cannot say (it is down): nobody, and the views show their own errors. */
const unknownViewer: Viewer = { id: null, name: null, roles: [], anonymousRead: true };

/** The sign-in page's URL, coming back to `path` afterwards. */
export function signInPath(path: string, reason?: "expired" | "required"): string {
  const search = new URLSearchParams({ next: path });
  if (reason) search.set("reason", reason);
  return `/sign-in?${search.toString()}`;
}

/** Loads the viewer; redirects to the sign-in page when the token is refused or reading needs a sign-in. */
export function sessionLoader(client: ApolloClient) {
  return async ({ request }: LoaderFunctionArgs): Promise<Viewer | Response> => {
    const url = new URL(request.url);
    const here = `${url.pathname}${url.search}`;
    // The sign-in page, and the page of an invitation link, are for people not signed in yet.
    const onSignIn = url.pathname === "/sign-in" || url.pathname === "/set-password";
    let viewer: Viewer;
    try {
      const { data } = await client.query({ query: ViewerDocument, fetchPolicy: "cache-first" });
      viewer = data?.me ?? unknownViewer;
    } catch (error) {
      if (!isRefusedSignIn(error)) return unknownViewer;
      await client.clearStore();
      return onSignIn ? unknownViewer : redirect(signInPath(here, "expired"));
    }
    if (!viewer.anonymousRead && !viewer.id && !onSignIn) return redirect(signInPath(here, "required"));
    return viewer;
  };
}

/** The viewer is read again when the page changes (from the cache) and when asked (after signing in or out). */
export function shouldReloadSession({
  currentUrl,
  nextUrl,
  defaultShouldRevalidate,
}: ShouldRevalidateFunctionArgs): boolean {
  return currentUrl.pathname !== nextUrl.pathname || defaultShouldRevalidate;
}
