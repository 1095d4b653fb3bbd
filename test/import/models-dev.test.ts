import { describe, expect, it } from "vitest";
import { importModelsDev } from "../../src/core/prices/import/index.js";
import { findModel, fixtureJson } from "./helpers.js";

const data = fixtureJson("modelsdev_togetherai.json");
const options = { sourceFile: "modelsdev_togetherai.json", sourceDate: "2026-07-02" };

describe("importModelsDev", () => {
  const { catalog, warnings } = importModelsDev(data, options);

  it("infers the provider from the AI SDK package and maps it to tokenbudget's id", () => {
    expect(catalog.models.length).toBe(32);
    expect(catalog.models.every((m) => m.provider === "together")).toBe(true);
  });

  it("reads per-1M prices, cached input and context windows", () => {
    const llama = findModel(catalog, "together", "meta-llama/Llama-3.3-70B-Instruct-Turbo");
    expect(llama.serverless).toEqual({ input: 0.88, output: 0.88 });
    expect(llama.contextWindow).toBe(131072);
    expect(llama.source).toBe("models.dev");
    expect(llama.asOf).toBe("2026-07-02");
    const kimi = findModel(catalog, "together", "moonshotai/Kimi-K2.6");
    expect(kimi.serverless).toEqual({ input: 1.2, output: 4.5, cachedInput: 0.2 });
    expect(kimi.contextWindow).toBe(262144);
  });

  it("accepts the nonstandard cached_input key with a warning", () => {
    expect(findModel(catalog, "together", "Qwen/Qwen3.5-397B-A17B").serverless).toEqual({ input: 0.6, output: 3.6, cachedInput: 0.35 });
    expect(warnings).toContain("together/Qwen/Qwen3.5-397B-A17B: cached-input rate read from nonstandard key cost.cached_input");
  });

  it("marks deprecated models", () => {
    expect(findModel(catalog, "together", "deepseek-ai/DeepSeek-R1").deprecated).toBe(true);
    expect(findModel(catalog, "together", "moonshotai/Kimi-K2.6").deprecated).toBeUndefined();
  });

  it("reads the api.json shape and context_over_200k tiers", () => {
    const apiJson = {
      google: {
        id: "google",
        models: {
          "gemini-2.5-pro": {
            cost: { input: 1.25, output: 10, cache_read: 0.31, context_over_200k: { input: 2.5, output: 15, cache_read: 0.625 } },
            limit: { context: 1048576, output: 65536 },
          },
          "imagen-4": { cost: { input: 0, output: 0 }, modalities: { input: ["text"], output: ["image"] } },
        },
      },
      togetherai: data,
    };
    const result = importModelsDev(apiJson, { ...options, provider: "google" });
    expect(result.catalog.models).toHaveLength(1);
    expect(result.catalog.models[0]).toMatchObject({
      provider: "google",
      id: "gemini-2.5-pro",
      serverless: { input: 1.25, output: 10, cachedInput: 0.31 },
      longContext: [{ aboveInputTokens: 200000, input: 2.5, output: 15, cachedInput: 0.625 }],
      contextWindow: 1048576,
    });
    expect(result.warnings).toContain("google/imagen-4: produces no text (image); skipped");
  });
});
