/**
 * Differential check of the token cost rules: a few hundred generated workloads over the
 * built-in catalog and the rules catalog (every mode, volume unit, range, tier, cached input,
 * cache write and override) are recomputed here from README's "How costs are computed" with
 * exact BigInt fractions, independently of decimal.js, and must agree with tokenbudget.
 */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import type { CatalogModel, LongContextTier, PriceCatalog } from "../src/core/prices/catalog-types.js";
import { PriceBook } from "../src/core/prices/catalog.js";
import type { Decimal } from "../src/core/money.js";
import { analyzeText } from "./helpers/pipeline.js";
import { RULES_CATALOG } from "./helpers/rules-catalog.js";

/** An exact fraction n / d, d > 0. */
class Q {
  constructor(
    readonly n: bigint,
    readonly d: bigint = 1n,
  ) {}
  static of(value: number | string): Q {
    const text = String(value).toLowerCase();
    const [mantissa = "0", exponent = "0"] = text.split("e");
    const [whole = "0", fraction = ""] = mantissa.split(".");
    let n = BigInt(whole + fraction);
    let d = 10n ** BigInt(fraction.length);
    const e = Number(exponent);
    if (e >= 0) n *= 10n ** BigInt(e);
    else d *= 10n ** BigInt(-e);
    return new Q(n, d);
  }
  plus(o: Q): Q {
    return new Q(this.n * o.d + o.n * this.d, this.d * o.d);
  }
  minus(o: Q): Q {
    return this.plus(new Q(-o.n, o.d));
  }
  times(o: Q): Q {
    return new Q(this.n * o.n, this.d * o.d);
  }
  div(o: Q): Q {
    return o.n < 0n ? new Q(-this.n * o.d, this.d * -o.n) : new Q(this.n * o.d, this.d * o.n);
  }
  cmp(o: Q): number {
    const diff = this.n * o.d - o.n * this.d;
    return diff > 0n ? 1 : diff < 0n ? -1 : 0;
  }
  isZero(): boolean {
    return this.n === 0n;
  }
}
const min = (a: Q, b: Q) => (a.cmp(b) <= 0 ? a : b);
const ZERO = new Q(0n);
const MILLION = new Q(1_000_000n);

interface Rates {
  input: Q;
  output: Q;
  cached?: Q;
  write?: Q;
}
interface Tier {
  above: Q;
  rates: Rates;
}

const ratesOf = (p: { input: number; output: number; cachedInput?: number; cacheWrite?: number }): Rates => ({
  input: Q.of(p.input),
  output: Q.of(p.output),
  ...(p.cachedInput !== undefined ? { cached: Q.of(p.cachedInput) } : {}),
  ...(p.cacheWrite !== undefined ? { write: Q.of(p.cacheWrite) } : {}),
});

// README: "A month is 730 hours: per_week * 730/168, per_day * 730/24, per_hour * 730, per_second * 2,628,000".
const PER_MONTH: Record<string, Q> = {
  per_month: new Q(1n),
  per_week: new Q(730n, 168n),
  per_day: new Q(730n, 24n),
  per_hour: new Q(730n),
  per_second: new Q(2_628_000n),
};

const builtin = JSON.parse(readFileSync(new URL("../catalog/builtin.json", import.meta.url), "utf8")) as PriceCatalog;
const book = new PriceBook([
  { origin: "built-in", catalog: builtin },
  { origin: "rules.json", catalog: RULES_CATALOG },
]);

/** The model a lookup finds: the last book that has it (higher precedence), by id or alias, case-insensitively. */
function findModel(provider: string, id: string): CatalogModel | undefined {
  let found: CatalogModel | undefined;
  for (const catalog of [builtin, RULES_CATALOG]) {
    for (const m of catalog.models) {
      if (m.provider === provider && [m.id, ...(m.aliases ?? [])].some((x) => x.toLowerCase() === id.toLowerCase())) found = m;
    }
  }
  return found;
}

const priced = [...builtin.models, ...RULES_CATALOG.models].filter((m) => m.serverless);
const tiered = priced.filter((m) => (m.longContext?.length ?? 0) > 0);

interface Generated {
  model: CatalogModel;
  mode: "serverless" | "batch";
  unit: keyof typeof PER_MONTH;
  input: number[];
  cachedShare: number[];
  writeShare: number[];
  output: number[];
  requests: number[];
  override?: { input: number; output: number; cached?: number; write?: number; batch?: { input: number; output: number; cached?: number } };
}

