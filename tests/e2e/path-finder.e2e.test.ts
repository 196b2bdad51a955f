import { describe, expect, it } from "vitest";
import { ConnectionsDocument } from "../../client/src/__generated__/graphql.js";
import { saveScreenshot } from "./browser.js";
import { foldWhiteSpace, useExplorerPage } from "./explorer-page.js";

const femto = "Organization:femto-st";
const parisSpaceWeek = "Event:paris-space-week-2024";

describe("the path finder in Chromium", () => {
  const explorer = useExplorerPage();

  it("finds Femto-ST ↔ Paris Space Week from two search fields, with the keyboard", async () => {
    const { server, page } = explorer;
    await page.goto(`${server.url}/paths`);
    await page.getByText("Choisissez deux nœuds pour voir comment ils sont reliés.").waitFor();
    const from = page.getByRole("combobox", { name: "Depuis" });
    await from.fill("femto");
    await page.getByRole("option", { name: /FEMTO-ST/ }).waitFor();
    await from.press("ArrowDown");
    await from.press("Enter");
    const to = page.getByRole("combobox", { name: "Vers" });
    await to.fill("paris space");
    // Two editions match: pick 2024's with the mouse.
    await page.getByRole("option", { name: /Paris Space Week.*2024/ }).click();
    await expect(from.inputValue()).resolves.toBe("FEMTO-ST");
    await page.getByRole("button", { name: "Chercher les chemins" }).click();
    await page.waitForURL(
      (url) => url.searchParams.get("from") === femto && url.searchParams.get("to") === parisSpaceWeek,
    );
  });

  it("draws and lists the shortest paths, each relationship with its quote", async () => {
    const { server, page } = explorer;
    const { connections } = await server.execute(ConnectionsDocument, {
      from: femto,
      to: parisSpaceWeek,
      maxLength: 4,
      statedOnly: false,
      limit: 10,
    });
    expect(connections.length).toBeGreaterThan(0);
    const list = page.locator(".path-list > li");
    await list.first().waitFor();
    await expect(list.count()).resolves.toBe(connections.length);
    await expect(page.locator("svg.path-diagram").getAttribute("aria-label")).resolves.toContain(
      "FEMTO-ST ↔ Paris Space Week",
    );
    const first = list.first();
    await expect(first.locator(".path-node").allTextContents()).resolves.toEqual(
      connections[0]!.nodes.map((node) => node.name),
    );

    await first
      .getByRole("button", { name: /Voir la source/ })
      .first()
      .click();
    const dialog = page.getByRole("dialog");
    await dialog.locator("mark").waitFor();
    await expect(dialog.locator("blockquote").textContent()).resolves.toBe(connections[0]!.edges[0]!.quote);
    expect(foldWhiteSpace((await dialog.locator("mark").textContent()) ?? "")).toBe(
      foldWhiteSpace(connections[0]!.edges[0]!.quote),
    );
    await page.keyboard.press("Escape");
    await saveScreenshot(page, "path-finder");
  });

  it("opens from the gallery's card with the example filled in", async () => {
    const { server, page, pageErrors } = explorer;
    await page.goto(server.url);
    await page.getByRole("link", { name: "Comment X est relié à Y" }).click();
    await page.locator(".path-list > li").first().waitFor();
    // The fields show the entities' names once their own queries answer: wait for them, no fixed sleep.
    await expect
      .poll(() => page.getByRole("combobox", { name: "Depuis" }).inputValue(), { timeout: 10_000 })
      .toBe("FEMTO-ST");
    await expect
      .poll(() => page.getByRole("combobox", { name: "Vers" }).inputValue(), { timeout: 10_000 })
      .toBe("Paris Space Week");
    expect(pageErrors).toEqual([]);
  });
});
