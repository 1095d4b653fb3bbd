import type { CatalogModel } from "../catalog-types.js";
import type { ImportOptions, ImportResult } from "./common.js";
import { addUnique, asIs, emptyCatalog, finiteNumber, FREE_NOTE, isRecord, setLimits, tokenPrices } from "./common.js";

export const TOGETHER_SOURCE_KEY = "together-api";

/** Model types Together bills per input/output token; embeddings, images, audio, rerank and moderation are not. */
const TEXT_TYPES = new Set(["chat", "language", "code"]);

/**
 * Converts Together's `GET /v1/models` response (a bare JSON array; some clients wrap it in
 * `{ data: [...] }`) into a catalog. `pricing.input` / `pricing.output` are USD per 1M tokens;
 * `cached_input` is the cache-hit rate where Together has one. Models priced 0/0 with an
 * hourly rate are dedicated-only and are skipped (hardware prices come from elsewhere).
 */
export function importTogether(data: unknown, options: ImportOptions): ImportResult {
  const warnings: string[] = [];
  const catalog = emptyCatalog(
    TOGETHER_SOURCE_KEY,
    "Together AI API /v1/models",
    "https://api.together.xyz/v1/models",
    options,
    "Together AI terms",
  );
  const entries = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.data) ? data.data : undefined;
  if (entries === undefined) {
    warnings.push("Together data is neither a JSON array nor { data: [...] }; nothing imported");
    return { catalog, warnings };
  }
  const seen = new Set<string>();
  const skippedTypes = new Map<string, number>();
  for (const raw of entries) {
    if (!isRecord(raw) || typeof raw.id !== "string") continue;
    const id = raw.id;
    const type = typeof raw.type === "string" ? raw.type : "unknown";
    if (!TEXT_TYPES.has(type)) {
      skippedTypes.set(type, (skippedTypes.get(type) ?? 0) + 1);
      continue;
    }
    const pricing = isRecord(raw.pricing) ? raw.pricing : {};
    const input = finiteNumber(pricing.input);
    const output = finiteNumber(pricing.output);
    if (input === undefined || output === undefined) {
      warnings.push(`${id}: no input/output price; skipped`);
      continue;
    }
    if (input === 0 && output === 0 && (finiteNumber(pricing.hourly) ?? 0) > 0) {
      warnings.push(`${id}: priced by the hour only (dedicated); skipped`);
      continue;
    }
    const cached = finiteNumber(pricing.cached_input);
    const model: CatalogModel = {
      provider: "together",
      id,
      source: TOGETHER_SOURCE_KEY,
      asOf: options.sourceDate,
      serverless: tokenPrices({ input, output, cachedInput: cached }, asIs),
    };
    setLimits(model, { contextWindow: raw.context_length });
    if (input === 0 && output === 0) model.note = FREE_NOTE;
    addUnique(catalog.models, seen, model, warnings, id);
  }
  for (const [type, count] of skippedTypes) warnings.push(`skipped ${count} ${type} models (not priced per input/output text token)`);
  return { catalog, warnings };
}