const ordered = (max: number) =>
  fc.tuple(fc.integer({ min: 0, max }), fc.integer({ min: 0, max }), fc.integer({ min: 0, max })).map((v) => v.sort((a, b) => a - b));
const flatOrRange = (max: number) =>
  fc.oneof(
    fc.integer({ min: 0, max }).map((v) => [v, v, v]),
    ordered(max),
  );
const cents = (max: number) => fc.integer({ min: 0, max }).map((v) => v / 100);

const generated: fc.Arbitrary<Generated> = fc.record(
  {
    // Tiered models are few in the books: draw them a third of the time so the cliffs get tested.
    model: fc.oneof(fc.constantFrom(...priced), fc.constantFrom(...priced), fc.constantFrom(...tiered)),
    mode: fc.constantFrom("serverless", "batch"),
    unit: fc.constantFrom("per_month", "per_week", "per_day", "per_hour", "per_second"),
    input: flatOrRange(350_000),
    cachedShare: fc.oneof(fc.constant<number[]>([0, 0, 0]), ordered(100)),
    writeShare: fc.oneof(fc.constant<number[]>([0, 0, 0]), ordered(100)),
    output: flatOrRange(20_000),
    requests: flatOrRange(50_000),
    override: fc.option(
      fc.record(
        {
          input: cents(1000),
          output: cents(3000),
          cached: cents(100),
          write: cents(1500),
          batch: fc.record({ input: cents(500), output: cents(1500), cached: cents(50) }, { requiredKeys: ["input", "output"] }),
        },
        { requiredKeys: ["input", "output"] },
      ),
      { nil: undefined, freq: 4 },
    ),
  },
  { requiredKeys: ["model", "mode", "unit", "input", "cachedShare", "writeShare", "output", "requests"] },
);

/** Integer token counts; cached and writes take shares of input that fit validation (cached + writes <= input). */
function tokensOf(g: Generated) {
  const cached = g.input.map((input, i) => Math.floor((input * g.cachedShare[i]!) / 200));
  const write = g.input.map((input, i) => Math.floor((input * g.writeShare[i]!) / 200));
  const sort = (v: number[]) => [...v].sort((a, b) => a - b);
  return { cached: sort(cached), write: sort(write) };
}

const yamlValue = ([low, expected, high]: number[]) =>
  low === expected && expected === high ? String(expected) : `{ low: ${low}, expected: ${expected}, high: ${high} }`;

function manifestOf(g: Generated): string {
  const { cached, write } = tokensOf(g);
  const o = g.override;
  const prices = o
    ? `prices:\n  - model: ${g.model.id}\n    provider: ${g.model.provider}\n    input: ${o.input}\n    output: ${o.output}\n` +
      (o.cached !== undefined ? `    cached_input: ${o.cached}\n` : "") +
      (o.write !== undefined ? `    cache_write: ${o.write}\n` : "") +
      (o.batch
        ? `    batch_input: ${o.batch.input}\n    batch_output: ${o.batch.output}\n` +
          (o.batch.cached !== undefined ? `    batch_cached_input: ${o.batch.cached}\n` : "")
        : "")
    : "";
  return (
    `version: 1\n${prices}workloads:\n  - name: w\n    provider: ${g.model.provider}\n    model: ${g.model.id}\n    mode: ${g.mode}\n` +
    `    tokens: { input: ${yamlValue(g.input)}, cached_input: ${yamlValue(cached)}, cache_write: ${yamlValue(write)}, output: ${yamlValue(g.output)} }\n` +
    `    requests: { ${g.unit}: ${yamlValue(g.requests)} }\n`
  );
}

