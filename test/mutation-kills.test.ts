// Exact expectations for the estimation, policy and diff engines, written against the mutants
// Stryker found surviving (see MUTATION.md): messages, positions, boundaries and branches.
import { describe, expect, it } from "vitest";
import { analyzeFile, type FileAnalysis } from "../src/core/review/analyze.js";
import { BUILTIN_LAYER } from "../src/core/prices/catalog-load.js";
import { PriceBook, type CatalogLayer } from "../src/core/prices/catalog.js";
import type { PriceCatalog } from "../src/core/prices/catalog-types.js";
import { diffRevisions, type Trust } from "../src/core/review/diff.js";
import { parseYaml } from "./helpers/parse.js";
import type { Finding } from "../src/core/manifest/types.js";

const builtin = new PriceBook([BUILTIN_LAYER]);

function analyze(text: string, book = builtin, today: string | null = "2026-11-28"): FileAnalysis {
  return analyzeFile(parseYaml("m.yaml", new TextEncoder().encode(text)), () => book, today === null ? {} : { today });
}

const W = (name: string, body: string) => `  - name: ${name}\n${body.replace(/^/gm, "    ")}\n`;
const manifest = (workloads: string, top = "") => `version: 1\n${top}workloads:\n${workloads}`;
const rules = (a: FileAnalysis) => a.findings.map((f) => f.rule);
const find = (a: { findings: Finding[] }, rule: string) => a.findings.filter((f) => f.rule === rule);

const PRICES = "prices:\n  - { model: acme/m, input: 1, output: 2 }\n  - { model: acme/free, input: 0, output: 0 }\n";

describe("evaluate", () => {
  it("warns when a catalog price is older than policy.max_price_age_days, at the model", () => {
    const text = manifest(
      W("a", "model: openai/gpt-oss-120b\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }"),
      "policy: { max_price_age_days: 30 }\n",
    );
    expect(find(analyze(text), "price.stale")).toEqual([
      {
        severity: "warning",
        rule: "price.stale",
        message: "the price of openai/gpt-oss-120b is 127 days old (as of 2026-07-24), over policy.max_price_age_days 30",
        file: "m.yaml",
        line: 5,
        col: 12,
        workload: "a",
      },
    ]);
    // Exactly at the limit is fine; no clock, no check; overrides are never stale.
    expect(find(analyze(text.replace("30", "127")), "price.stale")).toEqual([]);
    expect(find(analyze(text.replace("30", "126")), "price.stale")).toHaveLength(1);
    expect(find(analyze(text, builtin, null), "price.stale")).toEqual([]);
    const override = manifest(
      W("a", "model: acme/m\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }"),
      `${PRICES}policy: { max_price_age_days: 1 }\n`,
    );
    expect(find(analyze(override), "price.stale")).toEqual([]);
  });

  it("group budgets: all match tags must agree, near and empty groups warn, unpriced members are listed", () => {
    const workloads =
      W("a", "model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 900 }\ntags: { team: x, env: prod }") +
      W("b", "model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 500 }\ntags: { team: x }") +
      W("c", "model: acme/unknown\ntokens: { input: 1, output: 1 }\nrequests: { per_month: 1 }\ntags: { team: x, env: prod }");
    const budgets =
      "budgets:\n  - { name: prod, match: { team: x, env: prod }, monthly: 1 }\n  - { name: nobody, match: { team: y }, monthly: 5 }\n";
    const a = analyze(manifest(workloads, `${PRICES}${budgets}policy: { unknown_model: warning }\n`));
    const prod = a.evaluation!.groups[0]!;
    expect(prod.workloads).toEqual(["a", "c"]);
    expect(prod.unpriced).toEqual(["c"]);
    expect(prod.budget.projected.toString()).toBe("0.9");
    expect(find(a, "budget.group.near")).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: "budget prod (2 workloads) projected $0.90/mo uses 90% of budget $1.00/mo",
        line: 6,
        col: 5,
      }),
    ]);
    expect(find(a, "budget.group.empty")).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: "budget nobody matches no workload in this file; check its match tags",
        line: 7,
        col: 5,
      }),
    ]);
    const one = analyze(
      manifest(
        workloads,
        `${PRICES}budgets:\n  - { name: b, match: { env: prod }, monthly: 0.0005 }\npolicy: { unknown_model: warning }\n`,
      ),
    );
    expect(find(one, "budget.group.exceeded")[0]!.message).toMatch(/^budget b \(2 workloads\) projected/);
  });

  it("a group budget sums priced members, and a workload over capacity is priced by its GPU-hours", () => {
    const workloads =
      W("a", "model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }\ntags: { team: x }") +
      W(
        "b",
        "model: openai/gpt-oss-120b\nmode: dedicated\ndedicated: { hardware: h100-80gb, tokens_per_second: 1 }\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000000 }\ntags: { team: x }",
      );
    const a = analyze(manifest(workloads, `${PRICES}budgets:\n  - { name: g, match: { team: x }, monthly: 100 }\n`));
    expect(a.estimates[1]!.priced).toBe(true);
    // 1 + 730 x 5.49 for the endpoint over capacity
    expect(a.evaluation!.groups[0]!.budget.projected.toString()).toBe("4008.7");
    expect(a.evaluation!.groups[0]!.unpriced).toEqual([]);
  });

  it("a group of one says 'workload', and a zero budget says 'no budget'", () => {
    const text = manifest(
      W("a", "model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }\ntags: { team: x }\nbudget: { monthly: 0 }"),
      `${PRICES}budgets:\n  - { name: g, match: { team: x }, monthly: 0.5 }\n`,
    );
    const a = analyze(text);
    expect(find(a, "budget.group.exceeded")[0]!.message).toBe(
      "budget g (1 workload) projected $1.00/mo exceeds budget $0.50/mo by $0.50 (200%)",
    );
    expect(find(a, "budget.workload.exceeded")[0]!.message).toBe(
      "workload a projected $1.00/mo exceeds budget $0.00/mo by $1.00 (no budget)",
    );
    expect(find(a, "budget.workload.exceeded")[0]).toMatchObject({ line: 13, col: 13 });
  });

  it("require_budget accepts a group budget that matches any of the groups, and points at the workload", () => {
    const workloads =
      W("a", "model: acme/m\ntokens: { input: 1, output: 0 }\nrequests: { per_month: 1 }\ntags: { team: x }") +
      W("b", "model: acme/m\ntokens: { input: 1, output: 0 }\nrequests: { per_month: 1 }");
    const budgets = "budgets:\n  - { name: gx, match: { team: x }, monthly: 100 }\n  - { name: gy, match: { team: y }, monthly: 100 }\n";
    const a = analyze(manifest(workloads, `${PRICES}${budgets}policy: { require_budget: true }\n`));
    expect(find(a, "budget.missing")).toEqual([
      expect.objectContaining({
        severity: "error",
        message: "workload b has no budget (its own or a group's), and policy.require_budget is on",
        line: 15,
        col: 5,
        workload: "b",
      }),
    ]);
  });

  it("warns when the high estimate or growth would break a budget the expected cost keeps", () => {
    const ranged = manifest(
      W(
        "a",
        "model: acme/m\ntokens: { input: { low: 500, expected: 1000, high: 3000 }, output: 0 }\nrequests: { per_month: 1000 }\nbudget: { monthly: 2 }",
      ),
      PRICES,
    );
    expect(find(analyze(ranged), "budget.workload.range")).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: "workload a: the high estimate $3.00/mo exceeds budget $2.00/mo",
        line: 10,
        col: 13,
      }),
    ]);
    const over = ranged.replace("monthly: 2", "monthly: 0.5");
    expect(find(analyze(over), "budget.workload.range")).toEqual([]);
    const growing = manifest(
      W(
        "a",
        "model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000, growth_percent_per_month: 10 }\nbudget: { monthly: 1.5 }",
      ),
      `${PRICES}policy: { forecast_months: 6 }\n`,
    );
    expect(find(analyze(growing), "budget.forecast")).toEqual([
      expect.objectContaining({
        severity: "warning",
        message: "workload a grows 10%/month and will exceed its budget $1.50/mo in month 5 ($1.61/mo)",
      }),
    ]);
    expect(find(analyze(growing.replace("forecast_months: 6", "forecast_months: 4")), "budget.forecast")).toEqual([]);
    expect(find(analyze(growing.replace("growth_percent_per_month: 10", "growth_percent_per_month: 0")), "budget.forecast")).toEqual([]);
    expect(find(analyze(growing.replace("monthly: 1.5", "monthly: 0.9")), "budget.forecast")).toEqual([]);
  });
});

