import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OrganizationBureauDocument } from "../../client/src/__generated__/graphql.js";
import { aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

describe("organisations through GraphQL, stored in the real Neo4j", () => {
  let server: TestServer;
  let token: string;
  let clusterId: string;

  beforeAll(async () => {
    server = await TestServer.start();
    token = server.uniqueId("zorg").replace("-", "");
    clusterId = server.uniqueId("cluster");
    const cluster = anOrganization(clusterId).named(`Pôle ${token}`).ofKind("CLUSTER");
    const firm = anOrganization(server.uniqueId("firm")).named(`${token} Précision`);
    await server.save(
      factSet(
        cluster,
        firm,
        aRelationship("BUREAU_MEMBER_OF", firm.ref, cluster.ref)
          .quoting(`Le bureau comprend ${token} Précision`)
          .withProperties({ role: "dirigeant" }),
      ),
    );
  });

  afterAll(async () => {
    await server?.close();
  });

  it("serves a relationship with its evidence through the generated API", async () => {
    const { organizations } = await server.execute(OrganizationBureauDocument, { id: clusterId });
    expect(organizations).toHaveLength(1);
    const edges = organizations[0]!.bureauMembersConnection.edges;
    expect(
      edges.map((edge) => [edge.node.name, edge.properties.quote, edge.properties.role, edge.properties.source]),
    ).toEqual([[`${token} Précision`, `Le bureau comprend ${token} Précision`, "dirigeant", server.source]]);
    expect(edges[0]!.properties.confidence).toBe("stated");
  });
});
