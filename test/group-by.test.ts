// --group-by: the built-in dimensions (model, provider, mode, file) as well as tags, and a warning
// for a dimension nothing has (issue 26, item 4).
import { afterEach, describe, expect, test } from "vitest";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

const workload = (name: string, model: string, perDay: number, extra = "") =>
  `  - name: ${name}\n    model: ${model}\n    tokens: { input: 1000, output: 100 }\n    requests: { per_day: ${perDay} }\n${extra}`;

let repo: TempRepo;
afterEach(() => repo?.cleanup());

function setup(): string {
  repo = new TempRepo(false);
  // openai/gpt-oss-120b: $0.15 in / $0.60 out per 1M -> 1,000 + 100 tokens = $0.00021 a request.
  repo.write(
    "a/ai-workloads.yaml",
    `version: 1\nworkloads:\n${workload("chat", "openai/gpt-oss-120b", 1000, "    tags: { env: prod, model: custom }\n")}${workload("nightly", "openai/gpt-oss-120b", 1000, "    mode: batch\n    tags: { env: dev }\n")}`,
  );
  repo.write("b/ai-workloads.yaml", `version: 1\nworkloads:\n${workload("triage", "openai/gpt-oss-20b", 1000)}`);
  return repo.dir;
}

type Group = { tag: string; values: Array<{ value: string; workloads: number; monthlyCost: number }> };

async function groups(dir: string, ...by: string[]): Promise<{ groups: Group[]; stderr: string }> {
  const run = await cli(dir, "estimate", "--format", "json", ...by.flatMap((b) => ["--group-by", b]));
  expect(run.code, run.stderr).toBe(0);
  const report = JSON.parse(run.stdout) as {
    groups: Group[];
    workloads: Array<{ model: string; provider: string; mode: string; file: string; monthlyCost: number }>;
  };
  return { groups: report.groups, stderr: run.stderr };
}

describe("--group-by", () => {
  test("model, provider, mode and file total the workloads' own fields, each value's cost the sum of its workloads", async () => {
    const dir = setup();
    const { groups: got, stderr } = await groups(dir, "model", "provider", "mode", "file");
    expect(stderr).toBe("");
    const shape = got.map((g) => [g.tag, g.values.map((v) => [v.value, v.workloads])]);
    // Largest spend first.
    expect(shape).toEqual([
      [
        "model",
        [
          ["openai/gpt-oss-120b", 2],
          ["openai/gpt-oss-20b", 1],
        ],
      ],
      ["provider", [["together", 3]]],
      [
        "mode",
        [
          ["serverless", 2],
          ["batch", 1],
        ],
      ],
      [
        "file",
        [
          ["a/ai-workloads.yaml", 2],
          ["b/ai-workloads.yaml", 1],
        ],
      ],
    ]);
    const json = JSON.parse((await cli(dir, "estimate", "--format", "json")).stdout) as {
      workloads: Array<{ model: string; monthlyCost: number }>;
    };
    const sum = (model: string) => json.workloads.filter((w) => w.model === model).reduce((a, w) => a + w.monthlyCost, 0);
    const model = got.find((g) => g.tag === "model")!;
    expect(model.values.map((v) => v.monthlyCost)).toEqual(
      [sum("openai/gpt-oss-120b"), sum("openai/gpt-oss-20b")].map((n) => Number(n.toFixed(9))),
    );
  });

  test("tags still group, and tag:NAME reaches a tag named like a dimension", async () => {
    const dir = setup();
    const { groups: got } = await groups(dir, "env", "tag:model");
    expect(got.map((g) => [g.tag, g.values.map((v) => `${v.value}:${v.workloads}`)])).toEqual([
      ["env", ["dev:1", "prod:1", "(untagged):1"]],
      ["tag:model", ["(untagged):2", "custom:1"]],
    ]);
  });

  test("the table prints the groups; an unknown dimension is a warning with the closest name, not silence", async () => {
    const dir = setup();
    const table = await cli(dir, "estimate", "--group-by", "model", "--group-by", "modell", "--group-by", "evn");
    expect(table.code).toBe(0);
    expect(table.stdout).toMatch(/^By model: openai\/gpt-oss-120b \$[\d,.]+, openai\/gpt-oss-20b \$[\d,.]+$/m);
    expect(table.stderr).toBe(
      'tokenbudget: warning: --group-by modell: no workload has a tag "modell" (did you mean "model"?); group by model, provider, mode, file or a tag\n' +
        'tokenbudget: warning: --group-by evn: no workload has a tag "evn" (did you mean "env"?); group by model, provider, mode, file or a tag\n',
    );
  });
});
