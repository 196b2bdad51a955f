// Signing in and out in the app, as a person does (e-mail and password on /sign-in), or, for tests
// about something else, with a token of TestServer through the test-only route.
import type { Page } from "playwright-core";

/** The header's session group, with its sign-out button: there once someone is signed in. */
function signOutButton(page: Page) {
  return page.getByRole("group", { name: "Session" }).getByRole("button", { name: "Se déconnecter" });
}

/**
 * Opens a session in this page's browser for the user of `token` (a TestServer token, any role) and
 * waits until the header shows it. The session cookie comes from POST /api/auth/test-session, which
 * exists only when NODE_ENV=test (TestServer's), so that tests about other features need no account.
 */
export async function signInWith(page: Page, baseUrl: string, token: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  const status = await page.evaluate(async (bearer) => {
    const response = await fetch("/api/auth/test-session", {
      method: "POST",
      headers: { authorization: `Bearer ${bearer}` },
    });
    return response.status;
  }, token);
  if (status !== 204) throw new Error(`the test session was refused (HTTP ${status}): is the token of this server?`);
  await page.goto(`${baseUrl}/`);
  await signOutButton(page).waitFor();
}

/** Signs in on /sign-in with an e-mail address and a password, and waits until the header shows the session. */
export async function signInWithPassword(page: Page, baseUrl: string, email: string, password: string) {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Adresse e-mail").fill(email);
  await page.getByLabel("Mot de passe").fill(password);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await signOutButton(page).waitFor();
}

/** Signs out from the header and waits until it offers to sign in again (or shows the sign-in page). */
export async function signOut(page: Page): Promise<void> {
  await signOutButton(page).click();
  await page.getByRole("group", { name: "Session" }).waitFor({ state: "detached" });
}
