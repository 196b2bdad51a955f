// What the explorer's end-to-end tests share: the built client, a fresh page per file, downloads.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Download, Page } from "playwright-core";
import { clientDistDir } from "../../server/http/client-app.js";

/** Fails early, with what to do, when the client has not been built. */
export function assertClientBuilt(): void {
  if (!existsSync(path.join(clientDistDir, "index.html"))) {
    throw new Error("client/dist is missing: run `npm run build` before the end-to-end tests (npm test does)");
  }
}

/** A page of the app in French (the default language), laptop-sized unless told, with its errors collected. */
export async function openExplorerPage(
  browser: Browser,
  options: { width?: number; height?: number; locale?: string } = {},
): Promise<{ page: Page; pageErrors: string[] }> {
  const context = await browser.newContext({
    locale: options.locale ?? "fr-FR",
    viewport: { width: options.width ?? 1280, height: options.height ?? 900 },
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on("pageerror", (error) => pageErrors.push(error.stack ?? String(error)));
  return { page, pageErrors };
}

/** Runs `trigger` and returns the file it makes the browser download, with its name and content. */
export async function downloadOf(
  page: Page,
  trigger: () => Promise<unknown>,
): Promise<{ name: string; content: Buffer; download: Download }> {
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 15_000 }), trigger()]);
  const file = await download.path();
  return { name: download.suggestedFilename(), content: readFileSync(file), download };
}

/** Folds white space the way the seed checks quotes. */
export function foldWhiteSpace(text: string): string {
  return text.replace(/\s+/gu, " ").trim();
}
