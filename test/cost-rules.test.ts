/**
 * The cost rules of README's "How costs are computed", one by one, with hand-computed
 * expectations on a small inline catalog (test/helpers/rules-catalog.ts).
 */
import { describe, expect, test } from "vitest";
import { componentMath, forecast } from "../src/core/cost/estimate.js";
import { batchQueueFindings } from "../src/core/cost/batch-queue.js";
import { dec, formatCount, formatUsdPrecise } from "../src/core/money.js";
import { compareWorkload } from "../src/core/plan/compare.js";
import { createCalibration } from "../src/core/plan/calibrate.js";
import { diffRevisions } from "../src/core/review/diff.js";
import { buildReport } from "../src/core/review/report.js";
import { analyzeText } from "./helpers/pipeline.js";
import { rulesBook } from "./helpers/rules-catalog.js";

const analyze = (text: string, file?: string) => analyzeText(text, { book: rulesBook(), ...(file ? { file } : {}) });
const one = (text: string) => analyze(text).estimates[0]!;
const manifest = (workloads: string, extra = "") => `version: 1\n${extra}workloads:\n${workloads}`;
/** One workload; `fields` is YAML for its fields, one per line. */
const workload = (fields: string, extra = "") => manifest(`  - name: w\n${fields.replace(/^/gm, "    ")}\n`, extra);
const perRequest = (text: string) => one(text).cost!.perRequestCost!.toString();
const rules = (text: string) => analyze(text).findings.map((f) => `${f.severity}:${f.rule}`);
const message = (text: string, rule: string) => analyze(text).findings.find((f) => f.rule === rule)?.message;

describe("1. batch with cached input", () => {
  const request = (model: string, mode: string) =>
    workload(
      `provider: openai\nmodel: ${model}\nmode: ${mode}\ntokens: { input: 30000, cached_input: 28000, output: 1000 }\nrequests: { per_month: 1000 }`,
    );

  test("cached tokens pay the cached rate times the batch ratio: half of serverless", () => {
    // serverless (2,000 x 2 + 28,000 x 0.5 + 1,000 x 8) / 1e6; batch (2,000 x 1 + 28,000 x 0.25 + 1,000 x 4) / 1e6
    expect(perRequest(request("cache-model", "serverless"))).toBe("0.026");
    expect(perRequest(request("cache-model", "batch"))).toBe("0.013");
    expect(rules(request("cache-model", "batch"))).not.toContain("notice:cache.no-rate");
  });

  test("a batch cached rate the catalog lists wins over the scaled one", () => {
    // 2,000 x 1 + 28,000 x 0.2 + 1,000 x 4
    expect(perRequest(request("listed-batch-cache", "batch"))).toBe("0.0116");
  });

  test("only a model with no cached rate at all bills cached tokens at the batch input rate, and says so", () => {
    expect(perRequest(request("no-cache-model", "batch"))).toBe("0.034");
    expect(message(request("no-cache-model", "batch"), "cache.no-rate")).toBe(
      "no-cache-model has no cached-input rate; cached tokens are billed at the batch input rate",
    );
  });

  test("prices: batch_cached_input is used; without it the override's cached rate is scaled", () => {
    const priced = (extra: string) =>
      perRequest(
        workload(
          "model: mine/m\nmode: batch\ntokens: { input: 30000, cached_input: 28000, output: 1000 }\nrequests: { per_month: 1 }",
          `prices:\n  - model: mine/m\n    input: 2\n    output: 8\n    cached_input: 0.5\n    batch_input: 1\n    batch_output: 4\n${extra}`,
        ),
      );
    expect(priced("    batch_cached_input: 0.1\n")).toBe("0.0088");
    expect(priced("")).toBe("0.013");
  });
});

