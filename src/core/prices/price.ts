import type { BatchOffer, CatalogModel, CatalogSource, LongContextTier, TokenPrices } from "./catalog-types.js";
import type { PriceBook } from "./catalog.js";
import { dec, type Decimal } from "../money.js";
import type { PriceOverride, Workload } from "../manifest/types.js";
import type { PriceOrigin } from "../review/generated/report-types.js";

// Where a price came from: reports write it as it is, so its type is the report schema's.
export type { PriceOrigin } from "../review/generated/report-types.js";

export interface TokenRates {
  input: Decimal;
  output: Decimal;
  /** Undefined when the model has no cached-input rate: cached tokens then pay `input`. */
  cachedInput?: Decimal;
  /** Undefined when the model has no cache-write rate: cache writes then pay `input`. */
  cacheWrite?: Decimal;
}

export interface TierRates {
  aboveInputTokens: number;
  rates: TokenRates;
}

export interface ResolvedTokenPrice {
  rates: TokenRates;
  origin: PriceOrigin;
  contextWindow?: number;
  maxInputTokens?: number;
  maxOutputTokens?: number;
  longContext: TierRates[];
  /** For batch mode: whether the rates are a batch discount, serverless rates, or unavailable. */
  batch?: "discounted" | "not-discounted" | "unknown" | "unavailable";
  /** Catalog id of the model (aliases resolved), also under an override. */
  modelId?: string;
  /** The provider's deprecation and retirement of the model, as the catalog records them. */
  lifecycle?: Lifecycle;
}

export interface Lifecycle {
  deprecated?: true;
  /** YYYY-MM-DD: the last day the provider serves the model. */
  retires?: string;
}

/** A model's deprecation and retirement, when the catalog records either. */
export function lifecycleOf(model: CatalogModel | undefined): Lifecycle | undefined {
  if (!model || (!model.deprecated && model.retires === undefined)) return undefined;
  return { ...(model.deprecated ? { deprecated: true as const } : {}), ...(model.retires !== undefined ? { retires: model.retires } : {}) };
}

export type PriceProblem =
  | {
      problem: "unknown-model";
      suggestions: string[];
      /** Providers that do offer this exact id. */
      providers: string[];
      /** Entries the spelling fits equally well (never guessed between); empty when it fits none. */
      candidates: string[];
    }
  | { problem: "no-serverless-price"; origin: PriceOrigin };

function originOf(kind: PriceOrigin["kind"], book: string, source: CatalogSource | undefined, asOf?: string, note?: string): PriceOrigin {
  return {
    kind,
    book,
    ...(source ? { source: source.title, url: source.url } : {}),
    ...((asOf ?? source?.asOf) ? { asOf: asOf ?? source?.asOf } : {}),
    ...(note ? { note } : {}),
  };
}

const ratesCache = new WeakMap<TokenPrices | LongContextTier, TokenRates>();

/** Catalog prices as Decimals, converted once per price rather than once per workload. */
function ratesOf(prices: TokenPrices | LongContextTier): TokenRates {
  let rates = ratesCache.get(prices);
  if (!rates) {
    rates = {
      input: dec(prices.input),
      output: dec(prices.output),
      ...(prices.cachedInput !== undefined ? { cachedInput: dec(prices.cachedInput) } : {}),
      ...(prices.cacheWrite !== undefined ? { cacheWrite: dec(prices.cacheWrite) } : {}),
    };
    ratesCache.set(prices, rates);
  }
  return rates;
}

function findOverride(workload: Workload, overrides: readonly PriceOverride[]): PriceOverride | undefined {
  const model = workload.model.toLowerCase();
  return overrides.find((o) => o.model.toLowerCase() === model && (o.provider === undefined || o.provider === workload.provider));
}

/** A serverless rate scaled by the batch ratio; the product first, one division, so 50% stays exact. */
function scale(rate: Decimal, serverless: TokenRates, batch: TokenRates): Decimal {
  return serverless.input.isZero() ? rate : rate.times(batch.input).div(serverless.input);
}

function scaled(rate: Decimal | undefined, serverless: TokenRates, batch: TokenRates): Decimal | undefined {
  return rate === undefined ? undefined : scale(rate, serverless, batch);
}

/**
 * Batch rates: the offer's own rates where it lists them; a cached or cache-write rate it
 * does not list is the serverless one scaled by the batch ratio. Only a model with no cached
 * rate at all bills cached tokens at the batch input rate.
 */
function batchRates(serverless: TokenRates, batch: TokenRates): TokenRates {
  const cachedInput = batch.cachedInput ?? scaled(serverless.cachedInput, serverless, batch);
  const cacheWrite = batch.cacheWrite ?? scaled(serverless.cacheWrite, serverless, batch);
  return { input: batch.input, output: batch.output, ...(cachedInput ? { cachedInput } : {}), ...(cacheWrite ? { cacheWrite } : {}) };
}

