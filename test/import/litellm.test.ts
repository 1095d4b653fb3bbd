import { describe, expect, it } from "vitest";
import { importLiteLLM, perTokenToPerMillion } from "../../src/core/prices/import/index.js";
import { findModel, fixtureJson } from "./helpers.js";

const data = fixtureJson("litellm_slice.json");
const options = { sourceFile: "litellm_model_prices.json", sourceDate: "2026-07-24" };

describe("perTokenToPerMillion", () => {
  it("is exact where a float multiply is not", () => {
    // LiteLLM's DeepSeek-R1-0528-tput output price; a float multiply gives 2.1900000000000004.
    expect(2.19e-6 * 1e6).not.toBe(2.19);
    expect(perTokenToPerMillion(2.19e-6)).toBe(2.19);
    expect(perTokenToPerMillion(1.5e-7)).toBe(0.15);
    expect(perTokenToPerMillion(8.8e-7)).toBe(0.88);
    expect(perTokenToPerMillion(1.875e-8)).toBe(0.01875);
  });
});

describe("importLiteLLM", () => {
  const { catalog, warnings } = importLiteLLM(data, options);

  it("maps litellm_provider values to tokenbudget provider ids", () => {
    const providers = new Set(catalog.models.map((m) => m.provider));
    expect([...providers].sort()).toEqual(["anthropic", "google", "openai", "together", "vertex"]);
  });

  it("converts per-token prices to exact per-1M prices and strips the routing prefix", () => {
    const llama = findModel(catalog, "together", "meta-llama/Llama-3.3-70B-Instruct-Turbo");
    expect(llama.id).toBe("meta-llama/Llama-3.3-70B-Instruct-Turbo");
    expect(llama.serverless).toEqual({ input: 0.88, output: 0.88 });
    const gptOss = findModel(catalog, "together", "openai/gpt-oss-120b");
    expect(gptOss.serverless).toEqual({ input: 0.15, output: 0.6 });
    expect(gptOss.contextWindow).toBe(131072);
    expect(findModel(catalog, "together", "deepseek-ai/DeepSeek-R1-0528-tput").serverless).toEqual({ input: 0.55, output: 2.19 });
  });

  it("records provenance on every model", () => {
    expect(catalog.sources.litellm?.asOf).toBe("2026-07-24");
    for (const model of catalog.models) {
      expect(model.source).toBe("litellm");
      expect(model.asOf).toBe("2026-07-24");
    }
  });

  it("reads cached-input, batch and long-context prices", () => {
    const gpt54 = findModel(catalog, "openai", "gpt-5.4");
    expect(gpt54.serverless).toEqual({ input: 2.5, output: 15, cachedInput: 0.25 });
    expect(gpt54.batch).toEqual({ available: true, discounted: true, input: 1.25, output: 7.5 });
    expect(gpt54.longContext).toEqual([{ aboveInputTokens: 272000, input: 5, output: 22.5, cachedInput: 0.5 }]);
    expect(gpt54.contextWindow).toBe(1050000);

    const gpt5 = findModel(catalog, "openai", "gpt-5");
    expect(gpt5.batch).toBeUndefined();
    expect(gpt5.serverless?.cachedInput).toBe(0.125);

    const sonnet = findModel(catalog, "anthropic", "claude-sonnet-4-5");
    expect(sonnet.longContext).toEqual([{ aboveInputTokens: 200000, input: 6, output: 22.5, cachedInput: 0.6 }]);

    const gemini = findModel(catalog, "google", "gemini-2.5-pro");
    expect(gemini.serverless).toEqual({ input: 1.25, output: 10, cachedInput: 0.125 });
    expect(gemini.longContext).toEqual([{ aboveInputTokens: 200000, input: 2.5, output: 15, cachedInput: 0.25 }]);
  });

  it("keeps free models but says so, and skips non-text, unpriced and size-bracket entries", () => {
    const free = findModel(catalog, "together", "meta-llama/Llama-3.3-70B-Instruct-Turbo-Free");
    expect(free.serverless).toEqual({ input: 0, output: 0 });
    expect(free.note).toMatch(/free/);
    const ids = catalog.models.map((m) => m.id);
    expect(ids).not.toContain("together-ai-8.1b-21b");
    expect(ids).not.toContain("BAAI/bge-base-en-v1.5");
    expect(ids).not.toContain("text-embedding-3-small");
    expect(ids).not.toContain("Qwen/Qwen2.5-72B-Instruct-Turbo");
    expect(warnings).toContain("together_ai/Qwen/Qwen2.5-72B-Instruct-Turbo: no input/output price; skipped");
    expect(warnings.some((w) => w.startsWith("together-ai-8.1b-21b: size-bracket"))).toBe(true);
    expect(warnings.some((w) => /skipped \d+ embedding entries/.test(w))).toBe(true);
  });

  it("filters by provider", () => {
    const together = importLiteLLM(data, { ...options, provider: "together" }).catalog;
    expect(together.models.length).toBeGreaterThan(20);
    expect(together.models.every((m) => m.provider === "together")).toBe(true);
  });

  it("is deterministic", () => {
    expect(importLiteLLM(data, options)).toEqual(importLiteLLM(data, options));
  });
});
