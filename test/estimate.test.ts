import { describe, expect, test } from "vitest";
import { dec } from "../src/core/money.js";
import { analyzeText, oneWorkload } from "./helpers/pipeline.js";

function only(text: string) {
  const analysis = analyzeText(text);
  const estimate = analysis.estimates[0];
  return { analysis, estimate, cost: estimate?.cost };
}

const rules = (text: string) => analyzeText(text).findings.map((f) => `${f.severity}:${f.rule}`);

describe("serverless", () => {
  test("the pricing article's example: 3,000 in + 1,000 out at $0.90/$3.30 is $0.0060 a request, $12,000.00 a month", () => {
    const { cost, estimate } = only(
      oneWorkload(
        "model: arcee-ai/maestro-reasoning\ntokens: { input: 3000, output: 1000 }\nrequests: { per_month: 2000000 }",
        "prices:\n  - model: arcee-ai/maestro-reasoning\n    input: 0.90\n    output: 3.30\n",
      ),
    );
    expect(cost!.perRequestCost!.toString()).toBe("0.006");
    expect(cost!.monthlyCost.toString()).toBe("12000");
    expect(cost!.components.map((c) => [c.name, c.quantity.toString(), c.unitPrice.toString(), c.monthlyCost.toString()])).toEqual([
      ["input", "6000", "0.9", "5400"],
      ["output", "2000", "3.3", "6600"],
    ]);
    expect(estimate!.price).toMatchObject({ kind: "override", book: "ai-workloads.yaml" });
  });

  test("catalog price with cached input: cached tokens pay the cached rate and the rest the input rate", () => {
    const { cost } = only(
      oneWorkload("model: acme/chat-large\ntokens: { input: 3000, output: 500, cached_input: 2000 }\nrequests: { per_month: 1000 }"),
    );
    // 1000 x (1000 x 0.9 + 2000 x 0.45 + 500 x 3.3) / 1e6 = 1000 x 0.00345
    expect(cost!.perRequestCost!.toString()).toBe("0.00345");
    expect(cost!.monthlyCost.toString()).toBe("3.45");
    expect(cost!.components.map((c) => c.name)).toEqual(["input", "cached input", "output"]);
  });

  test("a model without a cached rate bills cached tokens at the input rate, with a notice", () => {
    const text = oneWorkload(
      "model: acme/chat-small\ntokens: { input: 1000, output: 0, cached_input: 600 }\nrequests: { per_month: 1000000 }",
    );
    expect(only(text).cost!.monthlyCost.toString()).toBe("100");
    expect(rules(text)).toContain("notice:cache.no-rate");
  });

  test("model lookup is case-insensitive", () => {
    expect(
      only(
        oneWorkload("model: ACME/Chat-Large\ntokens: { input: 1000000, output: 0 }\nrequests: { per_month: 1 }"),
      ).cost!.monthlyCost.toString(),
    ).toBe("0.9");
  });

  test("volume units: per_day x 730/24, per_hour x 730, per_second x 2,628,000", () => {
    const month = (volume: string) =>
      only(
        oneWorkload(`model: acme/chat-small\ntokens: { input: 1000000, output: 0 }\nrequests: { ${volume} }`),
      ).cost!.monthlyCost.toString();
    expect(month("per_month: 730")).toBe("73");
    expect(month("per_day: 24")).toBe("73");
    expect(month("per_hour: 1")).toBe("73");
    expect(month("per_second: 1")).toBe("262800");
  });

  test("exact decimals: 0.1 + 0.2 is 0.3 all the way through", () => {
    const text = oneWorkload(
      "model: x/y\ntokens: { input: 1000000, output: 1000000 }\nrequests: { per_month: 1 }",
      "prices:\n  - model: x/y\n    input: 0.1\n    output: 0.2\n",
    );
    const { cost } = only(text);
    expect(cost!.monthlyCost.toString()).toBe("0.3");
    expect(cost!.monthlyCost.eq(dec("0.3"))).toBe(true);
  });

  test("a long-context tier applies to every token of the request above its threshold (cliff)", () => {
    const below = only(oneWorkload("model: acme/long-context\ntokens: { input: 200000, output: 1000 }\nrequests: { per_month: 1 }")).cost!;
    const above = only(oneWorkload("model: acme/long-context\ntokens: { input: 200001, output: 1000 }\nrequests: { per_month: 1 }")).cost!;
    expect(below.monthlyCost.toString()).toBe("0.26"); // 0.2 x 1.25 + 0.001 x 10
    expect(above.monthlyCost.toString()).toBe("0.5150025"); // 0.200001 x 2.5 + 0.001 x 15
  });

  test("a free model is priced at $0 with a notice, never silently", () => {
    const text = oneWorkload("model: acme/free\ntokens: { input: 100, output: 100 }\nrequests: { per_month: 100 }");
    expect(only(text).cost!.monthlyCost.toString()).toBe("0");
    expect(rules(text)).toEqual(["notice:price.zero"]);
  });
});

