// What the explorer's end-to-end tests share: the built client, a server, Chromium and a fresh page per file, downloads.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Download, Page } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { clientDistDir } from "../../server/http/client-app.js";
import { TestServer } from "../helpers/test-server.js";
import { launchChromium } from "./browser.js";

/** Fails early, with what to do, when the client (or one of its pages, e.g. `graphiql/index.html`) has not been built. */
export function assertClientBuilt(builtPage = "index.html"): void {
  if (!existsSync(path.join(clientDistDir, builtPage))) {
    throw new Error(
      `client/dist/${builtPage} is missing: run \`npm run build\` before the end-to-end tests (npm test does)`,
    );
  }
}

/** What `useExplorerPage` starts for a test file. */
export interface ExplorerPage {
  /** The Maillage server on a free port over the test Neo4j; facts it saves are removed on close. */
  readonly server: TestServer;
  readonly browser: Browser;
  /** A page of the app in French, laptop-sized unless told. */
  readonly page: Page;
  /** The page's uncaught errors, to expect empty. */
  readonly pageErrors: string[];
}

/** What a file's explorer page needs: the server's options, the page's size, which built page must exist. */
export interface ExplorerPageOptions {
  server?: Parameters<typeof TestServer.start>[0];
  width?: number;
  height?: number;
  builtPage?: string;
}

/**
 * Starts a test server, Chromium and one page of the app before the file's tests, and closes them
 * after. Call it once in the `describe`; read `explorer.page` in tests and in the hooks declared
 * after it (their `afterAll` runs before the close).
 */
export function useExplorerPage(options: ExplorerPageOptions = {}): ExplorerPage {
  let started: { server: TestServer; browser?: Browser; page?: Page; pageErrors?: string[] } | undefined;
  const get = <Key extends keyof ExplorerPage>(key: Key): NonNullable<ExplorerPage[Key]> => {
    const value = started?.[key];
    if (!value)
      throw new Error(
        `explorer.${key} is not started: read it in a test or in a hook declared after useExplorerPage()`,
      );
    return value as NonNullable<ExplorerPage[Key]>;
  };

  beforeAll(async () => {
    assertClientBuilt(options.builtPage);
    started = { server: await TestServer.start(options.server) };
    started.browser = await launchChromium();
    Object.assign(started, await openExplorerPage(started.browser, { width: options.width, height: options.height }));
    // Any Content-Security-Policy refusal on the file's page fails the file (the CSP must fit the app).
    started.page?.on("console", (message) => {
      if (/Content Security Policy/iu.test(message.text())) cspViolations.push(message.text());
    });
  });

  const cspViolations: string[] = [];
  afterAll(async () => {
    await started?.browser?.close();
    await started?.server.close();
    started = undefined;
    expect(cspViolations, "the browser refused something under the Content-Security-Policy").toEqual([]);
  });

  return {
    get server() {
      return get("server");
    },
    get browser() {
      return get("browser");
    },
    get page() {
      return get("page");
    },
    get pageErrors() {
      return get("pageErrors");
    },
  };
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
