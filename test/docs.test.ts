// The documentation paper cuts of issue 26 (item 13): what the docs say matches what ships.
import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { REPORT_FORMAT_NAMES } from "../src/cli/formats.js";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

const ROOT = path.join(import.meta.dirname, "..");
const read = (file: string) => readFileSync(path.join(ROOT, file), "utf8");

let repo: TempRepo | undefined;
afterEach(() => {
  repo?.cleanup();
  repo = undefined;
});

describe("the docs", () => {
  test("demo.sh's usage lists every --format check takes", () => {
    const usage = /^# Usage: bash examples\/pr-scenario\/demo\.sh \[--format ([a-z|]+)\]$/m.exec(read("examples/pr-scenario/demo.sh"));
    expect(usage?.[1]?.split("|")).toEqual([...REPORT_FORMAT_NAMES]);
  });

  test("the README's manifest table names every key a workload may have", () => {
    const schema = JSON.parse(read("schemas/ai-workloads.schema.json")) as {
      definitions: { workload: { properties: Record<string, unknown> } };
    };
    const row = read("README.md")
      .split("\n")
      .find((line) => line.startsWith("| `workloads[]` |"))!;
    for (const key of Object.keys(schema.definitions.workload.properties)) expect(row, key).toContain(`\`${key}\``);
  });
});

describe("findings and math a reader checks", () => {
  test("group-budget and increase findings carry their [path]", async () => {
    repo = new TempRepo();
    const manifest = (perDay: number) =>
      `version: 1\npolicy: { max_increase_percent: 10, max_increase: 1 }\nbudgets:\n  - name: support\n    match: { team: support }\n    monthly: 5\nworkloads:\n  - name: chat\n    model: openai/gpt-oss-120b\n    tokens: { input: 1000, output: 100 }\n    requests: { per_day: ${perDay} }\n    tags: { team: support }\n`;
    repo.write("ai-workloads.yaml", manifest(1000));
    repo.commit("base");
    repo.write("ai-workloads.yaml", manifest(2000));
    const run = await cli(repo.dir, "check", "--base", "HEAD", "--format", "json");
    const findings = JSON.parse(run.stdout).findings as Array<{ rule: string; path?: string; line: number }>;
    expect(findings.filter((f) => /^(budget\.group|increase)\./.test(f.rule)).map((f) => [f.rule, f.path, f.line])).toEqual([
      ["increase.absolute", "policy.max_increase", 2],
      ["increase.percent", "policy.max_increase_percent", 2],
      ["budget.group.exceeded", "budgets[0]", 4],
    ]);
  });

  test("a math line shows a small amount with 4 significant digits, not $0.00; exact cents stay cents", async () => {
    repo = new TempRepo(false);
    repo.write(
      "ai-workloads.yaml",
      "version: 1\nprices:\n  - { model: mine/m, input: 2, output: 1 }\nworkloads:\n  - name: w\n    model: mine/m\n    tokens: { input: 2, output: 10000 }\n    requests: { per_month: 1000 }\n",
    );
    const json = JSON.parse((await cli(repo.dir, "estimate", "--format", "json")).stdout) as {
      workloads: Array<{ costComponents: Array<{ math: string }> }>;
    };
    expect(json.workloads[0]!.costComponents.map((c) => c.math)).toEqual([
      "2.000K input tok x $2.00/1M = $0.004000",
      "10.00M output tok x $1.00/1M = $10.00",
    ]);
  });
});
