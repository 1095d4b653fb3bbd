/**
 * actuals --format html in a real headless Chromium: the projected-against-actual chart draws
 * one bar and one label per amount, usage and manifest strings are escaped, and the page loads
 * nothing and runs no script but its own.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../src/cli/main.js";
import { chromiumAvailable, CHROMIUM, connectChromium, Tab } from "./helpers/browser.js";
import { ROOT } from "./helpers/action-run.js";

async function html(cwd: string, ...args: string[]): Promise<string> {
  let stdout = "";
  await main(["actuals", ...args, "--format", "html"], {
    cwd,
    env: {},
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: () => true },
    today: "2026-12-07",
  });
  return stdout;
}

describe("actuals --format html", () => {
  let browser: Browser;
  let tab: Tab;
  let dir: string;
  beforeAll(async () => {
    if (!chromiumAvailable) throw new Error(`no Chromium at ${CHROMIUM}`);
    browser = await connectChromium();
    tab = new Tab(browser);
    dir = mkdtempSync(path.join(tmpdir(), "tokenbudget-actuals-html-"));
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  async function bars(page: string): Promise<{ marks: number; expected: number; texts: string[]; problems: string[] }> {
    const file = path.join(dir, "page.html");
    writeFileSync(file, page);
    const { page: shown, problems } = await tab.open(file);
    const found = await shown.$eval("figure#chart-actuals", (f) => ({
      marks: f.querySelectorAll('[aria-roledescription="bar"]').length,
      expected: Number(f.getAttribute("data-marks")),
      texts: Array.from(f.querySelectorAll("g.mark-text.role-mark text"), (t: { textContent: string | null }) => String(t.textContent)),
    }));
    return { ...found, problems };
  }

  test("projected, actual and billed bars for the bundled example, with their amounts written", async () => {
    const page = await html(
      ROOT,
      "--usage",
      "test/fixtures/actuals/anthropic-usage.json",
      "--usage",
      "test/fixtures/actuals/anthropic-cost.jsonl",
      "examples/ai-workloads.yaml",
    );
    const found = await bars(page);
    // Four workloads projected and measured, one billed (support-assistant's cost report).
    expect(found.marks).toBe(9);
    expect(found.expected).toBe(9);
    expect(found.texts).toEqual(expect.arrayContaining(["projected $12,000.00", "actual $12,169.05", "billed $10,493.75"]));
    expect(found.problems).toEqual([]);
    expect(page).toContain("actuals.price-mismatch");
  });

  test("names from the manifest and the usage data are escaped", async () => {
    writeFileSync(
      path.join(dir, "ai-workloads.yaml"),
      `version: 1
workloads:
  - name: "<img src=x onerror=alert(1)>"
    model: openai/gpt-oss-120b
    tokens: { input: 100, output: 10 }
    requests: { per_day: 10 }
`,
    );
    const line = {
      object: "page",
      data: [
        {
          start_time: 1_793_491_200,
          end_time: 1_793_577_600,
          results: [
            {
              object: "organization.usage.completions.result",
              input_tokens: 1000,
              output_tokens: 100,
              num_model_requests: 10,
              model: "<script>alert(2)</script>",
            },
          ],
        },
      ],
    };
    writeFileSync(path.join(dir, "usage.jsonl"), `${JSON.stringify(line)}\n`);
    const page = await html(dir, "--usage", "usage.jsonl");
    expect(page).not.toContain("<img src=x");
    expect(page).not.toContain("<script>alert");
    expect(page).toContain("&lt;script&gt;alert(2)&lt;/script&gt;");
    const found = await bars(page);
    expect(found.problems).toEqual([]);
    expect(found.marks).toBe(found.expected);
  });
});
