// Partnerships by status in the neighbourhood question: `partnershipStatuses` keeps only the
// partnerships (PARTNER_OF) of those statuses, one without a status counting as ACTIVE, and the
// answer says which statuses it includes.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NeighbourhoodDocument } from "../../client/src/__generated__/graphql.js";
import { anOrganization, aRelationship, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

describe("the neighbourhood's partnerships by status", () => {
  let server: TestServer;
  const id = (name: string) => server.uniqueId(name);
  let pole: ReturnType<typeof anOrganization>;
  let refs: Record<"active" | "planned" | "strengthen" | "unstated" | "member", string>;

  beforeAll(async () => {
    server = await TestServer.start();
    pole = anOrganization(id("pole"));
    const active = anOrganization(id("active"));
    const planned = anOrganization(id("planned"));
    const strengthen = anOrganization(id("strengthen"));
    const unstated = anOrganization(id("unstated"));
    const member = anOrganization(id("member"));
    refs = {
      active: active.ref,
      planned: planned.ref,
      strengthen: strengthen.ref,
      unstated: unstated.ref,
      member: member.ref,
    };
    await server.save(
      factSet(
        pole,
        active,
        planned,
        strengthen,
        unstated,
        member,
        aRelationship("PARTNER_OF", pole.ref, active.ref).withProperties({ status: "ACTIVE" }),
        aRelationship("PARTNER_OF", pole.ref, planned.ref).withProperties({ status: "PLANNED" }),
        aRelationship("PARTNER_OF", pole.ref, strengthen.ref).withProperties({ status: "TO_STRENGTHEN" }),
        aRelationship("PARTNER_OF", pole.ref, unstated.ref),
        // The planned partner is also a member: it stays, through its other relationship.
        aRelationship("MEMBER_OF", planned.ref, pole.ref),
        aRelationship("MEMBER_OF", member.ref, pole.ref),
      ),
    );
  });

  afterAll(async () => {
    await server?.close();
  });

  const ask = async (partnershipStatuses?: Array<"ACTIVE" | "PLANNED" | "TO_STRENGTHEN">) => {
    const { neighbourhood } = await server.execute(NeighbourhoodDocument, { ref: pole.ref, partnershipStatuses });
    const partners = neighbourhood!.edges.filter((edge) => edge.type === "PARTNER_OF").map((edge) => edge.to);
    return {
      statuses: neighbourhood!.partnershipStatuses,
      partners: partners.sort(),
      nodes: neighbourhood!.nodes.map((node) => node.ref).sort(),
      total: neighbourhood!.totalNodes,
    };
  };

  it("includes every status when none is asked, and says so", async () => {
    const answer = await ask();
    expect(answer.statuses).toEqual(["ACTIVE", "PLANNED", "TO_STRENGTHEN"]);
    expect(answer.partners).toEqual([refs.active, refs.planned, refs.strengthen, refs.unstated].sort());
    expect(answer.total).toBe(6);
  });

  it("keeps only the statuses asked, a partnership without one counting as active", async () => {
    const answer = await ask(["TO_STRENGTHEN", "ACTIVE"]);
    expect(answer.statuses).toEqual(["ACTIVE", "TO_STRENGTHEN"]);
    expect(answer.partners).toEqual([refs.active, refs.strengthen, refs.unstated].sort());
    // The planned partner is still reached as a member, without its partnership.
    expect(answer.nodes).toEqual(
      [pole.ref, refs.active, refs.strengthen, refs.unstated, refs.planned, refs.member].sort(),
    );
  });

  it("leaves out a partner reached only through a partnership of another status", async () => {
    const answer = await ask(["PLANNED"]);
    expect(answer.statuses).toEqual(["PLANNED"]);
    expect(answer.partners).toEqual([refs.planned]);
    expect(answer.nodes).toEqual([pole.ref, refs.planned, refs.member].sort());
    expect(answer.total).toBe(3);
  });
});