describe("batch", () => {
  test("a discounted model gets its batch price", () => {
    const { cost, estimate } = only(
      oneWorkload("model: acme/chat-large\nmode: batch\ntokens: { input: 1000000, output: 1000000 }\nrequests: { per_month: 1 }"),
    );
    expect(cost!.monthlyCost.toString()).toBe("2.1");
    expect(estimate!.batch).toBe("discounted");
  });

  test("a model without a discount is billed at serverless rates, with a notice", () => {
    const text = oneWorkload("model: acme/chat-small\nmode: batch\ntokens: { input: 1000, output: 1000 }\nrequests: { per_month: 1000 }");
    expect(only(text).cost!.monthlyCost.toString()).toBe("0.3");
    expect(rules(text)).toEqual(["notice:batch.no-discount"]);
  });

  test("a model not offered for batch is an error pointing at the mode", () => {
    const analysis = analyzeText(
      oneWorkload("model: acme/reasoner\nmode: batch\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 1 }"),
    );
    expect(analysis.findings).toMatchObject([
      { severity: "error", rule: "batch.unavailable", line: 5, col: 11, path: "workloads[0].mode", workload: "w" },
    ]);
    expect(analysis.estimates[0]!.priced).toBe(false);
  });

  test("an override with batch rates uses them", () => {
    const text = oneWorkload(
      "model: x/y\nmode: batch\ntokens: { input: 1000000, output: 1000000 }\nrequests: { per_month: 1 }",
      "prices:\n  - { model: x/y, input: 1, output: 2, batch_input: 0.5, batch_output: 1 }\n",
    );
    expect(only(text).cost!.monthlyCost.toString()).toBe("1.5");
  });
});

describe("dedicated", () => {
  const dedicated = (spec: string, volume = "per_day: 50000") =>
    oneWorkload(
      `model: acme/chat-large\nmode: dedicated\ndedicated: { ${spec} }\ntokens: { input: 2000, output: 400 }\nrequests: { ${volume} }`,
    );

  test("GPU-hour rate x GPUs x replicas x hours, whatever the tokens", () => {
    const { cost } = only(dedicated("hardware: h100-80gb, gpus: 1, replicas: 2, hours: 730, tokens_per_second: 3000"));
    expect(cost!.monthlyCost.toString()).toBe("8015.4");
    expect(cost!.components).toHaveLength(1);
    expect(cost!.components[0]!.quantity.toString()).toBe("1460");
    // 50,000/day x 730/24 x 2,400 tokens = 3,650,000,000 tokens a month
    expect(cost!.monthlyTokens.toString()).toBe("3650000000");
    expect(cost!.effectivePerMillionTokens!.toString()).toBe("2.196");
    // capacity: 3,000 tok/s x 2 replicas x 730 h x 3,600 s = 15,768,000,000
    expect(cost!.utilization!.toDecimalPlaces(6).toString()).toBe("0.231481");
  });

  test("hours default to 730 and gpus/replicas to 1", () => {
    expect(only(dedicated("hardware: h100-80gb")).cost!.monthlyCost.toString()).toBe("4007.7");
  });

  test("utilization over 100% is an error", () => {
    const text = dedicated("hardware: h100-80gb, replicas: 1, tokens_per_second: 1000");
    expect(analyzeText(text).findings).toMatchObject([{ severity: "error", rule: "capacity.exceeded", path: "workloads[0].dedicated" }]);
    expect(analyzeText(text).findings[0]!.message).toContain("139% utilization");
  });

  test("an explicit hourly_rate wins over the catalog and is labelled as an override", () => {
    const { cost, estimate } = only(dedicated("hardware: h100-80gb, hourly_rate: 4"));
    expect(cost!.monthlyCost.toString()).toBe("2920");
    expect(estimate!.price).toMatchObject({ kind: "override", note: "dedicated.hourly_rate" });
  });

  test("a model outside the price books (a fine-tune, say) is still priced by GPU-hours, with a notice", () => {
    const text = oneWorkload(
      "model: acme/my-finetune\nmode: dedicated\ndedicated: { hardware: h100-80gb }\ntokens: { input: 10, output: 10 }\nrequests: { per_day: 1 }",
    );
    expect(only(text).cost!.monthlyCost.toString()).toBe("4007.7");
    expect(rules(text)).toEqual(["notice:model.uncatalogued"]);
  });

  test("unknown hardware is an error that lists the known ids", () => {
    const finding = analyzeText(dedicated("hardware: h100")).findings[0]!;
    expect(finding.rule).toBe("hardware.unknown");
    expect(finding.message).toContain("known: h100-80gb, h200-141gb");
  });
});

