/**
 * actuals' parts on their own terms: bad records are counted by reason and never crash or vanish,
 * duplicates count once, overlapping buckets are a finding, match: selectors attribute usage
 * (and an unclear one is ambiguous), limits refuse input with one line and exit 2.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { main } from "../src/cli/main.js";

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), "tokenbudget-actuals-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["actuals", ...args], {
    cwd: dir,
    env: {},
    stdout: { write: (t: string) => (stdout += t), isTTY: false },
    stderr: { write: (t: string) => (stderr += t) },
    today: "2026-12-07",
  });
  return { code, stdout, stderr };
}

const MANIFEST = `version: 1
workloads:
  - name: chat-a
    model: meta-llama/Llama-3.3-70B-Instruct-Turbo
    tokens: { input: 1000, output: 100 }
    requests: { per_day: 100 }
    budget: { monthly: 0.01 }
    match: { project_id: proj_a }
  - name: chat-b
    model: meta-llama/Llama-3.3-70B-Instruct-Turbo
    tokens: { input: 1000, output: 100 }
    requests: { per_day: 100 }
    match: { project_id: [proj_b, proj_c], model: meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo }
  - name: by-service
    model: openai/gpt-oss-120b
    tokens: { input: 1000, output: 100 }
    requests: { per_day: 100 }
    match: { service.name: api }
  - name: by-metadata
    model: openai/gpt-oss-120b
    tokens: { input: 1000, output: 100 }
    requests: { per_day: 100 }
    match: { metadata: { team: ml } }
`;

const DAY = 86_400;
const NOV = Date.UTC(2026, 10, 1) / 1000;

function result(model: string, project: string | null, requests: number, input: number, output: number): Record<string, unknown> {
  return {
    object: "organization.usage.completions.result",
    input_tokens: input,
    output_tokens: output,
    input_cached_tokens: 0,
    num_model_requests: requests,
    project_id: project,
    model,
    batch: false,
  };
}

function page(buckets: Array<{ start: number; end: number; results: unknown[] }>): string {
  return JSON.stringify({
    object: "page",
    data: buckets.map((b) => ({ object: "bucket", start_time: b.start, end_time: b.end, results: b.results })),
    has_more: false,
    next_page: null,
  });
}

const LLAMA = "meta-llama/Llama-3.3-70B-Instruct-Turbo";

describe("bad records are counted and reported, never crash the run or vanish", () => {
  test("negative counts, missing fields, unknown models, timestamps out of range, duplicated buckets", async () => {
    writeFileSync(path.join(dir, "ai-workloads.yaml"), MANIFEST);
    const good = page([{ start: NOV, end: NOV + DAY, results: [result(LLAMA, "proj_a", 10, 10_000, 1_000)] }]);
    const lines = [
      good,
      good, // the same bucket read again: a duplicate
      page([
        { start: NOV + DAY, end: NOV + 2 * DAY, results: [result(LLAMA, "proj_a", 20, 20_000, 2_000), result(LLAMA, "proj_a", 1, -5, 1)] },
      ]), // one negative count
      page([
        {
          start: NOV + 2 * DAY,
          end: NOV + 3 * DAY,
          results: [
            { object: "organization.usage.completions.result", input_tokens: 5, num_model_requests: 1, model: LLAMA, project_id: "proj_a" },
          ],
        },
      ]), // output_tokens missing
      page([{ start: Date.UTC(1999, 0, 1) / 1000, end: Date.UTC(1999, 0, 2) / 1000, results: [result(LLAMA, "proj_a", 1, 1, 1)] }]), // too early
      page([{ start: Date.UTC(2027, 0, 1) / 1000, end: Date.UTC(2027, 0, 2) / 1000, results: [result(LLAMA, "proj_a", 1, 1, 1)] }]), // in the future
      page([{ start: NOV + 3 * DAY, end: NOV + 4 * DAY, results: [result("no-such-model-xyz", "proj_x", 3, 300, 30)] }]), // unknown model: counted, unattributed
      "{ not json",
      JSON.stringify({
        resourceSpans: [
          {
            resource: { attributes: [] },
            scopeSpans: [
              {
                spans: [
                  {
                    traceId: "a",
                    spanId: "b",
                    startTimeUnixNano: "1",
                    attributes: [{ key: "gen_ai.request.model", value: { stringValue: LLAMA } }],
                  },
                ],
              },
            ],
          },
        ],
      }), // GenAI span without usage
    ];
    writeFileSync(path.join(dir, "bad.jsonl"), `${lines.join("\n")}\n`);
    const { code, stdout, stderr } = await run("--usage", "bad.jsonl", "--format", "json");
    expect(stderr).toBe("");
    const report = JSON.parse(stdout);
    expect(report.badRecords.byReason).toEqual({
      duplicate: 1,
      "negative-count": 1,
      "missing-field": 2,
      "time-out-of-range": 2,
      invalid: 1,
    });
    expect(report.badRecords.total).toBe(7);
    const a = report.workloads.find((w: { name: string }) => w.name === "chat-a");
    expect(a.usageRecords).toBe(2);
    expect(a.requests).toBe(30);
    // Period: the good buckets and the unknown model's, Nov 1 to Nov 5 (96 hours).
    expect(report.period.hours).toBe(96);
    expect(a.monthlyTokens.uncachedInput).toBeCloseTo((30_000 * 730) / 96, 6);
    expect(report.other).toHaveLength(1);
    expect(report.other[0]).toMatchObject({
      kind: "unattributed",
      model: "no-such-model-xyz",
      usageRecords: 1,
      requests: 3,
      actualMonthly: null,
    });
    const rules = report.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toContain("actuals.bad-records");
    expect(rules).toContain("actuals.undeclared-model");
    expect(rules).toContain("actuals.over-budget");
    expect(code).toBe(1);
    const bad = report.findings.find((f: { rule: string }) => f.rule === "actuals.bad-records");
    expect(bad.message).toMatch(/^7 usage record\(s\) not counted/);
    expect(`${bad.file}:${bad.line}`).toBe("bad.jsonl:2");
    // The text report names the bad records too; nothing is quoted from the data.
    const table = await run("--usage", "bad.jsonl");
    expect(table.stdout).toContain(
      "Records not counted: 1 duplicate (already read), 1 negative or fractional count, 2 missing field, 2 timestamp out of range, 1 not a usage record",
    );
    expect(table.stdout).not.toContain("not json");
  });
});

describe("attribution", () => {
  test("match: selectors by project, model spelling, service.name and metadata; ambiguous and unattributed usage keep their totals", async () => {
    writeFileSync(path.join(dir, "ai-workloads.yaml"), MANIFEST);
    const usage = page([
      {
        start: NOV,
        end: NOV + 30 * DAY,
        results: [
          result(LLAMA, "proj_a", 100, 100_000, 10_000),
          result("meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo", "proj_c", 50, 50_000, 5_000),
          result(LLAMA, "proj_c", 7, 7_000, 700),
          result(LLAMA, "proj_z", 5, 5_000, 500),
        ],
      },
    ]);
    const span = (service: string, team: string, id: string) => ({
      resource: { attributes: [{ key: "service.name", value: { stringValue: service } }] },
      scopeSpans: [
        {
          spans: [
            {
              traceId: id,
              spanId: id,
              startTimeUnixNano: `${BigInt(NOV + DAY) * 1_000_000_000n}`,
              endTimeUnixNano: `${BigInt(NOV + DAY) * 1_000_000_000n}`,
              attributes: [
                { key: "gen_ai.response.model", value: { stringValue: "openai/gpt-oss-120b" } },
                { key: "gen_ai.usage.input_tokens", value: { intValue: "100" } },
                { key: "gen_ai.usage.output_tokens", value: { intValue: 10 } },
                { key: "team", value: { stringValue: team } },
              ],
            },
          ],
        },
      ],
    });
    const spans = [span("api", "web", "1"), span("batch-jobs", "ml", "2"), span("api", "ml", "3"), span("api", "web", "1")].map((s) =>
      JSON.stringify({ resourceSpans: [s] }),
    );
    writeFileSync(path.join(dir, "usage.jsonl"), `${usage}\n`);
    writeFileSync(path.join(dir, "spans.jsonl.gz"), gzipSync(`${spans.join("\n")}\n`));
    const report = JSON.parse((await run("--usage", "usage.jsonl", "--usage", "spans.jsonl.gz", "--format", "json")).stdout);
    const byName = Object.fromEntries(report.workloads.map((w: { name: string; requests: number }) => [w.name, w.requests]));
    // proj_c with the model's other spelling is chat-b's; proj_c with the canonical spelling matches chat-b too (the selector resolves both).
    expect(byName).toEqual({ "chat-a": 100, "chat-b": 57, "by-service": 1, "by-metadata": 1 });
    const other = report.other.map((o: { kind: string; model: string; workloads: string[]; requests: number }) => [
      o.kind,
      o.model,
      o.workloads,
      o.requests,
    ]);
    expect(other).toEqual([
      ["unattributed", LLAMA, [], 5],
      ["ambiguous", "openai/gpt-oss-120b", ["by-service", "by-metadata"], 1],
    ]);
    expect(report.badRecords.byReason).toEqual({ duplicate: 1 });
    const rules = report.findings.map((f: { rule: string }) => f.rule);
    expect(rules).toEqual(expect.arrayContaining(["actuals.unattributed", "actuals.ambiguous"]));
  });

  test("without selectors, usage is matched by model and by mode; overlapping buckets are a finding", async () => {
    writeFileSync(
      path.join(dir, "ai-workloads.yaml"),
      `version: 1
workloads:
  - name: online
    model: ${LLAMA}
    tokens: { input: 1000, output: 100 }
    requests: { per_day: 100 }
  - name: nightly
    model: ${LLAMA}
    mode: batch
    tokens: { input: 1000, output: 100 }
    requests: { per_day: 100 }
`,
    );
    const batch = { ...result(LLAMA, null, 4, 4000, 400), batch: true };
    writeFileSync(
      path.join(dir, "mixed.jsonl"),
      `${page([
        { start: NOV, end: NOV + DAY, results: [result(LLAMA, null, 6, 6000, 600), batch] },
        { start: NOV + 3600, end: NOV + 7200, results: [result(LLAMA, null, 1, 1000, 100)] },
      ])}\n`,
    );
    const report = JSON.parse((await run("--usage", "mixed.jsonl", "--format", "json")).stdout);
    expect(report.workloads.map((w: { name: string; requests: number }) => [w.name, w.requests])).toEqual([
      ["online", 7],
      ["nightly", 4],
    ]);
    const overlap = report.findings.find((f: { rule: string }) => f.rule === "actuals.overlap");
    expect(overlap.message).toContain("1 overlap(s) in time");
  });
});

describe("refusals", () => {
  test("a missing usage file, a file past --max-usage-bytes, no --usage: one line, exit 2", async () => {
    writeFileSync(path.join(dir, "ai-workloads.yaml"), MANIFEST);
    writeFileSync(path.join(dir, "big.jsonl"), `${"x".repeat(2000)}\n`);
    const missing = await run("--usage", "nope.jsonl");
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim().split("\n")).toHaveLength(1);
    const big = await run("--usage", "big.jsonl", "--max-usage-bytes", "100");
    expect(big.code).toBe(2);
    expect(big.stderr).toMatch(/^tokenbudget: usage file big\.jsonl: more than 100 bytes after decompression/);
    expect((await run()).code).toBe(2);
  });

  test("a file that is not JSON or CSV is one line, exit 2, without quoting what it holds", async () => {
    writeFileSync(path.join(dir, "ai-workloads.yaml"), MANIFEST);
    writeFileSync(path.join(dir, "bad.csv"), 'model,start_time\n"abc"x"sk-secret-value,2026\n');
    writeFileSync(path.join(dir, "bad.json"), '[{"request_id": "a"}, {"sk-secret-value');
    for (const file of ["bad.csv", "bad.json"]) {
      const r = await run("--usage", file);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(
        new RegExp(
          `^tokenbudget: usage file ${file.replace(".", "\\.")}: is not JSON, JSON Lines or CSV usage data \\(not valid (CSV near line 2|JSON after 1 item\\(s\\))\\)\n$`,
        ),
      );
      expect(r.stderr).not.toContain("secret");
    }
  });
});

describe("duplicate detection is bounded", () => {
  test("request identities are remembered up to the limit; past it the report says duplicates go undetected", async () => {
    const { ActualsAccumulator } = await import("../src/core/actuals/aggregate.js");
    const { Attributor } = await import("../src/core/actuals/attribute.js");
    const accumulator = new ActualsAccumulator(new Attributor([], () => undefined), { now: Date.UTC(2027, 0, 1), maxIdentities: 2 });
    const span = (id: string) => ({
      source: "otel" as const,
      kind: "usage" as const,
      start: Date.UTC(2026, 10, 1),
      end: Date.UTC(2026, 10, 1),
      requests: 1,
      uncachedInput: 10,
      cachedInput: 0,
      cacheWrite5m: 0,
      cacheWrite1h: 0,
      output: 1,
      model: "m",
      attributes: {},
      identity: id,
    });
    const where = { file: "spans.jsonl", line: 1 };
    for (const id of ["a", "b", "a", "c", "c"]) accumulator.add(span(id), where);
    const data = accumulator.result();
    // a, b remembered: the second a is a duplicate; c is past the limit, so its second reading counts.
    expect(data.bad).toEqual({ duplicate: 1 });
    expect(data.targets[0]!.totals.usageRecords).toBe(4);
    expect(data.identitiesSaturated).toBe(true);
  });
});

describe("spellings", () => {
  test("a dated snapshot behind a gateway prefix is the workload's model (the catalog's resolver)", async () => {
    writeFileSync(
      path.join(dir, "ai-workloads.yaml"),
      `version: 1
workloads:
  - name: assistant
    provider: openai
    model: gpt-4o
    tokens: { input: 1000, output: 100 }
    requests: { per_day: 100 }
`,
    );
    writeFileSync(
      path.join(dir, "spend.json"),
      JSON.stringify([
        {
          request_id: "r1",
          model: "openai/gpt-4o-2024-08-06",
          prompt_tokens: 1000,
          completion_tokens: 100,
          spend: 0.0035,
          startTime: "2026-11-01T00:00:00Z",
          endTime: "2026-11-01T00:00:01Z",
        },
        {
          request_id: "r2",
          model: "gpt-4o-2024-08-06",
          prompt_tokens: 1000,
          completion_tokens: 100,
          spend: 0.0035,
          startTime: "2026-11-02T00:00:00Z",
          endTime: "2026-11-02T00:00:01Z",
        },
      ]),
    );
    const report = JSON.parse((await run("--usage", "spend.json", "--format", "json")).stdout);
    expect(report.workloads[0].requests).toBe(2);
    expect(report.other).toEqual([]);
  });
});
