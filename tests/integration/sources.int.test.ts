import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  AcceptSuggestionDocument,
  AddPassageFactDocument,
  DocumentFactsDocument,
  DocumentMentionsDocument,
  DocumentPageDocument,
  DocumentSuggestionsDocument,
  FirmsAtEventsDocument,
  RejectSuggestionDocument,
  RescanDocumentDocument,
  SearchDocumentTextDocument,
} from "../../client/src/__generated__/graphql.js";
import { aNode, anOrganization, aRelationship } from "../helpers/fact-builders.js";
import { TestServer } from "../helpers/test-server.js";
import { uploadSource } from "../helpers/upload-source.js";

const fixtures = path.join(import.meta.dirname, "../fixtures/sources");

let server: TestServer;
let editor: string;
const firm = { id: "", name: "" };
const event = { id: "", name: "" };

beforeAll(async () => {
  server = await TestServer.start({ sourceMaxMb: 0.05 });
  editor = await server.token("editor");
  const suffix = server.uniqueId("x").slice(2);
  firm.id = `decolletage-${suffix}`;
  firm.name = `Décolletage Témoin ${suffix}`;
  event.id = `salon-asd-${suffix}`;
  event.name = `Salon Témoin ${suffix}`;
  const firmNode = anOrganization(firm.id).named(firm.name);
  const eventNode = aNode("Event", event.id).with({ name: event.name, year: 2024 });
  await server.save({
    nodes: [firmNode.build(), eventNode.build()],
    relationships: [
      aRelationship("PARTICIPATED_IN", firmNode.ref, eventNode.ref).build(),
      aRelationship("TARGETS", eventNode.ref, "Market:ASD").build(),
    ],
  });
});

afterAll(() => server?.close());

/** A short article placing the test firm in Thise, a commune of GBM. */
function article(): string {
  return `Microtechniques : un atelier de plus\n\n${firm.name}, installée à Thise, ouvre un second atelier de décolletage. L'entreprise a exposé au ${event.name} en 2024.\n\nSon voisin Usinage Nouveau SARL s'agrandit aussi.`;
}