describe("estimate", () => {
  const tiered: CatalogLayer = {
    origin: "tiers.json",
    catalog: {
      formatVersion: 1,
      version: "t",
      asOf: "2026-11-01",
      currency: "USD",
      sources: { s: { title: "Tier source", url: "https://example.invalid", asOf: "2026-11-01", license: "MIT" } },
      providers: {},
      models: [
        {
          provider: "acme",
          id: "tiered",
          source: "s",
          asOf: "2026-11-01",
          serverless: { input: 1, output: 1 },
          longContext: [
            { aboveInputTokens: 0, input: 2, output: 2 },
            { aboveInputTokens: 1000, input: 3, output: 3 },
          ],
        },
        { provider: "acme", id: "nobatch", source: "s", asOf: "2026-11-01", contextWindow: 2000, serverless: { input: 1, output: 1 } },
        { provider: "acme", id: "capacity-only", source: "s", asOf: "2026-11-01" },
      ],
      hardware: [{ provider: "acme", id: "gpu", name: "Acme GPU", source: "s", asOf: "2026-11-01" }],
    } as unknown as PriceCatalog,
  };
  const book = new PriceBook([BUILTIN_LAYER, tiered]);

  it("a catalog model without a per-token price is unpriced, with the reason", () => {
    const a = analyze(
      manifest(W("a", "provider: acme\nmodel: capacity-only\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }")),
      book,
    );
    expect(a.findings).toEqual([
      expect.objectContaining({
        severity: "error",
        rule: "price.missing",
        message: "the catalog has no per-token price for capacity-only; add it under prices:",
        path: "workloads[0].model",
        line: 5,
        col: 12,
      }),
    ]);
    expect(a.estimates[0]!.priced).toBe(false);
  });

  it("a long-context tier applies above its threshold, the highest threshold passed wins in any order", () => {
    const at = (input: number, b = book) =>
      analyze(
        manifest(W("a", `provider: acme\nmodel: tiered\ntokens: { input: ${input}, output: 0 }\nrequests: { per_month: 1000000 }`)),
        b,
      ).estimates[0]!.cost!.monthlyCost.toString();
    expect(at(1)).toBe("2");
    expect(at(1000)).toBe("2000");
    expect(at(1001)).toBe("3003");
    const reversed = structuredClone(tiered);
    reversed.catalog.models[0]!.longContext!.reverse();
    expect(at(1001, new PriceBook([BUILTIN_LAYER, reversed]))).toBe("3003");
  });

  it("capacity on hardware without rates, for a provider without hardware, and a model without a catalog entry", () => {
    const spec = (mode: string, settings: string, provider = "acme", model = "tiered") =>
      analyze(
        manifest(
          W(
            "a",
            `provider: ${provider}\nmodel: ${model}\nmode: ${mode}\n${settings}\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }`,
          ),
        ),
        book,
      );
    expect(spec("dedicated", "dedicated: { hardware: gpu }").findings).toEqual([
      expect.objectContaining({
        severity: "error",
        rule: "price.missing",
        message: "the catalog has no dedicated endpoint rate for gpu; set dedicated.hourly_rate (USD per GPU-hour)",
        path: "workloads[0].dedicated",
      }),
    ]);
    expect(spec("gpu-cluster", "cluster: { hardware: gpu, gpus: 3 }").findings[0]!.message).toBe(
      "the catalog has no GPU cluster rate for gpu; set cluster.hourly_rate (USD per GPU-hour)",
    );
    expect(spec("gpu-cluster", "cluster: { hardware: gpu, gpus: 3, hourly_rate: 1 }").findings).toEqual([]);
    expect(spec("dedicated", "dedicated: { hardware: h100 }", "nohw").findings).toEqual([
      expect.objectContaining({ severity: "notice", rule: "model.uncatalogued", path: "workloads[0].model" }),
      expect.objectContaining({
        severity: "error",
        rule: "hardware.unknown",
        message: 'unknown hardware "h100" for provider nohw; set dedicated.hourly_rate to price it',
      }),
    ]);
    const unlisted = spec("dedicated", "dedicated: { hardware: gpu, hourly_rate: 1 }", "acme", "not-in-any-catalog");
    expect(unlisted.findings.map((f) => `${f.severity}:${f.rule}`)).toEqual(["notice:model.uncatalogued"]);
    expect(unlisted.estimates[0]!.cost!.monthlyCost.toString()).toBe("730");
    expect("contextWindow" in unlisted.estimates[0]!).toBe(false);
    const tooLong = analyze(
      manifest(
        W(
          "a",
          "provider: acme\nmodel: nobatch\nmode: dedicated\ndedicated: { hardware: gpu, hourly_rate: 1 }\ntokens: { input: 5000, output: 10 }\nrequests: { per_month: 10 }",
        ),
      ),
      book,
    );
    expect(tooLong.findings).toEqual([expect.objectContaining({ severity: "error", rule: "context.exceeded" })]);
    const serverless = analyze(
      manifest(W("a", "provider: acme\nmodel: tiered\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }")),
      book,
    );
    expect("contextWindow" in serverless.estimates[0]!).toBe(false);
    expect(serverless.estimates[0]!.cost!.effectivePerMillionTokens!.toString()).toBe("2");
  });

  it("batch without a catalog statement, batch with interactive latency, and defaults-only fields point at the workload", () => {
    const text = manifest(
      W("a", "provider: acme\nmodel: nobatch\nlatency: interactive\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }"),
      "defaults: { mode: batch }\n",
    );
    expect(analyze(text, book).findings).toEqual([
      {
        severity: "notice",
        rule: "batch.no-discount",
        message: "the catalog does not list a batch discount for nobatch; billed at the serverless price",
        file: "m.yaml",
        line: 4,
        col: 5,
        path: "workloads[0].mode",
        workload: "a",
      },
      {
        severity: "warning",
        rule: "batch.interactive",
        message: "workload is marked latency: interactive, but batch jobs complete within 24 hours",
        file: "m.yaml",
        line: 4,
        col: 5,
        path: "workloads[0].mode",
        workload: "a",
      },
    ]);
    const offline = analyze(text.replace("interactive", "offline"), book);
    expect(rules(offline)).toEqual(["batch.no-discount"]);
    const notDiscounted = analyze(
      manifest(W("a", "model: openai/gpt-oss-120b\nmode: batch\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }")),
    );
    expect(notDiscounted.findings[0]).toMatchObject({
      rule: "batch.no-discount",
      message: "batch has no discount for openai/gpt-oss-120b; it is billed at the serverless price",
      path: "workloads[0].mode",
      line: 5,
      col: 11,
    });
    const unavailable = analyze(
      manifest(W("a", "model: deepseek-ai/DeepSeek-R1\nmode: batch\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }")),
    );
    expect(unavailable.findings[0]).toMatchObject({
      rule: "batch.unavailable",
      message: "together does not offer batch inference for deepseek-ai/DeepSeek-R1; use serverless or a dedicated endpoint",
    });
    expect(unavailable.estimates[0]!.priced).toBe(false);
  });

  it("context windows: an error over the expected size, a warning when only the high estimate is over", () => {
    const text = (input: string) =>
      manifest(W("a", `provider: acme\nmodel: nobatch\ntokens: { input: ${input}, output: 100 }\nrequests: { per_month: 10 }`));
    expect(analyze(text("{ low: 100, expected: 1000, high: 5000 }"), book).findings).toEqual([
      expect.objectContaining({
        severity: "warning",
        rule: "context.exceeded",
        message: "the high estimate of 5100 tokens per request (input + output) exceeds the 2000-token context window of nobatch",
        path: "workloads[0].tokens",
      }),
    ]);
    // Exactly the window fits; one token more does not.
    expect(analyze(text("1900"), book).findings).toEqual([]);
    expect(analyze(text("1901"), book).findings).toEqual([
      expect.objectContaining({
        severity: "error",
        rule: "context.exceeded",
        message: "2001 tokens per request (input + output) exceed the 2000-token context window of nobatch",
      }),
    ]);
    expect(analyze(text("1900"), book).estimates[0]!.contextWindow).toBe(2000);
  });

  it("unknown models suggest near names only when there are some; cached input without a rate is noted", () => {
    const near = analyze(manifest(W("a", "model: openai/gpt-oss-12b\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }")));
    expect(near.findings[0]!.message).toMatch(
      /^unknown model "openai\/gpt-oss-12b" for provider together \(did you mean openai\/gpt-oss-120b/,
    );
    const far = analyze(manifest(W("a", "model: zzzzzzzzzzzzzzzzzzzzzz\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }")));
    expect(far.findings[0]!.message).toBe(
      'unknown model "zzzzzzzzzzzzzzzzzzzzzz" for provider together; add it under prices: with your rates, or load a catalog that has it',
    );
    const cached = manifest(
      W("a", "model: openai/gpt-oss-120b\ntokens: { input: 100, output: 10, cached_input: 50 }\nrequests: { per_month: 10 }"),
    );
    expect(analyze(cached).findings).toEqual([
      expect.objectContaining({
        severity: "notice",
        rule: "cache.no-rate",
        message: "openai/gpt-oss-120b has no cached-input rate; cached tokens are billed at the input rate",
        path: "workloads[0].tokens.cached_input",
      }),
    ]);
    expect(analyze(cached.replace("cached_input: 50", "cached_input: 0")).findings).toEqual([]);
    expect(
      analyze(
        manifest(
          W("a", "model: deepseek-ai/DeepSeek-V4-Pro\ntokens: { input: 100, output: 10, cached_input: 50 }\nrequests: { per_month: 10 }"),
        ),
      ).findings,
    ).toEqual([]);
  });

  it("free prices are noted, ranges appear when any bound differs, no effective rate without tokens", () => {
    const free = analyze(manifest(W("a", "model: acme/free\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }"), PRICES));
    expect(free.findings).toEqual([
      expect.objectContaining({
        severity: "notice",
        rule: "price.zero",
        message: "m.yaml prices acme/free at $0; check that it is really free",
        path: "workloads[0].model",
        line: 7,
        col: 12,
      }),
    ]);
    expect(free.estimates[0]!.priced).toBe(true);
    const lowOnly = analyze(
      manifest(
        W("a", "model: acme/m\ntokens: { input: { low: 1, expected: 10, high: 10 }, output: 0 }\nrequests: { per_month: 1000000 }"),
        PRICES,
      ),
    );
    expect(lowOnly.estimates[0]!.range).toMatchObject({ low: expect.anything(), high: expect.anything() });
    expect(lowOnly.estimates[0]!.range!.low.toString()).toBe("1");
    const none = analyze(manifest(W("a", "model: acme/m\ntokens: { input: 10, output: 0 }\nrequests: { per_month: 0 }"), PRICES));
    expect("effectivePerMillionTokens" in none.estimates[0]!.cost!).toBe(false);
    expect(none.estimates[0]!.range).toBeUndefined();
  });

  it("capacity: unknown hardware lists the known ones, a cluster needs a rate, utilization over and near capacity", () => {
    const unknown = analyze(
      manifest(
        W(
          "a",
          "model: openai/gpt-oss-120b\nmode: dedicated\ndedicated: { hardware: tpu }\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }",
        ),
      ),
    );
    expect(unknown.findings).toEqual([
      expect.objectContaining({
        severity: "error",
        rule: "hardware.unknown",
        message:
          'unknown hardware "tpu" for provider together (known: h100-80gb, h200-141gb, b200-180gb, gb300-280gb, b300-280gb); set dedicated.hourly_rate to price it',
        path: "workloads[0].dedicated.hardware",
        line: 6,
        col: 16,
      }),
    ]);
    expect(unknown.estimates[0]!.priced).toBe(false);
    const cluster = analyze(
      manifest(
        W(
          "a",
          "model: openai/gpt-oss-120b\nmode: gpu-cluster\ncluster: { hardware: h100-80gb, gpus: 8 }\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }",
        ),
      ),
    );
    expect(cluster.findings[0]).toMatchObject({
      rule: "price.missing",
      message: "the catalog has no GPU cluster rate for h100-80gb; set cluster.hourly_rate (USD per GPU-hour)",
      path: "workloads[0].cluster",
    });
    const busy = (tps: number, extra = "") =>
      analyze(
        manifest(
          W(
            "a",
            `model: openai/gpt-oss-120b\nmode: gpu-cluster\ncluster: { hardware: h100-80gb, gpus: 12, hourly_rate: 2, tokens_per_second: ${tps}${extra} }\ntokens: { input: { low: 500, expected: 1000, high: 2000 }, output: 0 }\nrequests: { per_month: 1000000 }`,
          ),
        ),
      );
    const over = busy(300);
    expect(find(over, "capacity.exceeded")[0]).toMatchObject({
      severity: "error",
      message: "needs 1.000B tokens a month but the cluster can serve 788.4M (127% utilization); add replicas or lower the volume",
    });
    // Over capacity, the cluster still costs its GPU-hours.
    expect(over.estimates[0]!.priced).toBe(true);
    const near = busy(500);
    expect(find(near, "capacity.exceeded")[0]).toMatchObject({
      severity: "warning",
      message: "the high estimate needs 152% of the capacity",
    });
    expect(near.estimates[0]!.priced).toBe(true);
    expect(near.estimates[0]!.contextWindow).toBe(131072);
    // 12 GPUs are billed as 16: 16 x 730 x $2
    expect(Object.values(near.estimates[0]!.range!).map(String)).toEqual(["23360", "23360", "23360"]);
    expect(find(near, "cluster.gpu-multiple")[0]).toMatchObject({
      message: "together clusters come in multiples of 8 GPUs (minimum 8); 12 are billed as 16",
      path: "workloads[0].cluster.gpus",
    });
    const dedicated = analyze(
      manifest(
        W(
          "a",
          "model: openai/gpt-oss-120b\nmode: dedicated\ndedicated: { hardware: h100-80gb, replicas: 2, tokens_per_second: 100 }\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000000 }",
        ),
      ),
    );
    expect(find(dedicated, "capacity.exceeded")[0]!.message).toBe(
      "needs 1.000B tokens a month but 2 replica(s) can serve 525.6M (190% utilization); add replicas or lower the volume",
    );
  });
});

function diffOf(baseText: string, headText: string, trust: Trust = "head") {
  return diffRevisions([analyze(baseText)], [analyze(headText)], trust);
}

describe("diff", () => {
  const one = (body: string, top = PRICES) => manifest(W("a", body), top);
  const serverless = "model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }";

  it("names hardware, mode, model, token and volume changes in the drivers", () => {
    const ded = (replicas: number, rate = "") =>
      one(
        `model: openai/gpt-oss-120b\nmode: dedicated\ndedicated: { hardware: h100-80gb, replicas: ${replicas}${rate} }\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }`,
      );
    expect(diffOf(ded(1), ded(2, ", hourly_rate: 3")).workloads[0]!.drivers).toEqual([
      expect.objectContaining({
        cause: "hardware",
        detail: "hardware 1x h100-80gb x 1 replica(s), 730h -> 1x h100-80gb x 2 replica(s), 730h @ $3/GPU-h",
      }),
    ]);
    const cl = (gpus: number, rate: number) =>
      one(
        `model: openai/gpt-oss-120b\nmode: gpu-cluster\ncluster: { hardware: h100-80gb, gpus: ${gpus}, hourly_rate: ${rate} }\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }`,
      );
    expect(diffOf(cl(8, 2), cl(16, 2)).workloads[0]!.drivers.map((d) => d.detail)).toEqual([
      "hardware 8x h100-80gb, 730h @ $2/GPU-h -> 16x h100-80gb, 730h @ $2/GPU-h",
    ]);
    const batch = "model: meta-llama/Llama-3.3-70B-Instruct-Turbo\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }";
    expect(diffOf(one(batch), one(`${batch}\nmode: batch`)).workloads[0]!.drivers.map((d) => [d.cause, d.detail])).toEqual([
      ["mode", "mode serverless -> batch"],
    ]);
    const both = diffOf(one(serverless), one("model: acme/free\ntokens: { input: 1000, output: 5 }\nrequests: { per_month: 2000 }"));
    expect(both.workloads[0]!.drivers.map((d) => [d.cause, d.detail, d.amount.toString()])).toEqual([
      ["model", "model acme/m -> acme/free", "-1"],
      ["tokens", "tokens per request: output 0 -> 5", "0"],
      ["volume", "requests 1.000K -> 2.000K/month (+100%)", "0"],
    ]);
    const fromZero = diffOf(one(serverless.replace("per_month: 1000", "per_month: 0")), one(serverless));
    expect(fromZero.workloads[0]!.drivers.map((d) => d.detail)).toEqual(["requests 0 -> 1.000K/month"]);
    const tokens = diffOf(
      one(serverless),
      one("model: acme/m\ntokens: { input: 2000, output: 3, cached_input: 1 }\nrequests: { per_month: 1000 }"),
    );
    expect(tokens.workloads[0]!.drivers.map((d) => d.detail)).toEqual([
      "tokens per request: input 1000 -> 2000, output 0 -> 3, cached input 0 -> 1",
    ]);
  });

  it("a provider change is a model change; a changed catalogs: list is noted; unpriced additions carry no driver", () => {
    const prices =
      "prices:\n  - { provider: p1, model: acme/m, input: 1, output: 1 }\n  - { provider: p2, model: acme/m, input: 2, output: 1 }\n";
    const provider = diffOf(one(`provider: p1\n${serverless}`, prices), one(`provider: p2\n${serverless}`, prices));
    expect(provider.workloads[0]!.drivers.map((d) => [d.cause, d.detail, d.amount.toString()])).toEqual([
      ["model", "model acme/m -> acme/m", "1"],
    ]);
    const catalogs = diffOf(one(serverless, `${PRICES}catalogs: [a.json]\n`), one(serverless, `${PRICES}catalogs: [b.json]\n`));
    expect(catalogs.notes).toEqual([
      "m.yaml: the catalogs: list differs between base and head; both revisions were priced with the head's",
    ]);
    const unpricedAdded = diffOf(
      one(serverless, `${PRICES}policy: { unknown_model: warning }\n`),
      manifest(
        W("a", serverless) + W("b", "model: acme/nope\ntokens: { input: 1, output: 1 }\nrequests: { per_month: 1 }"),
        `${PRICES}policy: { unknown_model: warning }\n`,
      ),
    );
    expect(unpricedAdded.workloads.find((w) => w.name === "b")).toMatchObject({ change: "added", drivers: [] });
    const unpricedRemoved = diffOf(
      manifest(
        W("a", serverless) + W("b", "model: acme/nope\ntokens: { input: 1, output: 1 }\nrequests: { per_month: 1 }"),
        `${PRICES}policy: { unknown_model: warning }\n`,
      ),
      one(serverless, `${PRICES}policy: { unknown_model: warning }\n`),
    );
    expect(unpricedRemoved.workloads.find((w) => w.name === "b")).toMatchObject({ change: "removed", drivers: [] });
  });

  it("under --trust base, each workload is held to its own base budget; new workloads have none", () => {
    const base = manifest(W("a", `${serverless}\nbudget: { monthly: 100 }`) + W("b", `${serverless}\nbudget: { monthly: 0.5 }`), PRICES);
    const head = manifest(W("a", serverless) + W("b", serverless) + W("c", serverless), PRICES);
    expect(
      diffOf(base, head, "base")
        .findings.filter((f) => f.rule === "budget.workload.exceeded")
        .map((f) => f.workload),
    ).toEqual(["b"]);
  });

  it("prices an impossible in-between step as 'the remaining changes together'", () => {
    const base = one("model: deepseek-ai/DeepSeek-R1\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }");
    const head = one(
      "model: meta-llama/Llama-3.3-70B-Instruct-Turbo\nmode: batch\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }",
    );
    const w = diffOf(base, head).workloads[0]!;
    expect(w.drivers).toEqual([expect.objectContaining({ cause: "other", detail: "the remaining changes together" })]);
    expect(w.drivers[0]!.amount.eq(w.diffMonthlyCost!)).toBe(true);
  });

  it("a change that moves no money is still 'changed', with no drivers; identical ones are 'unchanged'", () => {
    const tagged = diffOf(one(serverless), one(`${serverless}\ntags: { team: x }`));
    expect(tagged.workloads[0]).toMatchObject({ change: "changed", drivers: [] });
    expect(tagged.workloads[0]!.diffMonthlyCost!.isZero()).toBe(true);
    const same = analyze(one(serverless));
    expect(diffRevisions([same], [same]).workloads[0]!.change).toBe("unchanged");
    const reprice = diffOf(one(serverless), one(serverless, PRICES.replace("output: 2 }", "output: 3 }")));
    expect(reprice.workloads[0]!.change).toBe("changed");
    expect(reprice.notes).toEqual(["m.yaml: the prices: overrides differ between base and head"]);
    const catalogs = diffOf(one(serverless), one(serverless, `${PRICES}catalogs: []\n`));
    expect(catalogs.notes).toEqual([]);
  });

  it("an unpriced side gives no delta, and added/removed workloads carry one driver", () => {
    const unknown = diffOf(
      one(serverless),
      one(
        "model: acme/nope\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }",
        `${PRICES}policy: { unknown_model: warning }\n`,
      ),
    );
    expect(unknown.workloads[0]).toMatchObject({ change: "changed", drivers: [] });
    expect(unknown.workloads[0]!.diffMonthlyCost).toBeUndefined();
    const two = manifest(W("a", serverless) + W("b", serverless), PRICES);
    const added = diffOf(one(serverless), two);
    expect(added.workloads.map((w) => [w.name, w.change, w.drivers.map((d) => [d.cause, d.detail, d.amount.toString()])])).toEqual([
      ["b", "added", [["volume", "new workload", "1"]]],
      ["a", "unchanged", []],
    ]);
    const removed = diffOf(two, one(serverless));
    expect(removed.workloads[0]).toMatchObject({ name: "b", change: "removed" });
    expect(removed.workloads[0]!.drivers.map((d) => [d.detail, d.amount.toString()])).toEqual([["workload removed", "-1"]]);
  });

  it("skips invalid head files and new files in file-level checks; sorts unknown deltas last", () => {
    const invalid = analyze("version: 1\nworkloads: 3\n");
    const base = one(serverless, `${PRICES}policy: { max_increase: 0.5 }\n`);
    expect(diffRevisions([analyze(base)], [invalid]).findings).toEqual([]);
    const fresh = diffRevisions(
      [],
      [analyze(one(serverless.replace("1000 }", "5000 }"), `${PRICES}policy: { max_increase: 0.5, max_increase_percent: 1 }\n`))],
    );
    expect(fresh.findings).toEqual([]);
    const mixed = diffOf(
      manifest(W("a", serverless) + W("b", serverless), PRICES),
      manifest(
        W("a", "model: acme/nope\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }") +
          W("b", serverless.replace("1000 }", "3000 }")),
        `${PRICES}policy: { unknown_model: warning }\n`,
      ),
    );
    expect(mixed.workloads.map((w) => [w.name, w.diffMonthlyCost?.toString()])).toEqual([
      ["b", "2"],
      ["a", undefined],
    ]);
    const nope = "model: acme/nope\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }";
    const three = diffOf(
      manifest(W("a", serverless) + W("b", serverless) + W("c", serverless), PRICES),
      manifest(
        W("a", nope) + W("b", serverless.replace("1000 }", "3000 }")) + W("c", nope),
        `${PRICES}policy: { unknown_model: warning }\n`,
      ),
    );
    expect(three.workloads.map((w) => w.name)).toEqual(["b", "a", "c"]);
  });

  it("sorts changes by the size of the change, then by id", () => {
    const base = manifest(W("a", serverless) + W("b", serverless) + W("c", serverless), PRICES);
    const head = manifest(
      W("a", serverless.replace("1000 }", "2000 }")) +
        W("b", serverless.replace("1000 }", "5000 }")) +
        W("c", serverless.replace("1000 }", "500 }")),
      PRICES,
    );
    expect(diffOf(base, head).workloads.map((w) => w.name)).toEqual(["b", "a", "c"]);
  });

  it("says which limits a change loosens", () => {
    const base = manifest(
      W("a", `${serverless}\nbudget: { monthly: 5 }`) + W("b", `${serverless}\nbudget: { monthly: 5 }`),
      `${PRICES}budgets:\n  - { name: g1, match: { team: x }, monthly: 10 }\n  - { name: g2, match: { team: x }, monthly: 10 }\n  - { name: g3, match: { team: x }, monthly: 10 }\npolicy: { max_increase_percent: 10, max_increase: 5, warn_at_percent: 50, require_budget: true, unknown_model: error }\n`,
    );
    const head = manifest(
      W("a", `${serverless}\nbudget: { monthly: 6 }`) + W("b", serverless),
      `${PRICES}budgets:\n  - { name: g1, match: { team: x }, monthly: 20 }\n  - { name: g2, match: { team: y }, monthly: 10 }\npolicy: { max_increase_percent: 20, warn_at_percent: 60, unknown_model: warning }\n`,
    );
    expect(
      find(diffOf(base, head), "budget.raised").map((f) =>
        f.message.replace("this change loosens a limit: ", "").replace("; a reviewer should approve the higher spend explicitly", ""),
      ),
    ).toEqual([
      "workload a budget $5.00 -> $6.00",
      "workload b budget $5.00 -> none",
      "group budget g1 $10.00 -> $20.00",
      'group budget g2 now matches {"team":"y"} instead of {"team":"x"}',
      "group budget g3 ($10.00) removed",
      "policy.max_increase_percent 10 -> 20",
      "policy.max_increase 5 -> none",
      "policy.warn_at_percent 50 -> 60",
      "policy.require_budget true -> false",
      "policy.unknown_model error -> warning",
    ]);
    expect(find(diffOf(head, head), "budget.raised")).toEqual([]);
    // A changed match is reported both ways: it can widen or narrow what the budget covers.
    expect(find(diffOf(head, base), "budget.raised").map((f) => f.message)).toEqual([
      'this change loosens a limit: group budget g2 now matches {"team":"x"} instead of {"team":"y"}; a reviewer should approve the higher spend explicitly',
    ]);
  });

  it("applies increase limits from the trusted side, and base budgets under --trust base", () => {
    const base = one(`${serverless}\nbudget: { monthly: 1.5 }`, `${PRICES}policy: { max_increase_percent: 50, max_increase: 0.5 }\n`);
    const head = one(
      `${serverless.replace("per_month: 1000", "per_month: 2000")}\nbudget: { monthly: 100 }`,
      `${PRICES}policy: { max_increase_percent: 500, max_increase: 50 }\n`,
    );
    expect(diffOf(base, head, "head").findings.filter((f) => f.rule.startsWith("increase."))).toEqual([]);
    const trusted = diffOf(base, head, "base");
    // The base's budget judges the head's spend, pointing at the head's budget key, once.
    expect(trusted.findings.filter((f) => f.severity === "error")).toEqual([
      {
        severity: "error",
        rule: "budget.workload.exceeded",
        message: "workload a projected $2.00/mo exceeds budget $1.50/mo by $0.50 (133%) (base budget)",
        file: "m.yaml",
        line: 11,
        col: 13,
        workload: "a",
        path: "workloads[0].budget.monthly",
      },
      {
        severity: "error",
        rule: "increase.absolute",
        message: "this change raises m.yaml by +$1.00/mo ($1.00 -> $2.00), over policy.max_increase $0.50/mo",
        file: "m.yaml",
        line: 5,
        col: 1,
        path: "policy.max_increase",
      },
      {
        severity: "error",
        rule: "increase.percent",
        message: "this change raises m.yaml by +100% ($1.00 -> $2.00/mo), over policy.max_increase_percent 50%",
        file: "m.yaml",
        line: 5,
        col: 1,
        path: "policy.max_increase_percent",
      },
    ]);
    expect(trusted.head[0]!.estimates[0]!.workload.budgetMonthly!.toString()).toBe("1.5");
    const noBaseBudget = diffOf(one(serverless, `${PRICES}policy: { max_increase_percent: 50 }\n`), head, "base");
    expect(noBaseBudget.findings.map((f) => f.rule)).toEqual(["increase.percent", "budget.raised"]);
    const cheaper = diffOf(head, base, "base");
    expect(cheaper.findings.filter((f) => f.severity === "error")).toEqual([]);
    // With no base at all, the head's own prices: price nothing: a price only the head states is an error, not a pass.
    const fromNothing = diffRevisions([], [analyze(head)], "base");
    expect(fromNothing.findings.map((f) => `${f.severity} ${f.rule}`)).toEqual(["error price.changed-by-change"]);
  });
});

describe("evaluate: model lifecycle and budget edges", () => {
  const dated: CatalogLayer = {
    origin: "dated.json",
    catalog: {
      formatVersion: 1,
      version: "d",
      asOf: "2026-11-01",
      currency: "USD",
      sources: { s: { title: "Dated source", url: "https://example.invalid", asOf: "2026-11-01", license: "MIT" } },
      providers: {},
      models: [
        { provider: "acme", id: "today", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 1 }, retires: "2026-11-28" },
        { provider: "acme", id: "yesterday", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 1 }, retires: "2026-11-27" },
        { provider: "acme", id: "old", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 1 }, deprecated: true },
        { provider: "acme", id: "current", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 1 } },
      ],
      hardware: [],
    } as unknown as PriceCatalog,
  };
  const book = new PriceBook([BUILTIN_LAYER, dated]);
  const workloads = ["today", "yesterday", "old", "current"]
    .map((m) => W(m, `provider: acme\nmodel: ${m}\ntokens: { input: 10, output: 10 }\nrequests: { per_month: 10 }`))
    .join("");

  it("a retired model is an error from the day after its date, a deprecated one a warning, at the model", () => {
    const lifecycle = analyze(manifest(workloads), book).findings.filter((f) => f.rule.startsWith("model."));
    expect(lifecycle).toEqual([
      {
        severity: "warning",
        rule: "model.deprecated",
        message: "today is deprecated: acme retires it on 2026-11-28; plan the move to a current model",
        file: "m.yaml",
        line: 5,
        col: 12,
        workload: "today",
      },
      {
        severity: "error",
        rule: "model.retired",
        message: "yesterday was retired by acme on 2026-11-27: requests to it fail; move the workload to a current model",
        file: "m.yaml",
        line: 10,
        col: 12,
        workload: "yesterday",
      },
      {
        severity: "warning",
        rule: "model.deprecated",
        message: "old is deprecated by acme; plan the move to a current model",
        file: "m.yaml",
        line: 15,
        col: 12,
        workload: "old",
      },
    ]);
    // Without today's date nothing can be retired or stale.
    expect(analyze(manifest(workloads), book, null).findings.filter((f) => f.rule.startsWith("model."))).toEqual([]);
  });

  it("a $0 budget with no spend is 0% used and ok; spend exactly at the budget is not over", () => {
    const budgeted = (monthly: string, perMonth = 1000) =>
      analyze(
        manifest(
          W(
            "a",
            `model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: ${perMonth} }\nbudget: { monthly: ${monthly} }`,
          ),
          PRICES,
        ),
      );
    const zero = budgeted("0", 0).evaluation!.workloadBudgets.get("m.yaml#a")!;
    expect([zero.status, zero.percent?.toString()]).toEqual(["ok", "0"]);
    const exact = budgeted("1");
    expect(exact.evaluation!.workloadBudgets.get("m.yaml#a")!.status).toBe("near");
    expect(find(exact, "budget.workload.near")[0]!.message).toBe("workload a projected $1.00/mo uses 100% of budget $1.00/mo");
    expect(find(exact, "budget.workload.exceeded")).toEqual([]);
    const roomy = budgeted("10");
    expect(roomy.evaluation!.workloadBudgets.get("m.yaml#a")!.status).toBe("ok");
    expect(find(roomy, "budget.workload.near")).toEqual([]);
  });
});