describe("2. long-context tiers in batch", () => {
  const big = (model: string, mode: string) =>
    workload(`provider: openai\nmodel: ${model}\nmode: ${mode}\ntokens: { input: 300000, output: 1000 }\nrequests: { per_month: 1 }`);

  test("above the threshold batch pays the tier rates times the batch ratio", () => {
    // serverless tier: 300,000 x 5 + 1,000 x 22.5; batch: 300,000 x 2.5 + 1,000 x 11.25
    expect(perRequest(big("tier-model", "serverless"))).toBe("1.5225");
    expect(perRequest(big("tier-model", "batch"))).toBe("0.76125");
  });

  test("batch tier rates the catalog lists win", () => {
    expect(perRequest(big("listed-tier-model", "batch"))).toBe("0.61");
  });
});

describe("3. forecasts of capacity-priced workloads", () => {
  const endpoint = (extra = "") =>
    workload(
      `model: meta-llama/Llama-3.3-70B-Instruct-Turbo\nmode: dedicated\ndedicated: { hardware: h100-80gb${extra} }\ntokens: { input: 800, output: 200 }\nrequests: { per_month: 1576800, growth_percent_per_month: 20 }\nbudget: { monthly: 10000 }`,
      "policy: { forecast_months: 12 }\n",
    );

  test("replicas step up the month peak utilization outgrows them: 0.6 x 1.2^k", () => {
    const estimate = one(endpoint(", tokens_per_second: 1000"));
    // 1.5768B tokens / (1,000 x 730 x 3600) = 60%; month 3: 0.6 x 1.728 = 103.68% -> 2 replicas; month 7: 215% -> 3.
    const steps = forecast(estimate, 12)!;
    expect(steps.map((s) => s.replicas)).toEqual([1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6]);
    expect(steps.map((s) => s.monthlyCost.toString())).toEqual(
      [1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6].map((r) => dec("4007.7").times(r).toString()),
    );
    expect(message(endpoint(", tokens_per_second: 1000"), "budget.forecast")).toBe(
      "workload w grows 20%/month: at its peak its dedicated endpoint needs 3 replicas by then (1 declared), and will exceed its budget $10,000.00/mo in month 7 ($12,023.10/mo)",
    );
  });

  test("the report carries the forecast and the replicas of each month", () => {
    const report = buildReport([analyze(endpoint(", tokens_per_second: 1000"))], { toolVersion: "test", book: rulesBook() });
    const w = report.workloads[0]!;
    expect(w.forecastReplicas).toEqual([1, 1, 2, 2, 2, 2, 3, 3, 4, 4, 5, 6]);
    expect(w.forecast!.map(String).slice(0, 3)).toEqual(["4007.7", "4007.7", "8015.4"]);
    expect(buildReport([analyze(endpoint())], { toolVersion: "test", book: rulesBook() }).workloads[0]!.forecastReplicas).toBeNull();
  });

  test("without a throughput the endpoint stays flat, and growth never breaks its budget", () => {
    const estimate = one(endpoint());
    expect(forecast(estimate, 12)!.map((s) => s.monthlyCost.toString())).toEqual(Array(12).fill("4007.7"));
    expect(rules(endpoint())).not.toContain("warning:budget.forecast");
  });

  test("a GPU cluster stays flat and warns the month it passes 100% utilization", () => {
    const text = workload(
      "model: meta-llama/Llama-3.3-70B-Instruct-Turbo\nmode: gpu-cluster\ncluster: { hardware: h200-141gb, gpus: 8, tokens_per_second: 10000 }\ntokens: { input: 800, output: 200 }\nrequests: { per_month: 21024000, growth_percent_per_month: 10 }",
      "policy: { forecast_months: 6 }\n",
    );
    // 21.024B / 26.28B = 80%; x 1.1^3 = 106.48% in month 3; 8 x 730 x 3.10 = 18,104 every month.
    expect(forecast(one(text), 6)!.map((s) => s.monthlyCost.toString())).toEqual(Array(6).fill("18104"));
    expect(message(text, "capacity.forecast")).toBe(
      "workload w grows 10%/month and its GPU cluster passes 100% utilization in month 3 (106%); its cost stays flat, so add GPUs before then",
    );
  });
});