/** README's rules for the rates a workload pays: overrides win; batch scales what its offer does not list. */
function ratesFor(g: Generated): { base: Rates; tiers: Tier[]; limits: CatalogModel } | "unpriced" {
  const model = findModel(g.model.provider, g.model.id)!;
  const o = g.override;
  const scale = (rate: Q | undefined, s: Rates, b: Rates) =>
    rate === undefined ? undefined : s.input.isZero() ? rate : rate.times(b.input).div(s.input);
  const batchOf = (s: Rates, listed: Rates): Rates => {
    const cached = listed.cached ?? scale(s.cached, s, listed);
    const write = listed.write ?? scale(s.write, s, listed);
    return { input: listed.input, output: listed.output, ...(cached ? { cached } : {}), ...(write ? { write } : {}) };
  };
  if (o) {
    const s: Rates = {
      input: Q.of(o.input),
      output: Q.of(o.output),
      ...(o.cached !== undefined ? { cached: Q.of(o.cached) } : {}),
      ...(o.write !== undefined ? { write: Q.of(o.write) } : {}),
    };
    if (g.mode === "serverless") return { base: s, tiers: [], limits: model };
    if (o.batch) {
      const listed: Rates = {
        input: Q.of(o.batch.input),
        output: Q.of(o.batch.output),
        ...(o.batch.cached !== undefined ? { cached: Q.of(o.batch.cached) } : {}),
      };
      return { base: batchOf(s, listed), tiers: [], limits: model };
    }
    if (model.batch?.available === false) return "unpriced";
    return { base: s, tiers: [], limits: model };
  }
  const s = ratesOf(model.serverless!);
  const tiers = (model.longContext ?? []).map((t: LongContextTier) => ({ above: Q.of(t.aboveInputTokens), rates: ratesOf(t) }));
  if (g.mode === "serverless") return { base: s, tiers, limits: model };
  const offer = model.batch;
  if (offer && !offer.available) return "unpriced";
  if (!offer || !offer.discounted) return { base: s, tiers, limits: model };
  const listed = ratesOf(offer);
  const batchTiers = offer.longContext?.length
    ? offer.longContext.map((t) => ({ above: Q.of(t.aboveInputTokens), rates: ratesOf(t) }))
    : tiers.map((t) => {
        const cached = scale(t.rates.cached, s, listed);
        const write = scale(t.rates.write, s, listed);
        return {
          above: t.above,
          rates: {
            input: scale(t.rates.input, s, listed)!,
            output: scale(t.rates.output, s, listed)!,
            ...(cached ? { cached } : {}),
            ...(write ? { write } : {}),
          },
        };
      });
  return { base: batchOf(s, listed), tiers: batchTiers, limits: model };
}

/** USD x 1M for one request: (I - C - W) * in + C * cached + W * write + O * out, at the tier the input falls in. */
function requestMicros(r: { base: Rates; tiers: Tier[] }, input: Q, cached: Q, write: Q, output: Q): Q {
  let rates = r.base;
  let threshold: Q | undefined;
  for (const t of r.tiers) {
    if (input.cmp(t.above) > 0 && (!threshold || t.above.cmp(threshold) > 0)) {
      rates = t.rates;
      threshold = t.above;
    }
  }
  return input
    .minus(cached)
    .minus(write)
    .times(rates.input)
    .plus(cached.times(rates.cached ?? rates.input))
    .plus(write.times(rates.write ?? rates.input))
    .plus(output.times(rates.output));
}

function expectedCosts(g: Generated, r: { base: Rates; tiers: Tier[] }): { low: Q; expected: Q; high: Q } {
  const { cached, write } = tokensOf(g);
  const q = (v: number) => Q.of(v);
  const month = (micros: Q, requests: number) => micros.times(q(requests)).times(PER_MONTH[g.unit]!).div(MILLION);
  const expected = month(requestMicros(r, q(g.input[1]!), q(cached[1]!), q(write[1]!), q(g.output[1]!)), g.requests[1]!);
  // Candidates: input ends and tier thresholds inside the input range; cached and writes ends, clamped.
  const inputs = [g.input[0]!, g.input[1]!, g.input[2]!].map(q);
  for (const t of r.tiers) if (t.above.cmp(q(g.input[0]!)) >= 0 && t.above.cmp(q(g.input[2]!)) < 0) inputs.push(t.above);
  let cheapest: Q | undefined;
  let dearest: Q | undefined;
  for (const i of inputs) {
    for (const c0 of [cached[0]!, cached[2]!]) {
      const c = min(q(c0), i);
      for (const w0 of [write[0]!, write[2]!]) {
        const w = min(q(w0), i.minus(c));
        const low = requestMicros(r, i, c, w, q(g.output[0]!));
        const high = requestMicros(r, i, c, w, q(g.output[2]!));
        if (!cheapest || low.cmp(cheapest) < 0) cheapest = low;
        if (!dearest || high.cmp(dearest) > 0) dearest = high;
      }
    }
  }
  const low = month(cheapest!, g.requests[0]!);
  const high = month(dearest!, g.requests[2]!);
  return { low: low.cmp(expected) > 0 ? expected : low, expected, high: high.cmp(expected) < 0 ? expected : high };
}

