// Exact expectations for src/core/cost/estimate.ts, written against the mutants that survived the
// 2026-12-07 Stryker run (see MUTATION.md): the exact key sets of estimates (toEqual ignores an
// undefined property), whole findings, capacity lines and the diff/forecast entry points.
import { describe, expect, it } from "vitest";
import { estimateWorkload, forecast, pricedMonthlyCost, type WorkloadEstimate } from "../src/core/cost/estimate.js";
import { PriceBook, type CatalogLayer } from "../src/core/prices/catalog.js";
import type { PriceCatalog } from "../src/core/prices/catalog-types.js";
import { TEST_LAYER, analyzeText, builtinBook, oneWorkload } from "./helpers/pipeline.js";

// Provider k: a tier cheaper than the base rate (so a threshold inside the input range is the
// dearest request), a batch discount without a cached rate, an output limit, a cache-write rate,
// a deprecated model; hardware with and without rates; no `providers` (no GPU multiple).
const K: CatalogLayer = {
  origin: "k.json",
  catalog: {
    formatVersion: 1,
    version: "k.1",
    asOf: "2026-11-01",
    currency: "USD",
    sources: { s: { title: "K", url: "https://example.invalid/k", asOf: "2026-11-01" } },
    models: [
      {
        provider: "k",
        id: "cheap-tier",
        source: "s",
        asOf: "2026-11-01",
        serverless: { input: 2, output: 0 },
        longContext: [{ aboveInputTokens: 1000, input: 1, output: 0 }],
      },
      {
        provider: "k",
        id: "batchy",
        source: "s",
        asOf: "2026-11-01",
        serverless: { input: 1, output: 1 },
        batch: { available: true, discounted: true, input: 0.5, output: 0.5 },
      },
      { provider: "k", id: "maxout", source: "s", asOf: "2026-11-01", maxOutputTokens: 100, serverless: { input: 1, output: 1 } },
      { provider: "k", id: "writer", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 0, cacheWrite: 2 } },
      { provider: "k", id: "old", source: "s", asOf: "2026-11-01", deprecated: true, serverless: { input: 1, output: 1 } },
      { provider: "together", id: "k-only", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 1 } },
      { provider: "j", id: "k-only", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 1 } },
      { provider: "k", id: "amb.x-1", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 1 } },
      { provider: "k", id: "amb-x.1", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 1 } },
    ],
    hardware: [
      { provider: "k", id: "gpu", name: "K GPU", source: "s", asOf: "2026-11-01", dedicatedHourly: 2, clusterHourly: 1 },
      { provider: "k", id: "bare", name: "Bare", source: "s", asOf: "2026-11-01" },
      { provider: "together", id: "k-gpu", name: "K GPU at Together", source: "s", asOf: "2026-11-01", clusterHourly: 1 },
    ],
  } as PriceCatalog,
};
const book = new PriceBook([TEST_LAYER, K]);

function one(workload: string, extra = "", b = book): WorkloadEstimate {
  const analysis = analyzeText(oneWorkload(workload, extra), { book: b });
  expect(analysis.manifest).toBeDefined();
  return analysis.estimates[0]!;
}
const keys = (o: object) => Object.keys(o).sort();
const VOLUME = "requests: { per_month: 1000 }";