describe("4. Together cluster billing", () => {
  test("12 GPUs are billed as 16, and the math says so", () => {
    const text = workload(
      "model: meta-llama/Llama-3.3-70B-Instruct-Turbo\nmode: gpu-cluster\ncluster: { hardware: h200-141gb, gpus: 12 }\ntokens: { input: 800, output: 200 }\nrequests: { per_month: 1000 }",
    );
    const cost = one(text).cost!;
    expect(cost.monthlyCost.toString()).toBe("36208");
    expect(componentMath(cost.components[0]!)).toBe(
      "11,680 GPU-hours (16 GPUs x 730 hours; 12 declared, billed in multiples of 8) x $3.10/GPU-hour = $36,208.00",
    );
    expect(message(text, "cluster.gpu-multiple")).toBe("together clusters come in multiples of 8 GPUs (minimum 8); 12 are billed as 16");
  });
});

describe("5. honest ranges", () => {
  test("low and high are the cheapest and dearest combinations, cached input clamped to input", () => {
    const estimate = one(
      workload(
        "provider: openai\nmodel: cache-model\ntokens: { input: { low: 1000, expected: 2000, high: 3000 }, cached_input: { low: 0, expected: 1000, high: 2500 }, output: 500 }\nrequests: { per_month: 1000 }",
      ),
    );
    // low: 1,000 input all cached (2,500 clamped to 1,000): 1,000 x 0.5 + 500 x 8 = 4,500 -> $4.50
    // expected: 1,000 x 2 + 1,000 x 0.5 + 4,000 = 6,500 -> $6.50; high: 3,000 uncached: 6,000 + 4,000 -> $10.00
    expect(Object.values(estimate.range!).map(String)).toEqual(["4.5", "6.5", "10"]);
  });

  test("a cached range that once made low cost more than high", () => {
    const estimate = one(
      workload(
        "provider: openai\nmodel: cache-model\ntokens: { input: 1000, cached_input: { low: 0, expected: 500, high: 1000 }, output: 0 }\nrequests: { per_month: 1000 }",
      ),
    );
    // low: all 1,000 cached at 0.5; high: none cached at 2.
    expect(Object.values(estimate.range!).map(String)).toEqual(["0.5", "1.25", "2"]);
  });
});

describe("6. math that multiplies out", () => {
  test("per-request amounts and counts keep 4 significant digits", () => {
    expect(formatUsdPrecise(dec("0.045"))).toBe("$0.04500");
    expect(formatUsdPrecise(dec("1.5"))).toBe("$1.500");
    expect(formatUsdPrecise(dec("0.0009135"))).toBe("$0.0009135");
    expect(formatUsdPrecise(dec("12.345"))).toBe("$12.34"); // cents from $10 up, half-even
    expect(formatCount(dec(91250))).toBe("91.25K");
    expect(formatCount(dec(999950))).toBe("1.000M");
    // 10 a day is 304.1666… a month: its digits, not 304.2 padded to "304.20".
    expect(formatCount(dec(7300).div(24))).toBe("304.17");
    expect(formatCount(dec("1.23456"))).toBe("1.235");
  });

  test("the lines users saw: 91.25K x $0.04500 and 3.040M input tokens", () => {
    const estimate = one(
      workload(
        "model: mine/m\ntokens: { input: 4500, output: 0 }\nrequests: { per_day: 3000 }",
        "prices:\n  - model: mine/m\n    input: 10\n    output: 1\n",
      ),
    );
    expect(
      `${formatCount(estimate.workload.requests.perMonth.expected)} x ${formatUsdPrecise(estimate.cost!.perRequestCost!)} = ${estimate.cost!.monthlyCost}`,
    ).toBe("91.25K x $0.04500 = 4106.25");
    const small = one(
      workload(
        "model: mine/m\ntokens: { input: 3040, output: 0 }\nrequests: { per_month: 1000 }",
        "prices:\n  - model: mine/m\n    input: 1\n    output: 1\n",
      ),
    );
    expect(componentMath(small.cost!.components[0]!)).toBe("3.040M input tok x $1.00/1M = $3.04");
  });
});