describe("uploading a source document", () => {
  it("refuses an upload without the editor role, and one larger than the limit before reading it", async () => {
    const file = { bytes: "texte", name: "note.txt", type: "text/plain" };
    expect((await uploadSource(server.url, undefined, file)).status).toBe(401);
    expect((await uploadSource(server.url, await server.token("viewer"), file)).body.errors[0].extensions.code).toBe(
      "FORBIDDEN",
    );
    const big = await uploadSource(server.url, editor, { bytes: "x".repeat(200_000), name: "gros.txt" });
    expect(big.status).toBe(413);
    expect(big.body.errors[0]).toMatchObject({ extensions: { code: "PAYLOAD_TOO_LARGE" } });
  });

  it("says an image-only PDF has no text layer, and writes nothing", async () => {
    const answer = await uploadSource(server.url, editor, {
      bytes: readFileSync(path.join(fixtures, "scan-sans-texte.pdf")),
      name: "scan.pdf",
      type: "application/pdf",
    });
    expect(answer.status).toBe(422);
    expect(answer.body.errors[0]).toMatchObject({
      message: expect.stringMatching(/no text layer/),
      extensions: { code: "UNREADABLE_SOURCE" },
    });
    expect(existsSync(server.sourcesDir) ? readdirSync(server.sourcesDir) : []).toEqual([]);
  });

  it("reads a two-page PDF page by page, keeps the original file, and knows it when it comes again", async () => {
    const bytes = readFileSync(path.join(fixtures, "article-deux-pages.pdf"));
    const title = `Deux pages ${server.uniqueId("pdf")}`;
    const dryRun = await uploadSource(server.url, editor, { bytes, name: "deux.pdf" }, { title }, { dryRun: true });
    expect(dryRun.body).toMatchObject({ status: "ready", dryRun: true, document: { format: "pdf", pages: 2 } });
    const page = () => server.execute(DocumentPageDocument, { id: dryRun.body.document.id, page: 2 });
    expect((await page()).documentPage).toBeNull();

    const added = await uploadSource(server.url, editor, { bytes, name: "deux.pdf" }, { title, date: "2024-05-02" });
    expect(added.body).toMatchObject({ status: "added", change: { action: "ADD_SOURCE" } });
    expect((await page()).documentPage).toMatchObject({
      number: 2,
      pageCount: 2,
      text: expect.stringMatching(/^Suite de l'article/),
    });
    expect(readdirSync(server.sourcesDir)).toEqual([`${added.body.document.id}.pdf`]);
    const again = await uploadSource(server.url, editor, { bytes, name: "copie.pdf" }, { title: "Autre titre" });
    expect(again.body).toMatchObject({ status: "known", document: { id: added.body.document.id } });
  });

  it("keeps a web page's main text, without its navigation and footer", async () => {
    const answer = await uploadSource(server.url, editor, {
      bytes: readFileSync(path.join(fixtures, "page-avec-navigation.html")),
      name: "page.html",
      type: "text/html",
    });
    expect(answer.body.document).toMatchObject({
      format: "html",
      title: expect.stringMatching(/^Horlogia s'agrandit/),
    });
    const { documentPage } = await server.execute(DocumentPageDocument, { id: answer.body.document.id });
    expect(documentPage!.text).toContain("L'entreprise bisontine Horlogia SAS ouvre un second atelier.");
    expect(documentPage!.text).not.toMatch(/Mentions légales|Agenda du menu/);
  });
});

describe("suggestions from an uploaded article", () => {
  let documentId = "";

  beforeAll(async () => {
    const answer = await uploadSource(
      server.url,
      editor,
      { bytes: article(), name: "article.txt", type: "text/plain" },
      { title: `Article ${firm.name}`, publisher: "L'Écho des microtechniques", kind: "ARTICLE" },
    );
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    documentId = answer.body.document.id;
  });

  it("finds the firm, the commune, the event and the year among the mentions", async () => {
    const { documentMentions } = await server.execute(DocumentMentionsDocument, { id: documentId });
    expect(documentMentions.map((mention) => [mention.kind, mention.ref ?? mention.value])).toEqual(
      expect.arrayContaining([
        ["ENTITY", `Organization:${firm.id}`],
        ["COMMUNE", "Commune:25560"],
        ["ENTITY", `Event:${event.id}`],
        ["YEAR", 2024],
      ]),
    );
  });

  it("proposes the firm's location with its passage; accepted, the headline question lists the firm with the article as evidence", async () => {
    const before = await server.execute(FirmsAtEventsDocument, { marketRef: "Market:ASD" });
    expect(before.firmsAtEvents.map((row) => row.organization.ref)).not.toContain(`Organization:${firm.id}`);

    const { documentSuggestions } = await server.execute(DocumentSuggestionsDocument, {
      id: documentId,
      status: "PENDING",
    });
    const located = documentSuggestions.find((suggestion) => suggestion.kind === "LOCATED_IN");
    expect(located).toMatchObject({
      from: `Organization:${firm.id}`,
      to: "Commune:25560",
      quote: `${firm.name}, installée à Thise, ouvre un second atelier de décolletage.`,
    });
    expect(article().slice(located!.start, located!.end)).toBe(located!.quote);

    const accepted = await server.execute(
      AcceptSuggestionDocument,
      { id: located!.id, why: "l'article le dit" },
      editor,
    );
    expect(accepted.acceptSuggestion).toMatchObject({
      change: { action: "ADD_RELATIONSHIP" },
      edge: { type: "LOCATED_IN", source: documentId, quote: located!.quote },
    });

    const after = await server.execute(FirmsAtEventsDocument, { marketRef: "Market:ASD" });
    const row = after.firmsAtEvents.find((answer) => answer.organization.ref === `Organization:${firm.id}`);
    const locatedIn = row?.paths[0]?.edges.find((edge) => edge.type === "LOCATED_IN");
    expect(locatedIn).toMatchObject({ source: documentId, quote: located!.quote, confidence: "stated" });

    const { documentFacts } = await server.execute(DocumentFactsDocument, { id: documentId });
    const fact = documentFacts.find((documentFact) => documentFact.type === "LOCATED_IN");
    expect(fact).toMatchObject({ from: `Organization:${firm.id}`, toName: "Thise" });
    expect(article().slice(fact!.start!, fact!.end!)).toBe(located!.quote);
  });

  it("does not propose again a rejected suggestion when the document is scanned again", async () => {
    const { documentSuggestions } = await server.execute(DocumentSuggestionsDocument, {
      id: documentId,
      status: "PENDING",
    });
    const newFirm = documentSuggestions.find((suggestion) => suggestion.kind === "NEW_ORGANIZATION");
    expect(newFirm).toMatchObject({ name: "Usinage Nouveau" });
    await server.execute(RejectSuggestionDocument, { id: newFirm!.id, why: "déjà connue sous un autre nom" }, editor);
    const { rescanDocument } = await server.execute(RescanDocumentDocument, { id: documentId }, editor);
    expect(rescanDocument.map((suggestion) => suggestion.kind)).not.toContain("NEW_ORGANIZATION");
    expect(rescanDocument.map((suggestion) => suggestion.kind)).not.toContain("LOCATED_IN");
    const rejected = await server.post(RejectSuggestionDocument, { id: newFirm!.id, why: "encore" }, editor);
    expect(rejected.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("makes a fact from a selected passage, quoting exactly the selection with its offsets", async () => {
    const text = article();
    const passage = `L'entreprise a exposé au ${event.name} en 2024.`;
    const start = text.indexOf(passage);
    // The selection takes a space on each side: the quote leaves them out.
    const { addPassageFact } = await server.execute(
      AddPassageFactDocument,
      {
        documentId,
        start: start - 1,
        end: start + passage.length + 1,
        fact: {
          type: "PARTICIPATED_IN",
          from: `Organization:${firm.id}`,
          to: `Event:${event.id}`,
          year: 2025,
          role: "exposant",
        },
        why: "lu dans l'article",
      },
      editor,
    );
    expect(addPassageFact.edge).toMatchObject({ source: documentId, quote: passage });
    const { documentFacts } = await server.execute(DocumentFactsDocument, { id: documentId });
    const fact = documentFacts.find((documentFact) => documentFact.type === "PARTICIPATED_IN");
    expect([fact!.start, fact!.end]).toEqual([start, start + passage.length]);

    const outside = await server.post(
      AddPassageFactDocument,
      {
        documentId,
        start: 0,
        end: text.length + 10,
        fact: { type: "LOCATED_IN", from: `Organization:${firm.id}`, to: "Commune:25056" },
        why: "hors du texte",
      },
      editor,
    );
    expect(outside.body.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT" });
  });

  it("finds a searched text whatever its accents and case, on its page", async () => {
    const { searchDocumentText } = await server.execute(SearchDocumentTextDocument, {
      id: documentId,
      text: "INSTALLEE A THISE",
    });
    expect(searchDocumentText).toHaveLength(1);
    expect(article().slice(searchDocumentText[0]!.start, searchDocumentText[0]!.end)).toBe("installée à Thise");
    expect(searchDocumentText[0]!.page).toBe(1);
  });
});

describe("the next deliberation, uploaded", () => {
  const documentId = "gbm-2024-00412";

  /** Removes what the deliberation wrote: its facts, and its mark on nodes others also name. */
  async function removeDeliberation(): Promise<void> {
    await server.driver.executeQuery("MATCH ()-[r {source: $id}]->() DELETE r", { id: documentId });
    await server.driver.executeQuery(
      `MATCH (n) WHERE $id IN n.sources SET n.sources = [s IN n.sources WHERE s <> $id]
       WITH n WHERE size(n.sources) = 0 DETACH DELETE n`,
      { id: documentId },
    );
    await server.driver.executeQuery("MATCH (n) WHERE n.id = $id OR n.documentId = $id DETACH DELETE n", {
      id: documentId,
    });
  }

  beforeAll(removeDeliberation);
  afterAll(removeDeliberation);

  it("loads its council part as facts at once, and its counts agree", async () => {
    const answer = await uploadSource(server.url, editor, {
      bytes: readFileSync(path.join(fixtures, "deliberation-2024-00412.txt")),
      name: "deliberation-2024-00412.txt",
      type: "text/plain",
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({
      status: "added",
      document: { id: documentId, kind: "DELIBERATION", title: "Soutien à l'accélérateur microtechnique 2025" },
      councilFacts: { warnings: [] },
    });
    const { records } = await server.driver.executeQuery(
      "MATCH ()-[r {source: $id}]->() RETURN type(r) AS type, count(*) AS count ORDER BY type",
      { id: documentId },
    );
    expect(Object.fromEntries(records.map((record) => [record.get("type"), Number(record.get("count"))]))).toEqual({
      ABSENT_FROM: 3,
      ATTENDED: 5,
      DECLARED_INTEREST: 1,
      GAVE_PROXY_TO: 2,
      HOLDS_ROLE: 4,
      PRESIDED: 1,
      RAPPORTEUR_OF: 1,
      REPRESENTS: 8,
      SECRETARY_OF: 1,
    });
    const document = await server.driver.executeQuery(
      "MATCH (d:Document {id: $id}) RETURN d.date AS date, d.votesFor AS votesFor",
      { id: documentId },
    );
    expect(String(document.records[0]!.get("date"))).toBe("2024-09-26");
    expect(Number(document.records[0]!.get("votesFor"))).toBe(6);
  });
});
