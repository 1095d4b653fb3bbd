import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";

/**
 * Debian's chromium, driven headless through playwright-core (which ships no browser of its
 * own). .ci/run installs it; TOKENBUDGET_CHROMIUM points elsewhere.
 */
export const CHROMIUM = process.env.TOKENBUDGET_CHROMIUM ?? "/usr/bin/chromium";

export const chromiumAvailable = existsSync(CHROMIUM);

/** Offline and quiet: no background requests, no first-run UI; playwright gives it a new empty profile. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--hide-scrollbars",
];

/**
 * The run's one headless Chromium, started on first use by the globalSetup in chromium-broker.ts.
 * Closing the returned Browser closes the pages this file opened and disconnects; the browser
 * stays up for the next file. Run outside vitest.config.ts (no broker), it launches its own.
 */
export async function connectChromium(): Promise<Browser> {
  const broker = inject("chromiumBroker");
  if (!broker) return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS });
  const response = await fetch(broker);
  const answer = await response.text();
  if (!response.ok) throw new Error(answer);
  return chromium.connect(answer);
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
