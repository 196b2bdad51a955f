// Editing with evidence: roles enforced on every path, nothing half-written, every change audited
// and revertible.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AddRelationshipDocument,
  CreateOrganizationDocument,
  DeleteOrganizationDocument,
  EntityDocument,
  HistoryDocument,
  MeDocument,
  RemoveRelationshipDocument,
  RevertChangeDocument,
  UpdateOrganizationDocument,
} from "../../client/src/__generated__/graphql.js";
import { aNode, anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";

describe("editing the graph", () => {
  let server: TestServer;
  let editor: string;
  let admin: string;
  let viewer: string;
  const event = () =>
    aNode("Event", `${server.source}-salon`).with({ name: "Salon des essais", year: 2025, kind: "salon" });

  const evidence = { quote: "Liste des exposants 2025, ligne 4", confidence: "stated" as const };
  const relationshipCount = async (from: string) => {
    const { records } = await server.driver.executeQuery(
      "MATCH (o:Organization {id: $id})-[r]->() WHERE type(r) <> 'CHANGED' RETURN count(r) AS count",
      { id: from },
    );
    return Number(records[0]!.get("count"));
  };

  beforeAll(async () => {
    server = await TestServer.start();
    [editor, admin, viewer] = await Promise.all([
      server.token("editor"),
      server.token("admin"),
      server.token("viewer"),
    ]);
    await server.save(factSet(event()));
  });
  afterAll(async () => {
    await server?.close();
  });

  it("tells who is signed in and what they may do", async () => {
    expect((await server.execute(MeDocument, {})).me).toEqual({ id: null, roles: ["viewer"], anonymousRead: true });
    const me = (await server.execute(MeDocument, {}, admin)).me;
    expect(me.roles).toEqual(["viewer", "editor", "admin"]);
  });

  it("refuses edits without sign-in (401) and with the viewer role (403); deletion needs an admin", async () => {
    const input = { name: "Horlogerie Fantôme", kind: "COMPANY" as const };
    const anonymous = await server.post(CreateOrganizationDocument, { input, why: "essai" });
    expect(anonymous.status).toBe(401);
    expect(anonymous.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
    const asViewer = await server.post(CreateOrganizationDocument, { input, why: "essai" }, viewer);
    expect(asViewer.status).toBe(403);
    expect(asViewer.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const asEditor = await server.post(DeleteOrganizationDocument, { id: "pmt", why: "essai" }, editor);
    expect(asEditor.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const forged = await server.post(CreateOrganizationDocument, { input, why: "essai" }, `${editor.slice(0, -4)}AAAA`);
    expect(forged.status).toBe(401);
    const { records } = await server.driver.executeQuery(
      "MATCH (o:Organization {name: 'Horlogerie Fantôme'}) RETURN count(o) AS count",
    );
    expect(Number(records[0]!.get("count"))).toBe(0);
  });

  it("creates and updates an organisation, each change audited with who, why, before and after", async () => {
    const created = (
      await server.execute(
        CreateOrganizationDocument,
        { input: { name: "Micro-Ressorts Doubs", kind: "COMPANY", siren: "123 456 789" }, why: "nouvel adhérent" },
        editor,
      )
    ).createOrganization;
    expect(created.node).toMatchObject({
      ref: "Organization:micro-ressorts-doubs",
      name: "Micro-Ressorts Doubs",
      kind: "COMPANY",
    });
    expect(created.change).toMatchObject({
      action: "CREATE_ORGANIZATION",
      by: `${server.source}:editor`,
      why: "nouvel adhérent",
      before: null,
    });
    const updated = (
      await server.execute(
        UpdateOrganizationDocument,
        { id: "micro-ressorts-doubs", changes: { headcount: 42, kind: "COMPANY" }, why: "effectif 2024" },
        editor,
      )
    ).updateOrganization;
    expect(JSON.parse(updated.change.before!)).toEqual({ headcount: null });
    expect(JSON.parse(updated.change.after!)).toEqual({ headcount: 42 });
    const history = (await server.execute(HistoryDocument, { ref: "Organization:micro-ressorts-doubs" })).history;
    expect(history.map((change) => change.action)).toEqual(["UPDATE_ORGANIZATION", "CREATE_ORGANIZATION"]);
  });

  it("refuses a fact without evidence, naming each field, and writes nothing", async () => {
    const firm = anOrganization(`${server.source}-firm-a`);
    await server.save(factSet(firm));
    const response = await server.post(
      AddRelationshipDocument,
      {
        input: {
          type: "PARTICIPATED_IN",
          from: firm.ref,
          to: event().ref,
          year: 1500,
          evidence: { quote: "  ", confidence: "unverified" },
        },
        why: "salon",
      },
      editor,
    );
    expect(response.body.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(
      (response.body.errors?.[0]?.extensions?.fields as Array<{ field: string; code: string }>).map((problem) => [
        problem.field,
        problem.code,
      ]),
    ).toEqual([
      ["input.evidence.quote", "QUOTE_REQUIRED"],
      ["input.evidence.reason", "REASON_REQUIRED"],
      ["input.year", "YEAR_RANGE"],
    ]);
    expect(await relationshipCount(firm.build().key)).toBe(0);
  });

  it("refuses a relationship between the wrong kinds of node or to a missing one", async () => {
    const firm = anOrganization(`${server.source}-firm-b`);
    await server.save(factSet(firm));
    const wrongKind = await server.post(
      AddRelationshipDocument,
      { input: { type: "LOCATED_IN", from: firm.ref, to: event().ref, evidence }, why: "x" },
      editor,
    );
    expect(wrongKind.body.errors?.[0]?.message).toMatch(/input.to: LOCATED_IN goes to Commune, not Event/);
    expect(wrongKind.body.errors?.[0]?.extensions?.fields).toContainEqual({
      field: "input.to",
      message: "LOCATED_IN goes to Commune, not Event",
      code: "WRONG_END",
      values: { type: "LOCATED_IN", expected: "Commune", got: "Event" },
    });
    const missing = await server.post(
      AddRelationshipDocument,
      { input: { type: "MEMBER_OF", from: firm.ref, to: "Organization:nulle-part", evidence }, why: "x" },
      editor,
    );
    expect(missing.body.errors?.[0]?.message).toMatch(/input.to: nothing has the reference Organization:nulle-part/);
  });

  it("adds a participation with its evidence, refuses it twice, removes it, and an admin reverts the removal", async () => {
    const firm = anOrganization(`${server.source}-firm-c`);
    await server.save(factSet(firm));
    const input = {
      type: "PARTICIPATED_IN" as const,
      from: firm.ref,
      to: event().ref,
      role: "exposant",
      year: 2025,
      evidence,
    };
    const added = (await server.execute(AddRelationshipDocument, { input, why: "liste des exposants" }, editor))
      .addRelationship;
    expect(added.edge).toMatchObject({
      type: "PARTICIPATED_IN",
      source: `entered by ${server.source}:editor`,
      quote: evidence.quote,
      confidence: "stated",
    });
    expect(added.edge!.properties).toEqual([
      { name: "role", value: "exposant" },
      { name: "year", value: "2025" },
    ]);
    const twice = await server.post(AddRelationshipDocument, { input, why: "encore" }, editor);
    expect(twice.body.errors?.[0]?.message).toMatch(/this fact exists already/);

    const removed = (
      await server.execute(RemoveRelationshipDocument, { id: added.edge!.id, why: "erreur de saisie" }, editor)
    ).removeRelationship;
    expect(await relationshipCount(firm.build().key)).toBe(0);
    const asEditor = await server.post(RevertChangeDocument, { id: removed.change.id, why: "annuler" }, editor);
    expect(asEditor.body.errors?.[0]?.extensions?.code).toBe("FORBIDDEN");
    const reverted = (
      await server.execute(RevertChangeDocument, { id: removed.change.id, why: "ce n'était pas une erreur" }, admin)
    ).revertChange;
    expect(reverted.change).toMatchObject({ action: "ADD_RELATIONSHIP", revertOf: removed.change.id });
    expect(await relationshipCount(firm.build().key)).toBe(1);
    const again = await server.post(RevertChangeDocument, { id: removed.change.id, why: "encore" }, admin);
    expect(again.body.errors?.[0]?.message).toMatch(/already reverted/);
    const history = (await server.execute(HistoryDocument, { ref: firm.ref })).history;
    expect(history.map((change) => change.action)).toEqual([
      "ADD_RELATIONSHIP",
      "REMOVE_RELATIONSHIP",
      "ADD_RELATIONSHIP",
    ]);
    // What a revert would still undo: the revert itself and the first addition, not the reverted removal.
    expect(history.map((change) => change.revertible)).toEqual([true, false, true]);
  });

  it("lets an admin delete an organisation with its relationships and revert the deletion", async () => {
    const firm = anOrganization(`${server.source}-firm-d`).named("Lunettes Lointaines");
    await server.save(factSet(firm));
    await server.execute(
      AddRelationshipDocument,
      { input: { type: "PARTICIPATED_IN", from: firm.ref, to: event().ref, year: 2025, evidence }, why: "salon" },
      editor,
    );
    const deleted = (await server.execute(DeleteOrganizationDocument, { id: firm.build().key, why: "doublon" }, admin))
      .deleteOrganization;
    expect((await server.execute(EntityDocument, { ref: firm.ref })).entity).toBeNull();
    await server.execute(RevertChangeDocument, { id: deleted.change.id, why: "pas un doublon" }, admin);
    expect((await server.execute(EntityDocument, { ref: firm.ref })).entity?.name).toBe("Lunettes Lointaines");
    expect(await relationshipCount(firm.build().key)).toBe(1);
  });

  describe("with anonymous reading switched off", () => {
    let closed: TestServer;
    it("refuses reads without a token, analytics, aggregations and generated queries alike, and serves a viewer", async () => {
      await server.close();
      closed = await TestServer.start({ anonymousRead: false });
      try {
        const generated = await closed.post("{ organizations(limit: 1) { id } }");
        expect(generated.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        const aggregate = await closed.post("{ organizationsConnection { aggregate { count { nodes } } } }");
        expect(aggregate.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        const custom = await closed.post('{ search(text: "femto") { totalCount } }');
        expect(custom.body.errors?.[0]?.extensions?.code).toBe("UNAUTHENTICATED");
        const signedIn = await closed.post(
          '{ search(text: "femto") { totalCount } organizations(limit: 1) { id } }',
          undefined,
          await closed.token("viewer"),
        );
        expect(signedIn.body.errors).toBeUndefined();
      } finally {
        await closed.close();
        server = await TestServer.start();
      }
    });
  });
});