describe("7. input and output limits", () => {
  const request = (input: number, output: number) =>
    workload(`provider: openai\nmodel: limited-model\ntokens: { input: ${input}, output: ${output} }\nrequests: { per_month: 1 }`);

  test("input over max input, output over max output, and both over the window are context.exceeded", () => {
    expect(message(request(300000, 1000), "context.exceeded")).toBe(
      "300000 input tokens per request exceed the 272000-token maximum input of limited-model",
    );
    expect(message(request(1000, 130000), "context.exceeded")).toBe(
      "130000 output tokens per request exceed the 128000-token maximum output of limited-model",
    );
    expect(message(request(270000, 127000), "context.exceeded")).toBeUndefined();
    expect(message(request(272000, 128001), "context.exceeded")).toBe(
      "400001 tokens per request (input + output) exceed the 400000-token context window of limited-model",
    );
    expect(one(request(300000, 1000)).priced).toBe(false);
  });

  test("only the high estimate over the limit is a warning", () => {
    const text = workload(
      "provider: openai\nmodel: limited-model\ntokens: { input: { low: 1000, expected: 2000, high: 280000 }, output: 100 }\nrequests: { per_month: 1 }",
    );
    expect(
      analyze(text)
        .findings.filter((f) => f.rule === "context.exceeded")
        .map((f) => [f.severity, f.message]),
    ).toEqual([
      ["warning", "the high estimate of 280000 input tokens per request exceeds the 272000-token maximum input of limited-model"],
    ]);
  });
});

describe("8. capacity errors still price", () => {
  test("an endpoint over capacity costs its GPU-hours and its budget is checked", () => {
    const text = workload(
      "model: meta-llama/Llama-3.3-70B-Instruct-Turbo\nmode: dedicated\ndedicated: { hardware: h100-80gb, tokens_per_second: 100 }\ntokens: { input: 800, output: 200 }\nrequests: { per_month: 1576800 }\nbudget: { monthly: 3000 }",
    );
    const estimate = one(text);
    expect(estimate.priced).toBe(true);
    expect(estimate.cost!.monthlyCost.toString()).toBe("4007.7");
    expect(rules(text)).toEqual(expect.arrayContaining(["error:capacity.exceeded", "error:budget.workload.exceeded"]));
  });
});

describe("9. Anthropic batch and cache writes", () => {
  const request = (mode: string) =>
    workload(
      `provider: anthropic\nmodel: claude-model\nmode: ${mode}\ntokens: { input: 10000, cached_input: 6000, cache_write: 2000, output: 500 }\nrequests: { per_month: 1000 }`,
    );

  test("cache writes pay the cache-write rate; batch takes 50% off every part", () => {
    // 2,000 x 3 + 6,000 x 0.3 + 2,000 x 3.75 + 500 x 15 = 22,800; batch: 3,000 + 900 + 3,750 + 3,750 = 11,400
    expect(perRequest(request("serverless"))).toBe("0.0228");
    expect(perRequest(request("batch"))).toBe("0.0114");
    expect(one(request("batch")).cost!.components.map((c) => [c.name, c.unitPrice.toString()])).toEqual([
      ["input", "1.5"],
      ["cached input", "0.15"],
      ["cache write", "1.875"],
      ["output", "7.5"],
    ]);
  });

  test("a model without a cache-write rate bills writes at the input rate, with a notice", () => {
    const text = workload(
      "provider: openai\nmodel: cache-model\ntokens: { input: 3000, cache_write: 1000, output: 0 }\nrequests: { per_month: 1 }",
    );
    expect(perRequest(text)).toBe("0.006");
    expect(message(text, "cache.no-write-rate")).toBe("cache-model has no cache-write rate; cache writes are billed at the input rate");
  });

  test("cached input and cache writes together cannot exceed input", () => {
    expect(
      rules(
        workload(
          "provider: anthropic\nmodel: claude-model\ntokens: { input: 10000, cached_input: 6000, cache_write: 5000, output: 1 }\nrequests: { per_month: 1 }",
        ),
      ),
    ).toEqual(["error:tokens.cached-exceeds-input"]);
  });
});

