// A long PDF uploaded with its progress streamed (Accept: application/x-ndjson): a line for every
// page read, then the scan and the write, then the report; every page's text is kept.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DocumentPageDocument } from "../../client/src/__generated__/graphql.js";
import type { UploadStreamLine } from "../../server/sources/source-progress.js";
import { manyPagePdf, pageMarker } from "../helpers/many-page-pdf.js";
import { TestServer } from "../helpers/test-server.js";
import { uploadSourceWithProgress } from "../helpers/upload-source.js";

let server: TestServer;
let editor: string;

beforeAll(async () => {
  server = await TestServer.start();
  editor = await server.token("editor");
});

afterAll(() => server?.close());

describe("a multi-page PDF uploaded with progress", () => {
  it("reports every page read, every page scanned and the write, then the report; each page keeps its text", async () => {
    const pages = 12;
    const title = `Rapport ${server.uniqueId("long")}`;
    const answer = await uploadSourceWithProgress(
      server.url,
      editor,
      { bytes: await manyPagePdf(pages, 10), name: "rapport.pdf" },
      { title },
    );
    expect(answer.status).toBe(200);
    expect(answer.contentType).toMatch(/^application\/x-ndjson/);

    const progress = answer.lines.filter((line) => line.type === "progress");
    expect(progress.filter((line) => line.stage === "read")).toEqual(
      Array.from({ length: pages }, (_, index) => ({ type: "progress", stage: "read", page: index + 1, pages })),
    );
    expect(progress.slice(pages)).toEqual([
      ...Array.from({ length: pages }, (_, index) => ({
        type: "progress",
        stage: "scan",
        part: index + 1,
        parts: pages,
      })),
      { type: "progress", stage: "save" },
    ]);
    const last = answer.lines.at(-1) as Extract<UploadStreamLine, { type: "done" }>;
    expect(last).toMatchObject({ type: "done", report: { status: "added", document: { format: "pdf", pages } } });

    const id = last.report.document.id;
    for (let page = 1; page <= pages; page++) {
      const { documentPage } = await server.execute(DocumentPageDocument, { id, page });
      expect(documentPage).toMatchObject({ number: page, pageCount: pages });
      expect(documentPage!.text.split("\n")[0]).toBe(pageMarker(page, pages));
      expect(documentPage!.text).toContain("Le Pôle des Microtechniques accompagne");
    }
  });

  it("ends the stream with the error, its status and code, when the PDF cannot be read", async () => {
    const answer = await uploadSourceWithProgress(server.url, editor, {
      bytes: new TextEncoder().encode("%PDF-1.4\nce n'est pas un PDF"),
      name: "casse.pdf",
    });
    expect(answer.status).toBe(200);
    expect(answer.lines.at(-1)).toMatchObject({ type: "error", status: 400, code: "BAD_USER_INPUT" });
  });

  it("answers plain JSON to a client that does not ask for the stream", async () => {
    const form = new FormData();
    form.append("file", new Blob([new Uint8Array(await manyPagePdf(2, 2))], { type: "application/pdf" }), "court.pdf");
    const response = await fetch(`${server.url}/api/sources?dryRun=true`, {
      method: "POST",
      headers: { authorization: `Bearer ${editor}` },
      body: form,
    });
    expect(response.headers.get("content-type")).toMatch(/^application\/json/);
    expect(await response.json()).toMatchObject({ status: "ready", document: { pages: 2 } });
  });
});
