import { readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, test } from "vitest";
import { cli, cliJson } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";
import { MODEL_A, MODEL_B, writeUsageLog, type WrittenUsageLog } from "./helpers/usage-log.js";

const ROOT = path.join(import.meta.dirname, "..");

// MODEL_A is arcee-ai/maestro-reasoning, which no catalog prices: the team's rate is an override.
const MANIFEST = `version: 1
prices:
  - model: ${MODEL_A}
    input: 0.90
    output: 3.30
workloads:
  # The article's guess, before anyone measured.
  - name: support-assistant
    model: ${MODEL_A}
    tokens: { input: 3000, output: 1000 } # per request
    requests: { per_month: 2000000 }
    budget: { monthly: 15000 }
`;

describe("tokenbudget calibrate on a generated log of 3,020 requests with known statistics", () => {
  let repo: TempRepo;
  let log: WrittenUsageLog;
  let logs: string[];
  beforeEach(async () => {
    repo = new TempRepo(false);
    log = await writeUsageLog(repo.dir);
    logs = log.files.map((f) => path.relative(repo.dir, f));
    repo.write("ai-workloads.yaml", MANIFEST);
  });
  afterEach(() => repo.cleanup());

  test("per model: counts, mean / p50 / p95, cached share, requests per day", async () => {
    const { code, report, stderr } = await cliJson(repo.dir, "calibrate", ...logs);
    expect(code).toBe(0);
    expect(report.logs).toMatchObject({ requests: 3020, badLines: 8 });
    // Every bad line is named where the helper put it.
    expect(stderr.split("\n").filter(Boolean).map((l) => l.replace(/: skipped: .*/, ""))).toEqual(log.problems.map((p) => `${path.basename(p.file)}:${p.line}`));
    // Sorted by name in code-unit order: "(" sorts before letters.
    const [unknown, b, a] = report.models;
    expect(a).toMatchObject({
      model: MODEL_A,
      requests: 2000,
      input: { mean: 1999.5, p50: 1999, p95: 2899 },
      output: { mean: 299.5, p50: 299, p95: 479 },
      cachedMean: 128,
      cachedShare: Number((256 / 3999).toFixed(9)),
      rate: { perDay: 1440, coversFullDay: true, first: "2025-06-01T00:00:00Z" },
      suggested: { tokens: { input: 2000, output: 300, cached_input: 128 }, requests: { per_day: 1440 } },
    });
    expect(b).toMatchObject({ model: MODEL_B, requests: 1000, input: { mean: 9995, p50: 9990, p95: 14490 }, output: { mean: 99.5, p50: 99, p95: 144 }, rate: { perDay: 288 } });
    expect(unknown).toMatchObject({ model: "(unknown)", requests: 20, rate: null, suggested: { tokens: { input: 110, output: 10, cached_input: 0 } } });
    expect(report.workload).toBeNull();
  });

  test("the table prints the statistics and the values per model", async () => {
    const { stdout } = await cli(repo.dir, "calibrate", ...logs);
    expect(stdout).toContain("Usage logs: 3 file(s), 3,020 requests, 8 bad line(s) skipped");
    expect(stdout).toMatch(/arcee-ai\/maestro-reasoning\s+2,000\s+1,999\.5 \/ 1,999 \/ 2,899\s+299\.5 \/ 299 \/ 479\s+6\.4%\s+1,440/);
    expect(stdout).toContain(`  ${MODEL_A}: tokens: { input: 2000, output: 300, cached_input: 128 }, requests: { per_day: 1440 }`);
  });

  test("measured next to declared, priced with the workload's model and prices", async () => {
    const { report } = await cliJson(repo.dir, "calibrate", ...logs, "--workload", "support-assistant");
    expect(report.workload).toMatchObject({
      file: "ai-workloads.yaml",
      name: "support-assistant",
      model: MODEL_A,
      declared: { input: 3000, output: 1000, cachedInput: 0, requestsPerMonth: 2000000, monthlyCost: 12000 },
      // 1,440 a day = 43,800 a month; 2,000 x $0.90 + 300 x $3.30 per 1M = $0.00279 a request
      // (the override has no cached rate, so cached tokens pay the input rate).
      measured: { input: 2000, output: 300, cachedInput: 128, requestsPerMonth: 43800, monthlyCost: 122.202 },
      values: { tokens: { input: 2000, output: 300, cached_input: 128 }, requests: { per_day: 1440 } },
      written: false,
    });
    const { stdout } = await cli(repo.dir, "calibrate", ...logs, "--workload", "support-assistant", "--manifest", "ai-workloads.yaml");
    expect(stdout).toMatch(/monthly cost\s+\$12,000\.00\s+\$122\.20/);
    expect(stdout).toContain("(-$11,877.80 a month)");
    expect(stdout).toContain("put in the manifest: tokens: { input: 2000, output: 300, cached_input: 128 }, requests: { per_day: 1440 }");
  });

  test("--write updates the manifest in place, comments kept, and estimate then agrees", async () => {
    const { code, stdout } = await cli(repo.dir, "calibrate", ...logs, "--workload", "support-assistant", "--manifest", "ai-workloads.yaml", "--write");
    expect(code).toBe(0);
    expect(stdout).toContain("wrote tokens: { input: 2000, output: 300, cached_input: 128 }, requests: { per_day: 1440 } to ai-workloads.yaml");
    const text = readFileSync(path.join(repo.dir, "ai-workloads.yaml"), "utf8");
    expect(text).toContain("  # The article's guess, before anyone measured.\n");
    expect(text).toContain("tokens: { input: 2000, output: 300, cached_input: 128 } # per request\n");
    expect(text).toContain("requests: { per_day: 1440 }\n");
    const { report } = await cliJson(repo.dir, "estimate");
    expect(report.workloads[0].monthlyCost).toBe(122.202);
    // A second run finds nothing to change and leaves the file alone.
    expect((await cli(repo.dir, "calibrate", ...logs, "--workload", "support-assistant", "--write")).stdout).toContain("ai-workloads.yaml already has these values");
  });

  test("a workload whose model is not in the logs, or no such workload, is a usage error", async () => {
    repo.write("ai-workloads.yaml", MANIFEST.replace(`    model: ${MODEL_A}`, "    model: meta-llama/Llama-3.3-70B-Instruct-Turbo"));
    const other = await cli(repo.dir, "calibrate", ...logs, "--workload", "support-assistant");
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(`tokenbudget: the logs hold 3 models ((unknown), ${MODEL_B}, ${MODEL_A}) and none is meta-llama/Llama-3.3-70B-Instruct-Turbo`);
    expect((await cli(repo.dir, "calibrate", ...logs, "--workload", "nope")).stderr).toContain('tokenbudget: no workload named "nope" in **/ai-workloads.{yaml,yml}\n');
    expect((await cli(repo.dir, "calibrate", ...logs, "--write")).stderr).toBe("tokenbudget: --write needs --workload NAME\n");
    expect((await cli(repo.dir, "calibrate", "missing.jsonl")).code).toBe(2);
  });
});

describe("tokenbudget calibrate on examples/usage-log.jsonl", () => {
  test("a prompt template's tokens come off the input to write", async () => {
    const { report } = await cliJson(ROOT, "calibrate", "examples/usage-log.jsonl", "--workload", "support-chat", "--manifest", "examples/planning/ai-workloads.yaml");
    expect(report.logs.requests).toBe(498);
    const { suggested } = report.models[0];
    expect(report.workload.values).toEqual({ tokens: { ...suggested.tokens, input: suggested.tokens.input - 305 }, requests: suggested.requests });
    expect(report.workload.notes).toEqual(["prompts/system.md counts 305 tokens (o200k_base); input is what the requests send on top of it"]);
  });
});