/** Batch long-context tiers: listed by the offer, else the serverless tiers scaled by the batch ratio. */
function batchTiers(
  tiers: readonly TierRates[],
  listed: readonly LongContextTier[] | undefined,
  serverless: TokenRates,
  batch: TokenRates,
): TierRates[] {
  if (listed && listed.length > 0) return listed.map((tier) => ({ aboveInputTokens: tier.aboveInputTokens, rates: ratesOf(tier) }));
  return tiers.map(({ aboveInputTokens, rates }) => {
    const cachedInput = scaled(rates.cachedInput, serverless, batch);
    const cacheWrite = scaled(rates.cacheWrite, serverless, batch);
    return {
      aboveInputTokens,
      rates: {
        input: scale(rates.input, serverless, batch),
        output: scale(rates.output, serverless, batch),
        ...(cachedInput ? { cachedInput } : {}),
        ...(cacheWrite ? { cacheWrite } : {}),
      },
    };
  });
}

function limitsOf(model: CatalogModel | undefined, contextWindow: number | undefined) {
  return {
    ...(contextWindow !== undefined ? { contextWindow } : {}),
    ...(model?.maxInputTokens !== undefined ? { maxInputTokens: model.maxInputTokens } : {}),
    ...(model?.maxOutputTokens !== undefined ? { maxOutputTokens: model.maxOutputTokens } : {}),
    ...(model ? { modelId: model.id } : {}),
    ...(lifecycleOf(model) ? { lifecycle: lifecycleOf(model) } : {}),
  };
}

/**
 * A book's answers by provider, model and mode: thousands of workloads share a handful of
 * models, and the books never change (results are shared, so never mutated).
 */
type ByMode = { serverless?: ResolvedTokenPrice | PriceProblem; batch?: ResolvedTokenPrice | PriceProblem };
const resolvedCache = new WeakMap<PriceBook, Map<string, Map<string, ByMode>>>();

/** `book`'s entry for a provider and a model, made on first use: nested maps, so no key is built per lookup. */
function cacheEntry<T extends object>(
  cache: WeakMap<PriceBook, Map<string, Map<string, T>>>,
  book: PriceBook,
  first: string,
  second: string,
  empty: () => T,
): T {
  let byFirst = cache.get(book);
  if (!byFirst) {
    byFirst = new Map();
    cache.set(book, byFirst);
  }
  let bySecond = byFirst.get(first);
  if (!bySecond) {
    bySecond = new Map();
    byFirst.set(first, bySecond);
  }
  let entry = bySecond.get(second);
  if (!entry) {
    entry = empty();
    bySecond.set(second, entry);
  }
  return entry;
}

/** Per-token prices for a serverless or batch workload: manifest override > extra books > built-in. */
export function resolveTokenPrice(
  workload: Workload,
  overrides: readonly PriceOverride[],
  book: PriceBook,
): ResolvedTokenPrice | PriceProblem {
  const override = overrides.length > 0 ? findOverride(workload, overrides) : undefined;
  if (override) return resolveOverride(workload, override, book);
  const entry = cacheEntry<ByMode>(resolvedCache, book, workload.provider, workload.model, () => ({}));
  const mode = workload.mode === "batch" ? "batch" : "serverless";
  return (entry[mode] ??= resolveCatalogPrice(workload, book));
}

function resolveOverride(workload: Workload, override: PriceOverride, book: PriceBook): ResolvedTokenPrice {
  const found = book.match(workload.provider, workload.model);
  const wantsBatch = workload.mode === "batch";
  const origin: PriceOrigin = { kind: "override", book: workload.file, note: `prices: entry at line ${override.line}` };
  const base = { origin, longContext: [], ...limitsOf(found?.model, override.contextWindow ?? found?.model.contextWindow) };
  const serverless: TokenRates = {
    input: override.input,
    output: override.output,
    ...(override.cachedInput ? { cachedInput: override.cachedInput } : {}),
    ...(override.cacheWrite ? { cacheWrite: override.cacheWrite } : {}),
  };
  if (!wantsBatch) return { ...base, rates: serverless };
  if (override.batchInput && override.batchOutput) {
    const listed: TokenRates = {
      input: override.batchInput,
      output: override.batchOutput,
      ...(override.batchCachedInput ? { cachedInput: override.batchCachedInput } : {}),
      ...(override.batchCacheWrite ? { cacheWrite: override.batchCacheWrite } : {}),
    };
    return { ...base, rates: batchRates(serverless, listed), batch: "discounted" };
  }
  // A negotiated price without batch rates: the catalog still knows whether batch exists.
  if (found?.model.batch?.available === false) return { ...base, rates: serverless, batch: "unavailable" };
  return { ...base, rates: serverless, batch: "not-discounted" };
}