/**
 * Money is a count of 1/(21 x 10^24) USD, so an amount whose exact fraction has such a
 * denominator must come out exactly: 21 times it has a finite decimal text to compare. Only a
 * rate derived by a ratio (batch cache writes at cached x batch/input, e.g. 1.4/4.09) does not
 * terminate; it is rounded once at the 24th decimal, so it must agree to 1e-21 relative.
 */
function agrees(actual: Decimal, expected: Q): boolean {
  const scaled = expected.times(new Q(21n));
  const exact = Q.of(actual.times(21).toString());
  if ((10n ** 24n * scaled.n) % scaled.d === 0n) return exact.cmp(scaled) === 0;
  const diff = exact.minus(scaled);
  const abs = (x: Q) => (x.n < 0n ? new Q(-x.n, x.d) : x);
  return abs(diff).cmp(new Q(1n, 10n ** 21n).times(new Q(1n).plus(abs(scaled)))) <= 0;
}

describe("differential recomputation of token costs", () => {
  const workloads = fc.sample(generated, { numRuns: 400, seed: 20261130 });

  test("covers every mode, unit, ranges, tiers, cached input, cache writes and overrides", () => {
    const { cached, write } = {
      cached: workloads.filter((g) => tokensOf(g).cached[1]! > 0).length,
      write: workloads.filter((g) => tokensOf(g).write[1]! > 0).length,
    };
    expect(new Set(workloads.map((g) => g.mode)).size).toBe(2);
    expect(new Set(workloads.map((g) => g.unit)).size).toBe(5);
    expect(workloads.filter((g) => g.input[0] !== g.input[2]).length).toBeGreaterThan(50);
    expect(workloads.filter((g) => g.override).length).toBeGreaterThan(30);
    expect(workloads.filter((g) => !g.override && (g.model.longContext?.length ?? 0) > 0).length).toBeGreaterThan(10);
    expect(Math.min(cached, write)).toBeGreaterThan(50);
  });

  test("agrees with tokenbudget on every generated workload", () => {
    let compared = 0;
    let tiered = 0;
    for (const g of workloads) {
      const text = manifestOf(g);
      const estimate = analyzeText(text, { book }).estimates[0]!;
      const rates = ratesFor(g);
      const limits = rates === "unpriced" ? undefined : rates.limits;
      const over =
        limits &&
        ((limits.contextWindow !== undefined && g.input[1]! + g.output[1]! > limits.contextWindow) ||
          (limits.maxInputTokens !== undefined && g.input[1]! > limits.maxInputTokens) ||
          (limits.maxOutputTokens !== undefined && g.output[1]! > limits.maxOutputTokens));
      if (rates === "unpriced" || over) {
        expect(estimate.priced, text).toBe(false);
        continue;
      }
      const want = expectedCosts(g, rates);
      const got = estimate.range ?? {
        low: estimate.cost!.monthlyCost,
        expected: estimate.cost!.monthlyCost,
        high: estimate.cost!.monthlyCost,
      };
      for (const s of ["low", "expected", "high"] as const) {
        expect(agrees(got[s], want[s]), `${s} of\n${text}got ${got[s].toString()}, want ${want[s].n}/${want[s].d}`).toBe(true);
      }
      compared++;
      if (rates.tiers.some((t) => Q.of(g.input[2]!).cmp(t.above) > 0)) tiered++;
    }
    // The breadth catalog has many legacy models with small limits: more draws are over a limit, so fewer are compared.
    expect(compared).toBeGreaterThan(250);
    expect(tiered).toBeGreaterThan(10);
  });
});

