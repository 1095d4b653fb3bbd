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
    expect(
      stderr
        .split("\n")
        .filter(Boolean)
        .map((l) => l.replace(/: skipped: .*/, "")),
    ).toEqual(log.problems.map((p) => `${path.basename(p.file)}:${p.line}`));
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
    expect(b).toMatchObject({
      model: MODEL_B,
      requests: 1000,
      input: { mean: 9995, p50: 9990, p95: 14490 },
      output: { mean: 99.5, p50: 99, p95: 144 },
      rate: { perDay: 288 },
    });
    expect(unknown).toMatchObject({
      model: "(unknown)",
      requests: 20,
      rate: null,
      suggested: { tokens: { input: 110, output: 10, cached_input: 0 } },
    });
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
    const { code, stdout } = await cli(
      repo.dir,
      "calibrate",
      ...logs,
      "--workload",
      "support-assistant",
      "--manifest",
      "ai-workloads.yaml",
      "--write",
    );
    expect(code).toBe(0);
    expect(stdout).toContain(
      "wrote tokens: { input: 2000, output: 300, cached_input: 128 }, requests: { per_day: 1440 } to ai-workloads.yaml",
    );
    const text = readFileSync(path.join(repo.dir, "ai-workloads.yaml"), "utf8");
    expect(text).toContain("  # The article's guess, before anyone measured.\n");
    expect(text).toContain("tokens: { input: 2000, output: 300, cached_input: 128 } # per request\n");
    expect(text).toContain("requests: { per_day: 1440 }\n");
    const { report } = await cliJson(repo.dir, "estimate");
    expect(report.workloads[0].monthlyCost).toBe(122.202);
    // A second run finds nothing to change and leaves the file alone.
    expect((await cli(repo.dir, "calibrate", ...logs, "--workload", "support-assistant", "--write")).stdout).toContain(
      "ai-workloads.yaml already has these values",
    );
  });

  test("a workload whose model is not in the logs, or no such workload, is a usage error", async () => {
    repo.write("ai-workloads.yaml", MANIFEST.replace(`    model: ${MODEL_A}`, "    model: meta-llama/Llama-3.3-70B-Instruct-Turbo"));
    const other = await cli(repo.dir, "calibrate", ...logs, "--workload", "support-assistant");
    expect(other.code).toBe(2);
    expect(other.stderr).toContain(
      `tokenbudget: the logs hold 3 models ((unknown), ${MODEL_B}, ${MODEL_A}) and none is meta-llama/Llama-3.3-70B-Instruct-Turbo`,
    );
    expect((await cli(repo.dir, "calibrate", ...logs, "--workload", "nope")).stderr).toContain(
      'tokenbudget: no workload named "nope" in **/ai-workloads.{yaml,yml}\n',
    );
    expect((await cli(repo.dir, "calibrate", ...logs, "--write")).stderr).toBe("tokenbudget: --write needs --workload NAME\n");
    expect((await cli(repo.dir, "calibrate", "missing.jsonl")).code).toBe(2);
  });
});

describe("tokenbudget calibrate on examples/usage-log.jsonl", () => {
  test("a prompt template's tokens come off the input to write", async () => {
    const { report } = await cliJson(
      ROOT,
      "calibrate",
      "examples/usage-log.jsonl",
      "--workload",
      "support-chat",
      "--manifest",
      "examples/planning/ai-workloads.yaml",
    );
    expect(report.logs.requests).toBe(498);
    const { suggested } = report.models[0];
    expect(report.workload.values).toEqual({
      tokens: { ...suggested.tokens, input: suggested.tokens.input - 305 },
      requests: suggested.requests,
    });
    expect(report.workload.notes).toEqual([
      "prompts/system.md counts 305 tokens (o200k_base); input is what the requests send on top of it",
    ]);
  });
});

describe("tokenbudget calibrate on an Anthropic log with a daily peak", () => {
  let repo: TempRepo;
  afterEach(() => repo.cleanup());

  test("cache writes, the peak factor and a bad timestamp: measured, written, and priced", async () => {
    repo = new TempRepo(false);
    const lines: string[] = [];
    const usage = { input_tokens: 500, cache_read_input_tokens: 3000, cache_creation_input_tokens: 500, output_tokens: 200 };
    // Two days; 10 requests an hour, 40 from 18:00 to 19:00.
    for (let day = 0; day < 2; day++) {
      for (let hour = 0; hour < 24; hour++) {
        const count = hour === 18 ? 40 : 10;
        for (let k = 0; k < count; k++) {
          const timestamp = new Date(Date.UTC(2026, 10, 1 + day, hour) + (k * 3_600_000) / count).toISOString();
          lines.push(JSON.stringify({ model: "claude-test", timestamp, usage }));
        }
      }
    }
    // A millisecond value written where Unix seconds belong: 1,000 times too far, in the future.
    lines.push(JSON.stringify({ model: "claude-test", created: Date.UTC(2026, 10, 1, 12), usage }));
    repo.write("usage.jsonl", `${lines.join("\n")}\n`);
    repo.write(
      "ai-workloads.yaml",
      "version: 1\nprices:\n  - { provider: anthropic, model: claude-test, input: 3, output: 15, cached_input: 0.3, cache_write: 3.75 }\nworkloads:\n  - name: assistant\n    provider: anthropic\n    model: claude-test\n    tokens: { input: 1000, output: 100 }\n    requests: { per_day: 100 }\n",
    );
    const { code, stdout } = await cli(repo.dir, "calibrate", "usage.jsonl", "--workload", "assistant", "--write");
    expect(code).toBe(0);
    expect(stdout).toContain("note: 1 in the future timestamp(s) left out of the request rate");
    // 539 gaps over 47.9 hours: 270 a day; the busiest hour holds 40 of a mean 539 / 47.9 an hour: 3.55.
    expect(stdout).toContain(
      "wrote tokens: { input: 4000, output: 200, cached_input: 3000, cache_write: 500 }, requests: { per_day: 270, peak_to_average: 3.55 } to ai-workloads.yaml",
    );
    expect(readFileSync(path.join(repo.dir, "ai-workloads.yaml"), "utf8")).toContain("requests: { per_day: 270, peak_to_average: 3.55 }");
    // (500 x 3 + 3,000 x 0.3 + 500 x 3.75 + 200 x 15) / 1e6 = $0.007275 a request, 270 x 730/24 a month
    const { report } = await cliJson(repo.dir, "estimate");
    expect(report.workloads[0].monthlyCost).toBe(59.7459375);
  });
});
