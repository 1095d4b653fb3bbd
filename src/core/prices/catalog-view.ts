/**
 * What the price books in force say, as rows for `tokenbudget catalog list` and `show`.
 * Pure: a PriceBook in, rows with exact Decimal prices out.
 */
import type { BatchOffer, CatalogHardware, CatalogModel } from "./catalog-types.js";
import type { PriceBook } from "./catalog.js";
import { dec, type Decimal } from "../money.js";
import type { Mode } from "../manifest/types.js";
import type { MatchRule, ModelRef } from "./resolve.js";

export interface RatesRow {
  input: Decimal;
  output: Decimal;
  cachedInput?: Decimal;
  /** What estimate bills a cache write at; absent: the input rate. */
  cacheWrite?: Decimal;
}

export type BatchTerms =
  | { kind: "discounted"; rates: RatesRow }
  | { kind: "serverless-price" }
  | { kind: "not-offered" }
  /** The book says nothing about batch for this model. */
  | { kind: "unknown" };

export interface ModelRow {
  provider: string;
  id: string;
  aliases: string[];
  contextWindow?: number;
  maxInputTokens?: number;
  maxOutputTokens?: number;
  serverless?: RatesRow;
  batch: BatchTerms;
  longContext: Array<{ aboveInputTokens: number } & RatesRow>;
  deprecated: boolean;
  /** YYYY-MM-DD the provider retires the model, when a source states it. */
  retires?: string;
  /** The book the entry comes from: "built-in" or a file. */
  book: string;
  source: string;
  url?: string;
  asOf: string;
  note?: string;
}

export interface HardwareRow {
  provider: string;
  id: string;
  name: string;
  memoryGb?: number;
  dedicatedHourly?: Decimal;
  clusterHourly?: Decimal;
  book: string;
  source: string;
  asOf: string;
  note?: string;
}

export interface CatalogListing {
  books: Array<{ origin: string; version: string; asOf: string }>;
  models: ModelRow[];
  hardware: HardwareRow[];
}

export interface ListFilter {
  provider?: string;
  mode?: Mode;
}

function rates(prices: { input: number; output: number; cachedInput?: number; cacheWrite?: number }): RatesRow {
  return {
    input: dec(prices.input),
    output: dec(prices.output),
    ...(prices.cachedInput !== undefined ? { cachedInput: dec(prices.cachedInput) } : {}),
    ...(prices.cacheWrite !== undefined ? { cacheWrite: dec(prices.cacheWrite) } : {}),
  };
}

function batchTerms(batch: BatchOffer | undefined): BatchTerms {
  if (!batch) return { kind: "unknown" };
  if (!batch.available) return { kind: "not-offered" };
  if (!batch.discounted) return { kind: "serverless-price" };
  return { kind: "discounted", rates: rates(batch) };
}

function modelRow(model: CatalogModel, book: string, pb: PriceBook): ModelRow {
  const layer = pb.layers.find((l) => l.origin === book);
  const source = layer?.catalog.sources[model.source];
  return {
    provider: model.provider,
    id: model.id,
    aliases: model.aliases ?? [],
    ...(model.contextWindow !== undefined ? { contextWindow: model.contextWindow } : {}),
    ...(model.maxInputTokens !== undefined ? { maxInputTokens: model.maxInputTokens } : {}),
    ...(model.maxOutputTokens !== undefined ? { maxOutputTokens: model.maxOutputTokens } : {}),
    ...(model.serverless ? { serverless: rates(model.serverless) } : {}),
    batch: batchTerms(model.batch),
    longContext: (model.longContext ?? []).map((tier) => ({ aboveInputTokens: tier.aboveInputTokens, ...rates(tier) })),
    deprecated: model.deprecated === true,
    ...(model.retires !== undefined ? { retires: model.retires } : {}),
    book,
    source: source?.title ?? model.source,
    ...(source?.url ? { url: source.url } : {}),
    asOf: model.asOf,
    ...(model.note ? { note: model.note } : {}),
  };
}

function hardwareRow(hw: CatalogHardware, book: string, pb: PriceBook): HardwareRow {
  const source = pb.layers.find((l) => l.origin === book)?.catalog.sources[hw.source];
  return {
    provider: hw.provider,
    id: hw.id,
    name: hw.name,
    ...(hw.memoryGb !== undefined ? { memoryGb: hw.memoryGb } : {}),
    ...(hw.dedicatedHourly !== undefined ? { dedicatedHourly: dec(hw.dedicatedHourly) } : {}),
    ...(hw.clusterHourly !== undefined ? { clusterHourly: dec(hw.clusterHourly) } : {}),
    book,
    source: source?.title ?? hw.source,
    asOf: hw.asOf,
    ...(hw.note ? { note: hw.note } : {}),
  };
}