describe("gpu-cluster", () => {
  const cluster = (spec: string) =>
    oneWorkload(
      `model: acme/chat-large\nmode: gpu-cluster\ncluster: { ${spec} }\ntokens: { input: 1000, output: 1000 }\nrequests: { per_month: 1000000 }`,
    );

  test("gpus x hours x rate + storage + network", () => {
    const { cost } = only(
      cluster("hardware: h100-80gb, gpus: 16, hours: 730, hourly_rate: 2.50, storage_monthly: 500, network_monthly: 120.5"),
    );
    expect(cost!.monthlyCost.toString()).toBe("29820.5");
    expect(cost!.components.map((c) => [c.name, c.monthlyCost.toString()])).toEqual([
      ["GPU time", "29200"],
      ["storage", "500"],
      ["network", "120.5"],
    ]);
    expect(cost!.effectivePerMillionTokens!.toString()).toBe("14.91025");
  });

  test("the catalog's cluster rate is used when there is one", () => {
    expect(only(cluster("hardware: h200-141gb, gpus: 8")).cost!.monthlyCost.toString()).toBe("18104");
  });

  test("no catalog cluster rate and none given is an error, not $0", () => {
    const analysis = analyzeText(cluster("hardware: h100-80gb, gpus: 8"));
    expect(analysis.findings.map((f) => f.rule)).toEqual(["price.missing"]);
    expect(analysis.estimates[0]!.priced).toBe(false);
  });

  test("GPUs not in multiples of 8 are a warning", () => {
    const analysis = analyzeText(cluster("hardware: h100-80gb, gpus: 12, hourly_rate: 2"));
    expect(analysis.findings).toMatchObject([{ severity: "warning", rule: "cluster.gpu-multiple", path: "workloads[0].cluster.gpus" }]);
    expect(analysis.findings[0]!.message).toContain("billed as 16");
  });
});

describe("configurations that cannot exist", () => {
  test("input + output over the context window is an error", () => {
    const analysis = analyzeText(oneWorkload("model: acme/chat-small\ntokens: { input: 4000, output: 97 }\nrequests: { per_month: 1 }"));
    expect(analysis.findings).toMatchObject([{ severity: "error", rule: "context.exceeded", line: 5, path: "workloads[0].tokens" }]);
    expect(analysis.findings[0]!.message).toBe(
      "4097 tokens per request (input + output) exceed the 4096-token context window of acme/chat-small",
    );
  });

  test("exactly the context window fits", () => {
    expect(rules(oneWorkload("model: acme/chat-small\ntokens: { input: 4000, output: 96 }\nrequests: { per_month: 1 }"))).toEqual([]);
  });

  test("an override's context_window is checked too", () => {
    const text = oneWorkload(
      "model: x/y\ntokens: { input: 900, output: 200 }\nrequests: { per_month: 1 }",
      "prices:\n  - { model: x/y, input: 1, output: 1, context_window: 1024 }\n",
    );
    expect(rules(text)).toEqual(["error:context.exceeded"]);
  });

  test("an unknown model is an error naming the closest catalog ids, and the workload is unpriced", () => {
    const analysis = analyzeText(oneWorkload("model: acme/chat-larg\ntokens: { input: 1, output: 1 }\nrequests: { per_month: 1 }"));
    expect(analysis.findings).toMatchObject([{ severity: "error", rule: "model.unknown", line: 4, col: 12, path: "workloads[0].model" }]);
    expect(analysis.findings[0]!.message).toContain("(did you mean acme/chat-large");
    expect(analysis.estimates[0]).toMatchObject({ priced: false });
    expect(analysis.estimates[0]!.cost).toBeUndefined();
  });

  test("policy unknown_model: warning reports the workload as unpriced, never $0", () => {
    const analysis = analyzeText(
      oneWorkload(
        "model: nobody/knows\ntokens: { input: 1, output: 1 }\nrequests: { per_month: 1 }",
        "policy:\n  unknown_model: warning\n",
      ),
    );
    expect(analysis.findings.map((f) => `${f.severity}:${f.rule}`)).toEqual(["warning:model.unknown"]);
    expect(analysis.estimates[0]!.priced).toBe(false);
  });
});

describe("ranges", () => {
  test("low / expected / high are priced separately", () => {
    const { estimate } = only(
      oneWorkload(
        "model: acme/chat-small\ntokens: { input: { low: 200, expected: 600, high: 1000 }, output: { low: 50, expected: 100, high: 150 } }\nrequests: { per_month: 1000000 }",
      ),
    );
    expect(estimate!.range!.low.toString()).toBe("30");
    expect(estimate!.range!.expected.toString()).toBe("80");
    expect(estimate!.range!.high.toString()).toBe("130");
    expect(estimate!.cost!.monthlyCost.toString()).toBe("80");
  });

  test("a budget is checked against expected, with a warning when high exceeds it", () => {
    const analysis = analyzeText(
      oneWorkload(
        "model: acme/chat-small\ntokens: { input: { low: 200, expected: 600, high: 1000 }, output: 100 }\nrequests: { per_month: 1000000 }\nbudget: { monthly: 110 }",
      ),
    );
    expect(analysis.findings.map((f) => `${f.severity}:${f.rule}`)).toEqual(["warning:budget.workload.range"]);
  });
});