describe("optional properties are absent, not undefined", () => {
  it("an override-priced serverless workload: no batch, model id, lifecycle, context window, range or line detail", () => {
    const e = one(
      `provider: k\nmodel: mine\ntokens: { input: 10, output: 10 }\n${VOLUME}`,
      "prices:\n  - { model: mine, input: 1, output: 1 }\n",
    );
    expect(keys(e)).toEqual(["cost", "findings", "price", "priced", "workload"]);
    expect(e.cost!.components.map(keys)).toEqual([
      ["monthlyCost", "name", "quantity", "unit", "unitPrice"],
      ["monthlyCost", "name", "quantity", "unit", "unitPrice"],
    ]);
    expect(e.findings).toEqual([]);
  });

  it("a serverless workload marked interactive gets no batch findings; a flat volume per day has no range", () => {
    const e = one(`provider: k\nmodel: batchy\nlatency: interactive\ntokens: { input: 10, output: 10 }\nrequests: { per_day: 10 }`);
    expect(e.findings).toEqual([]);
    expect(keys(e)).toEqual(["cost", "findings", "modelId", "price", "priced", "workload"]);
  });

  it("a range only in the high end is a range", () => {
    const e = one(`provider: k\nmodel: batchy\ntokens: { input: { low: 10, expected: 10, high: 20 }, output: 10 }\n${VOLUME}`);
    expect(e.range).toEqual({ low: expect.anything(), expected: expect.anything(), high: expect.anything() });
    expect([e.range!.low.toString(), e.range!.expected.toString(), e.range!.high.toString()]).toEqual(["0.02", "0.02", "0.03"]);
  });

  it("a deprecated model's lifecycle, also on a dedicated endpoint", () => {
    expect(one(`provider: k\nmodel: old\ntokens: { input: 10, output: 10 }\n${VOLUME}`).lifecycle).toEqual({ deprecated: true });
    const d = one(`provider: k\nmodel: old\nmode: dedicated\ndedicated: { hardware: gpu }\ntokens: { input: 10, output: 10 }\n${VOLUME}`);
    expect(d.lifecycle).toEqual({ deprecated: true });
    expect(d.modelId).toBe("old");
    expect(d.hardware).toEqual({ id: "gpu", name: "K GPU" });
  });

  it("a dedicated endpoint without contract, throughput or range: the exact keys of the estimate and its cost", () => {
    const d = one(
      `provider: k\nmodel: batchy\nmode: dedicated\ndedicated: { hardware: gpu }\ntokens: { input: 10, output: 10 }\n${VOLUME}`,
    );
    expect(keys(d)).toEqual(["cost", "findings", "gpuHourly", "hardware", "modelId", "price", "priced", "workload"]);
    expect(keys(d.cost!)).toEqual(["components", "effectivePerMillionTokens", "monthlyCost", "monthlyTokens", "perRequestCost"]);
    expect(d.cost!.perRequestCost!.toString()).toBe("1.46");
    expect(d.findings).toEqual([]);
  });

  it("no requests and no tokens: no per-request or per-1M price", () => {
    const d = one(
      `provider: k\nmodel: batchy\nmode: dedicated\ndedicated: { hardware: gpu }\ntokens: { input: 0, output: 0 }\nrequests: { per_month: 0 }`,
    );
    expect(keys(d.cost!)).toEqual(["components", "monthlyCost", "monthlyTokens"]);
  });
});

describe("findings, whole", () => {
  it("cached tokens of a discounted batch model without a cached rate are billed at the batch input rate, only in batch mode", () => {
    const at = (mode: string, model = "batchy") =>
      one(`provider: k\nmodel: ${model}\nmode: ${mode}\ntokens: { input: 10, output: 10, cached_input: 5 }\n${VOLUME}`).findings.find(
        (f) => f.rule === "cache.no-rate",
      )!.message;
    expect(at("batch")).toBe("batchy has no cached-input rate; cached tokens are billed at the batch input rate");
    expect(at("serverless")).toBe("batchy has no cached-input rate; cached tokens are billed at the input rate");
    // together/acme/chat-small: batch without a discount.
    expect(
      one(`model: acme/chat-small\nmode: batch\ntokens: { input: 10, output: 10, cached_input: 5 }\n${VOLUME}`).findings.map(
        (f) => f.message,
      ),
    ).toEqual([
      "batch has no discount for acme/chat-small; it is billed at the serverless price",
      "acme/chat-small has no cached-input rate; cached tokens are billed at the input rate",
    ]);
  });

  it("a discounted batch workload has no batch notice", () => {
    expect(one(`provider: k\nmodel: batchy\nmode: batch\ntokens: { input: 10, output: 10 }\n${VOLUME}`).findings).toEqual([]);
  });

  it("cache writes without a write rate: the notice at tokens.cache_write", () => {
    const e = one(`provider: k\nmodel: batchy\ntokens: { input: 10, output: 10, cache_write: 4 }\n${VOLUME}`);
    expect(e.findings).toEqual([
      {
        severity: "notice",
        rule: "cache.no-write-rate",
        message: "batchy has no cache-write rate; cache writes are billed at the input rate",
        file: "ai-workloads.yaml",
        line: 6,
        col: 13,
        path: "workloads[0].tokens.cache_write",
        workload: "w",
      },
    ]);
  });

  it("long-context findings for the expected and for the high estimate, at tokens.input", () => {
    const expected = one(`model: acme/long-context\ntokens: { input: 300000, output: 10 }\n${VOLUME}`).findings;
    expect(expected).toEqual([
      {
        severity: "notice",
        rule: "price.long-context",
        message:
          "300,000 input tokens per request are above the 200,000-token long-context threshold of acme/long-context: the whole request pays $2.50/1M input and $15.00/1M output instead of $1.25 and $10.00",
        file: "ai-workloads.yaml",
        line: 5,
        col: 13,
        path: "workloads[0].tokens.input",
        workload: "w",
      },
    ]);
    const high = one(`model: acme/long-context\ntokens: { input: { low: 1000, expected: 2000, high: 300000 }, output: 10 }\n${VOLUME}`);
    expect(high.findings).toEqual([
      {
        severity: "notice",
        rule: "price.long-context",
        message:
          "the high estimate of 300,000 input tokens is above the 200,000-token long-context threshold of acme/long-context, where the whole request pays $2.50/1M input",
        file: "ai-workloads.yaml",
        line: 5,
        col: 13,
        path: "workloads[0].tokens.input",
        workload: "w",
      },
    ]);
    expect(high.cost!.components[0]).toStrictEqual({
      name: "input",
      quantity: expect.anything(),
      unit: "1M tokens",
      unitPrice: expect.anything(),
      monthlyCost: expect.anything(),
    });
  });

  it("output over the model's maximum output", () => {
    expect(one(`provider: k\nmodel: maxout\ntokens: { input: 10, output: 200 }\n${VOLUME}`).findings.map((f) => f.message)).toEqual([
      "200 output tokens per request exceed the 100-token maximum output of maxout",
    ]);
  });
});

