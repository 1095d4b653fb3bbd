import type { PriceCatalog } from "../../src/core/prices/catalog-types.js";
import { PriceBook } from "../../src/core/prices/catalog.js";

const T = { source: "rules", asOf: "2026-11-01" };

/**
 * Round-number stand-ins for the shapes the cost rules care about (cached and cache-write
 * rates, batch offers with and without their own cached rates, long-context tiers with and
 * without batch tier rates, input/output limits, batch queue terms), so the rule tests do not
 * move when the built-in prices do.
 */
export const RULES_CATALOG: PriceCatalog = {
  formatVersion: 1,
  version: "2026.11.9",
  asOf: "2026-11-01",
  currency: "USD",
  sources: { rules: { title: "rule test prices", url: "https://example.test/rules", asOf: "2026-11-01" } },
  models: [
    // gpt-4.1's shape: a cached rate, batch at half price without a batch cached rate.
    {
      provider: "openai",
      id: "cache-model",
      ...T,
      contextWindow: 1000000,
      serverless: { input: 2, output: 8, cachedInput: 0.5 },
      batch: { available: true, discounted: true, input: 1, output: 4 },
    },
    // A batch offer that lists its own cached rate (not half of 0.5).
    {
      provider: "openai",
      id: "listed-batch-cache",
      ...T,
      serverless: { input: 2, output: 8, cachedInput: 0.5 },
      batch: { available: true, discounted: true, input: 1, output: 4, cachedInput: 0.2 },
    },
    // No cached rate at all.
    {
      provider: "openai",
      id: "no-cache-model",
      ...T,
      serverless: { input: 2, output: 8 },
      batch: { available: true, discounted: true, input: 1, output: 4 },
    },
    // gpt-5.4's shape: a tier above 272K, batch at half price, no batch tier rates listed.
    {
      provider: "openai",
      id: "tier-model",
      ...T,
      contextWindow: 1050000,
      serverless: { input: 2.5, output: 15, cachedInput: 0.25 },
      batch: { available: true, discounted: true, input: 1.25, output: 7.5 },
      longContext: [{ aboveInputTokens: 272000, input: 5, output: 22.5, cachedInput: 0.5 }],
    },
    // The same with batch tier rates listed by the catalog.
    {
      provider: "openai",
      id: "listed-tier-model",
      ...T,
      serverless: { input: 2.5, output: 15 },
      batch: {
        available: true,
        discounted: true,
        input: 1.25,
        output: 7.5,
        longContext: [{ aboveInputTokens: 272000, input: 2, output: 10 }],
      },
      longContext: [{ aboveInputTokens: 272000, input: 5, output: 22.5 }],
    },
    // gpt-5's limits: 272,000 input of a 400,000 window, 128,000 output.
    {
      provider: "openai",
      id: "limited-model",
      ...T,
      contextWindow: 400000,
      maxInputTokens: 272000,
      maxOutputTokens: 128000,
      serverless: { input: 1.25, output: 10, cachedInput: 0.125 },
    },
    // Claude's shape: cache reads 0.1x, cache writes 1.25x, Message Batches 50%, a 200K tier.
    {
      provider: "anthropic",
      id: "claude-model",
      ...T,
      contextWindow: 1000000,
      serverless: { input: 3, output: 15, cachedInput: 0.3, cacheWrite: 3.75 },
      batch: { available: true, discounted: true, input: 1.5, output: 7.5, ...T },
      longContext: [{ aboveInputTokens: 200000, input: 6, output: 22.5, cachedInput: 0.6, cacheWrite: 7.5 }],
    },
    {
      provider: "together",
      id: "meta-llama/Llama-3.3-70B-Instruct-Turbo",
      aliases: ["meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo"],
      ...T,
      contextWindow: 131072,
      serverless: { input: 0.88, output: 0.88 },
      batch: { available: true, discounted: true, input: 0.44, output: 0.44 },
    },
    {
      provider: "together",
      id: "plain/model",
      ...T,
      contextWindow: 131072,
      serverless: { input: 0.2, output: 0.6 },
      batch: { available: true, discounted: false },
    },
  ],
  hardware: [
    { provider: "together", id: "h100-80gb", name: "H100 80GB", ...T, dedicatedHourly: 5.49 },
    { provider: "together", id: "h200-141gb", name: "H200 141GB", ...T, dedicatedHourly: 6.65, clusterHourly: 3.1 },
  ],
  providers: {
    together: { name: "Together AI", clusterGpuMultiple: 8, batch: { enqueuedTokensPerModel: 30e9, completionHours: 24, ...T } },
  },
};

export const rulesBook = () => new PriceBook([{ origin: "built-in", catalog: RULES_CATALOG }]);