describe("10. long-context notice", () => {
  test("a 250K-input Claude request says it pays the tier, in the math and as a notice", () => {
    const text = workload("provider: anthropic\nmodel: claude-model\ntokens: { input: 250000, output: 1000 }\nrequests: { per_month: 1 }");
    expect(perRequest(text)).toBe("1.5225");
    expect(componentMath(one(text).cost!.components[0]!)).toBe(
      "250.0K input tok x $6.00/1M (long-context rate: input above 200,000 tokens) = $1.50",
    );
    expect(message(text, "price.long-context")).toBe(
      "250,000 input tokens per request are above the 200,000-token long-context threshold of claude-model: the whole request pays $6.00/1M input and $22.50/1M output instead of $3.00 and $15.00",
    );
  });
});

describe("11. aliases", () => {
  test("Together's variant spelling resolves to the same model", () => {
    expect(
      perRequest(
        workload("model: meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo\ntokens: { input: 1000, output: 1000 }\nrequests: { per_month: 1 }"),
      ),
    ).toBe("0.00176");
  });
});

describe("12. calibrate outliers", () => {
  const HOUR = 3_600_000;
  const BASE = Date.UTC(2026, 10, 1);
  const record = (time: number) => ({ input: 100, output: 10, cached: 0, time });

  test("a millisecond timestamp read as seconds and a future one are left out, and counted", () => {
    const calibration = createCalibration({ now: BASE + 10 * 24 * HOUR });
    for (let i = 0; i < 96; i++) calibration.add(record(BASE + i * HOUR));
    calibration.add(record((BASE + 5 * HOUR) * 1000));
    calibration.add(record(BASE + 9.5 * 24 * HOUR + 20 * 24 * HOUR));
    const [model] = calibration.result().models;
    expect(model!.rejectedTimes).toEqual({ future: 2, outliers: 0 });
    expect(model!.suggested.requests).toEqual({ per_day: 24 });
  });

  test("without a clock, the far timestamp is an outlier all the same", () => {
    const calibration = createCalibration();
    for (let i = 0; i < 96; i++) calibration.add(record(BASE + i * HOUR));
    calibration.add(record((BASE + 5 * HOUR) * 1000));
    const [model] = calibration.result().models;
    expect(model!.rejectedTimes).toEqual({ future: 0, outliers: 1 });
    expect(model!.rate!.periodDays.toString()).toBe("4");
  });

  test("a rate that rounds to zero a day is never suggested", () => {
    const calibration = createCalibration();
    calibration.add(record(BASE));
    calibration.add(record(BASE + 400 * 24 * HOUR));
    expect(calibration.result().models[0]!.suggested.requests).toBeUndefined();
  });
});

describe("13. per_week and defaults", () => {
  test("168 requests a week are 730 a month", () => {
    expect(
      one(workload("model: plain/model\ntokens: { input: 1000000, output: 0 }\nrequests: { per_week: 168 }")).cost!.monthlyCost.toString(),
    ).toBe("146");
  });
});

