import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";

/**
 * Debian's chromium, driven headless through playwright-core (which ships no browser of its
 * own). .ci/run installs it; TOKENBUDGET_CHROMIUM points elsewhere.
 */
export const CHROMIUM = process.env.TOKENBUDGET_CHROMIUM ?? "/usr/bin/chromium";

export const chromiumAvailable = existsSync(CHROMIUM);

/** Offline and quiet: no background requests, no first-run UI; playwright gives it a new empty profile. */
const FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--hide-scrollbars",
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: FLAGS });
}

/** Opens a page file as a reader would (from disk, 1,000 px wide), recording console errors, script errors and any request. */
export async function openFile(browser: Browser, file: string): Promise<{ page: Page; problems: string[] }> {
  const url = pathToFileURL(file).href;
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  const problems: string[] = [];
  page.on("console", (m) => m.type() === "error" && problems.push(`console: ${m.text()}`));
  page.on("pageerror", (e) => problems.push(`script: ${e.message}`));
  page.on("request", (r) => r.url() !== url && problems.push(`request: ${r.url()}`));
  await page.goto(url);
  return { page, problems };
}