describe("diff across files", () => {
  const at = (file: string, text: string) =>
    analyzeFile(parseYaml(file, new TextEncoder().encode(text)), () => builtin, { today: "2026-11-28" });
  const body = (perMonth = 1000, extra = "") =>
    `model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: ${perMonth} }${extra ? `\n${extra}` : ""}`;
  const file = (names: string[], top = PRICES, extra = "") => manifest(names.map((n) => W(n, body(1000, extra))).join(""), top);
  const messages = (d: { findings: Finding[] }, rule: string) => find(d, rule).map((f) => `${f.file} ${f.message}`);

  it("a move of several workloads is one note; a single move names the workload", () => {
    const d = diffRevisions([at("a.yaml", file(["x", "y"]))], [at("b.yaml", file(["x", "y"]))]);
    expect(d.notes).toEqual(["2 workloads moved from a.yaml to b.yaml"]);
    expect(d.workloads.map((w) => [w.name, w.file, w.base?.workload.file])).toEqual([
      ["x", "b.yaml", "a.yaml"],
      ["y", "b.yaml", "a.yaml"],
    ]);
    const split = diffRevisions([at("a.yaml", file(["x", "y"]))], [at("a.yaml", file(["x"])), at("c.yaml", file(["y"]))]);
    expect(split.notes).toEqual(["workload y moved from a.yaml to c.yaml"]);
  });

  it("a name in several head files cannot be matched: under --trust base that fails, naming the name", () => {
    const base = [at("a.yaml", file(["x"], PRICES, "budget: { monthly: 5 }"))];
    const head = [at("b.yaml", file(["x"])), at("c.yaml", file(["x"]))];
    const d = diffRevisions(base, head, "base");
    expect(d.workloads.map((w) => [w.file, w.change])).toEqual([
      ["b.yaml", "added"],
      ["c.yaml", "added"],
      ["a.yaml", "removed"],
    ]);
    expect(messages(d, "trust.unmatched")).toEqual([
      "a.yaml under --trust base, base workload x (a.yaml) has no counterpart in the head while x, x are new; a rename cannot shed a base budget, so keep the name or remove and add in separate changes",
      "b.yaml under --trust base, workload x appears in several manifests, so the one that moved cannot be matched to its base budget",
    ]);
    expect(find(diffRevisions(base, head, "head"), "trust.unmatched")).toEqual([]);
  });

  it("more than five new names are counted, and an unbudgeted removal in a file without group budgets is no finding", () => {
    const base = at("a.yaml", file(["w"], PRICES, "budget: { monthly: 5 }"));
    const head = at("a.yaml", file(["n1", "n2", "n3", "n4", "n5", "n6", "n7"]));
    expect(find(diffRevisions([base], [head], "base"), "trust.unmatched").map((f) => f.message)).toEqual([
      "under --trust base, base workload w (a.yaml) has no counterpart in the head while n1, n2, n3, n4, n5 and 2 more are new; a rename cannot shed a base budget, so keep the name or remove and add in separate changes",
    ]);
    expect(find(diffRevisions([at("a.yaml", file(["w"]))], [head], "base"), "trust.unmatched")).toEqual([]);
    const grouped = at("a.yaml", file(["w"], `${PRICES}budgets:\n  - { name: g, match: { team: z }, monthly: 100 }\n`));
    expect(find(diffRevisions([grouped], [at("a.yaml", file(["n1"]))], "base"), "trust.unmatched").map((f) => f.workload)).toEqual(["w"]);
  });

  it("under --trust base a new file is held to the nearest base manifest up the tree, and to its own limits", () => {
    const base = [
      at("x.yaml", file(["r"], `${PRICES}policy: { max_increase: 100 }\n`)),
      at("team/a.yaml", file(["t"], `${PRICES}policy: { max_increase: 0.5 }\n`)),
    ];
    const head = [...base, at("team/sub/new.yaml", file(["n"], `${PRICES}policy: { max_increase: 0.25 }\n`))];
    const d = diffRevisions(base, head, "base");
    expect(messages(d, "increase.absolute")).toEqual([
      "team/sub/new.yaml this change raises team/sub/new.yaml by +$1.00/mo ($0.00 -> $1.00), over policy.max_increase $0.50/mo",
      "team/sub/new.yaml this change raises team/sub/new.yaml by +$1.00/mo ($0.00 -> $1.00), over policy.max_increase $0.25/mo",
    ]);
    // Trusting the head, a file new at the head has no base to grow from.
    expect(messages(diffRevisions(base, head, "head"), "increase.absolute")).toEqual([]);
    const rootOnly = diffRevisions([base[0]!], [base[0]!, at("team/sub/new.yaml", file(["n"]))], "base");
    expect(messages(rootOnly, "increase.absolute")).toEqual([]);
    expect(rootOnly.headMonthlyCost.toString()).toBe("2");
  });

  it("totals count every side that is priced, and an invalid head leaves its base workloads out", () => {
    const d = diffRevisions([at("a.yaml", file(["x", "y"]))], [at("a.yaml", manifest(W("y", body(3000)) + W("z", body(500)), PRICES))]);
    expect([d.baseMonthlyCost, d.headMonthlyCost, d.diffMonthlyCost].map(String)).toEqual(["2", "3.5", "1.5"]);
    expect(d.workloads.map((w) => [w.name, w.change, w.diffMonthlyCost?.toString()])).toEqual([
      ["y", "changed", "2"],
      ["z", "added", "0.5"],
      ["x", "removed", "-1"],
    ]);
    const broken = diffRevisions(
      [at("a.yaml", file(["x", "y"])), at("b.yaml", file(["q"]))],
      [at("a.yaml", "version: 1\nworkloads: 3\n"), at("b.yaml", file(["q"]))],
    );
    expect(broken.notes).toEqual([
      "2 base workload(s) could not be matched because a.yaml is invalid at the head; they are left out of both totals, not counted as removed",
    ]);
    expect(broken.unknownWorkloads).toBe(2);
    expect([broken.baseMonthlyCost, broken.headMonthlyCost].map(String)).toEqual(["1", "1"]);
  });
});

