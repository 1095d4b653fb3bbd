import type { BatchOffer, CatalogModel, LongContextTier } from "../catalog-types.js";
import type { ImportOptions, ImportResult } from "./common.js";
import {
  addUnique,
  asIs,
  emptyCatalog,
  finiteNumber,
  FREE_NOTE,
  isRecord,
  mapProviderId,
  perTokenToPerMillion,
  setLimits,
  tokenPrices,
} from "./common.js";

export const LITELLM_SOURCE_KEY = "litellm";

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Modes priced per input/output token; embeddings, images, audio etc. have other units. */
const TEXT_MODES = new Set(["chat", "completion", "responses"]);

/** `input_cost_per_token_above_200k_tokens` and friends: LiteLLM's long-context cliff tiers. */
const TIER_KEY = /^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost)_above_(\d+)k_tokens$/;

/**
 * LiteLLM names its provider per API surface; Vertex AI has one `litellm_provider` per model
 * family (vertex_ai-language-models, vertex_ai-anthropic_models, ...) but is one price list.
 */
function litellmProvider(litellmProviderValue: string): string {
  return litellmProviderValue.startsWith("vertex_ai") ? "vertex" : mapProviderId(litellmProviderValue);
}

/** Keys are either a bare model id ("gpt-5") or "<routing prefix>/<model id>". */
function modelIdFromKey(key: string, provider: string): string {
  const slash = key.indexOf("/");
  if (slash > 0 && litellmProvider(key.slice(0, slash)) === provider) return key.slice(slash + 1);
  return key;
}

function longContextTiers(entry: Record<string, unknown>, key: string, warnings: string[]): LongContextTier[] {
  const byThreshold = new Map<number, Partial<Record<"input" | "output" | "cachedInput", number>>>();
  for (const [field, value] of Object.entries(entry)) {
    const match = TIER_KEY.exec(field);
    const price = finiteNumber(value);
    if (!match || price === undefined) continue;
    const threshold = Number(match[2]) * 1000;
    const kind = match[1] === "input_cost_per_token" ? "input" : match[1] === "output_cost_per_token" ? "output" : "cachedInput";
    const tier = byThreshold.get(threshold) ?? {};
    tier[kind] = perTokenToPerMillion(price);
    byThreshold.set(threshold, tier);
  }
  const tiers: LongContextTier[] = [];
  for (const [aboveInputTokens, tier] of [...byThreshold].sort((a, b) => a[0] - b[0])) {
    // A tier with only one side priced cannot be projected without guessing the other side.
    if (tier.input === undefined || tier.output === undefined) {
      warnings.push(`${key}: long-context tier above ${aboveInputTokens} tokens lacks an input or output price; tier skipped`);
      continue;
    }
    tiers.push({ aboveInputTokens, ...tokenPrices({ input: tier.input, output: tier.output, cachedInput: tier.cachedInput }, asIs) });
  }
  return tiers;
}

function batchOffer(entry: Record<string, unknown>, key: string, warnings: string[]): BatchOffer | undefined {
  const input = finiteNumber(entry.input_cost_per_token_batches);
  const output = finiteNumber(entry.output_cost_per_token_batches);
  if (input === undefined && output === undefined) return undefined;
  if (input === undefined || output === undefined) {
    warnings.push(`${key}: batch price given for only one of input/output; batch left unknown`);
    return undefined;
  }
  return { available: true, discounted: true, input: perTokenToPerMillion(input), output: perTokenToPerMillion(output) };
}

/**
 * Converts LiteLLM's model_prices_and_context_window.json (USD per token) into a catalog
 * (USD per 1M tokens). Only token-priced text models are kept.
 */
export function importLiteLLM(data: unknown, options: ImportOptions): ImportResult {
  const warnings: string[] = [];
  const catalog = emptyCatalog(
    LITELLM_SOURCE_KEY,
    "LiteLLM model_prices_and_context_window.json",
    "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json",
    options,
    "MIT",
  );
  if (!isRecord(data)) {
    warnings.push("LiteLLM data is not a JSON object; nothing imported");
    return { catalog, warnings };
  }
  const seen = new Set<string>();
  const skippedModes = new Map<string, number>();
  for (const [key, entry] of Object.entries(data)) {
    // `sample_spec` documents the schema; other non-model keys (a mirror's `last_updated`) are not objects.
    if (key === "sample_spec" || !isRecord(entry) || typeof entry.litellm_provider !== "string") continue;
    const provider = litellmProvider(entry.litellm_provider);
    if (options.provider !== undefined && provider !== options.provider) continue;
    const mode = typeof entry.mode === "string" ? entry.mode : "unknown";
    if (!TEXT_MODES.has(mode)) {
      skippedModes.set(mode, (skippedModes.get(mode) ?? 0) + 1);
      continue;
    }
    // `together-ai-8.1b-21b` etc. are LiteLLM's size-bracket fallback prices, not model ids.
    if (/^together-ai-/.test(key)) {
      warnings.push(`${key}: size-bracket fallback price, not a model; skipped`);
      continue;
    }
    const input = finiteNumber(entry.input_cost_per_token);
    const output = finiteNumber(entry.output_cost_per_token);
    if (input === undefined || output === undefined) {
      warnings.push(`${key}: no input/output price; skipped`);
      continue;
    }
    const cached = finiteNumber(entry.cache_read_input_token_cost);
    // LiteLLM's cache_creation_input_token_cost is the 5-minute cache write (the 1-hour one has `_above_1hr`).
    const cacheWrite = finiteNumber(entry.cache_creation_input_token_cost);
    const model: CatalogModel = {
      provider,
      id: modelIdFromKey(key, provider),
      source: LITELLM_SOURCE_KEY,
      asOf: options.sourceDate,
      serverless: tokenPrices({ input, output, cachedInput: cached, cacheWrite }, perTokenToPerMillion),
    };
    if (input === 0 && output === 0) model.note = FREE_NOTE;
    else if (input === 0 || output === 0 || cached === 0) {
      // Perplexity's online models bill input per request, not per token; say so rather than hide a $0.
      const zero = [input === 0 && "input", output === 0 && "output", cached === 0 && "cached input"].filter(Boolean).join(" and ");
      model.note = `source lists ${zero} as free (0 USD per token)`;
    }
    // LiteLLM's max_input_tokens is the context window, and the input limit with it.
    setLimits(model, {
      contextWindow: entry.max_input_tokens,
      maxInputTokens: entry.max_input_tokens,
      maxOutputTokens: entry.max_output_tokens,
    });
    const batch = batchOffer(entry, key, warnings);
    if (batch) model.batch = batch;
    const tiers = longContextTiers(entry, key, warnings);
    if (tiers.length > 0) model.longContext = tiers;
    // LiteLLM's deprecation_date is the day the provider shuts the model down.
    if (typeof entry.deprecation_date === "string" && DATE.test(entry.deprecation_date)) {
      model.retires = entry.deprecation_date;
      if (entry.deprecation_date <= options.sourceDate) model.deprecated = true;
    }
    addUnique(catalog.models, seen, model, warnings, key);
  }
  for (const [mode, count] of skippedModes) {
    warnings.push(`skipped ${count} ${mode} entries (not priced per input/output text token)`);
  }
  return { catalog, warnings };
}
