/**
 * End to end: one month of fixture usage in each format (test/fixtures/actuals, written by its
 * generate.mjs) for the bundled example's workloads, through `tokenbudget actuals --format json`,
 * checked against sums and prices the test computes itself: it reads the fixture files with its
 * own plain parsing and the rates straight from catalog/builtin.json and the manifest, in
 * floating point, without any of the tool's code.
 */
import { readFileSync } from "node:fs";
import path from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, test } from "vitest";
import { main } from "../src/cli/main.js";
import { ROOT } from "./helpers/action-run.js";

const FIXTURES = path.join(ROOT, "test/fixtures/actuals");
const MANIFEST = "examples/ai-workloads.yaml";
const TODAY = "2026-12-07";

async function actuals(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["actuals", ...args], {
    cwd: ROOT,
    env: {},
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    today: TODAY,
  });
  return { code, stdout, stderr };
}

/** What the test reads from each fixture: per model and batch-or-not, plain sums. */
interface Sums {
  requests: number | null;
  uncached: number;
  cached: number;
  writes: number;
  output: number;
  billed: number;
}

interface Expected {
  start: number;
  end: number;
  groups: Map<string, Sums>;
}

const SUPPORT = "arcee-ai/maestro-reasoning";
const LLAMA = "meta-llama/Llama-3.3-70B-Instruct-Turbo";
const OSS = "openai/gpt-oss-120b";

function collector(): { add: (model: string, batch: boolean, start: number, end: number, s: Partial<Sums>) => void; expected: Expected } {
  const expected: Expected = { start: Infinity, end: -Infinity, groups: new Map() };
  return {
    expected,
    add(model, batch, start, end, s) {
      expected.start = Math.min(expected.start, start);
      expected.end = Math.max(expected.end, end);
      const key = `${model}|${batch}`;
      const g = expected.groups.get(key) ?? { requests: 0, uncached: 0, cached: 0, writes: 0, output: 0, billed: 0 };
      g.requests = s.requests === undefined || s.requests === null || g.requests === null ? null : g.requests + s.requests;
      g.uncached += s.uncached ?? 0;
      g.cached += s.cached ?? 0;
      g.writes += s.writes ?? 0;
      g.output += s.output ?? 0;
      g.billed += s.billed ?? 0;
      expected.groups.set(key, g);
    },
  };
}

const read = (name: string) => readFileSync(path.join(FIXTURES, name), "utf8");

function openAiUsage(): Expected {
  const c = collector();
  for (const line of read("openai-usage.jsonl").trim().split("\n")) {
    for (const bucket of JSON.parse(line).data) {
      for (const r of bucket.results)
        c.add(r.model, r.batch, bucket.start_time * 1000, bucket.end_time * 1000, {
          requests: r.num_model_requests,
          uncached: r.input_tokens - r.input_cached_tokens,
          cached: r.input_cached_tokens,
          output: r.output_tokens,
        });
    }
  }
  return c.expected;
}

function anthropicUsage(): Expected {
  const c = collector();
  for (const bucket of JSON.parse(read("anthropic-usage.json")).data) {
    for (const r of bucket.results) {
      const writes = r.cache_creation.ephemeral_5m_input_tokens + r.cache_creation.ephemeral_1h_input_tokens;
      c.add(r.model, r.service_tier === "batch", Date.parse(bucket.starting_at), Date.parse(bucket.ending_at), {
        uncached: r.uncached_input_tokens,
        cached: r.cache_read_input_tokens,
        writes,
        output: r.output_tokens,
      });
    }
  }
  return c.expected;
}