function unknownModel(workload: Workload, book: PriceBook): PriceProblem {
  const resolved = book.resolve(workload.model, workload.provider);
  const candidates = resolved.kind === "ambiguous" ? resolved.candidates.map((c) => c.id) : [];
  const elsewhere = book.resolve(workload.model);
  const providers = elsewhere.kind === "found" ? [elsewhere.provider] : book.providersWith(workload.model);
  return { problem: "unknown-model", suggestions: book.suggestModels(workload.provider, workload.model), providers, candidates };
}

/** What the books say, for a workload without an override: depends only on its provider, model and mode. */
function resolveCatalogPrice(workload: Workload, book: PriceBook): ResolvedTokenPrice | PriceProblem {
  const found = book.match(workload.provider, workload.model);
  const wantsBatch = workload.mode === "batch";
  if (!found) return unknownModel(workload, book);
  const { model, origin: bookName, source } = found;
  const origin = originOf("catalog", bookName, source, model.asOf, model.note);
  if (!model.serverless) return { problem: "no-serverless-price", origin };
  const serverless = ratesOf(model.serverless);
  const base = {
    origin,
    longContext: (model.longContext ?? []).map((tier) => ({ aboveInputTokens: tier.aboveInputTokens, rates: ratesOf(tier) })),
    ...limitsOf(model, model.contextWindow),
  };
  if (!wantsBatch) return { ...base, rates: serverless };

  const batch: BatchOffer | undefined = model.batch;
  if (!batch) return { ...base, rates: serverless, batch: "unknown" };
  if (!batch.available) return { ...base, rates: serverless, batch: "unavailable" };
  if (!batch.discounted) return { ...base, rates: serverless, batch: "not-discounted" };
  const listed = ratesOf(batch);
  return {
    ...base,
    longContext: batchTiers(base.longContext, batch.longContext, serverless, listed),
    rates: batchRates(serverless, listed),
    origin: batch.source
      ? originOf(
          "catalog",
          bookName,
          book.layers.find((l) => l.origin === bookName)?.catalog.sources[batch.source],
          batch.asOf ?? model.asOf,
        )
      : origin,
    batch: "discounted",
  };
}

export interface ResolvedGpuRate {
  hourly: Decimal;
  hardwareName: string;
  origin: PriceOrigin;
}

type GpuRateProblem = { problem: "unknown-hardware" | "no-rate"; known: string[] };

/** A book's GPU-hour rates, resolved once per provider, hardware and kind (shared, never mutated). */
type ByKind = { dedicated?: ResolvedGpuRate | GpuRateProblem; cluster?: ResolvedGpuRate | GpuRateProblem };
const gpuRateCache = new WeakMap<PriceBook, Map<string, Map<string, ByKind>>>();

/** GPU-hour rate for a dedicated endpoint or cluster: the workload's `hourly_rate` > price books. */
export function resolveGpuRate(
  workload: Workload,
  kind: "dedicated" | "cluster",
  hardwareId: string,
  explicit: Decimal | undefined,
  book: PriceBook,
): ResolvedGpuRate | GpuRateProblem {
  if (explicit) {
    return {
      hourly: explicit,
      hardwareName: book.findHardware(workload.provider, hardwareId)?.hardware.name ?? hardwareId,
      origin: { kind: "override", book: workload.file, note: `${kind === "dedicated" ? "dedicated" : "cluster"}.hourly_rate` },
    };
  }
  const entry = cacheEntry<ByKind>(gpuRateCache, book, workload.provider, hardwareId, () => ({}));
  return (entry[kind] ??= catalogGpuRate(workload.provider, kind, hardwareId, book));
}

function catalogGpuRate(
  provider: string,
  kind: "dedicated" | "cluster",
  hardwareId: string,
  book: PriceBook,
): ResolvedGpuRate | GpuRateProblem {
  const found = book.findHardware(provider, hardwareId);
  if (!found) return { problem: "unknown-hardware", known: book.hardwareIds(provider) };
  const rate = kind === "dedicated" ? found.hardware.dedicatedHourly : found.hardware.clusterHourly;
  if (rate === undefined) return { problem: "no-rate", known: book.hardwareIds(provider) };
  return {
    hourly: dec(rate),
    hardwareName: found.hardware.name,
    origin: originOf("catalog", found.origin, found.source, found.hardware.asOf, found.hardware.note),
  };
}
