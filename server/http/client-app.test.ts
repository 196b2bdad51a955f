import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAppRouter } from "./client-app.js";
import { jsonErrors } from "./json-errors.js";

describe("the built client's caching", () => {
  let distDir: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    // A build in miniature: a page and one hashed asset.
    distDir = mkdtempSync(path.join(tmpdir(), "maillage-dist-"));
    mkdirSync(path.join(distDir, "assets"));
    writeFileSync(path.join(distDir, "index.html"), "<!doctype html><title>Maillage</title>");
    writeFileSync(path.join(distDir, "assets", "app-C6FffAps.js"), "export {};");
    const app = express().use(clientAppRouter(distDir)).use(jsonErrors);
    server = app.listen(0, "127.0.0.1");
    await new Promise<void>((resolve) => server.once("listening", resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    rmSync(distDir, { recursive: true, force: true });
  });

  it("keeps hashed assets for a year, immutable", async () => {
    const response = await fetch(`${url}/assets/app-C6FffAps.js`);
    expect(response.status).toBe(200);
    expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
  });

  it("revalidates the pages, so a new build shows at once", async () => {
    for (const page of ["/", "/entity/Organization:pmt"]) {
      const response = await fetch(`${url}${page}`);
      expect(response.status).toBe(200);
      expect(response.headers.get("cache-control")).toBe("no-cache");
    }
  });

  it("answers a missing asset with a 404, not the app's page", async () => {
    const response = await fetch(`${url}/assets/app-gone.js`);
    expect(response.status).toBe(404);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe("NOT_FOUND");
  });
});
