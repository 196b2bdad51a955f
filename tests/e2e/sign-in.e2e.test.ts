// Signing in when the install does not allow anonymous reading: the app sends people to /sign-in,
// explains a token it cannot use, comes back to the page asked for, shows what the role allows,
// fetches the deliverables with the token, and forgets a token the server refuses.
import { randomBytes } from "node:crypto";
import { SignJWT } from "jose";
import { describe, expect, it } from "vitest";
import { saveScreenshot } from "./browser.js";
import { downloadOf, useExplorerPage } from "./explorer-page.js";
import { signInWith, signOut } from "./sign-in.js";

/** A well-formed token this server did not sign (or, with `expiresAt` in the past, an expired one). */
function foreignToken(expiresAt = Math.floor(Date.now() / 1000) + 3600): Promise<string> {
  return new SignJWT({ roles: ["admin"] })
    .setProtectedHeader({ alg: "HS256" })
    .setSubject("intrus")
    .setExpirationTime(expiresAt)
    .sign(randomBytes(32));
}

describe("signing in when reading needs it, in Chromium", () => {
  const explorer = useExplorerPage({ server: { anonymousRead: false } });
  const pmtPage = () => `${explorer.server.url}/entity/${encodeURIComponent("Organization:pmt")}`;
  const tokenField = () => explorer.page.getByLabel("Jeton de connexion");
  const submit = () => explorer.page.getByRole("button", { name: "Se connecter" }).click();

  it("sends a person who is not signed in to the sign-in page, with how to get a token", async () => {
    const { page } = explorer;
    await page.goto(pmtPage());
    await page.waitForURL((url) => url.pathname === "/sign-in");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/entity/Organization%3Apmt");
    await page.getByText("Sur cette installation, la lecture du graphe demande d'être connecté.").waitFor();
    await page.getByText('npm run token -- --user marie --role editor --name "Marie Dupont"').waitFor();
    await expect(page.getByRole("link", { name: "Continuer sans se connecter" }).count()).resolves.toBe(0);
    await saveScreenshot(page, "sign-in-required");
  });

  it("explains a text that is not a token, an expired token and a token the server refuses", async () => {
    const { page } = explorer;
    await tokenField().fill("bonjour");
    await submit();
    await page.getByRole("alert").filter({ hasText: "Ce texte n'est pas un jeton" }).waitFor();
    await expect(tokenField().getAttribute("aria-invalid")).resolves.toBe("true");

    await tokenField().fill(await foreignToken(Math.floor(Date.now() / 1000) - 60));
    await submit();
    await page
      .getByRole("alert")
      .filter({ hasText: /^⚠ Ce jeton a expiré le / })
      .waitFor();

    await tokenField().fill(await foreignToken());
    await submit();
    await page.getByRole("alert").filter({ hasText: "Le serveur a refusé ce jeton" }).waitFor();
    await saveScreenshot(page, "sign-in-refused");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("comes back to the page asked for once signed in, and shows only what a viewer may do", async () => {
    const { server, page } = explorer;
    await tokenField().fill(`Bearer ${await server.token("viewer", `${server.source}:viewer`, "Lucie Lectrice")}\n`);
    await submit();
    await page.getByRole("heading", { level: 1, name: "Pôle des Microtechniques" }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe("/entity/Organization:pmt");
    await expect(page.getByRole("group", { name: "Session" }).textContent()).resolves.toMatch(
      /Lucie Lectrice\s*lecteur/,
    );
    await page.getByRole("region", { name: /^Historique/ }).waitFor();
    for (const editing of ["Modifier", "Ajouter un fait", "Retirer"]) {
      await expect(page.getByRole("button", { name: editing, exact: true }).count()).resolves.toBe(0);
    }
    await expect(
      page.getByRole("navigation", { name: "Navigation principale" }).getByRole("link", { name: "Import" }).count(),
    ).resolves.toBe(0);
    await saveScreenshot(page, "sign-in-viewer");
  });

  it("downloads a deliverable with the token, which the route requires here", async () => {
    const { server, page } = explorer;
    expect((await fetch(`${server.url}/api/deliverables/member-firms.xlsx`)).status).toBe(401);
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Livrables" })
      .click();
    const xlsx = await downloadOf(page, () =>
      page
        .getByRole("button", {
          name: "Télécharger Entreprises adhérentes installées sur le territoire GBM : effectifs et chiffres d'affaires en XLSX",
        })
        .click(),
    );
    expect(xlsx.name).toBe("member-firms-2024.xlsx");
    expect(xlsx.content.subarray(0, 2).toString("latin1")).toBe("PK");
  });

  it("forgets a stored token the server refuses and asks to sign in again", async () => {
    const { server, page } = explorer;
    const refused = await foreignToken();
    await page.evaluate((token) => localStorage.setItem("maillage.token", token), refused);
    await page.goto(`${server.url}/paths`);
    await page.waitForURL((url) => url.pathname === "/sign-in" && url.searchParams.get("reason") === "expired");
    await page.getByText("Votre jeton a été refusé (expiré ou révoqué) : connectez-vous de nouveau.").waitFor();
    await expect(page.evaluate(() => localStorage.getItem("maillage.token"))).resolves.toBeNull();
  });

  it("signs out: the token is forgotten and reading needs a sign-in again", async () => {
    const { server, page, pageErrors } = explorer;
    await signInWith(page, server.url, await server.token("viewer"));
    await signOut(page);
    await page.waitForURL((url) => url.pathname === "/sign-in");
    await expect(page.evaluate(() => localStorage.getItem("maillage.token"))).resolves.toBeNull();
    expect(pageErrors).toEqual([]);
  });
});