describe("17.1 batch queue limit", () => {
  const batch = (name: string, perDay: number, model = "meta-llama/Llama-3.3-70B-Instruct-Turbo") =>
    `  - name: ${name}\n    model: ${model}\n    mode: batch\n    latency: offline\n    tokens: { input: 8000, output: 1000 }\n    requests: { per_day: ${perDay} }\n`;

  test("two workloads on one model cross 30B a day together while neither does alone", () => {
    const file = analyze(manifest(batch("a", 2000000) + batch("b", 1500000, "meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo")));
    expect(batchQueueFindings([file]).map((f) => [f.severity, f.rule, f.message])).toEqual([
      [
        "warning",
        "batch.queue-limit",
        "2 batch workloads (a 18.00B, b 13.50B) enqueue 31.50B tokens a day on together meta-llama/Llama-3.3-70B-Instruct-Turbo, over the 30.00B enqueued tokens per model per user by 1.500B: a day's volume is 1.05 queues' worth, so it needs 2 batch windows of 24 hours",
      ],
    ]);
    expect(batchQueueFindings([analyze(manifest(batch("a", 2000000)))])).toEqual([]);
  });

  test("workloads in different files add up: the limit is per user", () => {
    const files = [
      analyze(manifest(batch("a", 2000000)), "one/ai-workloads.yaml"),
      analyze(manifest(batch("b", 1500000)), "two/ai-workloads.yaml"),
    ];
    expect(batchQueueFindings(files).map((f) => [f.file, f.workload])).toEqual([["one/ai-workloads.yaml", "a"]]);
  });

  test("compare marks batch infeasible for one workload over the limit", () => {
    const file = analyze(manifest(batch("big", 4000000)));
    const comparison = compareWorkload(file.manifest!.workloads[0]!, file.manifest!, rulesBook());
    const option = comparison.options.find((o) => o.mode === "batch")!;
    expect(option.eligible).toBe(false);
    expect(option.notes).toContain(
      "infeasible: 36.00B tokens a day, over the 30.00B enqueued tokens per model per user by 6.000B: a day's volume is 1.2 queues' worth, so it needs 2 batch windows of 24 hours",
    );
  });
});

describe("17.2 dedicated contracts", () => {
  const contract = (perMonth: number, dedicated = "hardware: h100-80gb") =>
    workload(
      `model: meta-llama/Llama-3.3-70B-Instruct-Turbo\nmode: dedicated\ndedicated: { ${dedicated}, contract: { monthly_minimum: 5000, included_tokens: 10000000000, overage_per_million: 0.5 } }\ntokens: { input: 800, output: 200 }\nrequests: { per_month: ${perMonth} }`,
    );

  test("below the minimum: the minimum, with the GPU time and its top-up shown", () => {
    const cost = one(contract(8000000)).cost!;
    expect(cost.monthlyCost.toString()).toBe("5000");
    expect(cost.components.map(componentMath)).toEqual([
      "730 GPU-hours (1 GPU x 1 replica x 730 hours) x $5.49/GPU-hour = $4,007.70",
      "contract minimum $992.30/month (monthly minimum $5,000.00 less $4,007.70 of GPU time)",
    ]);
    expect(cost.effectivePerMillionTokens!.toString()).toBe("0.625");
    expect(cost.contractUse!.toString()).toBe("0.8");
  });

  test("above the included tokens: the minimum plus the overage", () => {
    const cost = one(contract(12000000)).cost!;
    // max(5,000, 4,007.70) + (12B - 10B) / 1e6 x 0.50
    expect(cost.monthlyCost.toString()).toBe("6000");
    expect(componentMath(cost.components[2]!)).toBe("2.000B overage tok x $0.50/1M (tokens above the 10.00B included) = $1,000.00");
  });

  test("a contract change is a price driver of its own, apart from the hardware", () => {
    const base = analyze(contract(12000000));
    const head = analyze(
      contract(12000000)
        .replace("monthly_minimum: 5000", "monthly_minimum: 5500")
        .replace("hardware: h100-80gb", "hardware: h100-80gb, replicas: 2"),
    );
    // base $6,000; a $5,500 minimum on one replica: $6,500 (+$500); then two replicas: 8,015.40 + 1,000 overage (+$2,515.40)
    expect(diffRevisions([base], [head]).workloads[0]!.drivers.map((d) => [d.cause, d.detail, d.amount.toString()])).toEqual([
      [
        "price",
        "dedicated contract minimum $5,000.00, 10.00B tokens included, overage $0.50/1M -> minimum $5,500.00, 10.00B tokens included, overage $0.50/1M",
        "500",
      ],
      ["hardware", "hardware 1x h100-80gb x 1 replica(s), 730h -> 1x h100-80gb x 2 replica(s), 730h", "2515.4"],
    ]);
  });

  test("hardware without a rate is priced by the contract alone", () => {
    const text = contract(8000000, "hardware: custom-gpu");
    expect(one(text).cost!.monthlyCost.toString()).toBe("5000");
    expect(rules(text)).toContain("notice:contract.no-gpu-rate");
  });
});

