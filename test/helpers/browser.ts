import { existsSync } from "node:fs";
import { chromium, type Browser } from "playwright-core";

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
