import { afterEach, describe, expect, test } from "vitest";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

/**
 * Edges of exact money, found outside-in after it replaced decimal.js (which answered a division
 * by zero with Infinity): a $0 budget with spend has no finite share (JSON writes null) but is
 * still over, a capacity figure is the exact product, not a quotient taken back, and a value that
 * rounds to zero is never a divisor.
 */
const manifest = (budget: string) => `version: 1
prices:
  - { model: acme/chat, input: 1, output: 2 }
budgets:
  - { name: support, match: { team: support }, monthly: ${budget} }
workloads:
  - name: chat
    model: acme/chat
    tokens: { input: 1000, output: 100 }
    requests: { per_day: 100, growth_percent_per_month: 10 }
    budget: { monthly: ${budget} }
    tags: { team: support }
`;

let repo: TempRepo;
afterEach(() => repo?.cleanup());

describe("a $0 budget with spend", () => {
  test("every format renders it as over, with no percent, and fails the check instead of crashing", async () => {
    repo = new TempRepo(false).write("ai-workloads.yaml", manifest("0"));
    const html = await cli(repo.dir, "check", "--format", "html");
    expect(html.stderr).toBe("");
    expect(html.code).toBe(1);
    expect(html.stdout).toContain("✗ over</span>");
    // 100 a day x 730/24 x (1,000 x $1 + 100 x $2) / 1M = $3.65 a month.
    const table = await cli(repo.dir, "check");
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(/\$3\.65 +\$0\.001200 +over\n/);
    expect(table.stdout).toContain("over $0.00 budget");
    const markdown = await cli(repo.dir, "check", "--format", "markdown");
    expect(markdown.stdout).toContain("❌ over $0.00");
    const json = JSON.parse((await cli(repo.dir, "check", "--format", "json")).stdout);
    expect(json.workloads[0].budget).toEqual({ monthly: 0, percentUsed: null, status: "over" });
    expect(json.budgets[0]).toMatchObject({ monthly: 0, percentUsed: null, status: "over" });
  });

  test("a $1 budget still draws its forecast in the HTML page", async () => {
    repo = new TempRepo(false).write("ai-workloads.yaml", manifest("1"));
    const html = await cli(repo.dir, "check", "--format", "html");
    expect(html.code).toBe(1);
    expect(html.stdout).toContain('id="forecast"');
  });
});

test("the capacity a dedicated endpoint serves is the exact product: 0.5 tok/s x 3,600 x 100.25 h = 180,450 (180.4K, half-even)", async () => {
  repo = new TempRepo(false).write(
    "ai-workloads.yaml",
    `version: 1
workloads:
  - name: ep
    provider: together
    model: meta-llama/Llama-3.3-70B-Instruct-Turbo
    mode: dedicated
    tokens: { input: 100, output: 1 }
    requests: { per_hour: 7 }
    dedicated: { hardware: h100-80gb, gpus: 8, replicas: 1, hours: 100.25, tokens_per_second: 0.5 }
`,
  );
  const { stdout } = await cli(repo.dir, "check", "--format", "json");
  const finding = JSON.parse(stdout).findings.find((f: { rule: string }) => f.rule === "capacity.exceeded");
  expect(finding.message).toContain("1 replica(s) can serve 180.4K");
});

test("a throughput so small it rounds to no tokens (1e-30 a second) is an unknown capacity in compare, not a division by zero", async () => {
  repo = new TempRepo(false).write(
    "ai-workloads.yaml",
    `version: 1
workloads:
  - name: ep
    provider: together
    model: meta-llama/Llama-3.3-70B-Instruct-Turbo
    mode: dedicated
    tokens: { input: 100, output: 1 }
    requests: { per_hour: 7 }
    dedicated: { hardware: h100-80gb, gpus: 8, replicas: 1, hours: 100, tokens_per_second: 1e-30 }
`,
  );
  const result = await cli(repo.dir, "compare");
  expect(result.stderr).toBe("");
  expect(result.code).toBe(0);
  expect(result.stdout).toContain("(capacity unknown)");
});