describe("differential recomputation of capacity costs", () => {
  const hardware = [...builtin.hardware, ...RULES_CATALOG.hardware];
  const capacity = fc.record(
    {
      mode: fc.constantFrom("dedicated", "gpu-cluster"),
      hardware: fc.constantFrom(...hardware.map((h) => h.id)),
      gpus: fc.integer({ min: 1, max: 20 }),
      replicas: fc.integer({ min: 1, max: 5 }),
      hours: fc.integer({ min: 1, max: 744 }),
      // hourly_rate must be above 0
      rate: fc.integer({ min: 1, max: 2000 }).map((v) => v / 100),
      storage: cents(100_000),
      contract: fc.record(
        { minimum: cents(2_000_000), included: fc.integer({ min: 0, max: 20 }).map((b) => b * 1e9), overage: cents(200) },
        { requiredKeys: [] },
      ),
      perDay: fc.integer({ min: 0, max: 5_000_000 }),
    },
    { requiredKeys: ["mode", "hardware", "gpus", "replicas", "hours", "storage", "contract", "perDay"] },
  );

  test("dedicated (with contracts) and clusters (billed in multiples of 8 on Together) agree on 200 generated workloads", () => {
    let compared = 0;
    for (const c of fc.sample(capacity, { numRuns: 200, seed: 17 })) {
      const hw = [...hardware].reverse().find((h) => h.id === c.hardware)!;
      const dedicated = c.mode === "dedicated";
      const listed = dedicated ? hw.dedicatedHourly : hw.clusterHourly;
      const rate = c.rate !== undefined ? Q.of(c.rate) : listed !== undefined ? Q.of(listed) : undefined;
      const contract = dedicated && (c.contract.minimum !== undefined || c.contract.overage !== undefined) ? c.contract : undefined;
      const terms = contract
        ? `, contract: { ${[contract.minimum !== undefined ? `monthly_minimum: ${contract.minimum}` : "", contract.included !== undefined ? `included_tokens: ${contract.included}` : "", contract.overage !== undefined ? `overage_per_million: ${contract.overage}` : ""].filter(Boolean).join(", ")} }`
        : "";
      const spec = dedicated
        ? `dedicated: { hardware: ${c.hardware}, gpus: ${c.gpus}, replicas: ${c.replicas}, hours: ${c.hours}${c.rate !== undefined ? `, hourly_rate: ${c.rate}` : ""}${terms} }`
        : `cluster: { hardware: ${c.hardware}, gpus: ${c.gpus}, hours: ${c.hours}${c.rate !== undefined ? `, hourly_rate: ${c.rate}` : ""}, storage_monthly: ${c.storage} }`;
      const text = `version: 1\nworkloads:\n  - name: w\n    model: meta-llama/Llama-3.3-70B-Instruct-Turbo\n    mode: ${c.mode}\n    ${spec}\n    tokens: { input: 900, output: 100 }\n    requests: { per_day: ${c.perDay} }\n`;
      const analysis = analyzeText(text, { book });
      expect(analysis.estimates, `${text}${analysis.findings.map((f) => f.message).join("\n")}`).toHaveLength(1);
      const estimate = analysis.estimates[0]!;
      if (!rate && !contract) {
        expect(estimate.priced, text).toBe(false);
        continue;
      }
      // README: dedicated = hourly_rate * gpus * replicas * hours; under a contract max(minimum, that) + overage;
      // cluster = billed gpus * hours * hourly_rate + storage, billed gpus the next multiple of 8 on Together.
      const tokens = Q.of(c.perDay).times(new Q(1000n)).times(PER_MONTH.per_day!);
      let want: Q;
      if (dedicated) {
        const gpu = rate ? rate.times(Q.of(c.gpus * c.replicas * c.hours)) : ZERO;
        want = gpu;
        if (contract) {
          const minimum = Q.of(contract.minimum ?? 0);
          want = gpu.cmp(minimum) >= 0 ? gpu : minimum;
          const over = tokens.minus(Q.of(contract.included ?? 0));
          if (contract.overage !== undefined && over.cmp(ZERO) > 0) want = want.plus(over.times(Q.of(contract.overage)).div(MILLION));
        }
      } else {
        const billed = hw.provider === "together" ? Math.ceil(c.gpus / 8) * 8 : c.gpus;
        want = rate!.times(Q.of(billed * c.hours)).plus(Q.of(c.storage));
      }
      expect(agrees(estimate.cost!.monthlyCost, want), `${text}got ${estimate.cost!.monthlyCost}`).toBe(true);
      compared++;
    }
    expect(compared).toBeGreaterThan(150);
  });
});