describe("evaluate: forecasts, group members and finding paths", () => {
  const cluster = (
    settings: string,
    perMonth: number,
    top = "policy: { forecast_months: 6 }\n",
    growth = ", growth_percent_per_month: 10",
  ) =>
    manifest(
      W(
        "c",
        `model: openai/gpt-oss-120b\nmode: gpu-cluster\ncluster: { hardware: h100-80gb, gpus: 8${settings} }\ntokens: { input: 800, output: 200 }\nrequests: { per_month: ${perMonth}${growth} }`,
      ),
      top,
    );
  const rate = ", hourly_rate: 2, tokens_per_second: 10000";

  it("a GPU cluster's growth past 100% is a warning at the cluster, once, and only while it is under capacity today", () => {
    // 21.024B tokens / (10,000 x 730 x 3,600) = 80%; x 1.1^3 = 106.48% in month 3.
    expect(find(analyze(cluster(rate, 21_024_000)), "capacity.forecast")).toEqual([
      {
        severity: "warning",
        rule: "capacity.forecast",
        message:
          "workload c grows 10%/month and its GPU cluster passes 100% utilization in month 3 (106%); its cost stays flat, so add GPUs before then",
        file: "m.yaml",
        line: 7,
        col: 14,
        path: "workloads[0].cluster",
        workload: "c",
      },
    ]);
    // Two months reach 96.8%: no warning.
    expect(rules(analyze(cluster(rate, 21_024_000, "policy: { forecast_months: 2 }\n")))).toEqual([]);
    // Over capacity already: the error says it, the forecast does not repeat it.
    expect(rules(analyze(cluster(rate, 30_000_000)))).toEqual(["capacity.exceeded"]);
    // No throughput, no rate, no growth: nothing to forecast.
    expect(rules(analyze(cluster(", hourly_rate: 2", 21_024_000)))).toEqual([]);
    expect(rules(analyze(cluster(", tokens_per_second: 10000", 21_024_000)))).toEqual(["price.missing"]);
    expect(rules(analyze(cluster(rate, 30_000_000, "policy: { forecast_months: 6 }\n", "")))).toEqual(["capacity.exceeded"]);
    expect(rules(analyze(cluster(rate, 21_024_000, "policy: { forecast_months: 6 }\n", "")))).toEqual([]);
  });

  it("a dedicated endpoint's growth adds replicas, never a cluster warning", () => {
    const endpoint = manifest(
      W(
        "d",
        "model: openai/gpt-oss-120b\nmode: dedicated\ndedicated: { hardware: h100-80gb, tokens_per_second: 1000 }\ntokens: { input: 800, output: 200 }\nrequests: { per_month: 1576800, growth_percent_per_month: 20 }",
      ),
      "policy: { forecast_months: 12 }\n",
    );
    expect(rules(analyze(endpoint))).toEqual([]);
  });

  it("a contract's overage growing with the tokens is named as the cause, at the budget", () => {
    // GPU time 730 x $5.49 = $4,007.70 is under the $5,000 minimum; 1M tokens a month are included and
    // double every month: month 10 has 1,023M over at $1/1M, $6,023.00, over the $6,000 budget.
    const text = manifest(
      W(
        "d",
        "model: openai/gpt-oss-120b\nmode: dedicated\ndedicated: { hardware: h100-80gb, contract: { monthly_minimum: 5000, included_tokens: 1000000, overage_per_million: 1 } }\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000, growth_percent_per_month: 100 }\nbudget: { monthly: 6000 }",
      ),
      "policy: { forecast_months: 12 }\n",
    );
    expect(find(analyze(text), "budget.forecast")).toEqual([
      {
        severity: "warning",
        rule: "budget.forecast",
        message:
          "workload d grows 100%/month: its contract overage grows with the tokens, and will exceed its budget $6,000.00/mo in month 10 ($6,023.00/mo)",
        file: "m.yaml",
        line: 10,
        col: 13,
        path: "workloads[0].budget.monthly",
        workload: "d",
      },
    ]);
  });

  it("a budgeted workload without growth has nothing to forecast, whatever forecast_months says", () => {
    const steady = manifest(
      W("a", "model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }\nbudget: { monthly: 1.5 }"),
      `${PRICES}policy: { forecast_months: 12 }\n`,
    );
    expect(analyze(steady).findings).toEqual([]);
  });

  it("range and group findings carry their paths; only budgeted workloads have a budget use", () => {
    const text = manifest(
      W(
        "a",
        "model: acme/m\ntokens: { input: { low: 500, expected: 1000, high: 3000 }, output: 0 }\nrequests: { per_month: 1000 }\nbudget: { monthly: 2 }",
      ) + W("b", "model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }\ntags: { team: x }"),
      `${PRICES}budgets:\n  - { name: g, match: { team: x }, monthly: 0.5 }\n`,
    );
    const a = analyze(text);
    expect(find(a, "budget.workload.range").map((f) => f.path)).toEqual(["workloads[0].budget.monthly"]);
    expect(find(a, "budget.group.exceeded").map((f) => [f.path, f.line, f.col])).toEqual([["budgets[0]", 6, 5]]);
    expect([...a.evaluation!.workloadBudgets.keys()]).toEqual(["m.yaml#a"]);
  });

  it("a group counts only its priced members' cost, and lists the others", () => {
    // 200,000 input tokens are over gpt-oss-120b's 131,072-token window: an error, so the workload is unpriced.
    const text = manifest(
      W("a", "model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }\ntags: { team: x }") +
        W("b", "model: openai/gpt-oss-120b\ntokens: { input: 200000, output: 0 }\nrequests: { per_month: 1000 }\ntags: { team: x }"),
      `${PRICES}budgets:\n  - { name: g, match: { team: x }, monthly: 100 }\n`,
    );
    const g = analyze(text).evaluation!.groups[0]!;
    expect([g.budget.projected.toString(), g.workloads, g.unpriced]).toEqual(["1", ["a", "b"], ["b"]]);
  });

  it("an unpriced workload has no price age, and a retagged workload stays in its base group under --trust base", () => {
    const unknown = manifest(
      W("a", "model: acme/nope\ntokens: { input: 1, output: 1 }\nrequests: { per_month: 1 }"),
      "policy: { unknown_model: warning, max_price_age_days: 1 }\n",
    );
    expect(rules(analyze(unknown))).toEqual(["model.unknown"]);
    const tagged = (team: string) =>
      manifest(
        W("a", `model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: 1000 }\ntags: { team: ${team} }`),
        `${PRICES}budgets:\n  - { name: g, match: { team: x }, monthly: 0.5 }\n`,
      );
    expect(find(diffOf(tagged("x"), tagged("y"), "base"), "budget.group.exceeded").map((f) => f.message)).toEqual([
      "budget g (1 workload) projected $1.00/mo exceeds budget $0.50/mo by $0.50 (200%) (base budget)",
    ]);
  });
});

