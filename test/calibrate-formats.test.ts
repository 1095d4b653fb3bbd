/**
 * calibrate learns from every format actuals reads: buckets count in the means and the rate,
 * spans and spend-log rows are requests, Anthropic's report (no request counts) is said to be
 * unusable. Expected values are summed here from the fixture files themselves.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { main } from "../src/cli/main.js";
import { ROOT } from "./helpers/action-run.js";

async function calibrate(cwd: string, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["calibrate", ...args], {
    cwd,
    env: {},
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    today: "2026-12-07",
  });
  return { code, stdout, stderr };
}

const fixture = (name: string) => path.join("test/fixtures/actuals", name);

describe("calibrate reads every usage format", () => {
  test("OpenAI usage buckets: means over all requests, the rate from the buckets' period", async () => {
    const { stdout, code } = await calibrate(ROOT, fixture("openai-usage.jsonl"), "--format", "json");
    expect(code).toBe(0);
    const models = JSON.parse(stdout).models;
    const pages = readFileSync(path.join(ROOT, fixture("openai-usage.jsonl")), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    const results = pages.flatMap((p) => p.data.flatMap((b: { results: unknown[] }) => b.results)) as Array<{
      model: string;
      num_model_requests: number;
      input_tokens: number;
      output_tokens: number;
    }>;
    const support = results.filter((r) => r.model === "arcee-ai/maestro-reasoning");
    const requests = support.reduce((a, r) => a + r.num_model_requests, 0);
    const m = models.find((x: { model: string }) => x.model === "arcee-ai/maestro-reasoning");
    expect(m.requests).toBe(requests);
    expect(Number(m.input.mean)).toBeCloseTo(support.reduce((a, r) => a + r.input_tokens, 0) / requests, 9);
    expect(Number(m.rate.perDay)).toBeCloseTo(requests / 30, 9);
    expect(m.suggested.requests.per_day).toBe(Math.round(requests / 30));
  });

  test("LiteLLM spend logs (a JSON document) and OTLP spans (gzip) are requests; CSV rows are buckets", async () => {
    const litellm = JSON.parse((await calibrate(ROOT, fixture("litellm-spend-logs.json"), "--format", "json")).stdout).models;
    const rows = JSON.parse(readFileSync(path.join(ROOT, fixture("litellm-spend-logs.json")), "utf8")) as Array<{
      model: string;
      prompt_tokens: number;
    }>;
    const support = rows.filter((r) => r.model === "arcee-ai/maestro-reasoning");
    const m = litellm.find((x: { model: string }) => x.model === "arcee-ai/maestro-reasoning");
    expect(m.requests).toBe(support.length);
    expect(Number(m.input.mean)).toBeCloseTo(support.reduce((a, r) => a + r.prompt_tokens, 0) / support.length, 9);
    expect([m.input.p50, m.input.p95]).toEqual([2800, 3000]);
    const otel = JSON.parse((await calibrate(ROOT, fixture("otel-spans.jsonl.gz"), "--format", "json")).stdout);
    expect(otel.logs.requests).toBe(180);
    const csv = JSON.parse((await calibrate(ROOT, fixture("usage.csv"), "--format", "json")).stdout).models;
    expect(csv.find((x: { model: string }) => x.model === "openai/gpt-oss-120b").requests).toBe(30 * 50_000);
  });

  test("Anthropic's usage report has no request counts: every record is skipped with the reason", async () => {
    const r = await calibrate(ROOT, fixture("anthropic-usage.json"));
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no request counts (Anthropic's usage report)");
    expect(r.stderr).toContain("... and 50 more bad lines");
  });

  test("--write updates a workload from OpenAI usage buckets", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "tokenbudget-calibrate-formats-"));
    try {
      cpSync(path.join(ROOT, "examples/ai-workloads.yaml"), path.join(dir, "ai-workloads.yaml"));
      cpSync(path.join(ROOT, fixture("usage.csv")), path.join(dir, "usage.csv"));
      const r = await calibrate(dir, "usage.csv", "--workload", "copilot", "--write");
      expect(r.code).toBe(0);
      const text = readFileSync(path.join(dir, "ai-workloads.yaml"), "utf8");
      expect(text).toContain("tokens: { input: 2000, output: 400, cached_input: 0 }");
      expect(text).toContain("requests: { per_day: 50000 }");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
