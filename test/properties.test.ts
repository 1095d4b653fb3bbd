import { readFileSync } from "node:fs";
import { Ajv } from "ajv";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stringify } from "yaml";
import { analyzeFile, type FileAnalysis } from "../src/core/review/analyze.js";
import { BUILTIN_LAYER } from "../src/core/prices/catalog-load.js";
import { PriceBook } from "../src/core/prices/catalog.js";
import { diffRevisions } from "../src/core/review/diff.js";
import type { WorkloadEstimate } from "../src/core/cost/estimate.js";
import { Decimal, ZERO, sum } from "../src/core/money.js";
import { parseYaml } from "./helpers/parse.js";
import { jsonText, reportJsonChunks } from "../src/core/render/json.js";
import { buildReport } from "../src/core/review/report.js";
import { parseReportJson } from "../src/core/review/report-json.js";

const book = new PriceBook([BUILTIN_LAYER]);
const RUNS = { numRuns: 60 };

// Models the built-in catalog prices per token (one with a batch discount, one without batch).
const MODELS = ["meta-llama/Llama-3.3-70B-Instruct-Turbo", "openai/gpt-oss-120b", "deepseek-ai/DeepSeek-V3.1", "zai-org/GLM-4.6"];
const UNITS = ["per_month", "per_day", "per_hour", "per_second"] as const;

type Raw = Record<string, unknown>;

const tokens = fc
  .record({
    input: fc.integer({ min: 0, max: 50_000 }),
    output: fc.integer({ min: 0, max: 8_000 }),
    cachedShare: fc.integer({ min: 0, max: 100 }),
  })
  .map(({ input, output, cachedShare }) => ({ input, output, cached_input: Math.floor((input * cachedShare) / 100) }));

const serverless = fc.record({
  model: fc.constantFrom(...MODELS),
  mode: fc.constantFrom("serverless", "serverless", "batch"),
  tokens,
  unit: fc.constantFrom(...UNITS),
  volume: fc.integer({ min: 0, max: 1_000_000 }),
  budget: fc.option(fc.integer({ min: 0, max: 500_000 }), { nil: undefined }),
  team: fc.constantFrom("a", "b", "c"),
});

const capacity = fc.record({
  mode: fc.constantFrom("dedicated", "gpu-cluster"),
  gpus: fc.integer({ min: 1, max: 16 }),
  replicas: fc.integer({ min: 1, max: 4 }),
  hours: fc.integer({ min: 1, max: 744 }),
  rate: fc.integer({ min: 1, max: 2000 }).map((cents) => cents / 100),
  storage: fc.integer({ min: 0, max: 5000 }),
  volume: fc.integer({ min: 0, max: 100_000 }),
});

function toWorkload(
  name: string,
  w: { model: string; mode: string; tokens: Raw; unit: string; volume: number; budget: number | undefined; team: string },
): Raw {
  // Batch exists for the Llama model only; the others stay serverless so every workload prices.
  const mode = w.mode === "batch" && w.model !== MODELS[0] ? "serverless" : w.mode;
  return {
    name,
    model: w.model,
    mode,
    tokens: w.tokens,
    requests: { [w.unit]: w.volume },
    ...(w.budget !== undefined ? { budget: { monthly: w.budget } } : {}),
    tags: { team: w.team },
  };
}

function capacityWorkload(
  name: string,
  c: { mode: string; gpus: number; replicas: number; hours: number; rate: number; storage: number; volume: number },
): Raw {
  const base = { name, model: "openai/gpt-oss-120b", tokens: { input: 1000, output: 200 }, requests: { per_month: c.volume } };
  return c.mode === "dedicated"
    ? { ...base, mode: "dedicated", dedicated: { hardware: "h100-80gb", gpus: c.gpus, replicas: c.replicas, hours: c.hours } }
    : {
        ...base,
        mode: "gpu-cluster",
        cluster: { hardware: "h100-80gb", gpus: c.gpus * 8, hours: c.hours, hourly_rate: c.rate, storage_monthly: c.storage },
      };
}

