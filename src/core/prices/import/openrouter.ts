import { Decimal } from "../../money.js";
import type { CatalogModel } from "../catalog-types.js";
import type { ImportOptions, ImportResult } from "./common.js";
import { addUnique, asIs, emptyCatalog, FREE_NOTE, isRecord, setLimits, tokenPrices } from "./common.js";

export const OPENROUTER_SOURCE_KEY = "openrouter";

/** A per-token price as OpenRouter writes it (a decimal string), in USD per 1M tokens; undefined when absent or not a number. */
function perMillion(value: unknown): number | undefined {
  if (typeof value !== "string" && typeof value !== "number") return undefined;
  try {
    // Decimal straight from the string: "0.0000025" is exactly 2.5, with no float step in between.
    return new Decimal(value).times(1_000_000).toNumber();
  } catch {
    return undefined;
  }
}

/** A cache rate: only a positive one counts (a 0 is taken as no cache rate). */
function cacheRate(value: unknown): number | undefined {
  const rate = perMillion(value);
  return rate !== undefined && rate > 0 ? rate : undefined;
}

/**
 * Converts OpenRouter's `GET /api/v1/models` response (`{ data: [...] }`, prices as decimal
 * strings in USD per token) into a catalog under provider `openrouter`: these are OpenRouter's
 * prices for its own routing ids (`openai/gpt-4o`), not the model makers' list prices.
 */
export function importOpenRouter(data: unknown, options: ImportOptions): ImportResult {
  const warnings: string[] = [];
  const catalog = emptyCatalog(
    OPENROUTER_SOURCE_KEY,
    "OpenRouter API /api/v1/models",
    "https://openrouter.ai/api/v1/models",
    options,
    "OpenRouter terms",
  );
  if (!isRecord(data) || !Array.isArray(data.data)) {
    warnings.push("OpenRouter data is not { data: [...] }; nothing imported");
    return { catalog, warnings };
  }
  const seen = new Set<string>();
  let notText = 0;
  for (const raw of data.data) {
    if (!isRecord(raw) || typeof raw.id !== "string") continue;
    const id = raw.id;
    const architecture = isRecord(raw.architecture) ? raw.architecture : {};
    const outputs = Array.isArray(architecture.output_modalities) ? architecture.output_modalities : ["text"];
    if (!outputs.includes("text")) {
      notText++;
      continue;
    }
    const pricing = isRecord(raw.pricing) ? raw.pricing : {};
    const input = perMillion(pricing.prompt);
    const output = perMillion(pricing.completion);
    if (input === undefined || output === undefined) {
      warnings.push(`${id}: no prompt/completion price; skipped`);
      continue;
    }
    // OpenRouter marks router models whose price depends on the model picked with -1.
    if (input < 0 || output < 0) {
      warnings.push(`${id}: variable price (routes to other models); skipped`);
      continue;
    }
    const model: CatalogModel = {
      provider: OPENROUTER_SOURCE_KEY,
      id,
      source: OPENROUTER_SOURCE_KEY,
      asOf: options.sourceDate,
      serverless: tokenPrices(
        { input, output, cachedInput: cacheRate(pricing.input_cache_read), cacheWrite: cacheRate(pricing.input_cache_write) },
        asIs,
      ),
    };
    const top = isRecord(raw.top_provider) ? raw.top_provider : {};
    setLimits(model, { contextWindow: raw.context_length, maxOutputTokens: top.max_completion_tokens });
    if (input === 0 && output === 0) model.note = FREE_NOTE;
    addUnique(catalog.models, seen, model, warnings, id);
  }
  if (notText > 0) warnings.push(`skipped ${notText} models that produce no text (images, audio, embeddings)`);
  return { catalog, warnings };
}
