// Staff accounts end to end over HTTP: a first admin signs in with a password (session cookie),
// invites an editor who sets a password through the one-time link, signs in and edits; roles and
// suspensions apply at the next request; API tokens are created, used and revoked; every admin
// action is in the audit trail. No part of the verification is mocked.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AccountRowFragmentDoc,
  AccountsPageDocument,
  ApiTokenRowFragmentDoc,
  ChangeAccountRoleDocument,
  CreateApiTokenDocument,
  CreateOrganizationDocument,
  InviteAccountDocument,
  MeDocument,
  ResetAccountPasswordDocument,
  RevokeApiTokenDocument,
  SuspendAccountDocument,
} from "../../client/src/__generated__/graphql.js";
import { getFragmentData } from "../../client/src/__generated__/fragment-masking.js";
import { createAdmin, CreateAdminError } from "../../server/accounts/create-admin.js";
import { digest } from "../../server/accounts/secrets.js";
import { SessionClient } from "../helpers/session-client.js";
import { TestServer } from "../helpers/test-server.js";

describe("staff accounts", () => {
  let server: TestServer;
  let admin: SessionClient;
  const adminPassword = "horloge-comtoise-1789";
  const editorPassword = "saucisse-de-morteau-25";
  let editorId: string;
  let setupToken: string;

  beforeAll(async () => {
    server = await TestServer.start();
    await createAdmin(
      { driver: server.driver, database: undefined },
      { email: server.email("admin").toUpperCase(), name: "Anne Admin", password: adminPassword },
      `${server.source}:cli`,
    );
    admin = new SessionClient(server.url);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("create-admin refuses a weak password and a taken e-mail address", async () => {
    const graph = { driver: server.driver, database: undefined };
    const fields = { email: server.email("other"), name: "Autre", password: "password1234" };
    await expect(createAdmin(graph, fields, "cli")).rejects.toThrow(/most common/u);
    await expect(createAdmin(graph, { ...fields, password: "court" }, "cli")).rejects.toThrow(/at least 12/u);
    await expect(
      createAdmin(graph, { ...fields, email: server.email("admin"), password: adminPassword }, "cli"),
    ).rejects.toThrow(CreateAdminError);
  });

  it("gives the same answer for an unknown e-mail address and a wrong password", async () => {
    const unknown = await new SessionClient(server.url).signIn(server.email("nobody"), adminPassword);
    const wrong = await new SessionClient(server.url).signIn(server.email("admin"), "not-the-password!");
    expect(unknown.status).toBe(401);
    expect(wrong.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
    expect(wrong.headers.get("set-cookie")).toBeNull();
  });

  it("refuses a sign-in without the CSRF header", async () => {
    const client = new SessionClient(server.url);
    const answer = await client.post("sign-in", { email: server.email("admin"), password: adminPassword }, {});
    expect(answer.status).toBe(400);
    expect(answer.body).toMatchObject({ errors: [{ extensions: { code: "BAD_REQUEST" } }] });
    expect(client.cookie).toBeUndefined();
  });

  it("signs in with a password into an HttpOnly, SameSite=Lax session cookie", async () => {
    const answer = await admin.signIn(` ${server.email("admin")} `, adminPassword);
    expect(answer.status).toBe(200);
    expect(answer.body).toEqual({ email: server.email("admin"), name: "Anne Admin", role: "admin" });
    const cookie = answer.headers.get("set-cookie") ?? "";
    expect(cookie).toMatch(/^maillage-session=[\w-]{43};/u);
    expect(cookie).toMatch(/HttpOnly/u);
    expect(cookie).toMatch(/SameSite=Lax/u);
    expect(cookie).not.toMatch(/Secure/u);
    const me = await admin.data(MeDocument);
    expect(me.me).toEqual({ id: server.email("admin"), roles: ["viewer", "editor", "admin"], anonymousRead: true });
  });

  it("keeps no session secret in the database: only its digest", async () => {
    const secret = admin.cookie!.split("=")[1]!;
    const { records } = await server.driver.executeQuery("MATCH (s:Session {id: $secret}) RETURN count(s) AS n", {
      secret,
    });
    expect(Number(records[0]!.get("n"))).toBe(0);
  });

  it("ends a session idle too long, and one past its absolute limit", async () => {
    for (const property of ["lastSeenAt", "expiresAt"]) {
      const client = new SessionClient(server.url);
      await client.signIn(server.email("admin"), adminPassword);
      expect((await client.data(MeDocument)).me.id).toBe(server.email("admin"));
      // Idle since 121 minutes (the default allows 120), or expired a second ago.
      const at = property === "lastSeenAt" ? Date.now() - 121 * 60_000 : Date.now() - 1_000;
      await server.driver.executeQuery(`MATCH (s:Session {id: $id}) SET s.${property} = $at`, {
        id: digest(client.cookie!.split("=")[1]!),
        at,
      });
      expect((await client.data(MeDocument)).me.id).toBeNull();
    }
  });

  it("lets an admin invite an editor, who sets a password through the one-time link", async () => {
    const invited = await admin.data(InviteAccountDocument, {
      email: server.email("marie"),
      name: "Marie Dupré",
      role: "editor",
    });
    const account = getFragmentData(AccountRowFragmentDoc, invited.inviteAccount.account);
    expect(account).toMatchObject({ email: server.email("marie"), role: "editor", status: "INVITED" });
    editorId = account.id;
    setupToken = invited.inviteAccount.setupToken;

    const marie = new SessionClient(server.url);
    expect((await marie.signIn(server.email("marie"), editorPassword)).status).toBe(401);
    const common = await marie.post("set-password", { token: setupToken, password: "123456789012" });
    expect(common.status).toBe(400);
    expect(common.body).toMatchObject({ errors: [{ extensions: { code: "BAD_USER_INPUT", problem: "TOO_COMMON" } }] });
    const set = await marie.post("set-password", { token: setupToken, password: editorPassword });
    expect(set.status).toBe(200);
    expect((await marie.data(MeDocument)).me.id).toBe(server.email("marie"));
    // One time only.
    expect((await marie.post("set-password", { token: setupToken, password: editorPassword })).status).toBe(400);
  });

  it("lets the editor edit under their own name, and sign out", async () => {
    const marie = new SessionClient(server.url);
    expect((await marie.signIn(server.email("marie"), editorPassword)).status).toBe(200);
    const created = await marie.data(CreateOrganizationDocument, {
      input: { name: `Horlogerie ${server.source}`, kind: "COMPANY" },
      why: "essai de compte",
    });
    expect(created.createOrganization.change.by).toBe(server.email("marie"));
    // Its `sources` say `entered by <marie's e-mail>`: TestServer.close removes it.
    const out = await marie.post("sign-out");
    expect(out.status).toBe(204);
    expect(marie.cookie).toBeUndefined();
  });

  it("ends a session at sign-out: the old cookie no longer signs in", async () => {
    const marie = new SessionClient(server.url);
    await marie.signIn(server.email("marie"), editorPassword);
    const cookie = marie.cookie;
    await marie.post("sign-out");
    marie.cookie = cookie;
    expect((await marie.data(MeDocument)).me.id).toBeNull();
  });

  it("applies a role change and a suspension at the next request", async () => {
    const marie = new SessionClient(server.url);
    await marie.signIn(server.email("marie"), editorPassword);
    await admin.data(ChangeAccountRoleDocument, { id: editorId, role: "viewer" });
    const refused = await marie.graphql(CreateOrganizationDocument, {
      input: { name: "Refusée", kind: "COMPANY" },
      why: "essai",
    });
    expect(refused.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");

    await admin.data(SuspendAccountDocument, { id: editorId });
    expect((await marie.data(MeDocument)).me.id).toBeNull();
    const again = await new SessionClient(server.url).signIn(server.email("marie"), editorPassword);
    expect(again.status).toBe(403);
    expect(JSON.stringify(again.body)).toMatch(/suspended/u);
  });

  it("refuses account management to anyone but an admin, and an admin's suspension of themselves", async () => {
    const asEditor = await server.post(AccountsPageDocument, {}, await server.token("editor"));
    expect(asEditor.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const anonymous = await new SessionClient(server.url).graphql(AccountsPageDocument);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const page = await admin.data(AccountsPageDocument);
    const self = page.accounts
      .map((row) => getFragmentData(AccountRowFragmentDoc, row))
      .find((row) => row.email === server.email("admin"))!;
    const suspendSelf = await admin.graphql(SuspendAccountDocument, { id: self.id });
    expect(suspendSelf.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
  });

  it("resets a password: the old one stops working, the new link sets another", async () => {
    const reset = await admin.data(ResetAccountPasswordDocument, { id: editorId });
    const account = getFragmentData(AccountRowFragmentDoc, reset.resetAccountPassword.account);
    // Still suspended: the reset does not lift a suspension.
    expect(account.status).toBe("SUSPENDED");
    const marie = new SessionClient(server.url);
    const set = await marie.post("set-password", {
      token: reset.resetAccountPassword.setupToken,
      password: "comté-affiné-24-mois",
    });
    expect(set.status).toBe(200);
    expect(marie.cookie).toBeUndefined();
  });

  it("creates an API token that works as a bearer token until it is revoked", async () => {
    const created = await admin.data(CreateApiTokenDocument, { name: "import nocturne", role: "editor" });
    const token = created.createApiToken.token;
    expect(token).toMatch(/^mlg_[0-9a-f]{16}_[\w-]{43}$/u);
    const me = await server.execute(MeDocument, {}, token);
    expect(me.me.roles).toEqual(["viewer", "editor"]);
    const record = getFragmentData(ApiTokenRowFragmentDoc, created.createApiToken.apiToken);
    const used = (await admin.data(AccountsPageDocument)).apiTokens
      .map((row) => getFragmentData(ApiTokenRowFragmentDoc, row))
      .find((row) => row.id === record.id);
    expect(used?.lastUsedAt).not.toBeNull();
    expect(used?.createdBy).toBe(server.email("admin"));

    await admin.data(RevokeApiTokenDocument, { id: record.id });
    const refused = await server.post(MeDocument, {}, token);
    expect(refused.status).toBe(401);
    expect(refused.body.errors?.[0]?.message).toMatch(/revoked/u);
    const forged = await server.post(MeDocument, {}, `mlg_${record.id}_${"A".repeat(43)}`);
    expect(forged.status).toBe(401);
  });

  it("records every admin action in the audit trail with who did it", async () => {
    const { accountChanges } = await admin.data(AccountsPageDocument);
    const mine = accountChanges.filter((change) => change.by === server.email("admin"));
    expect(mine.map((change) => change.action)).toEqual(
      expect.arrayContaining([
        "INVITE_ACCOUNT",
        "CHANGE_ACCOUNT_ROLE",
        "SUSPEND_ACCOUNT",
        "RESET_ACCOUNT_PASSWORD",
        "CREATE_API_TOKEN",
        "REVOKE_API_TOKEN",
      ]),
    );
    expect(mine.find((change) => change.action === "INVITE_ACCOUNT")?.entity).toBe(`Account:${server.email("marie")}`);
  });

  it("signs out everywhere: every session of the account ends", async () => {
    const other = new SessionClient(server.url);
    await other.signIn(server.email("admin"), adminPassword);
    const answer = await admin.post("sign-out-everywhere");
    expect(answer.status).toBe(200);
    expect((answer.body as { ended: number }).ended).toBeGreaterThanOrEqual(2);
    expect((await other.data(MeDocument)).me.id).toBeNull();
  });
});
