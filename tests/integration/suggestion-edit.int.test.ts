// A suggestion changed before it is accepted: another end, another type, other details; the fact
// quotes the suggestion's passage at its offsets, the change is audited, and a change that does not
// suit the type is refused at its field with the suggestion left pending.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AcceptSuggestionDocument,
  DocumentFactsDocument,
  DocumentSuggestionsDocument,
} from "../../client/src/__generated__/graphql.js";
import { anOrganization, factSet } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";
import { uploadSource } from "../helpers/upload-source.js";

let server: TestServer;
let editor: string;
const firm = { id: "", name: "" };
const neighbour = { id: "", name: "" };
let documentId = "";
let text = "";

beforeAll(async () => {
  server = await TestServer.start();
  editor = await server.token("editor");
  firm.id = server.uniqueId("tournage");
  firm.name = `Tournage Révisé ${firm.id.slice(-8)}`;
  neighbour.id = server.uniqueId("voisin");
  neighbour.name = `Voisin Révisé ${neighbour.id.slice(-8)}`;
  await server.save(
    factSet(anOrganization(firm.id).named(firm.name), anOrganization(neighbour.id).named(neighbour.name)),
  );
  text = `Revue.\n\n${firm.name}, installée à Thise, ouvre un atelier. ${neighbour.name}, à Saône, travaille avec elle.\n`;
  const answer = await uploadSource(server.url, editor, { bytes: text, name: "revue.txt", type: "text/plain" });
  expect(answer.status, JSON.stringify(answer.body)).toBe(200);
  documentId = answer.body.document.id;
});

afterAll(() => server?.close());

/** The pending LOCATED_IN suggestion of an organisation. */
async function locatedSuggestion(ref: string) {
  const { documentSuggestions } = await server.execute(DocumentSuggestionsDocument, {
    id: documentId,
    status: "PENDING",
  });
  const found = documentSuggestions.find((suggestion) => suggestion.kind === "LOCATED_IN" && suggestion.from === ref);
  expect(found, `no LOCATED_IN suggestion from ${ref}`).toBeDefined();
  return found!;
}

describe("a suggestion changed before it is accepted", () => {
  it("takes another end and a role: the fact quotes the passage at its offsets, audited", async () => {
    const suggestion = await locatedSuggestion(`Organization:${firm.id}`);
    expect(suggestion.to).toBe("Commune:25560");
    const { acceptSuggestion } = await server.execute(
      AcceptSuggestionDocument,
      { id: suggestion.id, changes: { to: "Commune:25056", role: "siège" }, why: "le siège est à Besançon" },
      editor,
    );
    expect(acceptSuggestion).toMatchObject({
      change: { action: "ADD_RELATIONSHIP", entity: `Organization:${firm.id}` },
      edge: { type: "LOCATED_IN", to: "Commune:25056", source: documentId, quote: suggestion.quote },
    });
    const { records } = await server.driver.executeQuery(
      `MATCH (:Organization {id: $id})-[r:LOCATED_IN]->(c:Commune) RETURN c.id AS commune, r.role AS role`,
      { id: firm.id },
    );
    expect(records.map((record) => [record.get("commune"), record.get("role")])).toEqual([["25056", "siège"]]);
    const { documentFacts } = await server.execute(DocumentFactsDocument, { id: documentId });
    const fact = documentFacts.find((documentFact) => documentFact.from === `Organization:${firm.id}`)!;
    expect(text.slice(fact.start!, fact.end!)).toBe(suggestion.quote);
    const decided = await server.execute(DocumentSuggestionsDocument, { id: documentId, status: "ACCEPTED" });
    expect(decided.documentSuggestions.find((accepted) => accepted.id === suggestion.id)).toMatchObject({
      factId: acceptSuggestion.edge!.id,
    });
  });

  it("refuses a type whose ends do not suit it at the field, and leaves the suggestion pending", async () => {
    const suggestion = await locatedSuggestion(`Organization:${neighbour.id}`);
    const refused = await server.post(
      AcceptSuggestionDocument,
      { id: suggestion.id, changes: { type: "PARTNER_OF" }, why: "un partenariat" },
      editor,
    );
    expect(refused.body.errors?.[0]?.extensions).toMatchObject({
      code: "BAD_USER_INPUT",
      fields: [expect.objectContaining({ field: "input.to", code: "WRONG_END" })],
    });
    expect((await locatedSuggestion(`Organization:${neighbour.id}`)).id).toBe(suggestion.id);
  });

  it("becomes another type of fact with its own details, the passage still its quote", async () => {
    const suggestion = await locatedSuggestion(`Organization:${neighbour.id}`);
    const { acceptSuggestion } = await server.execute(
      AcceptSuggestionDocument,
      {
        id: suggestion.id,
        changes: { type: "PARTNER_OF", to: `Organization:${firm.id}`, context: "sous-traitance" },
        why: "le passage dit qu'elles travaillent ensemble",
      },
      editor,
    );
    expect(acceptSuggestion.edge).toMatchObject({
      type: "PARTNER_OF",
      from: `Organization:${neighbour.id}`,
      to: `Organization:${firm.id}`,
      quote: suggestion.quote,
    });
    const { records } = await server.driver.executeQuery(
      `MATCH (:Organization {id: $from})-[r:PARTNER_OF]->(:Organization {id: $to})
       RETURN r.context AS context, r.role AS role, r.quoteStart AS start`,
      { from: neighbour.id, to: firm.id },
    );
    expect(records.map((record) => [record.get("context"), record.get("role"), Number(record.get("start"))])).toEqual([
      ["sous-traitance", null, suggestion.start],
    ]);
  });
});
