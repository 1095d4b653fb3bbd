// `tokenbudget merge` end to end: JSON reports written by the CLI for three repositories (two
// pull requests with a base, one plain estimate), combined into one roll-up.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { chromiumAvailable, connectChromium, openFile } from "./helpers/browser.js";
import { cli } from "./helpers/cli.js";
import { TempRepo, prScenarioRepo } from "./helpers/repo.js";

const ROOT = path.join(import.meta.dirname, "..");
let dir: string;
const totals: Record<string, number> = {};

async function report(name: string, cwd: string, ...args: string[]): Promise<void> {
  const result = await cli(cwd, ...args, "--format", "json");
  mkdirSync(path.join(dir, name), { recursive: true });
  writeFileSync(path.join(dir, name, "report.json"), result.stdout);
  totals[name] = JSON.parse(result.stdout).summary.monthlyCost;
}

beforeAll(async () => {
  dir = mkdtempSync(path.join(os.tmpdir(), "tokenbudget-merge-"));
  const support = prScenarioRepo();
  const payments = new TempRepo();
  payments.write(
    "ai-workloads.yaml",
    "version: 1\ndefaults: { provider: together }\nworkloads:\n  - { name: fraud-check, model: openai/gpt-oss-20b, tokens: { input: 1000, output: 100 }, requests: { per_day: 100000 }, budget: { monthly: 100 }, tags: { team: payments } }\n",
  );
  payments.commit("base");
  payments.write(
    "ai-workloads.yaml",
    "version: 1\ndefaults: { provider: together }\nworkloads:\n  - { name: fraud-check, model: openai/gpt-oss-120b, tokens: { input: 1000, output: 100 }, requests: { per_day: 100000 }, budget: { monthly: 100 }, tags: { team: payments } }\n",
  );
  try {
    await report("support", support.dir, "check", "--base", "HEAD");
    await report("payments", payments.dir, "check", "--base", "HEAD");
    await report("planning", ROOT, "estimate", "examples/planning");
  } finally {
    support.cleanup();
    payments.cleanup();
  }
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = () => ["support/report.json", "payments/report.json", "planning/report.json"];

describe("tokenbudget merge", () => {
  test("json: totals by repository, team, model and provider; budgets at risk; top movers", async () => {
    const result = await cli(dir, "merge", ...files(), "--format", "json");
    expect(result.stderr).toBe("");
    expect(result.code).toBe(0);
    const m = JSON.parse(result.stdout);
    expect(m.reports).toBe(3);
    expect(m.total.monthlyCost).toBeCloseTo(totals.support! + totals.payments! + totals.planning!, 6);
    // The planning report has no base: the org's base and change are unknown, not a partial sum.
    expect([m.total.baseMonthlyCost, m.total.diffMonthlyCost]).toEqual([null, null]);
    expect(m.byRepository.map((r: { repository: string; monthlyCost: number }) => [r.repository, r.monthlyCost])).toEqual(
      Object.entries(totals).sort((a, b) => b[1] - a[1]),
    );
    expect(m.byTeam.find((t: { key: string }) => t.key === "payments")).toMatchObject({ workloads: 1, monthlyCost: totals.payments });
    expect(m.byProvider.map((p: { key: string }) => p.key)).toEqual(["together"]);
    expect(m.byModel.reduce((a: number, r: { monthlyCost: number }) => a + r.monthlyCost, 0)).toBeCloseTo(m.total.monthlyCost, 6);
    const risk = m.budgetsAtRisk.map((b: { repository: string; name: string; status: string }) => `${b.repository}/${b.name}:${b.status}`);
    expect(risk).toEqual(expect.arrayContaining(["support/support-team:over", "payments/fraud-check:over", "support/support-chat:over"]));
    expect(risk.indexOf("support/refund-agent:near")).toBeGreaterThan(risk.lastIndexOf(risk.find((r: string) => r.endsWith(":over"))));
    expect(m.topMovers[0]).toMatchObject({ repository: "support", workload: "support-chat", diffMonthlyCost: 4737.7 });
    expect(m.topMovers.map((v: { workload: string }) => v.workload)).toContain("fraud-check");
  });

  test("markdown: the same sections, names escaped", async () => {
    const result = await cli(dir, "merge", ...files(), "--format", "markdown");
    expect(result.code).toBe(0);
    for (const heading of [
      "## tokenbudget: org roll-up",
      "### By repository",
      "### By team",
      "### By model",
      "### By provider",
      "### Budgets at risk",
      "### Top movers",
    ])
      expect(result.stdout).toContain(`\n${heading}\n`.replace(/^\n## /, "## "));
    expect(result.stdout).toContain("| support | ✗ fail |");
  });

  test("bad input is one line and exit 2: not JSON, not a report, missing", async () => {
    writeFileSync(path.join(dir, "junk.json"), "{not json");
    writeFileSync(path.join(dir, "other.json"), JSON.stringify({ hello: "world" }));
    expect(await cli(dir, "merge", "junk.json")).toMatchObject({
      code: 2,
      stdout: "",
      stderr: "tokenbudget: junk.json is not JSON (write it with check --format json)\n",
    });
    expect((await cli(dir, "merge", "other.json")).stderr).toMatch(
      /^tokenbudget: other\.json is not a tokenbudget report \(schemas\/report\.schema\.json\): .*\n$/,
    );
    expect(await cli(dir, "merge", "missing.json")).toMatchObject({ code: 2, stderr: "tokenbudget: cannot read missing.json: ENOENT\n" });
    expect(await cli(dir, "merge")).toMatchObject({
      code: 2,
      stderr: "tokenbudget: merge needs one or more REPORT.json files (written by check --format json)\n",
    });
  });

  test.skipIf(!chromiumAvailable && !process.env.CI)(
    "html in headless Chromium: tiles, the charts drawn, every table sortable, nothing loads",
    async () => {
      const result = await cli(dir, "merge", ...files(), "--format", "html");
      const file = path.join(dir, "rollup.html");
      writeFileSync(file, result.stdout);
      const browser = await connectChromium();
      try {
        const { page, problems } = await openFile(browser, file);
        expect(await page.locator("#kpi-at-risk .tile-value").innerText()).toBe(
          String(JSON.parse((await cli(dir, "merge", ...files(), "--format", "json")).stdout).budgetsAtRisk.length),
        );
        const charts = await page.$$eval("figure[data-marks]", (all: any[]) =>
          all.map((f) => [f.id, f.querySelectorAll('[aria-roledescription="bar"]').length, Number(f.getAttribute("data-marks"))]),
        );
        expect(charts.map((c) => c[0])).toEqual([
          "chart-rollup-repository",
          "chart-rollup-team",
          "chart-rollup-model",
          "chart-rollup-provider",
        ]);
        for (const [, drawn, expected] of charts) expect(drawn).toBe(expected);
        expect(await page.locator("#table-repositories tbody tr").count()).toBe(3);
        expect(await page.locator("#table-movers tbody tr").first().innerText()).toMatch(
          /^support-chat\tsupport\tchanged\t\$4,657\.40\t\$9,395\.10\t\+\$4,737\.70$/,
        );
        if (process.env.UPDATE_GOLDEN)
          await page.screenshot({
            path: path.join(ROOT, "docs/merge.png"),
            fullPage: true,
            clip: { x: 0, y: 0, width: 1000, height: 1400 },
          });
        expect(problems).toEqual([]);
      } finally {
        await browser.close();
      }
    },
  );
});
