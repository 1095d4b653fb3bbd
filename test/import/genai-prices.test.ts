import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { importGenaiPrices } from "../../src/core/prices/import/index.js";
import { findModel, fixtureJson, fixtureText } from "./helpers.js";

const data = fixtureJson("genai_prices_slice.json");
const options = { sourceFile: "genai_prices_data.json", sourceDate: "2026-08-21" };

describe("importGenaiPrices", () => {
  const { catalog, warnings } = importGenaiPrices(data, options);

  it("maps provider ids and keeps unknown ones as slugs", () => {
    const providers = new Set(catalog.models.map((m) => m.provider));
    expect([...providers].sort()).toEqual(["anthropic", "google", "huggingface_together", "openai", "together"]);
  });

  it("reads plain per-1M prices with provenance", () => {
    const llama = findModel(catalog, "together", "meta-llama/Llama-3.3-70B-Instruct-Turbo");
    expect(llama.serverless).toEqual({ input: 0.88, output: 0.88 });
    expect(llama.source).toBe("genai-prices");
    expect(llama.asOf).toBe("2026-08-21");
    expect(catalog.sources["genai-prices"]?.asOf).toBe("2026-08-21");
    expect(findModel(catalog, "openai", "gpt-4o-mini").serverless).toEqual({ input: 0.15, output: 0.6, cachedInput: 0.075 });
    expect(findModel(catalog, "huggingface_together", "Qwen/Qwen3.5-9B").serverless).toEqual({ input: 0.1, output: 0.15 });
  });

  it("turns tiered prices into long-context cliff tiers", () => {
    const gemini = findModel(catalog, "google", "gemini-2.5-pro");
    expect(gemini.serverless).toEqual({ input: 1.25, output: 10, cachedInput: 0.125 });
    expect(gemini.longContext).toEqual([{ aboveInputTokens: 200000, input: 2.5, output: 15, cachedInput: 0.25 }]);
    const gpt54 = findModel(catalog, "openai", "gpt-5.4");
    expect(gpt54.longContext).toEqual([{ aboveInputTokens: 272000, input: 5, output: 22.5, cachedInput: 0.5 }]);
    expect(gpt54.contextWindow).toBe(1050000);
  });

  it("uses the conditional price in force on the effective date and notes scheduled changes", () => {
    // o3's price cut took effect 2025-06-10, before the snapshot.
    expect(findModel(catalog, "openai", "o3").serverless).toEqual({ input: 2, output: 8, cachedInput: 0.5 });
    const sonnet5 = findModel(catalog, "anthropic", "claude-sonnet-5");
    expect(sonnet5.serverless).toEqual({ input: 2, output: 10, cachedInput: 0.2, cacheWrite: 2.5 });
    expect(sonnet5.note).toContain("price change on 2026-09-01 to 3/15 per 1M in/out");
    const later = importGenaiPrices(data, { ...options, effectiveDate: "2026-11-01" }).catalog;
    const laterSonnet = findModel(later, "anthropic", "claude-sonnet-5");
    expect(laterSonnet.serverless).toEqual({ input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75 });
    expect(laterSonnet.note).toBe("price in force since 2026-09-01");
  });

  it("records exact match spellings as aliases", () => {
    expect(findModel(catalog, "openai", "o3").aliases).toEqual(["o3-2025-04-16"]);
    expect(findModel(catalog, "together", "Qwen/Qwen1.5-7B").aliases).toEqual(["Qwen/Qwen1.5-7B-Chat"]);
    // Case-only variants are not aliases: tokenbudget already matches ids case-insensitively.
    expect(findModel(catalog, "huggingface_together", "openai/gpt-oss-20b").aliases).toEqual(["openai/gpt-oss-20b-fast"]);
  });

  it("skips models without token prices", () => {
    expect(catalog.models.some((m) => m.id === "text-embedding-3-small")).toBe(false);
    expect(warnings).toContain("openai/text-embedding-3-small: no input/output token price; skipped");
    expect(warnings).toContain("huggingface_together/ServiceNow-AI/Apriel-1.6-15b-Thinker: no input/output token price; skipped");
  });

  it("accepts a parsed provider YAML file and keeps its prices_checked date", () => {
    const yamlProvider: unknown = parse(fixtureText("genai_prices_provider_together.yml"));
    const result = importGenaiPrices(yamlProvider, { sourceFile: "genai_prices_provider_together.yml", sourceDate: "2026-08-21" });
    const maverick = findModel(result.catalog, "together", "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8");
    expect(maverick.serverless).toEqual({ input: 0.27, output: 0.85 });
    expect(maverick.note).toBe("prices checked 2025-07-03");
    expect(findModel(result.catalog, "together", "mistralai/Mixtral-8x7B-Instruct-v0.1").note).toBeUndefined();
  });

  it("filters by provider", () => {
    const together = importGenaiPrices(data, { ...options, provider: "together" }).catalog;
    expect(together.models.length).toBe(72);
    expect(together.models.every((m) => m.provider === "together")).toBe(true);
  });

  it("treats provider ids like constructor and __proto__ as plain data", () => {
    const feed = ["constructor", "__proto__", "toString"].map((id) => ({
      id,
      models: [{ id: "m", prices: { input_mtok: 1, output_mtok: 2 } }],
    }));
    const { catalog } = importGenaiPrices(feed, options);
    expect(catalog.models.map((m) => [m.provider, m.id, m.serverless])).toEqual([
      ["constructor", "m", { input: 1, output: 2 }],
      ["__proto__", "m", { input: 1, output: 2 }],
      ["tostring", "m", { input: 1, output: 2 }],
    ]);
  });
});
