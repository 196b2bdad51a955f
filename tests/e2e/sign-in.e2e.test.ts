// Staff accounts in Chromium, on an install where reading needs a sign-in: a person who is not
// signed in is sent to /sign-in; a wrong password and an unknown e-mail get the same answer; an admin
// invites an editor, who sets a password through the one-time link, signs in, adds a fact and signs
// out; an API token made in the app works until it is revoked there; page scripts can read neither
// the session nor a token.
import { describe, expect, it } from "vitest";
import { createAdmin } from "../../server/accounts/create-admin.js";
import { aNode, anOrganization, factSet } from "../helpers/fact-builders.js";
import { saveScreenshot } from "./browser.js";
import { downloadOf, useExplorerPage } from "./explorer-page.js";
import { signInWithPassword, signOut } from "./sign-in.js";

describe("signing in with an account, in Chromium", () => {
  const explorer = useExplorerPage({ server: { anonymousRead: false } });
  const adminPassword = "horloge-comtoise-1789";
  const editorPassword = "saucisse-de-morteau-25";
  let inviteLink: string;
  let apiToken: string;
  const pmtPage = () => `${explorer.server.url}/entity/${encodeURIComponent("Organization:pmt")}`;
  const alert = (text: string) => explorer.page.getByRole("alert").filter({ hasText: text });

  /**
   * Checks what page scripts can read: no cookie at all (the session cookie is HttpOnly), and nothing
   * in localStorage or sessionStorage that holds the session's secret or looks like a token.
   */
  const expectNothingSecretReadable = async () => {
    const secrets = (await explorer.page.context().cookies()).map((cookie) => cookie.value);
    expect(secrets.length).toBeGreaterThan(0);
    const readable = await explorer.page.evaluate(() => ({
      cookie: document.cookie,
      stored: JSON.stringify([Object.entries(localStorage), Object.entries(sessionStorage)]),
    }));
    expect(readable.cookie).toBe("");
    for (const secret of secrets) expect(readable.stored).not.toContain(secret);
    expect(readable.stored).not.toMatch(/mlg_|eyJ|token/iu);
  };

  it("sends a person who is not signed in to the sign-in page", async () => {
    const { page, server } = explorer;
    await createAdmin(
      { driver: server.driver, database: undefined },
      { email: server.email("admin"), name: "Anne Admin", password: adminPassword },
      `${server.source}:cli`,
    );
    await page.goto(pmtPage());
    await page.waitForURL((url) => url.pathname === "/sign-in");
    expect(new URL(page.url()).searchParams.get("next")).toBe("/entity/Organization%3Apmt");
    await page.getByText("Sur cette installation, la lecture du graphe demande d'être connecté.").waitFor();
    await expect(page.getByRole("link", { name: "Continuer sans se connecter" }).count()).resolves.toBe(0);
    await saveScreenshot(page, "sign-in-required");
  });

  it("gives the same answer to an unknown e-mail address and to a wrong password", async () => {
    const { page, server } = explorer;
    for (const [email, password] of [
      [server.email("personne"), adminPassword],
      [server.email("admin"), "pas-le-bon-mot-de-passe"],
    ]) {
      await page.getByLabel("Adresse e-mail").fill(email!);
      await page.getByLabel("Mot de passe").fill(password!);
      await page.getByRole("button", { name: "Se connecter" }).click();
      await alert("Adresse e-mail inconnue ou mot de passe incorrect.").waitFor();
    }
    await saveScreenshot(page, "sign-in-refused");
    expect(new URL(page.url()).pathname).toBe("/sign-in");
  });

  it("signs the admin in, back to the page asked for, with nothing secret readable by page scripts", async () => {
    const { page, server } = explorer;
    await page.getByLabel("Adresse e-mail").fill(server.email("admin"));
    await page.getByLabel("Mot de passe").fill(adminPassword);
    await page.getByRole("button", { name: "Se connecter" }).click();
    await page.getByRole("heading", { level: 1, name: "Pôle des Microtechniques" }).waitFor();
    expect(decodeURIComponent(new URL(page.url()).pathname)).toBe("/entity/Organization:pmt");
    await expect(page.getByRole("group", { name: "Session" }).textContent()).resolves.toMatch(
      /Anne Admin\s*administrateur/,
    );
    const cookies = await page.context().cookies();
    const session = cookies.find((cookie) => cookie.name === "maillage-session");
    expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
    await expectNothingSecretReadable();
  });

  it("lets the admin invite an editor and shows the one-time link", async () => {
    const { page, server } = explorer;
    await page
      .getByRole("navigation", { name: "Navigation principale" })
      .getByRole("link", { name: "Comptes" })
      .click();
    const invite = page.getByRole("form", { name: "Inviter une personne" });
    await invite.getByLabel("Adresse e-mail").fill(server.email("marie"));
    await invite.getByLabel("Nom").fill("Marie Dupré");
    await invite.getByLabel("Rôle").selectOption({ label: "éditeur" });
    await invite.getByRole("button", { name: "Inviter" }).click();
    const link = page.getByLabel(`Lien à envoyer à ${server.email("marie")}`, { exact: false });
    inviteLink = await link.inputValue();
    expect(inviteLink).toMatch(new RegExp(`^${server.url}/set-password#[\\w-]+\\.[\\w-]{43}$`, "u"));
    await page
      .getByRole("row", { name: new RegExp(server.email("marie")) })
      .getByText("invité")
      .waitFor();
    await saveScreenshot(page, "accounts-invited");
  });

  it("creates an API token, which works as a bearer token", async () => {
    const { page, server } = explorer;
    const form = page.getByRole("form", { name: "Créer un jeton" });
    await form.getByLabel("Usage du jeton").fill("script nocturne");
    await form.getByRole("button", { name: "Créer un jeton" }).click();
    apiToken = await page.getByLabel("Jeton « script nocturne » (affiché une seule fois) :").inputValue();
    expect(apiToken).toMatch(/^mlg_/u);
    const answer = await fetch(`${server.url}/api/deliverables`, { headers: { authorization: `Bearer ${apiToken}` } });
    expect(answer.status).toBe(200);
  });

  it("refuses a revoked API token at once", async () => {
    const { page, server } = explorer;
    await page.getByRole("button", { name: "Révoquer le jeton script nocturne" }).click();
    await page.getByText(/^révoqué le /u).waitFor();
    const answer = await fetch(`${server.url}/api/deliverables`, { headers: { authorization: `Bearer ${apiToken}` } });
    expect(answer.status).toBe(401);
    await signOut(page);
  });

  it("lets the editor set a password through the link, sign in, add a fact and sign out", async () => {
    const { page, server, pageErrors } = explorer;
    const firm = { id: server.uniqueId("usinage"), name: `Usinage Compte ${server.uniqueId("e2e")}` };
    const fair = { id: server.uniqueId("salon"), name: `Salon Compte ${server.uniqueId("e2e")}` };
    await server.save(
      factSet(
        anOrganization(firm.id).named(firm.name),
        aNode("Event", fair.id).with({ name: fair.name, year: 2024, kind: "salon" }),
      ),
    );
    await page.goto(inviteLink);
    await page.getByRole("heading", { level: 1, name: "Choisir votre mot de passe" }).waitFor();
    await page.getByLabel("Nouveau mot de passe").fill("123456789012");
    await page.getByLabel("Le même mot de passe, de nouveau").fill("123456789012");
    await page.getByRole("button", { name: "Enregistrer et se connecter" }).click();
    await alert("Ce mot de passe fait partie des plus courants").waitFor();
    await page.getByLabel("Nouveau mot de passe").fill(editorPassword);
    await page.getByLabel("Le même mot de passe, de nouveau").fill(editorPassword);
    await page.getByRole("button", { name: "Enregistrer et se connecter" }).click();
    await expect(
      page.getByRole("group", { name: "Session" }).getByRole("button", { name: "Se déconnecter" }).textContent(),
    ).resolves.toBe("Se déconnecter");
    await signOut(page);

    await signInWithPassword(page, server.url, server.email("marie"), editorPassword);
    await expect(page.getByRole("group", { name: "Session" }).textContent()).resolves.toMatch(/Marie Dupré\s*éditeur/);
    await page.goto(`${server.url}/entity/${encodeURIComponent(`Organization:${firm.id}`)}`);
    await page.getByRole("button", { name: "Ajouter un fait", exact: true }).click();
    await page.getByRole("combobox", { name: "Événement" }).fill(fair.name);
    await page.getByRole("option", { name: new RegExp(fair.name) }).click();
    await page.getByLabel("Citation ou note").fill("Liste des exposants du salon, stand 7");
    await page.getByRole("radio", { name: /^Établi par la source/ }).check();
    await page.getByLabel("Pourquoi cette modification").fill("liste des exposants reçue");
    await page.getByRole("button", { name: "Ajouter le fait" }).click();
    await page.locator(".edit-status", { hasText: `Fait ajouté : ${fair.name}.` }).waitFor();
    const { records } = await server.driver.executeQuery(
      "MATCH (:Organization {id: $firm})-[r:PARTICIPATED_IN]->(:Event {id: $fair}) RETURN r.source AS source",
      { firm: firm.id, fair: fair.id },
    );
    expect(records.map((record) => record.get("source"))).toEqual([`entered by ${server.email("marie")}`]);
    await expectNothingSecretReadable();

    await signOut(page);
    await page.goto(pmtPage());
    await page.waitForURL((url) => url.pathname === "/sign-in");
    expect(pageErrors).toEqual([]);
  });

  it("downloads a deliverable with the session cookie, which the route requires here", async () => {
    const { server, page } = explorer;
    expect((await fetch(`${server.url}/api/deliverables/member-firms.xlsx`)).status).toBe(401);
    await signInWithPassword(page, server.url, server.email("marie"), editorPassword);
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
});