const byProviderAndId = <T extends { provider: string; id: string }>(a: T, b: T) =>
  a.provider < b.provider
    ? -1
    : a.provider > b.provider
      ? 1
      : a.id.toLowerCase() < b.id.toLowerCase()
        ? -1
        : a.id.toLowerCase() > b.id.toLowerCase()
          ? 1
          : 0;

/** The entries in force: a model or GPU that a higher book replaces is left out. */
export function effectiveEntries(book: PriceBook): { models: ModelRow[]; hardware: HardwareRow[] } {
  const models: ModelRow[] = [];
  const hardware: HardwareRow[] = [];
  for (const { origin, catalog } of book.layers) {
    for (const model of catalog.models)
      if (book.findModel(model.provider, model.id)?.model === model) models.push(modelRow(model, origin, book));
    for (const hw of catalog.hardware)
      if (book.findHardware(hw.provider, hw.id)?.hardware === hw) hardware.push(hardwareRow(hw, origin, book));
  }
  return { models: models.sort(byProviderAndId), hardware: hardware.sort(byProviderAndId) };
}

/** `catalog list`: models for token modes, hardware for capacity modes, both without a mode. */
export function listCatalog(book: PriceBook, filter: ListFilter = {}): CatalogListing {
  const { models, hardware } = effectiveEntries(book);
  const provider = filter.provider?.toLowerCase();
  const mode = filter.mode;
  const ofProvider = (row: { provider: string }) => provider === undefined || row.provider.toLowerCase() === provider;
  return {
    books: book.layers.map((l) => ({ origin: l.origin, version: l.catalog.version, asOf: l.catalog.asOf })),
    models: models.filter(ofProvider).filter((m) => {
      if (mode === undefined) return true;
      if (mode === "serverless") return m.serverless !== undefined;
      if (mode === "batch") return m.batch.kind === "discounted" || m.batch.kind === "serverless-price";
      return false;
    }),
    hardware: hardware.filter(ofProvider).filter((h) => {
      if (mode === undefined) return true;
      if (mode === "dedicated") return h.dedicatedHourly !== undefined;
      if (mode === "gpu-cluster") return h.clusterHourly !== undefined;
      return false;
    }),
  };
}

export interface ModelDetail {
  /** The entry prices use. */
  model: ModelRow;
  /** Entries of lower books that this one replaces, highest first. */
  replaces: ModelRow[];
  /** How the spelling reached this entry (resolve.ts rules), e.g. ["prefix", "dated-snapshot"]. */
  matched: MatchRule[];
}

/**
 * `catalog show`: every model whose id or alias is the spelling (in any provider unless one is
 * given); else the one entry the spelling resolves to. An ambiguous spelling lists its candidates.
 */
export function showModel(book: PriceBook, id: string, provider?: string): { details: ModelDetail[] } | { ambiguous: ModelRef[] } {
  const exact = exactModels(book, id, provider);
  if (exact.length > 0) return { details: exact };
  const resolved = book.resolve(id, provider);
  if (resolved.kind === "ambiguous") return { ambiguous: resolved.candidates };
  if (resolved.kind === "unknown") return { details: [] };
  const [detail] = exactModels(book, resolved.id, resolved.provider);
  return { details: detail ? [{ ...detail, matched: resolved.rules }] : [] };
}

function exactModels(book: PriceBook, id: string, provider?: string): ModelDetail[] {
  const wanted = id.toLowerCase();
  const providers = provider ? [provider.toLowerCase()] : book.providers();
  const details: ModelDetail[] = [];
  for (const p of providers) {
    const found = book.findModel(p, id);
    if (!found) continue;
    // Only a lower book can be replaced: a higher book's entry would have been found instead.
    const foundIndex = book.layers.findIndex((l) => l.origin === found.origin);
    const names = new Set([wanted, found.model.id.toLowerCase()]);
    const replaces: ModelRow[] = [];
    for (const layer of book.layers.slice(0, foundIndex).reverse()) {
      for (const model of layer.catalog.models) {
        const ids = [model.id, ...(model.aliases ?? [])].map((n) => n.toLowerCase());
        if (model.provider.toLowerCase() === p && ids.some((n) => names.has(n))) replaces.push(modelRow(model, layer.origin, book));
      }
    }
    const named = [found.model.id, ...(found.model.aliases ?? [])].includes(id);
    details.push({ model: modelRow(found.model, found.origin, book), replaces, matched: [named ? "exact" : "case"] });
  }
  // "openai/gpt-4.1" names the provider as estimate's `model:` does; tried only when the whole
  // id matches nothing, because some ids contain a slash ("openai/gpt-oss-120b" at together).
  const slash = id.indexOf("/");
  if (details.length === 0 && provider === undefined && slash > 0 && book.providers().includes(id.slice(0, slash).toLowerCase())) {
    return exactModels(book, id.slice(slash + 1), id.slice(0, slash)).map((d) => ({ ...d, matched: ["prefix"] }));
  }
  return details;
}
