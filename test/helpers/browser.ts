import { existsSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { chromium, type Browser, type Page } from "playwright-core";
import { inject } from "vitest";

/**
 * Debian's Chromium headless shell (package chromium-headless-shell), driven through
 * playwright-core (which ships no browser of its own): the same Blink as the browser without its
 * user interface, which Playwright also runs for headless tests. Here it cost less than half the
 * CPU of the full browser for the same pages (BENCHMARKS.md, "npm test"). .ci/run installs it;
 * TOKENBUDGET_CHROMIUM points at another Chromium or Chrome.
 */
export const CHROMIUM = process.env.TOKENBUDGET_CHROMIUM ?? "/usr/bin/chromium-headless-shell";

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

export interface Opened {
  page: Page;
  /** Console errors, script errors, dialogs and requests for anything but the file, since it was opened. */
  problems: string[];
}

/**
 * One tab that a test file's pages are opened in, one after another. A new tab costs Chromium two
 * or three renderer processes, about 0.75 s of CPU here, twice a navigation's cost; a navigation
 * starts from a fresh document, and `open` also resets what a test may have changed (the
 * viewport, emulated media and colour scheme). The Opened it returns is the tab showing that
 * file until the next `open`.
 */
export class Tab {
  private page: Promise<Page> | undefined;
  private url = "";
  private problems: string[] = [];

  constructor(private readonly browser: Browser) {}

  /** Opens a page file as a reader would (from disk, 1,000 px wide unless told), recording its problems. */
  async open(file: string, options: { width?: number; colorScheme?: "light" | "dark" } = {}): Promise<Opened> {
    const page = await (this.page ??= this.start());
    this.url = pathToFileURL(file).href;
    this.problems = [];
    await page.setViewportSize({ width: options.width ?? 1000, height: 800 });
    await page.emulateMedia({ media: null, colorScheme: options.colorScheme ?? "light" });
    await page.goto(this.url, { waitUntil: "load" });
    return { page, problems: this.problems };
  }

  private async start(): Promise<Page> {
    const page = await this.browser.newPage();
    page.on("console", (m) => m.type() === "error" && this.problems.push(`console: ${m.text()}`));
    page.on("pageerror", (e) => this.problems.push(`script: ${e.message}`));
    page.on("dialog", (d) => (this.problems.push(`dialog: ${d.message()}`), void d.dismiss()));
    page.on("request", (r) => r.url() !== this.url && this.problems.push(`request: ${r.url()}`));
    return page;
  }
}

/** Opens a page file in a tab of its own. */
export function openFile(browser: Browser, file: string): Promise<Opened> {
  return new Tab(browser).open(file);
}
