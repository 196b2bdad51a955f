import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { aRelationship, anOrganization, factSet } from "../helpers/fact-builders.js";
import { saveScreenshot } from "./browser.js";
import { downloadOf, useExplorerPage } from "./explorer-page.js";

/** How many nodes the renderer holds (the graph view exposes it to automation only). */
const graphOrder = (page: Page) => page.evaluate(() => window.__maillageSigma?.getGraph().order ?? 0);

/** Waits until the renderer holds at least `count` nodes. */
const waitForOrder = (page: Page, count: number, timeout = 20_000) =>
  page.waitForFunction((expected) => (window.__maillageSigma?.getGraph().order ?? 0) >= expected, count, { timeout });

describe("the graph view in Chromium", () => {
  const explorer = useExplorerPage({ width: 1400, height: 900 });

  it("draws PMT's neighbourhood and expands a node on click, showing its facts beside the graph", async () => {
    const { server, page } = explorer;
    // The neighbour of PMT with the most neighbours of its own that PMT's neighbourhood lacks.
    const { records } = await server.driver.executeQuery(
      `MATCH (pmt:Organization {id: 'pmt'})--(n:Event)
       OPTIONAL MATCH (n)--(m) WHERE m <> pmt AND NOT (m)--(pmt)
       WITH n, count(DISTINCT m) AS outside ORDER BY outside DESC, n.id LIMIT 1
       RETURN 'Event:' + n.id AS ref, n.name AS name, outside`,
    );
    const target = records[0]!.toObject() as { ref: string; name: string; outside: { toNumber(): number } };
    expect(target.outside.toNumber()).toBeGreaterThan(0);

    await page.goto(`${server.url}/graph/${encodeURIComponent("Organization:pmt")}`);
    await page.getByRole("heading", { level: 1, name: "Graphe autour de Pôle des Microtechniques" }).waitFor();
    await waitForOrder(page, 2);
    const before = await graphOrder(page);
    await page.waitForTimeout(2_500); // the layout settles
    await saveScreenshot(page, "graph-view");

    const point = await page.evaluate((ref) => {
      const sigma = window.__maillageSigma!;
      const position = sigma.graphToViewport(sigma.getGraph().getNodeAttributes(ref));
      const box = sigma.getContainer().getBoundingClientRect();
      return { x: box.left + position.x, y: box.top + position.y };
    }, target.ref);
    await page.mouse.click(point.x, point.y);

    await page.waitForURL((url) => url.searchParams.get("selected") === target.ref);
    expect(new URL(page.url()).searchParams.get("expanded")).toBe(target.ref);
    await waitForOrder(page, before + 1);
    expect(await graphOrder(page)).toBeGreaterThanOrEqual(before + target.outside.toNumber());
    const panel = page.getByRole("complementary");
    await panel.getByRole("heading", { level: 2, name: target.name }).waitFor();
    await expect(panel.getByRole("button", { name: /Voir la source/ }).count()).resolves.toBeGreaterThan(0);
    await page.waitForTimeout(2_000);
    await saveScreenshot(page, "graph-expanded");

    // Back un-expands, forward expands again.
    await page.goBack();
    await page.waitForFunction((count) => window.__maillageSigma?.getGraph().order === count, before);
    await page.goForward();
    await waitForOrder(page, before + 1);
  });

  it("filters by label from the legend, and exports a PNG", async () => {
    const { page, pageErrors } = explorer;
    const canvasCount = () => page.locator(".graph-counts").textContent();
    const all = await canvasCount();
    // The legend's boxes follow the URL: clicking one updates it, and the box with it.
    const people = page.getByRole("checkbox", { name: "Personne" });
    await people.click();
    await page.waitForURL((url) => url.searchParams.get("hide") === "Person");
    await page.waitForFunction((previous) => document.querySelector(".graph-counts")?.textContent !== previous, all);
    await expect(people.isChecked()).resolves.toBe(false);
    const png = await downloadOf(page, () => page.getByRole("button", { name: /Exporter en PNG/ }).click());
    expect(png.name).toBe("maillage-Organization-pmt.png");
    expect(png.content.subarray(1, 4).toString()).toBe("PNG");
    expect(png.content.length).toBeGreaterThan(5_000);
    expect(pageErrors).toEqual([]);
  });

  it("filters PMT's partnerships by status, the counts saying which statuses they include", async () => {
    const { server, page, pageErrors } = explorer;
    await page.goto(`${server.url}/graph/${encodeURIComponent("Organization:pmt")}`);
    const statuses = page.getByRole("group", { name: "Statut du partenariat" });
    await statuses.waitFor();
    const counts = page.locator(".graph-counts");
    await expect(counts.textContent()).resolves.toMatch(/dont \d+ partenariats \(tous statuts\)/);
    const planned = statuses.getByRole("checkbox", { name: /prévu/ });
    await planned.click();
    await page.waitForURL((url) => url.searchParams.get("hideStatus") === "PLANNED");
    await expect(planned.isChecked()).resolves.toBe(false);
    await page.waitForFunction(() =>
      /\(actif, à renforcer\)/.test(document.querySelector(".graph-counts")?.textContent ?? ""),
    );
    expect(pageErrors).toEqual([]);
  });

  it("draws 5,000 nodes and keeps rendering while the camera zooms", async () => {
    const { server, page } = explorer;
    const hub = anOrganization(server.uniqueId("hub")).named("Hub de test");
    const spokes = Array.from({ length: 4_999 }, (_, index) => anOrganization(server.uniqueId(`spoke-${index}`)));
    await server.save(
      factSet(hub, ...spokes, ...spokes.map((spoke) => aRelationship("PARTNER_OF", hub.ref, spoke.ref))),
    );
    const started = Date.now();
    await page.goto(`${server.url}/graph/${encodeURIComponent(hub.ref)}?limit=5000`);
    await waitForOrder(page, 5_000, 60_000);
    const drawnAfterMs = Date.now() - started;
    await page.waitForTimeout(5_000); // the layout settles
    // While the camera zooms for a second: frames painted, and the main thread's time per frame in
    // sigma's render. Without a GPU (this headless Chromium rasterises WebGL in software with
    // SwiftShader) the frame rate says little; the main-thread time is what a real GPU would not hide.
    const zoom = await page.evaluate(async () => {
      const sigma = window.__maillageSigma!;
      // render() is private in sigma's types: wrap it to time it.
      const renderer = sigma as unknown as { render: () => unknown };
      const render = renderer.render.bind(sigma);
      let renders = 0;
      let renderMs = 0;
      renderer.render = () => {
        const started = performance.now();
        const result = render();
        renderMs += performance.now() - started;
        renders += 1;
        return result;
      };
      let frames = 0;
      let running = true;
      const count = () => {
        frames += 1;
        if (running) requestAnimationFrame(count);
      };
      requestAnimationFrame(count);
      const ratioBefore = sigma.getCamera().ratio;
      void sigma.getCamera().animatedZoom({ duration: 1_000, factor: 2 });
      await new Promise((resolve) => setTimeout(resolve, 1_000));
      running = false;
      renderer.render = render;
      return {
        framesPerSecond: frames,
        renders,
        zoomedBy: ratioBefore / sigma.getCamera().ratio,
        renderMsPerFrame: renderMs / Math.max(renders, 1),
      };
    });
    console.log(
      `[graph 5000] all 5,000 nodes drawn ${drawnAfterMs} ms after navigation; while zooming: ${zoom.renderMsPerFrame.toFixed(1)} ms of main thread per frame, ${zoom.framesPerSecond} frames/s (software WebGL)`,
    );
    await saveScreenshot(page, "graph-5000-nodes");
    // The figure above is printed, not asserted (speed belongs to the bench): the behaviour is that the
    // 5,000-node graph keeps re-rendering through the zoom and ends at the zoomed-in camera.
    expect(zoom.renders).toBeGreaterThan(1);
    expect(zoom.zoomedBy).toBeGreaterThan(1.5);
  }, 120_000);
});
