import { copyFileSync, readFileSync, utimesSync, writeFileSync } from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, test } from "vitest";
import { parseCatalog } from "../src/core/prices/catalog-load.js";
import { cli, cliJson } from "./helpers/cli.js";
import { TempRepo } from "./helpers/repo.js";

const ROOT = path.join(import.meta.dirname, "..");
const FIXTURES = path.join(ROOT, "test/fixtures/pricing");

describe("tokenbudget catalog list", () => {
  test("dedicated hardware of Together, from the built-in book and from the negotiated one", async () => {
    const builtin = (await cliJson(ROOT, "catalog", "list", "--provider", "together", "--mode", "dedicated")).report;
    expect(builtin.models).toEqual([]);
    expect(builtin.hardware.map((h: any) => [h.id, h.dedicatedHourly, h.book])).toEqual([
      ["b200-180gb", 8.99, "built-in"],
      ["b300-280gb", 15, "built-in"],
      ["gb300-280gb", 15, "built-in"],
      ["h100-80gb", 5.49, "built-in"],
      ["h200-141gb", 6.65, "built-in"],
    ]);
    const negotiated = (
      await cliJson(ROOT, "catalog", "list", "--provider", "together", "--mode", "dedicated", "--catalog", "examples/price-book.json")
    ).report;
    expect(negotiated.books.map((b: any) => b.origin)).toEqual(["built-in", "examples/price-book.json"]);
    expect(negotiated.hardware.find((h: any) => h.id === "h100-80gb")).toMatchObject({
      dedicatedHourly: 4.25,
      book: "examples/price-book.json",
      asOf: "2026-11-02",
    });
  });

  test("batch mode lists models that run batch, with their terms", async () => {
    const { report } = await cliJson(ROOT, "catalog", "list", "--provider", "together", "--mode", "batch");
    const llama = report.models.find((m: any) => m.id === "meta-llama/Llama-3.3-70B-Instruct-Turbo");
    expect(llama).toMatchObject({
      serverless: { input: 0.88, output: 0.88 },
      batch: { kind: "discounted", rates: { input: 0.44, output: 0.44 } },
    });
    // DeepSeek-R1 cannot run batch on Together.
    expect(report.models.some((m: any) => m.id === "deepseek-ai/DeepSeek-R1")).toBe(false);
    expect(report.hardware).toEqual([]);
  });

  test("the table shows long-context tiers and cached-input rates", async () => {
    const { stdout, code } = await cli(ROOT, "catalog", "list", "--provider", "openai", "--mode", "serverless");
    expect(code).toBe(0);
    expect(stdout).toMatch(
      /openai\s+gpt-5\.4\s+\$2\.50 \/ \$15\.00\s+\$0\.25\s+\$1\.25 \/ \$7\.50\s+>271,999 \$5\.00 \/ \$22\.50\s+1,050,000\s+built-in\s+2026-09-23/,
    );
  });

  test("a bad --mode is a usage error", async () => {
    expect(await cli(ROOT, "catalog", "list", "--mode", "cheap")).toMatchObject({
      code: 2,
      stderr: 'tokenbudget: --mode must be one of serverless, batch, dedicated, gpu-cluster, got "cheap"\n',
    });
  });
});

