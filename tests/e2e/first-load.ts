// Measures a page's first load in Chromium through its DevTools protocol: each response's bytes on
// the wire, its encoding and caching headers, and the largest contentful paint.
import type { Page } from "playwright-core";

/** One response of the load, as the network saw it. */
export interface LoadedResponse {
  /** The path and query, without the origin. */
  readonly path: string;
  /** Bytes received for it (headers and compressed body). */
  readonly transferredBytes: number;
  /** Its body's size once decoded. */
  readonly decodedBytes: number;
  /** `br`, `gzip`, or "" when sent as is. */
  readonly contentEncoding: string;
  readonly cacheControl: string;
}

/** What a first load transferred and when its largest content was painted. */
export interface FirstLoad {
  readonly responses: readonly LoadedResponse[];
  readonly transferredBytes: number;
  readonly decodedBytes: number;
  readonly largestContentfulPaintMs: number;
}

/** A header's value whatever the case of its name. */
function headerOf(headers: Record<string, string>, name: string): string {
  return Object.entries(headers).find(([key]) => key.toLowerCase() === name)?.[1] ?? "";
}

/**
 * Opens `url` in `page` with the browser cache off, waits for `ready` and for the network to be
 * idle, and returns every response's bytes and the page's largest contentful paint.
 */
export async function firstLoadOf(page: Page, url: string, ready: () => Promise<unknown>): Promise<FirstLoad> {
  const session = await page.context().newCDPSession(page);
  await session.send("Network.enable");
  await session.send("Network.setCacheDisabled", { cacheDisabled: true });
  const seen = new Map<string, { url: string; headers: Record<string, string>; decodedBytes: number }>();
  const responses: LoadedResponse[] = [];
  session.on("Network.responseReceived", ({ requestId, response }) => {
    seen.set(requestId, { url: response.url, headers: response.headers, decodedBytes: 0 });
  });
  session.on("Network.dataReceived", ({ requestId, dataLength }) => {
    const response = seen.get(requestId);
    if (response) response.decodedBytes += dataLength;
  });
  session.on("Network.loadingFinished", ({ requestId, encodedDataLength }) => {
    const response = seen.get(requestId);
    if (!response || !response.url.startsWith("http")) return;
    const { pathname, search } = new URL(response.url);
    responses.push({
      path: pathname + search,
      transferredBytes: encodedDataLength,
      decodedBytes: response.decodedBytes,
      contentEncoding: headerOf(response.headers, "content-encoding"),
      cacheControl: headerOf(response.headers, "cache-control"),
    });
  });

  await page.goto(url, { waitUntil: "networkidle" });
  await ready();
  await page.waitForLoadState("networkidle");
  const largestContentfulPaintMs = await page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((entries) => {
          const last = entries.getEntries().at(-1);
          if (last) resolve(last.startTime);
        }).observe({ type: "largest-contentful-paint", buffered: true });
        // No entry at all (nothing painted): 0, which the test reports as missing.
        setTimeout(() => resolve(0), 5_000);
      }),
  );
  await session.detach();
  return {
    responses,
    transferredBytes: responses.reduce((sum, response) => sum + response.transferredBytes, 0),
    decodedBytes: responses.reduce((sum, response) => sum + response.decodedBytes, 0),
    largestContentfulPaintMs,
  };
}