describe("unknown models", () => {
  it("a model another provider has: name it", () => {
    const e = one(`provider: k\nmodel: acme/chat-large\ntokens: { input: 10, output: 10 }\n${VOLUME}`);
    expect(e.findings.map((f) => [f.rule, f.message])).toEqual([
      [
        "model.unknown",
        'unknown model "acme/chat-large" for provider k, but together has it; set provider: together on the workload (or in defaults)',
      ],
    ]);
  });

  it("a model two other providers have, an ambiguous spelling, and several suggestions", () => {
    const message = (model: string, b = book) =>
      one(`provider: m\nmodel: ${model}\ntokens: { input: 10, output: 10 }\n${VOLUME}`, "", b).findings[0]!.message;
    expect(message("k-only")).toBe(
      'unknown model "k-only" for provider m, but together and j have it; set provider: together on the workload (or in defaults)',
    );
    expect(one(`provider: k\nmodel: amb_x_1\ntokens: { input: 10, output: 10 }\n${VOLUME}`).findings[0]!.message).toBe(
      'ambiguous model "amb_x_1" for provider k: it could be amb.x-1 or amb-x.1; write the one you mean',
    );
    expect(one(`model: openai/gpt-oss-120bb\ntokens: { input: 10, output: 10 }\n${VOLUME}`, "", builtinBook()).findings[0]!.message).toBe(
      'unknown model "openai/gpt-oss-120bb" for provider together (did you mean openai/gpt-oss-120b, openai/gpt-oss-20b?); add it under prices: with your rates, or load a catalog that has it',
    );
  });
});

describe("ranges over a long-context threshold", () => {
  const range = (input: string) =>
    one(`provider: k\nmodel: cheap-tier\ntokens: { input: ${input}, output: 0 }\nrequests: { per_month: 1000000 }`).range!;
  it("a threshold inside the input range is a candidate: the most a request pays below a cheaper tier", () => {
    const r = range("{ low: 500, expected: 600, high: 1500 }");
    // 500 x $2, 600 x $2, and the dearest: 1,000 tokens at $2 (1,500 pay the tier's $1).
    expect([r.low.toString(), r.expected.toString(), r.high.toString()]).toEqual(["1000", "1200", "2000"]);
  });
  it("a threshold outside the input range is not", () => {
    const below = range("{ low: 1200, expected: 1300, high: 1500 }");
    expect([below.low.toString(), below.high.toString()]).toEqual(["1200", "1500"]);
    const above = range("{ low: 500, expected: 600, high: 800 }");
    expect([above.low.toString(), above.high.toString()]).toEqual(["1000", "1600"]);
  });
  it("cache writes are clamped to the input left after cached tokens", () => {
    const e = one(
      `provider: k\nmodel: writer\ntokens: { input: { low: 100, expected: 1000, high: 1000 }, output: 0, cache_write: { low: 0, expected: 500, high: 500 } }\nrequests: { per_month: 1000000 }`,
    );
    expect([e.range!.low.toString(), e.range!.expected.toString(), e.range!.high.toString()]).toEqual(["100", "1500", "1500"]);
    // The model has a cache-write rate: no notice.
    expect(e.findings).toEqual([]);
  });
});

