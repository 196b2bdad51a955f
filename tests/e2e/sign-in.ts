// Signing in and out through the app's /sign-in page, as a person does: paste the token, submit.
import type { Page } from "playwright-core";

/** Pastes `token` on the sign-in page and waits until the header shows the session. */
export async function signInWith(page: Page, baseUrl: string, token: string): Promise<void> {
  await page.goto(`${baseUrl}/sign-in`);
  await page.getByLabel("Jeton de connexion").fill(token);
  await page.getByRole("button", { name: "Se connecter" }).click();
  await page.getByRole("group", { name: "Session" }).getByRole("button", { name: "Se déconnecter" }).waitFor();
}

/** Signs out from the header and waits until it offers to sign in again (or shows the sign-in page). */
export async function signOut(page: Page): Promise<void> {
  await page.getByRole("group", { name: "Session" }).getByRole("button", { name: "Se déconnecter" }).click();
  await page.getByRole("group", { name: "Session" }).waitFor({ state: "detached" });
}
