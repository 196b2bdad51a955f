import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { projectRoot } from "../../server/config.js";

/** Debian's Chromium; no test tool downloads a browser of its own. */
export const chromiumPath = "/usr/bin/chromium";

/** Where end-to-end tests leave a screenshot of each view (git-ignored), for a person to look at. */
export const screenshotDir = path.join(projectRoot, "tests", "e2e", "screenshots");

/** Launches headless Chromium with the flags this closed-network machine needs. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
    ],
  });
}

/** Saves a full-page screenshot named after the view. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(screenshotDir, { recursive: true });
  const file = path.join(screenshotDir, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