describe("diff: the policy rules of a change", () => {
  const at = (file: string, text: string) =>
    analyzeFile(parseYaml(file, new TextEncoder().encode(text)), () => builtin, { today: "2026-11-28" });
  const body = (perMonth: number) => `model: acme/m\ntokens: { input: 1000, output: 0 }\nrequests: { per_month: ${perMonth} }`;
  const messages = (d: { findings: Finding[] }, prefix: string) =>
    d.findings.filter((f) => f.rule.startsWith(prefix)).map((f) => `${f.rule} ${f.file}:${f.line ?? "-"} ${f.message}`);

  it("under --trust base an edit to prices: or catalogs: is named, with no position (it is no one line)", () => {
    const base = manifest(W("a", body(1000)), PRICES);
    const prices = manifest(W("a", body(1000)), PRICES.replace("output: 2 }", "output: 3 }"));
    const catalogs = manifest(W("a", body(1000)), `${PRICES}catalogs: [extra.json]\n`);
    const both = manifest(W("a", body(1000)), `${PRICES.replace("output: 2 }", "output: 3 }")}catalogs: [extra.json]\n`);
    const said = (head: string) => messages(diffOf(base, head, "base"), "price.changed-by-change");
    expect(said(prices)).toEqual([
      "price.changed-by-change m.yaml:- this change edits the prices: overrides of m.yaml; under --trust base the base's prices were applied, not these",
    ]);
    expect(said(catalogs)).toEqual([
      "price.changed-by-change m.yaml:- this change edits the catalogs: list of m.yaml; under --trust base the base's prices were applied, not these",
    ]);
    expect(said(both)).toEqual([
      "price.changed-by-change m.yaml:- this change edits the prices: overrides and the catalogs: list of m.yaml; under --trust base the base's prices were applied, not these",
    ]);
    expect(diffOf(base, both, "base").notes).toEqual([]);
    expect(diffOf(base, both, "head").notes).toEqual([
      "m.yaml: the prices: overrides differ between base and head",
      "m.yaml: the catalogs: list differs between base and head; both revisions were priced with the head's",
    ]);
  });

  it("workloads merged from two base files meet each distinct limit once; no percent limit grows from $0", () => {
    const limited = (file: string, name: string, policy: string, perMonth = 1000) =>
      at(file, manifest(W(name, body(perMonth)), `${PRICES}policy: { ${policy} }\n`));
    const head = at("c.yaml", manifest(W("x", body(2000)) + W("y", body(2000)), PRICES));
    const same = diffRevisions([limited("a.yaml", "x", "max_increase: 0.5"), limited("b.yaml", "y", "max_increase: 0.5")], [head], "base");
    expect(messages(same, "increase.")).toEqual([
      "increase.absolute c.yaml:1 this change raises c.yaml by +$2.00/mo ($2.00 -> $4.00), over policy.max_increase $0.50/mo",
    ]);
    const two = diffRevisions([limited("a.yaml", "x", "max_increase: 0.5"), limited("b.yaml", "y", "max_increase: 1")], [head], "base");
    expect(messages(two, "increase.").map((m) => m.replace(/.* over /, ""))).toEqual([
      "policy.max_increase $0.50/mo",
      "policy.max_increase $1.00/mo",
    ]);
    const fromZero = diffRevisions(
      [limited("a.yaml", "x", "max_increase_percent: 10", 0)],
      [at("a.yaml", manifest(W("x", body(1000)), `${PRICES}policy: { max_increase_percent: 10 }\n`))],
    );
    expect(messages(fromZero, "increase.")).toEqual([]);
    const percent = diffRevisions(
      [limited("a.yaml", "x", "max_increase_percent: 10")],
      [at("a.yaml", manifest(W("x", body(1110)), `${PRICES}policy: { max_increase_percent: 10 }\n`))],
    );
    expect(messages(percent, "increase.")).toEqual([
      "increase.percent a.yaml:5 this change raises a.yaml by +11% ($1.00 -> $1.11/mo), over policy.max_increase_percent 10%",
    ]);
  });

  it("loosening the price age or undeclared-model policy is a budget.raised warning", () => {
    const policy = (p: string) => manifest(W("a", body(1000)), `${PRICES}policy: { ${p} }\n`);
    const raised = (from: string, to: string) =>
      find(diffOf(policy(from), policy(to)), "budget.raised").map((f) =>
        f.message.replace(/^this change loosens a limit: |; a reviewer.*$/g, ""),
      );
    expect(raised("max_price_age_days: 30, undeclared_models: error", "max_price_age_days: 60, undeclared_models: warning")).toEqual([
      "policy.undeclared_models error -> warning",
      "policy.max_price_age_days 30 -> 60",
    ]);
    expect(raised("max_price_age_days: 30, undeclared_models: warning", "undeclared_models: off")).toEqual([
      "policy.undeclared_models warning -> off",
      "policy.max_price_age_days 30 -> none",
    ]);
    expect(raised("max_price_age_days: 30, undeclared_models: off", "max_price_age_days: 30, undeclared_models: error")).toEqual([]);
    expect(raised("max_price_age_days: 60", "max_price_age_days: 30")).toEqual([]);
  });
});