describe("17.3 peak-aware capacity", () => {
  const endpoint = (peak: string) =>
    workload(
      `model: meta-llama/Llama-3.3-70B-Instruct-Turbo\nmode: dedicated\ndedicated: { hardware: h100-80gb, tokens_per_second: 1000 }\ntokens: { input: 800, output: 200 }\nrequests: { per_month: 1576800${peak} }`,
    );

  test("a 3x peak turns a 60%-average endpoint into capacity.exceeded", () => {
    expect(rules(endpoint(""))).toEqual([]);
    const estimate = one(endpoint(", peak_to_average: 3"));
    expect([estimate.cost!.utilization!.toString(), estimate.cost!.peakUtilization!.toString()]).toEqual(["0.6", "1.8"]);
    expect(message(endpoint(", peak_to_average: 3"), "capacity.exceeded")).toBe(
      "at its peak (3x the average rate) it needs 180% of what 1 replica(s) can serve (60% on average); add replicas or lower the volume",
    );
  });

  test("compare sizes replicas for the peak and shows the idle share", () => {
    const file = analyze(endpoint(", peak_to_average: 3"));
    const comparison = compareWorkload(file.manifest!.workloads[0]!, file.manifest!, rulesBook());
    const h100 = comparison.options.find((o) => o.hardware?.id === "h100-80gb")!;
    // ceil(1.5768B x 3 / 2.628B) = 2 replicas, 30% used on average, 70% idle.
    expect([h100.replicas!.expected, h100.monthlyCost.toString(), h100.utilization!.toString(), h100.idleShare!.toString()]).toEqual([
      2,
      "8015.4",
      "0.3",
      "0.7",
    ]);
  });

  test("the break-even counts what a replica serves on average: its capacity over the peak factor", () => {
    const breakEven = (peak: number) => {
      const file = analyze(
        workload(
          `model: meta-llama/Llama-3.3-70B-Instruct-Turbo\nmode: dedicated\ndedicated: { hardware: h100-80gb, tokens_per_second: 1000 }\ntokens: { input: 800, output: 200 }\nrequests: { per_month: 100000, peak_to_average: ${peak} }`,
          "prices:\n  - { model: meta-llama/Llama-3.3-70B-Instruct-Turbo, input: 10, output: 10 }\n",
        ),
      );
      return compareWorkload(file.manifest!.workloads[0]!, file.manifest!, rulesBook()).options.find((o) => o.hardware?.id === "h100-80gb")!
        .breakEven!;
    };
    // $4,007.70 / $0.01 a request = 400,770 requests; a replica carries 2.628B / 1,000 / peak a month on average.
    expect(breakEven(3)).toMatchObject({ never: false });
    expect(breakEven(3).requestsPerMonth!.toString()).toBe("400770");
    // At 7x, a replica averages 375,429 requests: it never pays off.
    expect(breakEven(7)).toMatchObject({ never: true });
  });

  test("calibrate measures the factor on a log with a known daily shape", () => {
    // Two days; 10 requests in every hour but 18:00-19:00, which has 40.
    const calibration = createCalibration();
    const HOUR = 3_600_000;
    for (let day = 0; day < 2; day++) {
      for (let hour = 0; hour < 24; hour++) {
        const count = hour === 18 ? 40 : 10;
        for (let k = 0; k < count; k++)
          calibration.add({ input: 1, output: 1, cached: 0, time: Date.UTC(2026, 10, 1 + day, hour) + (k * HOUR) / count });
      }
    }
    const [model] = calibration.result().models;
    const n = 2 * (23 * 10 + 40);
    // busiest hour / (n / hours of the period); the period is span x n / (n - 1)
    // the last request is day 2's 23:54 (hour 23, the tenth of ten)
    const spanHours = 47.9;
    const expected = 40 / (n / ((spanHours * n) / (n - 1)));
    expect(Number(model!.rate!.peakToAverage)).toBeCloseTo(expected, 12);
    expect(model!.suggested.requests).toEqual({ per_day: 270, peak_to_average: Math.round(expected * 100) / 100 });
  });
});
