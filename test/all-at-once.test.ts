// `validate` shows every problem of a file at once (issue 26, item 2): the model, hardware and
// context-window checks run on the workloads the schema accepts, even when it refuses others,
// and on every workload when a manifest rule (a missing dedicated: block) fails one of them.
import { afterEach, describe, expect, test } from "vitest";
import { cli } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

let repo: TempRepo;
afterEach(() => repo?.cleanup());

async function validate(manifest: string): Promise<{ code: number; stdout: string; problems: string[] }> {
  repo = new TempRepo(false);
  repo.write("ai-workloads.yaml", manifest);
  repo.write(
    "ok/ai-workloads.yaml",
    "version: 1\nworkloads:\n  - name: fine\n    model: openai/gpt-oss-120b\n    tokens: { input: 1000, output: 100 }\n    requests: { per_day: 10 }\n",
  );
  const run = await cli(repo.dir, "validate");
  return { code: run.code, stdout: run.stdout, problems: run.stderr.split("\n").filter(Boolean) };
}

const workload = (name: string, body: string) => `  - name: ${name}\n${body.replace(/^/gm, "    ")}\n`;

describe("every problem of a file at once", () => {
  test("a missing dedicated: block, a context overflow and unknown hardware, in one run", async () => {
    const run = await validate(
      `version: 1\nworkloads:\n${workload("big", "model: openai/gpt-oss-120b\nmode: dedicated\ntokens: { input: 1000, output: 100 }\nrequests: { per_day: 10 }")}${workload("long", "model: openai/gpt-oss-120b\ntokens: { input: 900000, output: 100 }\nrequests: { per_day: 10 }")}${workload("hw", "model: openai/gpt-oss-120b\nmode: dedicated\ndedicated: { hardware: h100-80gbb, gpus: 1, replicas: 1 }\ntokens: { input: 1000, output: 100 }\nrequests: { per_day: 10 }")}`,
    );
    expect(run.code).toBe(2);
    expect(run.problems).toEqual([
      "ai-workloads.yaml:3:5: error: workloads[0] runs on a dedicated endpoint and needs dedicated: { hardware, gpus, replicas } [workloads[0]] (mode.settings)",
      "ai-workloads.yaml:10:13: error: 900100 tokens per request (input + output) exceed the 131072-token context window of openai/gpt-oss-120b [workloads[1].tokens] (context.exceeded)",
      'ai-workloads.yaml:15:16: error: unknown hardware "h100-80gbb" for provider together (known: h100-80gb, h200-141gb, b200-180gb, gb300-280gb, b300-280gb); set dedicated.hourly_rate to price it [workloads[2].dedicated.hardware] (hardware.unknown)',
    ]);
    // The invalid file is never priced; the valid one still is.
    expect(run.stdout).toBe("2 file(s), 1 workload(s): invalid, 3 errors\n");
  });

  test("a schema error in one workload does not hide an unknown model in another, nor a bad policy value the rest", async () => {
    const run = await validate(
      `version: 1\npolicy: { unknown_model: sometimes }\nworkloads:\n${workload("typo", "model: openai/gpt-oss-120bb\ntokens: { input: 1000, output: 100 }\nrequests: { per_day: 10 }")}${workload("bad", "model: openai/gpt-oss-120b\ntokens: { input: 1000, output: 100 }\nrequests: { per_day: lots }")}`,
    );
    expect(run.code).toBe(2);
    expect(run.problems).toEqual([
      'ai-workloads.yaml:2:26: error: policy.unknown_model must be one of error, warning, got "sometimes" [policy.unknown_model] (schema)',
      'ai-workloads.yaml:5:12: error: unknown model "openai/gpt-oss-120bb" for provider together (did you mean openai/gpt-oss-120b, openai/gpt-oss-20b?); add it under prices: with your rates, or load a catalog that has it [workloads[0].model] (model.unknown)',
      'ai-workloads.yaml:11:26: error: workloads[1].requests.per_day must be a number or a range { low, expected, high }, got "lots" [workloads[1].requests.per_day] (schema)',
    ]);
  });

  test("when the schema leaves nothing to check (no workloads list, bad defaults or prices), only its messages show", async () => {
    const noList = await validate("version: 1\nworkloads: { name: a }\n");
    expect(noList.problems).toEqual(["ai-workloads.yaml:2:12: error: workloads must be a list, got a mapping [workloads] (schema)"]);
    // A refused prices: entry could be the price of a model below: no unknown-model guess is made.
    const badPrice = await validate(
      `version: 1\nprices:\n  - { model: acme/own, input: -1, output: 1 }\nworkloads:\n${workload("own", "model: acme/own\ntokens: { input: 1000, output: 100 }\nrequests: { per_day: 10 }")}`,
    );
    expect(badPrice.problems).toEqual([
      "ai-workloads.yaml:3:31: error: prices[0].input must be at least 0, got -1 [prices[0].input] (schema)",
    ]);
  });
});
