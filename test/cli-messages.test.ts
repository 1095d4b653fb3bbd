import { afterEach, describe, expect, test } from "vitest";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

const workload = (name: string, model: string, extra = "") =>
  `  - name: ${name}\n    model: ${model}\n    tokens: { input: 1000, output: 1000 }\n    requests: { per_day: 100000 }\n${extra}`;

let repo: TempRepo;
afterEach(() => repo?.cleanup());

describe("validate agrees with itself in every format", () => {
  test("an over-budget but valid manifest is valid in text, markdown and JSON, exit 0", async () => {
    repo = new TempRepo(false);
    // The budget is blown (check's business) and the dedicated block is ignored (a validity warning).
    repo.write(
      "ai-workloads.yaml",
      `version: 1\nworkloads:\n${workload("chat", "openai/gpt-oss-20b", "    budget: { monthly: 1 }\n    dedicated: { hardware: h100-80gb }\n")}`,
    );
    const text = await cli(repo.dir, "validate");
    expect(text.code).toBe(0);
    expect(text.stdout).toBe("1 file(s), 1 workload(s): valid, 1 warning\n");
    expect(text.stderr).toBe(
      "ai-workloads.yaml:8:5: warning: workloads[0].dedicated is ignored because mode is serverless [workloads[0].dedicated] (mode.unused-settings)\n",
    );
    const json = await cli(repo.dir, "validate", "--format", "json");
    expect(json.code).toBe(0);
    const report = JSON.parse(json.stdout);
    expect(report.summary).toMatchObject({ status: "warn", errors: 0, warnings: 1 });
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(["mode.unused-settings"]);
    const markdown = await cli(repo.dir, "validate", "--format", "markdown");
    expect(markdown.code).toBe(0);
    expect(markdown.stdout).toMatch(
      /^### tokenbudget validate: valid\n\n1 file\(s\), 1 workload\(s\): valid, 1 warning\n\n\| Severity \| Location \| Message \| Rule \|\n/,
    );
    // check still enforces the budget.
    expect((await cli(repo.dir, "check")).code).toBe(1);
  });

  test("an invalid manifest fails in text and JSON alike, exit 2", async () => {
    repo = new TempRepo(false);
    repo.write("ai-workloads.yaml", `version: 1\nworkloads:\n${workload("chat", "gpt-4o")}`);
    const text = await cli(repo.dir, "validate");
    expect(text).toEqual({
      code: 2,
      stdout: "1 file(s), 1 workload(s): invalid, 1 error\n",
      stderr:
        'ai-workloads.yaml:4:12: error: unknown model "gpt-4o" for provider together, but openai has it; set provider: openai on the workload (or in defaults) [workloads[0].model] (model.unknown)\n',
    });
    const json = await cli(repo.dir, "validate", "--format", "json");
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).summary).toMatchObject({ status: "fail", errors: 1 });
  });
});

describe("messages that say what to do", () => {
  test("an unknown key with no near miss lists the keys allowed there", async () => {
    repo = new TempRepo(false);
    repo.write("ai-workloads.yaml", `version: 1\nworkloads:\n${workload("chat", "openai/gpt-oss-20b", "    colour: red\n")}`);
    expect((await cli(repo.dir, "validate")).stderr).toBe(
      'ai-workloads.yaml:7:5: error: unknown key "colour" in workloads[0]; allowed keys: name, description, provider, model, mode, latency, tokens, requests, budget, tags, match, dedicated, cluster [workloads[0].colour] (schema)\n',
    );
  });

  test("diff with no changes says so", async () => {
    repo = new TempRepo();
    repo.write("ai-workloads.yaml", `version: 1\nworkloads:\n${workload("chat", "openai/gpt-oss-20b")}`);
    repo.commit("base");
    const table = await cli(repo.dir, "diff", "--base", "HEAD");
    expect(table.code).toBe(0);
    expect(table.stdout).toContain("note: no workload changed against HEAD\n");
    const json = JSON.parse((await cli(repo.dir, "diff", "--base", "HEAD", "--format", "json")).stdout);
    expect(json.notes).toEqual(["no workload changed against HEAD"]);
    expect(json.workloads).toEqual([]);
  });

  test("table findings use the one format: file:line:col: severity: message [path] (rule)", async () => {
    repo = new TempRepo(false);
    repo.write("ai-workloads.yaml", `version: 1\nworkloads:\n${workload("chat", "openai/gpt-oss-20b", "    budget: { monthly: 1 }\n")}`);
    const { stdout } = await cli(repo.dir, "estimate");
    expect(stdout).toMatch(
      /^ {2}ai-workloads\.yaml:7:13: error: workload chat projected \$[\d,.]+\/mo exceeds budget \$1\.00\/mo by .* \[workloads\[0\]\.budget\.monthly\] \(budget\.workload\.exceeded\)$/m,
    );
  });
});