function otel(): Expected {
  const c = collector();
  const text = gunzipSync(readFileSync(path.join(FIXTURES, "otel-spans.jsonl.gz"))).toString("utf8");
  for (const line of text.trim().split("\n")) {
    for (const rs of JSON.parse(line).resourceSpans) {
      for (const span of rs.scopeSpans.flatMap((s: { spans: unknown[] }) => s.spans)) {
        const a = Object.fromEntries(
          span.attributes.map((x: { key: string; value: Record<string, string> }) => [x.key, Object.values(x.value)[0]]),
        );
        if (a["gen_ai.operation.name"] !== "chat") continue;
        const input = Number(a["gen_ai.usage.input_tokens"]);
        const cached = Number(a["gen_ai.usage.cache_read.input_tokens"] ?? 0);
        const start = Number(BigInt(span.startTimeUnixNano) / 1_000_000n);
        const end = Number(BigInt(span.endTimeUnixNano) / 1_000_000n);
        c.add(a["gen_ai.response.model"], a["gen_ai.openai.request.service_tier"] === "batch", start, end, {
          requests: 1,
          uncached: input - cached,
          cached,
          output: Number(a["gen_ai.usage.output_tokens"]),
        });
      }
    }
  }
  return c.expected;
}

function litellm(): Expected {
  const c = collector();
  for (const row of JSON.parse(read("litellm-spend-logs.json"))) {
    const cached = row.metadata.usage_object.prompt_tokens_details.cached_tokens;
    c.add(row.model, false, Date.parse(row.startTime), Date.parse(row.endTime), {
      requests: 1,
      uncached: row.prompt_tokens - cached,
      cached,
      output: row.completion_tokens,
      billed: row.spend,
    });
  }
  return c.expected;
}

function usageLog(): Expected {
  const c = collector();
  for (const line of read("usage-log.jsonl").trim().split("\n")) {
    const r = JSON.parse(line);
    const cached = r.usage.prompt_tokens_details?.cached_tokens ?? 0;
    c.add(r.model, r.service_tier === "batch", r.created * 1000, r.created * 1000, {
      requests: 1,
      uncached: r.usage.prompt_tokens - cached,
      cached,
      output: r.usage.completion_tokens,
    });
  }
  return c.expected;
}

function csv(): Expected {
  const c = collector();
  const [header, ...rows] = read("usage.csv").trim().split("\n");
  const names = header!.split(",");
  for (const row of rows) {
    const r = Object.fromEntries(row.split(",").map((v, i) => [names[i], v]));
    const input = Number(r.input_tokens);
    const cached = Number(r.cached_input_tokens);
    c.add(r.model!, r.batch === "true", Date.parse(r.start_time!), Date.parse(r.end_time!), {
      requests: Number(r.requests),
      uncached: input - cached,
      cached,
      output: Number(r.output_tokens),
    });
  }
  return c.expected;
}

/** Rates per 1M tokens: the manifest's override for the support model, the built-in catalog's for the rest. */
function rates(): { support: [number, number]; llamaBatch: [number, number]; h100: number } {
  const catalog = JSON.parse(readFileSync(path.join(ROOT, "catalog/builtin.json"), "utf8"));
  const llama = catalog.models.find((m: { provider: string; id: string }) => m.provider === "together" && m.id === LLAMA);
  const h100 = catalog.hardware.find((h: { provider: string; id: string }) => h.provider === "together" && h.id === "h100-80gb");
  return { support: [0.9, 3.3], llamaBatch: [llama.batch.input, llama.batch.output], h100: h100.dedicatedHourly };
}

interface Row {
  name: string;
  requestsPerMonth: number | null;
  perRequest: { input: number; cachedInput: number; cacheWrite: number; output: number } | null;
  monthlyTokens: { uncachedInput: number; cachedInput: number; output: number };
  actualMonthly: number;
  billedMonthly: number | null;
  projectedMonthly: number;
  variance: number;
  variancePercent: number | null;
}

const WORKLOADS: Record<string, string> = {
  [`${SUPPORT}|false`]: "support-assistant",
  [`${LLAMA}|true`]: "ticket-summaries",
  [`${OSS}|false`]: "copilot",
  [`${LLAMA}|false`]: "research",
};
const PROJECTED: Record<string, () => number> = {
  "support-assistant": () => (2_000_000 * (3000 * 0.9 + 1000 * 3.3)) / 1e6,
  "ticket-summaries": () => (((20_000 * 730) / 24) * (6000 * rates().llamaBatch[0] + 400 * rates().llamaBatch[1])) / 1e6,
  copilot: () => 2 * 730 * rates().h100,
  research: () => 16 * 730 * 2.5 + 500,
};

