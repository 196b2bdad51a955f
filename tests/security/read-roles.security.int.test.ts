// With ANONYMOUS_READ=false, one rule on every read path: the viewer role. A token that is valid but
// grants no role reads nothing — generated queries, connections, aggregations (nested ones too) and
// Maillage's own resolvers alike — whatever the selection, `{ __typename }` included.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TestServer } from "../helpers/test-server.js";

/** Every way in to the organisations' data, one query each. */
const readPaths = {
  organizations: "{ organizations(limit: 1) { id } }",
  organizationsTypename: "{ organizations(limit: 1) { __typename } }",
  organizationsConnection: "{ organizationsConnection(first: 1) { edges { node { id } } } }",
  connectionAggregate: "{ organizationsConnection { aggregate { count { nodes } } } }",
  connectionTypename: "{ organizationsConnection { __typename } }",
  nestedAggregate:
    '{ organizations(where: { id: { eq: "pmt" } }) { membersConnection { aggregate { count { nodes } } } } }',
  search: '{ search(text: "femto") { totalCount } }',
  history: '{ history(ref: "Organization:pmt") { id } }',
  neighbourhood: '{ neighbourhood(ref: "Organization:pmt") { __typename } }',
};

/** True when a response carries no data: none at all, or only null root fields. */
const noData = (data: unknown) =>
  data === undefined || data === null || Object.values(data).every((value) => value === null);

describe("reading with anonymous reading switched off", () => {
  let server: TestServer;
  let viewer: string;
  let noRole: string;
  let unknownRole: string;

  beforeAll(async () => {
    server = await TestServer.start({ anonymousRead: false });
    [viewer, noRole, unknownRole] = await Promise.all([
      server.token("viewer"),
      server.signedToken({}),
      server.signedToken({ roles: ["auditor"] }),
    ]);
  });
  afterAll(async () => {
    await server?.close();
  });

  it.each(Object.entries(readPaths))("refuses %s without a token (401 UNAUTHENTICATED)", async (_, query) => {
    const response = await server.post(query);
    expect(response.status).toBe(401);
    expect(response.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    expect(noData(response.body.data)).toBe(true);
  });

  it.each(Object.entries(readPaths))("refuses %s to a valid token without a role (403 FORBIDDEN)", async (_, query) => {
    for (const token of [noRole, unknownRole]) {
      const response = await server.post(query, undefined, token);
      expect(response.status).toBe(403);
      expect(response.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
      expect(response.body.errors?.[0]?.message).toMatch(/needs the viewer role/u);
      expect(noData(response.body.data)).toBe(true);
    }
  });

  it.each(Object.entries(readPaths))("serves %s to a viewer", async (_, query) => {
    const response = await server.post(query, undefined, viewer);
    expect(response.body.errors).toBeUndefined();
    expect(response.status).toBe(200);
    expect(response.body.data).toBeTruthy();
  });

  it("has no top-level aggregate nor the deprecated searchOrganizations to go round the rule", async () => {
    for (const query of [
      "{ organizationsAggregate { count } }",
      '{ searchOrganizations(text: "fem", limit: 100) { __typename } }',
    ]) {
      const response = await server.post(query);
      expect(response.status).toBe(400);
      expect(response.body.errors?.[0]?.extensions?.code).toBe("GRAPHQL_VALIDATION_FAILED");
      expect(response.body.data ?? null).toBeNull();
    }
  });

  it("still tells anyone who they are, so the app can send them to sign in", async () => {
    const anonymous = await server.post<{ me: { id: string | null; roles: string[] } }, never>("{ me { id roles } }");
    expect(anonymous.body.data?.me).toEqual({ id: null, roles: [] });
    const roleless = await server.post<{ me: { id: string | null; roles: string[] } }, never>(
      "{ me { id roles } }",
      undefined,
      noRole,
    );
    expect(roleless.body.data?.me.roles).toEqual([]);
  });
});
