// Sign-in with OpenID Connect end to end over HTTP: Maillage against a real provider (oidc-provider)
// started here, the whole authorization code flow with PKCE followed through redirects with a cookie
// jar. The session cookie, the mapped role, the account made at a first sign-in, the refusals (no
// mapped role, no account, a forged state, a provider naming another issuer) are checked; nothing
// of the verification is mocked.
import { randomBytes } from "node:crypto";
import { createServer } from "node:net";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ViewerDocument } from "../../client/src/__generated__/graphql.js";
import { OidcTestProvider } from "../helpers/oidc-test-provider.js";
import { RedirectBrowser } from "../helpers/redirect-browser.js";
import { SessionClient } from "../helpers/session-client.js";
import { TestServer } from "../helpers/test-server.js";
import { serveApp, type AppServer } from "../helpers/app-server.js";

/** A loopback port free at the time of asking: Maillage's redirect URL must be known before it starts. */
async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await new Promise<void>((resolve) => probe.once("listening", resolve));
  const { port } = probe.address() as AddressInfo;
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

describe("sign-in with OpenID Connect", () => {
  const clientSecret = randomBytes(24).toString("hex");
  let provider: OidcTestProvider;
  let server: TestServer;
  let byAccount: AppServer;
  let port: number;
  let byAccountPort: number;

  const oidcEnvironment = (appPort: number, issuer: string) => ({
    OIDC_ISSUER_URL: issuer,
    OIDC_CLIENT_ID: "maillage",
    OIDC_CLIENT_SECRET: clientSecret,
    OIDC_REDIRECT_URL: `http://127.0.0.1:${appPort}/api/auth/oidc/callback`,
    OIDC_LABEL: "PMT Connect",
  });

  beforeAll(async () => {
    port = await freePort();
    byAccountPort = await freePort();
    provider = await OidcTestProvider.start([
      {
        clientId: "maillage",
        clientSecret,
        redirectUrls: [port, byAccountPort].map((p) => `http://127.0.0.1:${p}/api/auth/oidc/callback`),
      },
    ]);
    server = await TestServer.start({
      port,
      environment: {
        ...oidcEnvironment(port, provider.issuer),
        OIDC_ROLE_CLAIM: "groups",
        OIDC_ROLE_MAP: "pmt-staff=editor, pmt-direction=admin, partenaires=viewer",
      },
    });
    // A second install: the role comes from the account with the same e-mail address.
    byAccount = await serveApp(server.driver, oidcEnvironment(byAccountPort, provider.issuer), byAccountPort);
  });
  afterAll(async () => {
    await byAccount?.close();
    await server?.driver.executeQuery("MATCH (c:Change) WHERE c.entity STARTS WITH $entity DETACH DELETE c", {
      entity: `Account:${server.email("")}`,
    });
    await server?.close();
    await provider?.close();
  });

  it("says on /api/auth/oidc whether the sign-in page offers the provider, and under which name", async () => {
    const answer = await fetch(`${server.url}/api/auth/oidc`);
    expect(await answer.json()).toEqual({ enabled: true, label: "PMT Connect" });
  });

  it("signs an unknown person in with the role their claim maps to, into an HttpOnly session cookie", async () => {
    const email = server.email("claire");
    provider.signInAs("claire", { email, name: "Claire Dupont", groups: ["partenaires", "pmt-staff"] });
    const browser = new RedirectBrowser();
    const { final, hops } = await browser.follow(
      `${server.url}/api/auth/oidc/start?next=${encodeURIComponent("/organizations")}`,
      server.url,
    );
    expect(final.pathname).toBe("/organizations");
    // The start sends to the provider with PKCE (S256), a state and a nonce.
    const authorize = new URL(hops[1]!.url);
    expect(authorize.origin).toBe(new URL(provider.issuer).origin);
    expect(authorize.searchParams.get("code_challenge_method")).toBe("S256");
    expect(authorize.searchParams.get("state")).toBeTruthy();
    expect(authorize.searchParams.get("nonce")).toBeTruthy();
    const sessionCookie = hops
      .flatMap((hop) => hop.setCookies)
      .find((cookie) => cookie.startsWith("maillage-session="));
    expect(sessionCookie).toMatch(/HttpOnly/u);
    expect(sessionCookie).toMatch(/SameSite=Lax/u);
    const client = new SessionClient(server.url);
    client.cookie = `maillage-session=${browser.cookie(server.url, "maillage-session")}`;
    const viewer = await client.data(ViewerDocument);
    expect(viewer.me).toMatchObject({ id: email, name: "Claire Dupont", roles: ["viewer", "editor"] });
    // Its account exists now, active, and its creation is in the audit trail.
    const { records } = await server.driver.executeQuery(
      `MATCH (a:Account {email: $email}) OPTIONAL MATCH (c:Change {action: 'CREATE_ACCOUNT', entity: 'Account:' + $email})
       RETURN a.role AS role, a.status AS status, a.passwordHash AS hash, c.by AS by`,
      { email },
    );
    expect(records[0]?.toObject()).toEqual({
      role: "editor",
      status: "ACTIVE",
      hash: null,
      by: `oidc:${provider.issuer}`,
    });
  });

  it("follows the claim at each sign-in: a changed group changes the role", async () => {
    const email = server.email("claire");
    provider.signInAs("claire", { email, name: "Claire Dupont", groups: ["pmt-direction"] });
    const browser = new RedirectBrowser();
    await browser.follow(`${server.url}/api/auth/oidc/start`, server.url);
    const client = new SessionClient(server.url);
    client.cookie = `maillage-session=${browser.cookie(server.url, "maillage-session")}`;
    expect((await client.data(ViewerDocument)).me?.roles).toEqual(["viewer", "editor", "admin"]);
  });

  it("refuses a person whose claim maps to no role, and makes no account", async () => {
    const email = server.email("visitor");
    provider.signInAs("visitor", { email, groups: ["public"] });
    const browser = new RedirectBrowser();
    const { final } = await browser.follow(`${server.url}/api/auth/oidc/start`, server.url);
    expect(final.pathname + final.search).toBe("/sign-in?reason=oidc-refused");
    expect(browser.cookie(server.url, "maillage-session")).toBeUndefined();
    const { records } = await server.driver.executeQuery("MATCH (a:Account {email: $email}) RETURN count(a) AS n", {
      email,
    });
    expect(Number(records[0]?.get("n"))).toBe(0);
  });

  it("refuses a callback whose state is not the one this browser started with", async () => {
    // A start in this browser, then a callback carrying a code and a state it did not start with.
    const started = await fetch(`${server.url}/api/auth/oidc/start`, { redirect: "manual" });
    const flowCookie = started.headers.getSetCookie().find((cookie) => cookie.startsWith("maillage-oidc="))!;
    const forged = await fetch(`${server.url}/api/auth/oidc/callback?code=stolen&state=not-the-state`, {
      redirect: "manual",
      headers: { cookie: flowCookie.split(";")[0]! },
    });
    expect(forged.status).toBe(303);
    expect(forged.headers.get("location")).toBe("/sign-in?reason=oidc-failed");
    expect(forged.headers.getSetCookie().some((cookie) => cookie.startsWith("maillage-session="))).toBe(false);
    // Without the flow cookie at all (a callback in another browser), refused too.
    const elsewhere = await fetch(`${server.url}/api/auth/oidc/callback?code=stolen&state=x`, { redirect: "manual" });
    expect(elsewhere.headers.get("location")).toBe("/sign-in?reason=oidc-failed");
  });

  it("without a role claim, takes the role of the account with the same e-mail address, and refuses a stranger", async () => {
    const email = server.email("bruno");
    await server.driver.executeQuery(
      `CREATE (:Account {id: randomUUID(), email: $email, name: 'Bruno', role: 'admin', status: 'ACTIVE',
                         createdAt: toString(datetime())})`,
      { email },
    );
    provider.signInAs("bruno", { email: email.toUpperCase(), groups: [] });
    const browser = new RedirectBrowser();
    const { final } = await browser.follow(`${byAccount.url}/api/auth/oidc/start`, byAccount.url);
    expect(final.pathname).toBe("/");
    const client = new SessionClient(byAccount.url);
    client.cookie = `maillage-session=${browser.cookie(byAccount.url, "maillage-session")}`;
    expect((await client.data(ViewerDocument)).me).toMatchObject({ id: email, roles: ["viewer", "editor", "admin"] });

    provider.signInAs("stranger", { email: server.email("stranger"), groups: ["pmt-direction"] });
    const stranger = new RedirectBrowser();
    const refused = await stranger.follow(`${byAccount.url}/api/auth/oidc/start`, byAccount.url);
    expect(refused.final.search).toBe("?reason=oidc-refused");
    expect(stranger.cookie(byAccount.url, "maillage-session")).toBeUndefined();
  });

  it("refuses a provider whose discovery names another issuer than the one configured", async () => {
    const impostor = await OidcTestProvider.start(
      [{ clientId: "maillage", clientSecret, redirectUrls: [`http://127.0.0.1:1/api/auth/oidc/callback`] }],
      "/another-tenant",
    );
    const misconfigured = await serveApp(server.driver, oidcEnvironment(1, new URL(impostor.issuer).origin));
    try {
      const answer = await fetch(`${misconfigured.url}/api/auth/oidc/start`, { redirect: "manual" });
      expect(answer.status).toBe(303);
      expect(answer.headers.get("location")).toBe("/sign-in?reason=oidc-failed");
    } finally {
      await misconfigured.close();
      await impostor.close();
    }
  });
});