/** The expected monthly cost of one workload's sums, from the rates above (capacity: its hours, whatever the tokens). */
function monthlyCost(name: string, s: Sums, factor: number): number {
  const r = rates();
  const input = (s.uncached + s.cached + s.writes) * factor;
  if (name === "support-assistant") return (input * r.support[0] + s.output * factor * r.support[1]) / 1e6;
  if (name === "ticket-summaries") return (input * r.llamaBatch[0] + s.output * factor * r.llamaBatch[1]) / 1e6;
  return PROJECTED[name]!();
}

function check(
  report: { workloads: Row[]; period: { start: string; end: string; hours: number } },
  expected: Expected,
  billedFrom: "usage" | "none",
): void {
  const hours = (expected.end - expected.start) / 3_600_000;
  const factor = 730 / hours;
  expect(report.period.hours).toBeCloseTo(hours, 6);
  expect(Date.parse(report.period.start)).toBe(expected.start);
  for (const row of report.workloads) {
    const key = Object.keys(WORKLOADS).find((k) => WORKLOADS[k] === row.name)!;
    const s = expected.groups.get(key) ?? { requests: 0, uncached: 0, cached: 0, writes: 0, output: 0, billed: 0 };
    const projected = PROJECTED[row.name]!();
    expect(row.projectedMonthly, `${row.name} projected`).toBeCloseTo(projected, 6);
    expect(row.monthlyTokens.uncachedInput, `${row.name} uncached`).toBeCloseTo(s.uncached * factor, 3);
    expect(row.monthlyTokens.cachedInput, `${row.name} cached`).toBeCloseTo(s.cached * factor, 3);
    expect(row.monthlyTokens.output, `${row.name} output`).toBeCloseTo(s.output * factor, 3);
    if (s.requests === null) {
      expect(row.requestsPerMonth, `${row.name}: no request counts`).toBeNull();
    } else {
      expect(row.requestsPerMonth, `${row.name} requests`).toBeCloseTo(s.requests * factor, 4);
      if (s.requests > 0) {
        expect(row.perRequest!.input).toBeCloseTo((s.uncached + s.cached + s.writes) / s.requests, 4);
        expect(row.perRequest!.cachedInput).toBeCloseTo(s.cached / s.requests, 4);
        expect(row.perRequest!.output).toBeCloseTo(s.output / s.requests, 4);
      }
    }
    const actual = monthlyCost(row.name, s, factor);
    expect(row.actualMonthly, `${row.name} actual`).toBeCloseTo(actual, 5);
    expect(row.variance, `${row.name} variance`).toBeCloseTo(actual - projected, 5);
    expect(row.variancePercent!, `${row.name} variance %`).toBeCloseTo(((actual - projected) / projected) * 100, 4);
    if (billedFrom === "usage" && s.billed > 0) expect(row.billedMonthly).toBeCloseTo(s.billed * factor, 6);
  }
}

const FORMATS: Array<[string, () => Expected, "usage" | "none"]> = [
  ["openai-usage.jsonl", openAiUsage, "none"],
  ["anthropic-usage.json", anthropicUsage, "none"],
  ["otel-spans.jsonl.gz", otel, "none"],
  ["litellm-spend-logs.json", litellm, "usage"],
  ["usage-log.jsonl", usageLog, "none"],
  ["usage.csv", csv, "none"],
];

