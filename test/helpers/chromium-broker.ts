import { readFileSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { BrowserServer } from "playwright-core";
import type { TestProject } from "vitest/node";
import { CHROMIUM, CHROMIUM_FLAGS, chromiumAvailable } from "./browser.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Loopback URL that answers with the run's shared Chromium's WebSocket endpoint (see connectChromium). */
    chromiumBroker: string;
  }
}

/**
 * Playwright starts Chromium in a session of its own, and Linux schedules each session as a group
 * (autogroup) with the default share, whatever the test run's: in a run started at a higher
 * priority on a busy machine, the browser tests crawled towards their timeouts while the rest ran.
 * The browser's group gets the run's niceness; where that is not Linux or not allowed, nothing changes.
 */
function atRunPriority(pid: number | undefined): void {
  try {
    const nice = /nice (-?\d+)/.exec(readFileSync("/proc/self/autogroup", "utf8"))?.[1];
    if (pid !== undefined && nice !== undefined) writeFileSync(`/proc/${pid}/autogroup`, nice);
  } catch {
    // The default share.
  }
}

/**
 * vitest globalSetup: one headless Chromium for the whole run instead of one per browser test file
 * (each launch costs about 2 s of CPU). It starts on the first request, so a run with no browser
 * test starts none, and it is closed when the run ends.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  let launched: Promise<BrowserServer> | undefined;
  const launch = async (): Promise<BrowserServer> => {
    const { chromium } = await import("playwright-core");
    const server = await chromium.launchServer({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_FLAGS, host: "127.0.0.1" });
    atRunPriority(server.process().pid);
    return server;
  };
  const broker = createServer((_request, response) => {
    if (!chromiumAvailable) {
      response.writeHead(404).end(`no Chromium at ${CHROMIUM}`);
      return;
    }
    launched ??= launch();
    launched.then(
      (server) => response.end(server.wsEndpoint()),
      (error: unknown) => response.writeHead(500).end(`Chromium did not start: ${String(error)}`),
    );
  });
  await new Promise<void>((resolve) => broker.listen(0, "127.0.0.1", resolve));
  project.provide("chromiumBroker", `http://127.0.0.1:${(broker.address() as AddressInfo).port}/`);
  return async () => {
    broker.close();
    await (await launched?.catch(() => undefined))?.close();
  };
}
