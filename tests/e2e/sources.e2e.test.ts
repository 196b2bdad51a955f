// Growing the graph from a new source in Chromium: an editor uploads a short article placing a firm
// of the graph (which took part in an ASD event) in Thise; the LOCATED_IN suggestion appears with its
// passage; accepted, the headline question lists the firm with the article as evidence of its
// location, and the article's page shows the passage highlighted and linked to the fact.
import { readFileSync } from "node:fs";
import path from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { FirmsAtEventsDocument } from "../../client/src/__generated__/graphql.js";
import { aNode, aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { saveScreenshot } from "./browser.js";
import { useExplorerPage } from "./explorer-page.js";
import { signInWith } from "./sign-in.js";

describe("a new source in Chromium", () => {
  const explorer = useExplorerPage();
  let editor: string;
  const firm = { id: "", name: "" };
  const event = { id: "", name: "" };
  const title = () => `Article ${firm.name}`;

  beforeAll(async () => {
    const { server } = explorer;
    editor = await server.token("editor");
    firm.id = server.uniqueId("micro-usinage");
    firm.name = `Micro-Usinage Témoin ${firm.id.slice(-8)}`;
    event.id = server.uniqueId("forum");
    event.name = `Forum Défense Témoin ${event.id.slice(-8)}`;
    const located = anOrganization(firm.id).named(firm.name);
    const forum = aNode("Event", event.id).with({ name: event.name, year: 2024, kind: "forum" });
    await server.save(
      factSet(
        located,
        forum,
        aRelationship("PARTICIPATED_IN", located.ref, forum.ref),
        aRelationship("TARGETS", forum.ref, "Market:ASD"),
      ),
    );
  });

  it("uploads the article; the location is suggested with its passage; accepted, the headline question lists the firm with the article as evidence", async () => {
    const { server, page } = explorer;
    const article = readFileSync(path.join(import.meta.dirname, "../fixtures/sources/article-localisation.txt"), "utf8")
      .replaceAll("{{firm}}", firm.name)
      .replaceAll("{{event}}", event.name);
    const passage = `${firm.name}, installée à Thise, ouvre un second atelier de micro-usinage et recrute six techniciens.`;

    await signInWith(page, server.url, editor);
    await page.goto(`${server.url}/documents/new`);
    await page
      .getByLabel("Fichier")
      .setInputFiles({ name: "article.txt", mimeType: "text/plain", buffer: Buffer.from(article) });
    await page.getByLabel("Titre (facultatif)").fill(title());
    await page.getByRole("button", { name: "Envoyer" }).click();
    await page.getByRole("heading", { level: 1, name: title() }).waitFor();

    const suggestion = page.locator('.document-suggestions li[data-kind="LOCATED_IN"]');
    await expect(suggestion.textContent()).resolves.toContain(`${firm.name} — `);
    await expect(suggestion.locator("blockquote").textContent()).resolves.toBe(passage);
    await saveScreenshot(page, "sources-suggestion");
    await suggestion.getByRole("button", { name: "Accepter" }).click();

    const fact = page.locator(".document-facts li").filter({ hasText: firm.name });
    await fact.waitFor();
    await expect(fact.textContent()).resolves.toContain("Thise");
    const highlighted = page.locator(".document-text mark.passage-fact");
    await expect(highlighted.allTextContents().then((texts) => texts.join(""))).resolves.toBe(passage);
    const link = await highlighted.locator("a").first().getAttribute("href");
    expect(link).toMatch(/^#fact-/);
    const factId = decodeURIComponent(link!.slice(1));
    await expect(page.locator(`[id="${factId}"]`).textContent()).resolves.toContain(firm.name);
    await saveScreenshot(page, "sources-accepted");

    const { firmsAtEvents } = await server.execute(FirmsAtEventsDocument, { marketRef: "Market:ASD" });
    const row = firmsAtEvents.find((answer) => answer.organization.ref === `Organization:${firm.id}`);
    const documentId = new URL(page.url()).pathname.split("/").pop()!;
    expect(row?.paths[0]?.edges.find((edge) => edge.type === "LOCATED_IN")).toMatchObject({
      source: decodeURIComponent(documentId),
      quote: passage,
    });

    await page.goto(`${server.url}/questions/firms-at-events?market=ASD`);
    const answer = page.getByRole("row", { name: new RegExp(firm.name) });
    await answer.waitFor();
    await expect(answer.textContent()).resolves.toMatch(new RegExp(`Thise.*${event.name}`));
  }, 120_000);
});
