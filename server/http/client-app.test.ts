import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import type { AddressInfo } from "node:net";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { brotliCompressSync, gzipSync } from "node:zlib";
import express from "express";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { clientAppRouter } from "./client-app.js";
import { jsonErrors } from "./json-errors.js";

const galleryScript = `export const questions = ${JSON.stringify(Array.from({ length: 50 }, (_, i) => `question ${i}`))};`;

describe("the built client's caching and compression", () => {
  let distDir: string;
  let server: Server;
  let url: string;

  beforeAll(async () => {
    // A build in miniature: a page and one hashed asset.
    distDir = mkdtempSync(path.join(tmpdir(), "maillage-dist-"));
    mkdirSync(path.join(distDir, "assets"));
    writeFileSync(path.join(distDir, "index.html"), "<!doctype html><title>Maillage</title>");
    writeFileSync(path.join(distDir, "assets", "app-C6FffAps.js"), "export {};");
    // A script with the build's Brotli and gzip copies beside it.
    writeFileSync(path.join(distDir, "assets", "gallery-Dp7r2J7.js"), galleryScript);
    writeFileSync(path.join(distDir, "assets", "gallery-Dp7r2J7.js.br"), brotliCompressSync(galleryScript));
    writeFileSync(path.join(distDir, "assets", "gallery-Dp7r2J7.js.gz"), gzipSync(galleryScript));
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

  it("sends the build's Brotli copy to a browser that takes Brotli, and gzip to one that takes gzip only", async () => {
    for (const [acceptEncoding, expected] of [
      ["gzip, deflate, br", "br"],
      ["gzip", "gzip"],
    ] as const) {
      const response = await fetch(`${url}/assets/gallery-Dp7r2J7.js`, {
        headers: { "accept-encoding": acceptEncoding },
      });
      expect(response.status).toBe(200);
      expect(response.headers.get("content-encoding")).toBe(expected);
      expect(response.headers.get("content-type")).toMatch(/^text\/javascript; charset=utf-8$/iu);
      expect(response.headers.get("vary")).toContain("Accept-Encoding");
      expect(response.headers.get("cache-control")).toBe("public, max-age=31536000, immutable");
      expect(await response.text()).toBe(galleryScript);
    }
  });

  it("sends the file as it is to a client that takes no compression, or when the build made no copy", async () => {
    const plain = await fetch(`${url}/assets/gallery-Dp7r2J7.js`, { headers: { "accept-encoding": "identity" } });
    expect(plain.headers.get("content-encoding")).toBeNull();
    expect(await plain.text()).toBe(galleryScript);
    const uncopied = await fetch(`${url}/assets/app-C6FffAps.js`, { headers: { "accept-encoding": "br" } });
    expect(uncopied.headers.get("content-encoding")).toBeNull();
    expect(await uncopied.text()).toBe("export {};");
  });

  it("answers a missing asset with a 404, not the app's page", async () => {
    const response = await fetch(`${url}/assets/app-gone.js`);
    expect(response.status).toBe(404);
    expect(
      ((await response.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code,
    ).toBe("NOT_FOUND");
  });
});