const show = (e: WorkloadEstimate) =>
  e.cost!.components.map((c) => ({
    ...c,
    quantity: c.quantity.toString(),
    unitPrice: c.unitPrice.toString(),
    monthlyCost: c.monthlyCost.toString(),
  }));
const dedicated = (spec: string, tokens = "{ input: 10, output: 10 }", requests = VOLUME, model = "batchy") =>
  one(`provider: k\nmodel: ${model}\nmode: dedicated\ndedicated: ${spec}\ntokens: ${tokens}\n${requests}`);
const cluster = (spec: string, requests = VOLUME, b = book) =>
  one(`model: acme/chat-large\nmode: gpu-cluster\ncluster: ${spec}\ntokens: { input: 10, output: 10 }\n${requests}`, "", b);

describe("capacity lines", () => {
  it("GPUs and replicas in the plural; a contract minimum below the GPU time adds no line and needs no overage rate", () => {
    const e = dedicated("{ hardware: gpu, gpus: 2, replicas: 2, contract: { monthly_minimum: 100 } }");
    expect(show(e)).toStrictEqual([
      {
        name: "GPU time",
        quantity: "2920",
        unit: "GPU-hours",
        unitPrice: "2",
        monthlyCost: "5840",
        detail: "2 GPUs x 2 replicas x 730 hours",
      },
    ]);
    expect(keys(e.cost!)).toEqual(["components", "effectivePerMillionTokens", "monthlyCost", "monthlyTokens", "perRequestCost"]);
  });

  it("a contract alone prices an endpoint on hardware without a rate", () => {
    const e = dedicated("{ hardware: bare, contract: { monthly_minimum: 500 } }");
    expect(e.priced).toBe(true);
    expect(e.price).toStrictEqual({ kind: "override", book: "ai-workloads.yaml", note: "dedicated.contract" });
    expect(e.hardware).toStrictEqual({ id: "bare", name: "bare" });
    expect("gpuHourly" in e).toBe(false);
    expect(show(e)).toStrictEqual([
      { name: "contract minimum", quantity: "1", unit: "month", unitPrice: "500", monthlyCost: "500", detail: "monthly minimum $500.00" },
    ]);
    expect(e.findings).toEqual([
      {
        severity: "notice",
        rule: "contract.no-gpu-rate",
        message: "no GPU-hour rate for bare: the contract alone prices this endpoint",
        file: "ai-workloads.yaml",
        line: 7,
        col: 16,
        path: "workloads[0].dedicated.contract",
        workload: "w",
      },
    ]);
    const overage = dedicated("{ hardware: bare, contract: { included_tokens: 1000, overage_per_million: 2 } }");
    expect(overage.priced).toBe(true);
    expect(overage.cost!.monthlyCost.toString()).toBe("0.038");
  });

  it("a model the books do not know is priced by its GPU-hours, with a notice at the model", () => {
    const e = dedicated("{ hardware: gpu }", "{ input: 10, output: 10 }", VOLUME, "nowhere");
    expect(e.cost!.monthlyCost.toString()).toBe("1460");
    expect(e.findings).toEqual([
      {
        severity: "notice",
        rule: "model.uncatalogued",
        message: "nowhere is not in the price books; GPU-hours price it all the same, but its context window is not checked",
        file: "ai-workloads.yaml",
        line: 5,
        col: 12,
        path: "workloads[0].model",
        workload: "w",
      },
    ]);
  });

  it("a cluster of whole multiples says nothing about multiples; only non-zero storage and network are lines", () => {
    const e = cluster("{ hardware: h200-141gb, gpus: 8, storage_monthly: 10 }");
    expect(show(e)).toStrictEqual([
      { name: "GPU time", quantity: "5840", unit: "GPU-hours", unitPrice: "3.1", monthlyCost: "18104", detail: "8 GPUs x 730 hours" },
      { name: "storage", quantity: "1", unit: "month", unitPrice: "10", monthlyCost: "10" },
    ]);
  });

  it("the GPU multiple comes from the first book that sets one, and a book may have no providers", () => {
    const e = cluster("{ hardware: h200-141gb, gpus: 3 }", VOLUME, new PriceBook([K, TEST_LAYER]));
    expect(e.cost!.components[0]!.detail).toBe("8 GPUs x 730 hours; 3 declared, billed in multiples of 8");
  });

  it("over capacity: the error at dedicated, still priced; the high estimate alone warns", () => {
    const over = dedicated("{ hardware: gpu, tokens_per_second: 1 }", "{ input: 1000, output: 0 }", "requests: { per_month: 10000 }");
    expect(over.priced).toBe(true);
    expect(over.findings.map((f) => [f.severity, f.rule, f.path])).toEqual([["error", "capacity.exceeded", "workloads[0].dedicated"]]);
    const high = dedicated(
      "{ hardware: gpu, tokens_per_second: 1 }",
      "{ input: { low: 10, expected: 10, high: 1000 }, output: 0 }",
      "requests: { per_month: 10000 }",
    );
    expect(high.findings.map((f) => [f.severity, f.message, f.path])).toEqual([
      ["warning", "the high estimate needs 381% of the capacity", "workloads[0].dedicated"],
    ]);
    const peak = dedicated(
      "{ hardware: gpu, tokens_per_second: 1 }",
      "{ input: { low: 10, expected: 10, high: 1000 }, output: 0 }",
      "requests: { per_month: 10000, peak_to_average: 2 }",
    );
    expect(peak.findings.map((f) => f.message)).toEqual(["the high estimate needs 761% of the capacity at peak"]);
    const full = cluster("{ hardware: h200-141gb, gpus: 8, tokens_per_second: 1 }", "requests: { per_month: 1000000 }");
    expect(full.findings.map((f) => [f.severity, f.rule, f.path])).toEqual([["error", "capacity.exceeded", "workloads[0].cluster"]]);
  });
});