const manifestData = fc
  .tuple(fc.array(serverless, { minLength: 1, maxLength: 6 }), fc.array(capacity, { maxLength: 2 }), fc.boolean())
  .map(([tokenWorkloads, capacityWorkloads, groupBudget]) => ({
    version: 1,
    ...(groupBudget ? { budgets: [{ name: "team-a", match: { team: "a" }, monthly: 10_000 }] } : {}),
    policy: { max_increase_percent: 20 },
    workloads: [...tokenWorkloads.map((w, i) => toWorkload(`w${i}`, w)), ...capacityWorkloads.map((c, i) => capacityWorkload(`c${i}`, c))],
  }));

function analyze(data: unknown, text = stringify(data)): FileAnalysis {
  const parsed = parseYaml("ai-workloads.yaml", new TextEncoder().encode(text));
  const analysis = analyzeFile(parsed, () => book, { today: "2026-11-28" });
  expect(
    analysis.findings.filter((f) => f.severity === "error" && !f.rule.startsWith("budget.")),
    text,
  ).toEqual([]);
  return analysis;
}

function only(data: Raw): WorkloadEstimate {
  return analyze({ version: 1, workloads: [data] }).estimates[0]!;
}

const monthly = (e: WorkloadEstimate) => e.cost!.monthlyCost;

describe("estimation properties", () => {
  it("cost never falls when the volume rises", () => {
    fc.assert(
      fc.property(serverless, fc.integer({ min: 0, max: 1_000_000 }), (w, extra) => {
        const low = only(toWorkload("w", w));
        const high = only(toWorkload("w", { ...w, volume: w.volume + extra }));
        expect(monthly(high).gte(monthly(low))).toBe(true);
      }),
      RUNS,
    );
  });

  it("cost never falls when input or output tokens rise", () => {
    fc.assert(
      fc.property(serverless, fc.integer({ min: 0, max: 50_000 }), fc.integer({ min: 0, max: 8_000 }), (w, moreIn, moreOut) => {
        const low = only(toWorkload("w", w));
        const t = w.tokens as { input: number; output: number; cached_input: number };
        const high = only(toWorkload("w", { ...w, tokens: { ...t, input: t.input + moreIn, output: t.output + moreOut } }));
        expect(monthly(high).gte(monthly(low))).toBe(true);
      }),
      RUNS,
    );
  });

  it("cost components sum exactly to the total", () => {
    fc.assert(
      fc.property(manifestData, (data) => {
        for (const e of analyze(data).estimates) {
          if (!e.cost) continue;
          expect(sum(e.cost.components.map((c) => c.monthlyCost)).eq(e.cost.monthlyCost)).toBe(true);
        }
      }),
      RUNS,
    );
  });

  it("per_day x 730/24 equals per_hour x 730 for the same rate", () => {
    fc.assert(
      fc.property(serverless, fc.integer({ min: 0, max: 100_000 }), (w, perHour) => {
        const hourly = only({ ...toWorkload("w", w), requests: { per_hour: perHour } });
        const daily = only({ ...toWorkload("w", w), requests: { per_day: perHour * 24 } });
        expect(daily.workload.requests.perMonth.expected.eq(hourly.workload.requests.perMonth.expected)).toBe(true);
        expect(monthly(daily).eq(monthly(hourly))).toBe(true);
      }),
      RUNS,
    );
  });

  it("a manifest printed back to YAML and read again gives the same estimate", () => {
    fc.assert(
      fc.property(manifestData, fc.constantFrom("block", "flow") as fc.Arbitrary<"block" | "flow">, (data, style) => {
        const first = analyze(data);
        const reread = parseYaml("ai-workloads.yaml", new TextEncoder().encode(stringify(data))).value;
        const second = analyze(reread, stringify(reread, { collectionStyle: style }));
        expect(second.estimates.map((e) => monthly(e).toString())).toEqual(first.estimates.map((e) => monthly(e).toString()));
        expect(second.estimates.map((e) => e.cost!.components.map((c) => c.monthlyCost.toString()))).toEqual(
          first.estimates.map((e) => e.cost!.components.map((c) => c.monthlyCost.toString())),
        );
      }),
      RUNS,
    );
  });
});