describe("tokenbudget catalog show", () => {
  test("a negotiated price replaces the built-in one, and says so", async () => {
    const { stdout, code } = await cli(
      ROOT,
      "catalog",
      "show",
      "meta-llama/Llama-3.3-70B-Instruct-Turbo",
      "--catalog",
      "examples/price-book.json",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("together meta-llama/Llama-3.3-70B-Instruct-Turbo   [book: examples/price-book.json]");
    expect(stdout).toContain("serverless:   input $0.70, output $0.70 per 1M tokens");
    expect(stdout).toContain("batch:        input $0.35, output $0.35 per 1M tokens");
    expect(stdout).toContain(
      "source:       Together AI order form 2026-11 (negotiated rates, 12-month commit) <internal:contracts/together/order-form-2026-11.pdf>, as of 2026-11-02",
    );
    expect(stdout).toContain("replaces:     built-in: $0.88 / $0.88 (as of 2026-07-24)");
  });

  test("an alias finds the model; tiers are shown per request", async () => {
    const { report } = await cliJson(ROOT, "catalog", "show", "gpt-5.4-2026-03-05", "--provider", "openai");
    expect(report).toHaveLength(1);
    expect(report[0].model).toMatchObject({
      id: "gpt-5.4",
      longContext: [{ aboveInputTokens: 271999, input: 5, output: 22.5, cachedInput: 0.5 }],
    });
    expect(report[0].replaces).toEqual([]);
  });

  test("the cache-write rates estimate bills and the request limits are shown", async () => {
    const { stdout, code } = await cli(ROOT, "catalog", "show", "claude-sonnet-4-5");
    expect(code).toBe(0);
    expect(stdout).toContain("  max output:   64,000 tokens per request\n");
    expect(stdout).toContain("serverless:   input $3.00, output $15.00, cached input $0.30, cache write $3.75 per 1M tokens");
    expect(stdout).toContain("batch:        input $1.50, output $7.50, cached input $0.15, cache write $1.875 per 1M tokens");
    const { report } = await cliJson(ROOT, "catalog", "show", "claude-sonnet-4-5");
    expect(report[0].model).toMatchObject({
      maxOutputTokens: 64000,
      serverless: { cacheWrite: 3.75 },
      batch: { kind: "discounted", rates: { cacheWrite: 1.875 } },
    });
  });

  test("a provider prefix is read like --provider; an id with a slash still matches whole", async () => {
    const prefixed = await cliJson(ROOT, "catalog", "show", "openai/gpt-4.1");
    expect(prefixed.code).toBe(0);
    expect(prefixed.report.map((d: { model: { provider: string; id: string } }) => `${d.model.provider} ${d.model.id}`)).toEqual([
      "openai gpt-4.1",
    ]);
    const whole = await cliJson(ROOT, "catalog", "show", "openai/gpt-oss-120b");
    expect(whole.report.map((d: { model: { provider: string } }) => d.model.provider)).toContain("together");
  });

  test("a spelling that is no id resolves to one entry and says which rules matched", async () => {
    const { stdout, code } = await cli(ROOT, "catalog", "show", "anthropic/claude-haiku-4.5");
    expect(code).toBe(0);
    expect(stdout).toContain("anthropic claude-haiku-4-5");
    expect(stdout).toContain(
      "matched:      anthropic/claude-haiku-4.5 -> anthropic/claude-haiku-4-5 (gateway/SDK prefix removed, then dots and dashes treated alike)",
    );
    const dated = await cliJson(ROOT, "catalog", "show", "openai:gpt-4.1-mini-2025-04-14");
    expect(dated.report.map((d: any) => [d.model.provider, d.model.id, d.matched])).toEqual([["openai", "gpt-4.1-mini", ["prefix"]]]);
  });

  test("an unknown model suggests close ids", async () => {
    const { code, stderr } = await cli(ROOT, "catalog", "show", "meta-llama/Llama-3.3-70B-Instruct", "--provider", "together");
    expect(code).toBe(2);
    expect(stderr).toContain(
      'no model "meta-llama/Llama-3.3-70B-Instruct" for provider together in the price books (did you mean meta-llama/Llama-3.3-70B-Instruct-Turbo',
    );
  });
});

describe("tokenbudget catalog import", () => {
  let repo: TempRepo | undefined;
  afterEach(() => repo?.cleanup());

  const imported = (file: string) => {
    const text = readFileSync(path.join(repo!.dir, file), "utf8");
    const parsed = parseCatalog(file, text);
    // The written file loads as a price book: it matches schemas/price-catalog.schema.json.
    expect("layer" in parsed).toBe(true);
    return JSON.parse(text);
  };

  test("LiteLLM, Together only, with provenance on every price; what was skipped goes to stderr", async () => {
    repo = new TempRepo(false);
    copyFileSync(path.join(FIXTURES, "litellm_slice.json"), path.join(repo.dir, "litellm.json"));
    const { code, stdout, stderr } = await cli(
      repo.dir,
      "catalog",
      "import",
      "--from",
      "litellm",
      "litellm.json",
      "--provider",
      "together",
      "--as-of",
      "2026-07-24",
      "--out",
      "together.json",
    );
    expect(code).toBe(0);
    const catalog = imported("together.json");
    expect(stdout).toBe("wrote together.json: 27 models (together) from litellm litellm.json, as of 2026-07-24; 13 warning(s)\n");
    expect(stderr.split("\n").filter((l) => l.startsWith("warning: "))).toHaveLength(13);
    expect(catalog.sources.litellm).toMatchObject({ asOf: "2026-07-24" });
    expect(catalog.sources.litellm.title).toContain("(litellm.json)");
    const llama = catalog.models.find((m: any) => m.id === "meta-llama/Llama-3.3-70B-Instruct-Turbo");
    expect(llama).toMatchObject({ provider: "together", source: "litellm", asOf: "2026-07-24", serverless: { input: 0.88, output: 0.88 } });
    expect(catalog.models.every((m: any) => m.provider === "together")).toBe(true);
  });

  test("one malformed feed entry (a negative price) is left out with a warning naming it; the rest is written", async () => {
    repo = new TempRepo(false);
    const feed = {
      "together_ai/good/model-a": {
        litellm_provider: "together_ai",
        mode: "chat",
        input_cost_per_token: 1e-6,
        output_cost_per_token: 2e-6,
      },
      "together_ai/bad/model-b": {
        litellm_provider: "together_ai",
        mode: "chat",
        input_cost_per_token: -1e-6,
        output_cost_per_token: 2e-6,
      },
    };
    writeFileSync(path.join(repo.dir, "feed.json"), JSON.stringify(feed));
    const { code, stdout, stderr } = await cli(
      repo.dir,
      "catalog",
      "import",
      "--from",
      "litellm",
      "feed.json",
      "--as-of",
      "2026-11-30",
      "--out",
      "book.json",
    );
    expect(code).toBe(0);
    expect(stdout).toBe("wrote book.json: 1 models (together) from litellm feed.json, as of 2026-11-30; 1 warning(s)\n");
    expect(stderr).toBe("warning: together/bad/model-b: serverless/input must be >= 0; skipped\n");
    expect(imported("book.json").models.map((m: any) => m.id)).toEqual(["good/model-a"]);
  });

  test("LiteLLM, every provider: batch and long-context tiers come along, and the result prices a manifest", async () => {
    repo = new TempRepo(false);
    copyFileSync(path.join(FIXTURES, "litellm_slice.json"), path.join(repo.dir, "litellm.json"));
    expect(
      (await cli(repo.dir, "catalog", "import", "--from", "litellm", "litellm.json", "--as-of", "2026-07-24", "--out", "all.json")).code,
    ).toBe(0);
    const gpt = imported("all.json").models.find((m: any) => m.provider === "openai" && m.id === "gpt-5.4");
    expect(gpt).toMatchObject({
      serverless: { input: 2.5, output: 15, cachedInput: 0.25 },
      batch: { available: true, discounted: true, input: 1.25, output: 7.5 },
      longContext: [{ aboveInputTokens: 272000, input: 5, output: 22.5, cachedInput: 0.5 }],
    });
    repo.write(
      "ai-workloads.yaml",
      "version: 1\ncatalogs: [all.json]\nworkloads:\n  - name: long\n    provider: openai\n    model: gpt-5.4\n    tokens: { input: 300000, output: 1000 }\n    requests: { per_month: 1000 }\n",
    );
    const { report } = await cliJson(repo.dir, "estimate");
    // Above 272K input tokens every token pays the tier: 300K x $5 + 1K x $22.50 per 1M, a thousand times.
    expect(report.workloads[0]).toMatchObject({ monthlyCost: 1522.5, price: { book: "all.json" } });
  });

  test("estimate prices a workload by any spelling of its model, and an ambiguous one is a finding listing the candidates", async () => {
    repo = new TempRepo(false);
    const workload = (name: string, provider: string, model: string) =>
      `  - name: ${name}\n    provider: ${provider}\n    model: ${model}\n    tokens: { input: 1000, output: 1000 }\n    requests: { per_month: 1000 }\n`;
    repo.write(
      "ai-workloads.yaml",
      `version: 1\nworkloads:\n${workload("dots", "anthropic", "claude-haiku-4.5")}${workload("gateway", "anthropic", "anthropic/claude-haiku-4-5-20251001")}${workload("dated", "openai", "gpt-4.1-mini-2025-09-09")}`,
    );
    const { report } = await cliJson(repo.dir, "estimate");
    // Haiku 4.5: 1M input x $1 + 1M output x $5; gpt-4.1-mini: 1M x $0.40 + 1M x $1.60.
    expect(report.workloads.map((w: any) => [w.name, w.monthlyCost])).toEqual([
      ["dots", 6],
      ["gateway", 6],
      ["dated", 2],
    ]);
  });

  test("a deprecated model is a warning; a retired one an error from the day after its retirement date", async () => {
    repo = new TempRepo(false);
    const book = {
      formatVersion: 1,
      version: "2026.11.0",
      asOf: "2026-11-01",
      currency: "USD",
      sources: { s: { title: "test book", url: "https://example.invalid", asOf: "2026-11-01" } },
      models: [
        { provider: "acme", id: "today", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 1 }, retires: "2026-11-28" },
        { provider: "acme", id: "yesterday", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 1 }, retires: "2026-11-27" },
        { provider: "acme", id: "old", source: "s", asOf: "2026-11-01", serverless: { input: 1, output: 1 }, deprecated: true },
      ],
      hardware: [],
    };
    repo.write("book.json", JSON.stringify(book));
    const workload = (model: string) =>
      `  - name: ${model}\n    provider: acme\n    model: ${model}\n    tokens: { input: 1, output: 1 }\n    requests: { per_month: 1 }\n`;
    repo.write(
      "ai-workloads.yaml",
      `version: 1\ncatalogs: [book.json]\nworkloads:\n${workload("today")}${workload("yesterday")}${workload("old")}`,
    );
    // The CLI helper runs on 2026-11-28.
    const { report } = await cliJson(repo.dir, "check");
    const lifecycle = report.findings
      .filter((f: any) => f.rule.startsWith("model."))
      .map((f: any) => [f.workload, f.rule, f.severity, f.message]);
    expect(lifecycle).toEqual([
      [
        "yesterday",
        "model.retired",
        "error",
        "yesterday was retired by acme on 2026-11-27: requests to it fail; move the workload to a current model",
      ],
      ["today", "model.deprecated", "warning", "today is deprecated: acme retires it on 2026-11-28; plan the move to a current model"],
      ["old", "model.deprecated", "warning", "old is deprecated by acme; plan the move to a current model"],
    ]);
    // The built-in catalog carries the retirement dates its sources state (LiteLLM's deprecation_date).
    const shown = await cliJson(ROOT, "catalog", "show", "gpt-3.5-turbo-1106");
    expect(shown.report[0].model).toMatchObject({ provider: "openai", id: "gpt-3.5-turbo-1106", retires: "2026-09-28" });
  });

  test("models.dev and genai-prices", async () => {
    repo = new TempRepo(false);
    copyFileSync(path.join(FIXTURES, "modelsdev_togetherai.json"), path.join(repo.dir, "models.json"));
    copyFileSync(path.join(FIXTURES, "genai_prices_slice.json"), path.join(repo.dir, "genai.json"));
    expect(
      (await cli(repo.dir, "catalog", "import", "--from", "models-dev", "models.json", "--as-of", "2026-07-02", "--out", "md.json")).code,
    ).toBe(0);
    expect(imported("md.json").models.find((m: any) => m.id === "moonshotai/Kimi-K2.6")).toMatchObject({
      serverless: { input: 1.2, output: 4.5, cachedInput: 0.2 },
      contextWindow: 262144,
      asOf: "2026-07-02",
    });
    expect(
      (
        await cli(
          repo.dir,
          "catalog",
          "import",
          "--from",
          "genai-prices",
          "genai.json",
          "--provider",
          "openai",
          "--as-of",
          "2026-08-21",
          "--out",
          "gp.json",
        )
      ).code,
    ).toBe(0);
    expect(imported("gp.json").models.find((m: any) => m.id === "gpt-4o-mini")).toMatchObject({
      provider: "openai",
      serverless: { input: 0.15, output: 0.6, cachedInput: 0.075 },
    });
  });

  test("without --as-of the file's modification day is the snapshot date", async () => {
    repo = new TempRepo(false);
    copyFileSync(path.join(FIXTURES, "modelsdev_togetherai.json"), path.join(repo.dir, "models.json"));
    utimesSync(path.join(repo.dir, "models.json"), new Date("2026-07-02T12:00:00Z"), new Date("2026-07-02T12:00:00Z"));
    await cli(repo.dir, "catalog", "import", "--from", "models-dev", "models.json", "--out", "md.json");
    expect(imported("md.json").asOf).toBe("2026-07-02");
  });

  test("wrong feed, missing --out, unreadable input, nothing for the provider", async () => {
    repo = new TempRepo(false);
    copyFileSync(path.join(FIXTURES, "modelsdev_togetherai.json"), path.join(repo.dir, "models.json"));
    expect((await cli(repo.dir, "catalog", "import", "--from", "constructor", "models.json", "--out", "x.json")).stderr).toBe(
      'tokenbudget: --from must be one of together, openrouter, litellm, models-dev, genai-prices, got "constructor"\n',
    );
    expect((await cli(repo.dir, "catalog", "import", "--from", "litellm", "a.json", "b.json", "--out", "x.json")).stderr).toBe(
      "tokenbudget: catalog import takes at most one URL or FILE\n",
    );
    expect((await cli(repo.dir, "catalog", "import", "--from", "litellm", "models.json", "--out", "x.json", "--retries", "x")).stderr).toBe(
      'tokenbudget: --retries must be a positive whole number, got "x"\n',
    );
    expect((await cli(repo.dir, "catalog", "import", "--from", "litellm", "models.json")).stderr).toBe(
      "tokenbudget: catalog import needs --out FILE\n",
    );
    expect((await cli(repo.dir, "catalog", "import", "--from", "litellm", "nope.json", "--out", "x.json")).stderr).toBe(
      "tokenbudget: nope.json no such file or directory\n",
    );
    expect(
      (await cli(repo.dir, "catalog", "import", "--from", "models-dev", "models.json", "--provider", "openai", "--out", "x.json")).stderr,
    ).toBe("tokenbudget: no models imported from models.json for provider openai\n");
  });
});
