import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrganizationBureauDocument, SearchOrganizationsDocument } from "../../client/src/__generated__/graphql.js";
import { aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

describe("organisations through GraphQL, stored in the real Neo4j", () => {
  let server: TestServer;
  let token: string;

  beforeAll(async () => {
    server = await TestServer.start();
    token = server.uniqueId("zorg").replace("-", "");
    const cluster = anOrganization(server.uniqueId("cluster")).named(`Pôle ${token}`).ofKind("CLUSTER");
    const firm = anOrganization(server.uniqueId("firm")).named(`${token} Précision`);
    const lab = anOrganization(server.uniqueId("lab")).named(`Laboratoire Émeraude`).ofKind("RESEARCH").withAliases(`LAB-${token.toUpperCase()}`);
    await server.save(
      factSet(
        cluster,
        firm,
        lab,
        aRelationship("BUREAU_MEMBER_OF", firm.ref, cluster.ref).quoting(`Le bureau comprend ${token} Précision`).withProperties({ role: "dirigeant" }),
      ),
    );
  });

  afterAll(async () => {
    await server?.close();
  });

  it("finds organisations by part of their name or alias, ignoring case, names starting with the text first, then shorter names", async () => {
    const { searchOrganizations } = await server.execute(SearchOrganizationsDocument, { text: token.toUpperCase() });
    expect(searchOrganizations.map((organization) => organization.name)).toEqual([
      `${token} Précision`,
      `Pôle ${token}`,
      `Laboratoire Émeraude`,
    ]);
  });

  it("returns nothing for a blank text or a text no organisation contains", async () => {
    expect((await server.execute(SearchOrganizationsDocument, { text: "   " })).searchOrganizations).toEqual([]);
    expect((await server.execute(SearchOrganizationsDocument, { text: `${token}-absent` })).searchOrganizations).toEqual([]);
  });

  it("caps the number of results at the limit asked", async () => {
    const { searchOrganizations } = await server.execute(SearchOrganizationsDocument, { text: token, limit: 2 });
    expect(searchOrganizations).toHaveLength(2);
  });

  it("serves a relationship with its evidence through the generated API", async () => {
    const clusterId = (await server.execute(SearchOrganizationsDocument, { text: `Pôle ${token}` })).searchOrganizations[0]!.id;
    const { organizations } = await server.execute(OrganizationBureauDocument, { id: clusterId });
    expect(organizations).toHaveLength(1);
    const edges = organizations[0]!.bureauMembersConnection.edges;
    expect(edges.map((edge) => [edge.node.name, edge.properties.quote, edge.properties.role, edge.properties.source])).toEqual([
      [`${token} Précision`, `Le bureau comprend ${token} Précision`, "dirigeant", server.source],
    ]);
    expect(edges[0]!.properties.confidence).toBe("stated");
  });
});
