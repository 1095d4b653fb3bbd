import type { CatalogModel, LongContextTier } from "../catalog-types.js";
import type { ImportOptions, ImportResult } from "./common.js";
import { addUnique, emptyCatalog, finiteNumber, FREE_NOTE, isRecord, mapProviderId, setLimits, tokenPrices } from "./common.js";

export const GENAI_PRICES_SOURCE_KEY = "genai-prices";

export interface GenaiPricesOptions extends ImportOptions {
  /**
   * Date (YYYY-MM-DD) whose conditional prices to use; defaults to `sourceDate`. genai-prices
   * announces price changes ahead (`constraint.start_date`), so a catalog meant for later use
   * can ask for the price that will then apply.
   */
  effectiveDate?: string;
}

/** A price field: plain USD per 1M, or genai-prices' cliff tiers (`base` below the first `start`). */
interface Tiered {
  base: number;
  tiers: { start: number; price: number }[];
}
type PriceValue = number | Tiered;

/**
 * genai-prices' JSON carries float noise from its build (0.18000000000000002 for 0.18); twelve
 * significant digits keep every real price and drop the noise.
 */
function price(value: unknown): number | undefined {
  const n = finiteNumber(value);
  return n === undefined ? undefined : Number(n.toPrecision(12));
}

function priceValue(value: unknown): PriceValue | undefined {
  const plain = price(value);
  if (plain !== undefined) return plain;
  const base = isRecord(value) ? price(value.base) : undefined;
  if (!isRecord(value) || base === undefined || !Array.isArray(value.tiers)) return undefined;
  const tiers = value.tiers
    .filter(isRecord)
    .map((tier) => ({ start: finiteNumber(tier.start), price: price(tier.price) }))
    .filter((tier): tier is { start: number; price: number } => tier.start !== undefined && tier.price !== undefined)
    .sort((a, b) => a.start - b.start);
  return { base, tiers };
}

function basePrice(value: PriceValue): number {
  return typeof value === "number" ? value : value.base;
}

/** The rate a cliff tier charges once input exceeds `threshold`. */
function priceAbove(value: PriceValue, threshold: number): number {
  if (typeof value === "number") return value;
  let price = value.base;
  for (const tier of value.tiers) if (tier.start <= threshold) price = tier.price;
  return price;
}

/**
 * Picks the ModelPrice in force on `date`: genai-prices tries conditional prices last to
 * first and falls back to the first. Time-of-day windows (off-peak discounts) are not
 * modelled by tokenbudget, so they never match and the regular price is used.
 */
function resolvePrices(
  prices: unknown,
  date: string,
  label: string,
  warnings: string[],
): { prices: Record<string, unknown>; note?: string } | undefined {
  if (isRecord(prices)) return { prices };
  if (!Array.isArray(prices)) return undefined;
  const conditional = prices.filter(isRecord).filter((entry) => isRecord(entry.prices));
  if (conditional.length === 0) return undefined;
  let chosen: Record<string, unknown> | undefined;
  const upcoming: string[] = [];
  for (const entry of conditional) {
    const constraint = entry.constraint;
    if (!isRecord(constraint)) {
      chosen = entry;
    } else if (typeof constraint.start_date === "string") {
      if (constraint.start_date <= date) chosen = entry;
      else upcoming.push(describeChange(constraint.start_date, entry.prices as Record<string, unknown>));
    } else {
      warnings.push(`${label}: time-of-day price window ignored (not modelled); regular price used`);
    }
  }
  const picked = (chosen ?? conditional[0]) as Record<string, unknown>;
  const notes: string[] = [];
  // Saying since when a price applies explains why it differs from older feeds.
  if (isRecord(picked.constraint) && typeof picked.constraint.start_date === "string") {
    notes.push(`price in force since ${picked.constraint.start_date}`);
  }
  if (upcoming.length > 0) notes.push(`source schedules ${upcoming.join("; ")}`);
  return { prices: picked.prices as Record<string, unknown>, ...(notes.length > 0 ? { note: notes.join("; ") } : {}) };
}

function describeChange(startDate: string, prices: Record<string, unknown>): string {
  const input = priceValue(prices.input_mtok);
  const output = priceValue(prices.output_mtok);
  const rates = input !== undefined && output !== undefined ? ` to ${basePrice(input)}/${basePrice(output)} per 1M in/out` : "";
  return `a price change on ${startDate}${rates}`;
}

/** `equals` clauses of a match expression: exact spellings the model is requested by. */
function exactMatches(match: unknown): string[] {
  if (!isRecord(match)) return [];
  if (typeof match.equals === "string") return [match.equals];
  // Only `or` branches are alternatives; an `and` clause narrows and names no single id.
  if (Array.isArray(match.or)) return match.or.flatMap(exactMatches);
  return [];
}

