import { describe, expect, it } from "vitest";
import { renderSchemaReference } from "./schema-reference.js";

const typeDefs = `
"How sure the graph is of a fact."
enum Confidence {
  "The source states the fact."
  stated
  "Added without the source stating it."
  unverified @deprecated(reason: "Use a reason instead")
}

"Evidence every relationship carries."
type Evidence @relationshipProperties {
  "The exact passage of the source."
  quote: String!
  confidence: Confidence!
}

"""
An organisation of the ecosystem.
Neo4j label \`Organization\`, key \`id\`.
"""
type Organization @node {
  "Stable slug, e.g. \`pmt\`."
  id: ID!
  "Organisations sitting on this one's bureau."
  bureauMembers: [Organization!]! @relationship(type: "BUREAU_MEMBER_OF", direction: IN, properties: "Evidence")
}
`;

const searchTypeDefs = `
extend type Query {
  "Organisations whose name contains \`text\`."
  searchOrganizations("The text to look for." text: String!, limit: Int! = 20): [Organization!]!
}
type Query {
  "One organisation by id."
  organization(id: ID!): Organization
}
extend schema @mutation(operations: [])
`;

describe("renderSchemaReference", () => {
  const reference = renderSchemaReference([typeDefs, searchTypeDefs]);

  it("gives each type its description, under the section of its kind", () => {
    expect(reference).toContain(
      "## Node types\n\n### Organization\n\nAn organisation of the ecosystem.\nNeo4j label `Organization`, key `id`.\n",
    );
    expect(reference).toContain("## Relationship properties\n\n### Evidence\n\nEvidence every relationship carries.\n");
    expect(reference).toContain("- Node types: [Organization](#organization)\n");
  });

  it("lists fields with their type and description, relationships with their Neo4j type, direction and evidence", () => {
    expect(reference).toContain("- `id: ID!` — Stable slug, e.g. `pmt`.\n");
    expect(reference).toContain(
      "- `bureauMembers: [Organization!]!` — `BUREAU_MEMBER_OF` (incoming), evidence: [Evidence](#evidence). Organisations sitting on this one's bureau.\n",
    );
    expect(reference).toContain("- `confidence: Confidence!`\n");
  });

  it("lists enum values with their description and deprecation", () => {
    expect(reference).toContain(
      "### Confidence\n\nHow sure the graph is of a fact.\n\n- `stated` — The source states the fact.\n- `unverified` — Added without the source stating it. **Deprecated:** Use a reason instead.\n",
    );
  });

  it("lists the queries of Query and its extensions, with their arguments and defaults", () => {
    expect(reference).toContain("- `organization(id: ID!): Organization` — One organisation by id.\n  - `id: ID!`\n");
    expect(reference).toContain(
      "- `searchOrganizations(text: String!, limit: Int! = 20): [Organization!]!` — Organisations whose name contains `text`.\n" +
        "  - `text: String!` — The text to look for.\n  - `limit: Int! = 20`\n",
    );
    expect(reference).not.toContain("### Query");
    expect(reference).not.toContain("@mutation");
  });
});
