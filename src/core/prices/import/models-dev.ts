import type { CatalogModel } from "../catalog-types.js";
import type { ImportOptions, ImportResult } from "./common.js";
import { addUnique, asIs, emptyCatalog, finiteNumber, FREE_NOTE, isRecord, mapProviderId, setLimits, tokenPrices } from "./common.js";

export const MODELS_DEV_SOURCE_KEY = "models.dev";

/** models.dev bills prompts over 200K tokens through `cost.context_over_200k`. */
const MODELS_DEV_LONG_CONTEXT_THRESHOLD = 200_000;

/**
 * The provider's feed id: `id` in api.json entries; per-provider exports only carry the AI SDK
 * package (`@ai-sdk/togetherai`), whose last segment is the models.dev provider id.
 */
function feedProviderId(block: Record<string, unknown>): string | undefined {
  if (typeof block.id === "string") return block.id;
  const meta = isRecord(block.provider) ? block.provider : block;
  if (typeof meta.id === "string") return meta.id;
  if (typeof meta.npm === "string") return meta.npm.split("/").pop();
  return undefined;
}

/** models.dev normally spells the cache-hit rate `cache_read`; a few files say `cached_input`. */
function cachedRate(cost: Record<string, unknown>, label: string, warnings: string[]): number | undefined {
  const cacheRead = finiteNumber(cost.cache_read);
  if (cacheRead !== undefined) return cacheRead;
  const cachedInput = finiteNumber(cost.cached_input);
  if (cachedInput !== undefined) warnings.push(`${label}: cached-input rate read from nonstandard key cost.cached_input`);
  return cachedInput;
}

function convertModel(
  id: string,
  raw: Record<string, unknown>,
  provider: string,
  options: ImportOptions,
  warnings: string[],
): CatalogModel | undefined {
  const label = `${provider}/${id}`;
  const outputs = isRecord(raw.modalities) && Array.isArray(raw.modalities.output) ? raw.modalities.output : ["text"];
  if (!outputs.includes("text")) {
    warnings.push(`${label}: produces no text (${outputs.join(", ")}); skipped`);
    return undefined;
  }
  const cost = isRecord(raw.cost) ? raw.cost : {};
  const input = finiteNumber(cost.input);
  const output = finiteNumber(cost.output);
  if (input === undefined || output === undefined) {
    warnings.push(`${label}: no input/output cost; skipped`);
    return undefined;
  }
  const cached = cachedRate(cost, label, warnings);
  const cacheWrite = finiteNumber(cost.cache_write);
  const model: CatalogModel = {
    provider,
    id,
    source: MODELS_DEV_SOURCE_KEY,
    asOf: options.sourceDate,
    serverless: tokenPrices({ input, output, cachedInput: cached, cacheWrite }, asIs),
  };
  const limit = isRecord(raw.limit) ? raw.limit : {};
  setLimits(model, { contextWindow: limit.context, maxInputTokens: limit.input, maxOutputTokens: limit.output });
  const over = isRecord(cost.context_over_200k) ? cost.context_over_200k : undefined;
  if (over) {
    const tierInput = finiteNumber(over.input);
    const tierOutput = finiteNumber(over.output);
    const tierCached = finiteNumber(over.cache_read);
    if (tierInput !== undefined && tierOutput !== undefined) {
      const rates = tokenPrices({ input: tierInput, output: tierOutput, cachedInput: tierCached }, asIs);
      model.longContext = [{ aboveInputTokens: MODELS_DEV_LONG_CONTEXT_THRESHOLD, ...rates }];
    } else {
      warnings.push(`${label}: context_over_200k lacks input or output; tier skipped`);
    }
  }
  if (raw.status === "deprecated") model.deprecated = true;
  if (input === 0 && output === 0) model.note = FREE_NOTE;
  return model;
}

/**
 * Converts models.dev data (USD per 1M already) into a catalog. Accepts one provider's block
 * (`{ models: {...} }`, optionally with `id` or `provider` metadata) or the whole api.json map
 * of provider id to block. `options.provider` names the provider when the block does not.
 */
export function importModelsDev(data: unknown, options: ImportOptions): ImportResult {
  const warnings: string[] = [];
  const catalog = emptyCatalog(
    MODELS_DEV_SOURCE_KEY,
    "models.dev provider data",
    "https://github.com/anomalyco/models.dev",
    options,
    "MIT",
  );
  if (!isRecord(data)) {
    warnings.push("models.dev data is not a JSON object; nothing imported");
    return { catalog, warnings };
  }
  const blocks = isRecord(data.models)
    ? [data]
    : Object.values(data)
        .filter(isRecord)
        .filter((block) => isRecord(block.models));
  const seen = new Set<string>();
  for (const block of blocks) {
    const feedId = feedProviderId(block);
    const provider = feedId !== undefined ? mapProviderId(feedId) : options.provider;
    if (provider === undefined) {
      warnings.push("models.dev block names no provider and options.provider is not set; skipped");
      continue;
    }
    if (options.provider !== undefined && provider !== options.provider) continue;
    for (const [id, raw] of Object.entries(block.models as Record<string, unknown>)) {
      if (!isRecord(raw)) continue;
      const model = convertModel(id, raw, provider, options, warnings);
      if (model) addUnique(catalog.models, seen, model, warnings, `${provider}/${id}`);
    }
  }
  return { catalog, warnings };
}
