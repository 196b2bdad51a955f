// Who made a change (`Change.by`, the token's subject, often an e-mail address) is shown to editors
// and admins only; anonymous readers and viewers see the change without it.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CreateOrganizationDocument, HistoryDocument } from "../../client/src/__generated__/graphql.js";
import { TestServer } from "../helpers/test-server.js";

describe("the author of a change", () => {
  let server: TestServer;
  let ref: string;
  const tokens: Record<"viewer" | "editor" | "admin", string> = { viewer: "", editor: "", admin: "" };

  beforeAll(async () => {
    server = await TestServer.start();
    for (const role of ["viewer", "editor", "admin"] as const) tokens[role] = await server.token(role);
    const name = `Ressorts ${server.uniqueId("auteur")}`;
    const created = await server.execute(
      CreateOrganizationDocument,
      { input: { name, kind: "COMPANY" }, why: "essai" },
      tokens.editor,
    );
    ref = created.createOrganization.node!.ref;
    expect(created.createOrganization.change.by).toBe(`${server.source}:editor`);
  });
  afterAll(async () => {
    await server?.close();
  });

  it("is hidden from anonymous readers and viewers", async () => {
    for (const token of [undefined, tokens.viewer]) {
      const { history } = await server.execute(HistoryDocument, { ref }, token);
      expect(history).toHaveLength(1);
      expect(history[0]).toMatchObject({ action: "CREATE_ORGANIZATION", by: null, why: "essai" });
    }
  });

  it("is shown to editors and admins", async () => {
    for (const token of [tokens.editor, tokens.admin]) {
      const { history } = await server.execute(HistoryDocument, { ref }, token);
      expect(history[0]?.by).toBe(`${server.source}:editor`);
    }
  });
});