function aliasesOf(id: string, match: unknown): string[] {
  const seen = new Set([id.toLowerCase()]);
  const aliases: string[] = [];
  for (const spelling of exactMatches(match)) {
    if (seen.has(spelling.toLowerCase())) continue;
    seen.add(spelling.toLowerCase());
    aliases.push(spelling);
  }
  return aliases;
}

function longContextTiers(
  input: PriceValue,
  output: PriceValue,
  cached: PriceValue | undefined,
  cacheWrite: PriceValue | undefined,
): LongContextTier[] {
  const thresholds = new Set<number>();
  for (const value of [input, output, cached, cacheWrite]) {
    if (value !== undefined && typeof value !== "number") for (const tier of value.tiers) thresholds.add(tier.start);
  }
  return [...thresholds]
    .sort((a, b) => a - b)
    .map((aboveInputTokens) => ({
      aboveInputTokens,
      ...tokenPrices({ input, output, cachedInput: cached, cacheWrite }, (value) => priceAbove(value, aboveInputTokens)),
    }));
}

function convertModel(
  raw: Record<string, unknown>,
  provider: string,
  options: GenaiPricesOptions,
  warnings: string[],
): CatalogModel | undefined {
  const id = typeof raw.id === "string" ? raw.id : undefined;
  if (id === undefined) {
    warnings.push(`${provider}: model without id; skipped`);
    return undefined;
  }
  const label = `${provider}/${id}`;
  const resolved = resolvePrices(raw.prices, options.effectiveDate ?? options.sourceDate, label, warnings);
  const input = resolved && priceValue(resolved.prices.input_mtok);
  const output = resolved && priceValue(resolved.prices.output_mtok);
  if (!resolved || input === undefined || output === undefined) {
    warnings.push(`${label}: no input/output token price; skipped`);
    return undefined;
  }
  const cached = priceValue(resolved.prices.cache_read_mtok);
  // `cache_write_mtok` is the 5-minute cache write; the 1-hour write (`cache_write_1h_mtok`) is not modelled.
  const cacheWrite = priceValue(resolved.prices.cache_write_mtok);
  const model: CatalogModel = {
    provider,
    id,
    source: GENAI_PRICES_SOURCE_KEY,
    asOf: options.sourceDate,
    serverless: tokenPrices({ input, output, cachedInput: cached, cacheWrite }, basePrice),
  };
  const aliases = aliasesOf(id, raw.match);
  if (aliases.length > 0) model.aliases = aliases;
  setLimits(model, { contextWindow: raw.context_window });
  const tiers = longContextTiers(input, output, cached, cacheWrite);
  if (tiers.length > 0) model.longContext = tiers;
  if (raw.deprecated === true) model.deprecated = true;
  const notes: string[] = [];
  // The hand-edited provider YAML files carry the date a maintainer last checked the price;
  // data.json drops it, so it is only present when importing a parsed YAML file.
  if (typeof raw.prices_checked === "string") notes.push(`prices checked ${raw.prices_checked}`);
  if (resolved.note) notes.push(resolved.note);
  if (basePrice(input) === 0 && basePrice(output) === 0) notes.push(FREE_NOTE);
  if (notes.length > 0) model.note = notes.join("; ");
  return model;
}

/**
 * Converts pydantic/genai-prices v2 data (data.json: an array of providers, or one parsed
 * `prices/providers/*.yml` file) into a catalog. genai-prices has no batch prices, so `batch`
 * stays absent.
 */
export function importGenaiPrices(data: unknown, options: GenaiPricesOptions): ImportResult {
  const warnings: string[] = [];
  const catalog = emptyCatalog(
    GENAI_PRICES_SOURCE_KEY,
    "pydantic/genai-prices v2 data",
    "https://github.com/pydantic/genai-prices/blob/main/prices/new_data/v2/data.json",
    options,
    "MIT",
  );
  const providers = Array.isArray(data) ? data : [data];
  const seen = new Set<string>();
  for (const rawProvider of providers) {
    if (!isRecord(rawProvider) || typeof rawProvider.id !== "string" || !Array.isArray(rawProvider.models)) {
      warnings.push("entry is not a genai-prices provider (id + models); skipped");
      continue;
    }
    const provider = mapProviderId(rawProvider.id);
    if (options.provider !== undefined && provider !== options.provider) continue;
    for (const rawModel of rawProvider.models) {
      if (!isRecord(rawModel)) continue;
      const model = convertModel(rawModel, provider, options, warnings);
      if (model) addUnique(catalog.models, seen, model, warnings, `${provider}/${model.id}`);
    }
  }
  return { catalog, warnings };
}