describe("actuals: one month of each format for the bundled example", () => {
  for (const [file, expectedOf, billed] of FORMATS) {
    test(file, async () => {
      const { stdout, stderr } = await actuals("--usage", path.join("test/fixtures/actuals", file), MANIFEST, "--format", "json");
      expect(stderr).toBe("");
      const report = JSON.parse(stdout);
      expect(report.badRecords.total).toBe(0);
      check(report, expectedOf(), billed);
    });
  }

  test("the OpenAI usage API's undeclared model is reported with its cost, and the totals add up", async () => {
    const { stdout, code } = await actuals("--usage", "test/fixtures/actuals/openai-usage.jsonl", MANIFEST, "--format", "json");
    const report = JSON.parse(stdout);
    const other = report.other;
    expect(other.map((o: { model: string; kind: string }) => [o.model, o.kind])).toEqual([["gpt-4o-mini-2024-07-18", "unattributed"]]);
    const s = openAiUsage().groups.get("gpt-4o-mini-2024-07-18|false")!;
    expect(other[0].requestsPerMonth).toBeCloseTo((s.requests! * 730) / 720, 6);
    expect(report.findings.map((f: { rule: string }) => f.rule)).toEqual(["actuals.undeclared-model"]);
    const sum = report.workloads.reduce((a: number, w: Row) => a + w.actualMonthly, 0);
    expect(report.totals.actualMonthly).toBeCloseTo(sum, 6);
    expect(report.totals.otherMonthly).toBeCloseTo(other[0].actualMonthly, 9);
    // A warning exits 0 unless --fail-on warning.
    expect(code).toBe(0);
    expect((await actuals("--usage", "test/fixtures/actuals/openai-usage.jsonl", MANIFEST, "--fail-on", "warning")).code).toBe(1);
  });

  test("cost reports give the billed amount; with the usage they check the catalog against the invoice", async () => {
    const costs = JSON.parse((await actuals("--usage", "test/fixtures/actuals/openai-costs.json", MANIFEST, "--format", "json")).stdout);
    const daily = JSON.parse(read("openai-costs.json")).data.flatMap((b: { results: Array<{ amount: { value: number } }> }) =>
      b.results.map((r) => r.amount.value),
    );
    const billed = (daily.reduce((a: number, b: number) => a + b, 0) * 730) / 720;
    const support = costs.workloads.find((w: Row) => w.name === "support-assistant");
    expect(support.billedMonthly).toBeCloseTo(billed, 6);
    expect(costs.findings).toEqual([]);

    const both = JSON.parse(
      (
        await actuals(
          "--usage",
          "test/fixtures/actuals/anthropic-usage.json",
          "--usage",
          "test/fixtures/actuals/anthropic-cost.jsonl",
          MANIFEST,
          "--format",
          "json",
        )
      ).stdout,
    );
    const cents = JSON.parse(read("anthropic-cost.jsonl")).data.flatMap((b: { results: Array<{ amount: string }> }) =>
      b.results.map((r) => Number(r.amount)),
    );
    const anthropicBilled = (cents.reduce((a: number, b: number) => a + b, 0) / 100) * (730 / 720);
    const row = both.workloads.find((w: Row) => w.name === "support-assistant");
    expect(row.billedMonthly).toBeCloseTo(anthropicBilled, 6);
    const s = anthropicUsage().groups.get(`${SUPPORT}|false`)!;
    const priced = monthlyCost("support-assistant", s, 730 / 720);
    expect(row.actualMonthly).toBeCloseTo(priced, 5);
    const mismatch = both.findings.find((f: { rule: string }) => f.rule === "actuals.price-mismatch");
    expect(Math.abs(priced - anthropicBilled) / anthropicBilled).toBeGreaterThan(0.02);
    expect(mismatch.workload).toBe("support-assistant");
  });

  test("one model in two sources over the same days is an overlap finding: the same requests may be counted twice", async () => {
    const { stdout } = await actuals(
      "--usage",
      "test/fixtures/actuals/openai-usage.jsonl",
      "--usage",
      "test/fixtures/actuals/litellm-spend-logs.json",
      MANIFEST,
      "--format",
      "json",
    );
    const overlap = JSON.parse(stdout).findings.find((f: { rule: string }) => f.rule === "actuals.overlap");
    // The support model and the Llama model are in both; cost pages beside usage pages are not an overlap.
    expect(overlap.message).toMatch(/^2 overlap\(s\) in time/);
    expect(overlap.message).toContain("arcee-ai/maestro-reasoning is in both OpenAI Usage API (completions) and LiteLLM spend logs");
  });
});
