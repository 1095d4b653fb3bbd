/**
 * Properties the cost rules promise whatever the numbers: a batch request never costs more
 * than on serverless, low <= expected <= high, and a dedicated forecast only ever steps up by
 * whole replicas.
 */
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { forecast } from "../src/core/cost/estimate.js";
import { dec } from "../src/core/money.js";
import { analyzeText } from "./helpers/pipeline.js";
import { rulesBook } from "./helpers/rules-catalog.js";

const TOKEN_MODELS: ReadonlyArray<[provider: string, model: string]> = [
  ["openai", "cache-model"],
  ["openai", "listed-batch-cache"],
  ["openai", "no-cache-model"],
  ["openai", "tier-model"],
  ["openai", "listed-tier-model"],
  ["anthropic", "claude-model"],
  ["together", "meta-llama/Llama-3.3-70B-Instruct-Turbo"],
  ["together", "plain/model"],
];

const book = rulesBook();
const estimateOf = (fields: string) =>
  analyzeText(`version: 1\nworkloads:\n  - name: w\n${fields.replace(/^/gm, "    ")}\n`, { book }).estimates[0]!;

/** Three ordered values low <= expected <= high. */
const ordered = (max: number) =>
  fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }), fc.integer({ min: 0, max })).map((v) => v.sort((a, b) => a - b));
const yamlRange = ([low, expected, high]: number[]) => `{ low: ${low}, expected: ${expected}, high: ${high} }`;

const request = fc.record({
  model: fc.constantFrom(...TOKEN_MODELS),
  input: fc.integer({ min: 0, max: 400_000 }),
  cachedPermille: fc.integer({ min: 0, max: 1000 }),
  writePermille: fc.integer({ min: 0, max: 1000 }),
  output: fc.integer({ min: 0, max: 20_000 }),
  requests: fc.integer({ min: 0, max: 1_000_000 }),
});

describe("cost properties", () => {
  test("a batch request never costs more than the same request on serverless", () => {
    fc.assert(
      fc.property(request, ({ model: [provider, model], input, cachedPermille, writePermille, output, requests }) => {
        const cached = Math.floor((input * cachedPermille) / 1000);
        const write = Math.floor(((input - cached) * writePermille) / 1000);
        const fields = (mode: string) =>
          `provider: ${provider}\nmodel: ${model}\nmode: ${mode}\ntokens: { input: ${input}, cached_input: ${cached}, cache_write: ${write}, output: ${output} }\nrequests: { per_month: ${requests} }`;
        const batch = estimateOf(fields("batch")).cost!;
        const serverless = estimateOf(fields("serverless")).cost!;
        expect(batch.monthlyCost.lte(serverless.monthlyCost)).toBe(true);
        expect(batch.perRequestCost!.lte(serverless.perRequestCost!)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("low <= expected <= high for every mode, range and tier", () => {
    const ranged = fc.record({
      model: fc.constantFrom(...TOKEN_MODELS),
      mode: fc.constantFrom("serverless", "batch"),
      input: ordered(400_000),
      cached: ordered(400_000),
      write: ordered(100_000),
      output: ordered(20_000),
      requests: ordered(100_000),
    });
    fc.assert(
      fc.property(ranged, ({ model: [provider, model], mode, input, cached, write, output, requests }) => {
        // Validation wants cached + writes <= input at expected and high: scale them into the input.
        const c = cached.map((v, i) => Math.min(v, Math.floor(input[i]! / 2)));
        const w = write.map((v, i) => Math.min(v, Math.floor(input[i]! / 2)));
        const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
        const estimate = estimateOf(
          `provider: ${provider}\nmodel: ${model}\nmode: ${mode}\ntokens: { input: ${yamlRange(input)}, cached_input: ${yamlRange(sorted(c))}, cache_write: ${yamlRange(sorted(w))}, output: ${yamlRange(output)} }\nrequests: { per_month: ${yamlRange(requests)} }`,
        );
        if (!estimate.cost) return;
        const range = estimate.range ?? {
          low: estimate.cost.monthlyCost,
          expected: estimate.cost.monthlyCost,
          high: estimate.cost.monthlyCost,
        };
        expect(range.expected.eq(estimate.cost.monthlyCost)).toBe(true);
        expect(range.low.lte(range.expected) && range.expected.lte(range.high)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("a dedicated forecast never decreases and moves only in whole replicas", () => {
    const endpoint = fc.record({
      replicas: fc.integer({ min: 1, max: 4 }),
      gpus: fc.integer({ min: 1, max: 8 }),
      tokensPerSecond: fc.integer({ min: 100, max: 20_000 }),
      perDay: fc.integer({ min: 1, max: 2_000_000 }),
      peak: fc.integer({ min: 100, max: 400 }).map((p) => p / 100),
      growth: fc.integer({ min: 0, max: 60 }),
    });
    fc.assert(
      fc.property(endpoint, ({ replicas, gpus, tokensPerSecond, perDay, peak, growth }) => {
        const estimate = estimateOf(
          `model: meta-llama/Llama-3.3-70B-Instruct-Turbo\nmode: dedicated\ndedicated: { hardware: h100-80gb, gpus: ${gpus}, replicas: ${replicas}, tokens_per_second: ${tokensPerSecond} }\ntokens: { input: 900, output: 100 }\nrequests: { per_day: ${perDay}, growth_percent_per_month: ${growth}, peak_to_average: ${peak} }`,
        );
        const steps = forecast(estimate, 12);
        const replicaCost = dec("5.49").times(gpus).times(730);
        let previous = { replicas, cost: replicaCost.times(replicas) };
        for (const step of steps!) {
          expect(step.replicas! >= previous.replicas).toBe(true);
          expect(step.monthlyCost.eq(replicaCost.times(step.replicas!))).toBe(true);
          expect(step.monthlyCost.gte(previous.cost)).toBe(true);
          // Enough replicas for the month's peak, and not one more than needed beyond the declared ones.
          expect(step.peakUtilization!.times(replicas).lte(step.replicas!)).toBe(true);
          if (step.replicas! > replicas) expect(step.peakUtilization!.times(replicas).gt(step.replicas! - 1)).toBe(true);
          previous = { replicas: step.replicas!, cost: step.monthlyCost };
        }
      }),
      { numRuns: 300 },
    );
  });
});