describe("unpriced capacity, pricedMonthlyCost and forecast", () => {
  const analysis = (workload: string, extra = "") => {
    const a = analyzeText(oneWorkload(workload, extra), { book });
    return { manifest: a.manifest!, estimate: a.estimates[0]!, workload: a.estimates[0]!.workload };
  };

  it("an endpoint whose requests exceed the model's output limit is unpriced: no cost for a diff, no forecast", () => {
    const a = analysis(
      "provider: k\nmodel: maxout\nmode: dedicated\ndedicated: { hardware: gpu }\ntokens: { input: 10, output: 200 }\nrequests: { per_month: 1000, growth_percent_per_month: 10 }",
    );
    expect(a.estimate.priced).toBe(false);
    expect(a.estimate.findings.map((f) => f.rule)).toEqual(["context.exceeded"]);
    expect(pricedMonthlyCost(a.workload, a.manifest, book)).toBeUndefined();
    expect(forecast(a.estimate, 2)).toBeUndefined();
  });

  it("pricedMonthlyCost of a batch workload and of a cluster is the estimate's cost", () => {
    const batch = analysis(`provider: k\nmodel: batchy\nmode: batch\ntokens: { input: 1000, output: 1000 }\n${VOLUME}`);
    expect(pricedMonthlyCost(batch.workload, batch.manifest, book)!.toString()).toBe("1");
    const c = analysis(
      `model: acme/chat-large\nmode: gpu-cluster\ncluster: { hardware: h200-141gb, gpus: 8 }\ntokens: { input: 10, output: 10 }\n${VOLUME}`,
    );
    expect(pricedMonthlyCost(c.workload, c.manifest, book)!.toString()).toBe("18104");
    expect(estimateWorkload(c.workload, c.manifest, book).cost!.monthlyCost.toString()).toBe("18104");
  });

  it("no growth, no forecast; a batch workload compounds; capacity steps carry only what they know", () => {
    expect(forecast(analysis(`provider: k\nmodel: batchy\ntokens: { input: 1000, output: 1000 }\n${VOLUME}`).estimate, 2)).toBeUndefined();
    const grows = "requests: { per_month: 1000, growth_percent_per_month: 10 }";
    const batch = analysis(`provider: k\nmodel: batchy\nmode: batch\ntokens: { input: 1000, output: 1000 }\n${grows}`).estimate;
    expect(forecast(batch, 2)!.map((s) => s.monthlyCost.toString())).toEqual(["1.1", "1.21"]);
    const d = analysis(
      `provider: k\nmodel: batchy\nmode: dedicated\ndedicated: { hardware: gpu }\ntokens: { input: 10, output: 10 }\n${grows}`,
    );
    expect(forecast(d.estimate, 1)!.map(keys)).toEqual([["month", "monthlyCost", "replicas"]]);
    const c = analysis(
      `model: acme/chat-large\nmode: gpu-cluster\ncluster: { hardware: h200-141gb, gpus: 8 }\ntokens: { input: 10, output: 10 }\n${grows}`,
    );
    expect(forecast(c.estimate, 1)!.map(keys)).toEqual([["month", "monthlyCost"]]);
  });
});