describe("diff properties", () => {
  it("diff(a, a) is zero everywhere", () => {
    fc.assert(
      fc.property(manifestData, (data) => {
        const diff = diffRevisions([analyze(data)], [analyze(data)]);
        expect(diff.diffMonthlyCost.isZero()).toBe(true);
        for (const w of diff.workloads) {
          expect(w.change).toBe("unchanged");
          expect(w.diffMonthlyCost?.isZero()).toBe(true);
          expect(w.drivers).toEqual([]);
        }
        expect(diff.findings).toEqual([]);
      }),
      RUNS,
    );
  });

  it("diff(a, b) = -diff(b, a), and drivers add up to each workload's change", () => {
    fc.assert(
      fc.property(manifestData, manifestData, (a, b) => {
        const [fa, fb] = [analyze(a), analyze(b)];
        const ab = diffRevisions([fa], [fb]);
        const ba = diffRevisions([fb], [fa]);
        expect(ab.diffMonthlyCost.eq(ba.diffMonthlyCost.negated())).toBe(true);
        const back = new Map(ba.workloads.map((w) => [w.id, w]));
        for (const w of ab.workloads) {
          const other = back.get(w.id)!;
          expect(w.diffMonthlyCost!.eq(other.diffMonthlyCost!.negated())).toBe(true);
          const mirrored = { added: "removed", removed: "added", changed: "changed", unchanged: "unchanged" } as const;
          expect(other.change).toBe(mirrored[w.change]);
          // Drivers are differences of 40-digit intermediate costs: with volumes like per_day (x 730/24,
          // non-terminating) they add up to the change only to the 40th digit, far below a cent.
          if (w.drivers.length > 0)
            expect(
              sum(w.drivers.map((d) => d.amount))
                .minus(w.diffMonthlyCost!)
                .abs()
                .lt(1e-20),
            ).toBe(true);
        }
        expect(ab.headMonthlyCost.minus(ab.baseMonthlyCost).eq(ab.diffMonthlyCost)).toBe(true);
        // Totals round at 40 significant digits along a different path than the per-workload sum.
        expect(
          sum(ab.workloads.map((w) => w.diffMonthlyCost ?? ZERO))
            .minus(ab.diffMonthlyCost)
            .abs()
            .lt(1e-20),
        ).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("report properties", () => {
  const schema = JSON.parse(readFileSync(new URL("../schemas/report.schema.json", import.meta.url), "utf8")) as object;
  const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

  it("every report, with and without a base, validates against schemas/report.schema.json, written by either JSON writer", () => {
    fc.assert(
      fc.property(manifestData, manifestData, fc.boolean(), (a, b, withBase) => {
        const head = [analyze(b)];
        const report = buildReport(head, {
          toolVersion: "0.0.0-test",
          book,
          groupBy: ["team"],
          ...(withBase ? { base: { ref: "main", trust: "head" as const, diff: diffRevisions([analyze(a)], head) } } : {}),
        });
        const text = [...reportJsonChunks(report)].join("");
        // The report's own writer and the generic one (through each row's toJSON) agree byte for byte.
        expect(text).toBe(jsonText(report));
        const json = JSON.parse(text) as unknown;
        expect(validate(json), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
        // Read back (comment, merge), every amount is a Decimal again where the report had one,
        // and the report's writer gives the same text.
        const parsed = parseReportJson(text);
        if (!("report" in parsed)) throw new Error(parsed.error);
        expect(decimalPaths(parsed.report)).toEqual(decimalPaths(report));
        expect([...reportJsonChunks(parsed.report)].join("")).toBe(text);
      }),
      { numRuns: 40 },
    );
  });
});

/** The paths of a value's Decimal leaves, as the JSON writers see it (undefined fields are not written). */
function decimalPaths(value: unknown, path = ""): string[] {
  if (value instanceof Decimal) return [path];
  if (value === null || typeof value !== "object") return [];
  // A report's workload rows are written through their toJSON.
  if ("toJSON" in value && typeof value.toJSON === "function") return decimalPaths((value as { toJSON: () => unknown }).toJSON(), path);
  return Object.entries(value).flatMap(([key, v]) => decimalPaths(v, `${path}/${key}`));
}
