import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  formatUnitPriceChange
} from "./chunk-PAP43WED.js";
import {
  BUILTIN_LAYER,
  Decimal,
  HttpError,
  MAX_PLAUSIBLE_PER_MILLION,
  PriceBook,
  UsageError,
  ZERO,
  addUnique,
  columns,
  dec,
  emptyCatalog,
  estimateWorkload,
  fetchJson,
  finiteNumber,
  formatNumber,
  formatPercentChange,
  formatProblem,
  formatUnitPrice,
  formatUsd,
  formatUsdChange,
  implausiblePrices,
  invalidModels,
  isRecord,
  jsonText,
  loadCatalogFile,
  loadLayers,
  loadManifests,
  mapProviderId,
  notFound,
  originOf,
  parseCatalog,
  perTokenToPerMillion,
  positiveInt,
  sanitizePlain,
  sum,
  withProvenance
} from "./chunk-PNCJ3F5K.js";
import {
  describeRules,
  readCapped
} from "./chunk-IAGJUZCE.js";
import "./chunk-LZQXQOPJ.js";

// src/cli/catalog.ts
import { createHash, randomBytes } from "node:crypto";
import { rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";

// src/core/prices/catalog-view.ts
function rates(prices) {
  return {
    input: dec(prices.input),
    output: dec(prices.output),
    ...prices.cachedInput !== void 0 ? { cachedInput: dec(prices.cachedInput) } : {},
    ...prices.cacheWrite !== void 0 ? { cacheWrite: dec(prices.cacheWrite) } : {}
  };
}
function batchTerms(batch) {
  if (!batch) return { kind: "unknown" };
  if (!batch.available) return { kind: "not-offered" };
  if (!batch.discounted) return { kind: "serverless-price" };
  return { kind: "discounted", rates: rates(batch) };
}
function modelRow(model, book, pb) {
  const layer = pb.layers.find((l) => l.origin === book);
  const source = layer?.catalog.sources[model.source];
  return {
    provider: model.provider,
    id: model.id,
    aliases: model.aliases ?? [],
    ...model.contextWindow !== void 0 ? { contextWindow: model.contextWindow } : {},
    ...model.maxInputTokens !== void 0 ? { maxInputTokens: model.maxInputTokens } : {},
    ...model.maxOutputTokens !== void 0 ? { maxOutputTokens: model.maxOutputTokens } : {},
    ...model.serverless ? { serverless: rates(model.serverless) } : {},
    batch: batchTerms(model.batch),
    longContext: (model.longContext ?? []).map((tier) => ({ aboveInputTokens: tier.aboveInputTokens, ...rates(tier) })),
    deprecated: model.deprecated === true,
    book,
    source: source?.title ?? model.source,
    ...source?.url ? { url: source.url } : {},
    asOf: model.asOf,
    ...model.note ? { note: model.note } : {}
  };
}
function hardwareRow(hw, book, pb) {
  const source = pb.layers.find((l) => l.origin === book)?.catalog.sources[hw.source];
  return {
    provider: hw.provider,
    id: hw.id,
    name: hw.name,
    ...hw.memoryGb !== void 0 ? { memoryGb: hw.memoryGb } : {},
    ...hw.dedicatedHourly !== void 0 ? { dedicatedHourly: dec(hw.dedicatedHourly) } : {},
    ...hw.clusterHourly !== void 0 ? { clusterHourly: dec(hw.clusterHourly) } : {},
    book,
    source: source?.title ?? hw.source,
    asOf: hw.asOf,
    ...hw.note ? { note: hw.note } : {}
  };
}
var byProviderAndId = (a, b) => a.provider < b.provider ? -1 : a.provider > b.provider ? 1 : a.id.toLowerCase() < b.id.toLowerCase() ? -1 : a.id.toLowerCase() > b.id.toLowerCase() ? 1 : 0;
function effectiveEntries(book) {
  const models = [];
  const hardware = [];
  for (const { origin, catalog } of book.layers) {
    for (const model of catalog.models) if (book.findModel(model.provider, model.id)?.model === model) models.push(modelRow(model, origin, book));
    for (const hw of catalog.hardware) if (book.findHardware(hw.provider, hw.id)?.hardware === hw) hardware.push(hardwareRow(hw, origin, book));
  }
  return { models: models.sort(byProviderAndId), hardware: hardware.sort(byProviderAndId) };
}
function listCatalog(book, filter = {}) {
  const { models, hardware } = effectiveEntries(book);
  const provider = filter.provider?.toLowerCase();
  const mode = filter.mode;
  const ofProvider = (row) => provider === void 0 || row.provider.toLowerCase() === provider;
  return {
    books: book.layers.map((l) => ({ origin: l.origin, version: l.catalog.version, asOf: l.catalog.asOf })),
    models: models.filter(ofProvider).filter((m) => {
      if (mode === void 0) return true;
      if (mode === "serverless") return m.serverless !== void 0;
      if (mode === "batch") return m.batch.kind === "discounted" || m.batch.kind === "serverless-price";
      return false;
    }),
    hardware: hardware.filter(ofProvider).filter((h) => {
      if (mode === void 0) return true;
      if (mode === "dedicated") return h.dedicatedHourly !== void 0;
      if (mode === "gpu-cluster") return h.clusterHourly !== void 0;
      return false;
    })
  };
}
function showModel(book, id, provider) {
  const exact = exactModels(book, id, provider);
  if (exact.length > 0) return { details: exact };
  const resolved = book.resolve(id, provider);
  if (resolved.kind === "ambiguous") return { ambiguous: resolved.candidates };
  if (resolved.kind === "unknown") return { details: [] };
  const [detail] = exactModels(book, resolved.id, resolved.provider);
  return { details: detail ? [{ ...detail, matched: resolved.rules }] : [] };
}
function exactModels(book, id, provider) {
  const wanted = id.toLowerCase();
  const providers = provider ? [provider.toLowerCase()] : book.providers();
  const details = [];
  for (const p of providers) {
    const found = book.findModel(p, id);
    if (!found) continue;
    const foundIndex = book.layers.findIndex((l) => l.origin === found.origin);
    const names = /* @__PURE__ */ new Set([wanted, found.model.id.toLowerCase()]);
    const replaces = [];
    for (const layer of book.layers.slice(0, foundIndex).reverse()) {
      for (const model of layer.catalog.models) {
        const ids = [model.id, ...model.aliases ?? []].map((n) => n.toLowerCase());
        if (model.provider.toLowerCase() === p && ids.some((n) => names.has(n))) replaces.push(modelRow(model, layer.origin, book));
      }
    }
    const named = [found.model.id, ...found.model.aliases ?? []].includes(id);
    details.push({ model: modelRow(found.model, found.origin, book), replaces, matched: [named ? "exact" : "case"] });
  }
  const slash = id.indexOf("/");
  if (details.length === 0 && provider === void 0 && slash > 0 && book.providers().includes(id.slice(0, slash).toLowerCase())) {
    return exactModels(book, id.slice(slash + 1), id.slice(0, slash)).map((d) => ({ ...d, matched: ["prefix"] }));
  }
  return details;
}

// src/core/review/catalog-diff.ts
function kilo(tokens) {
  return tokens % 1e3 === 0 ? `${tokens / 1e3}K` : String(tokens);
}
function rateFields(prefix, suffix, rates2, out) {
  out.set(`${prefix}input${suffix}`, rates2.input);
  out.set(`${prefix}output${suffix}`, rates2.output);
  if (rates2.cachedInput) out.set(`${prefix}cached input${suffix}`, rates2.cachedInput);
}
function modelFields(model) {
  const out = /* @__PURE__ */ new Map();
  if (model.serverless) rateFields("", "", model.serverless, out);
  else out.set("serverless", "not offered");
  switch (model.batch.kind) {
    case "discounted":
      out.set("batch", "discounted");
      rateFields("batch ", "", model.batch.rates, out);
      break;
    case "serverless-price":
      out.set("batch", "serverless price");
      break;
    case "not-offered":
      out.set("batch", "not offered");
      break;
    case "unknown":
      out.set("batch", "unknown");
  }
  for (const tier of model.longContext) rateFields("", ` above ${kilo(tier.aboveInputTokens)}`, tier, out);
  return out;
}
function hardwareFields(hw) {
  const out = /* @__PURE__ */ new Map();
  out.set("dedicated GPU-hour", hw.dedicatedHourly ?? "not offered");
  out.set("cluster GPU-hour", hw.clusterHourly ?? "not offered");
  return out;
}
function valueChange(old, now) {
  if (!(old instanceof Decimal) || !(now instanceof Decimal)) return old === now ? void 0 : {};
  if (old.eq(now)) return void 0;
  const change = now.minus(old);
  return { change, ...old.isZero() ? {} : { percent: change.div(old).times(100) } };
}
var keyOf = (row) => `${row.provider.toLowerCase()}\0${row.id.toLowerCase()}`;
function diffEntries(kind, olds, news, fields) {
  const changes = [];
  const oldByKey = new Map(olds.map((r) => [keyOf(r), r]));
  const newByKey = new Map(news.map((r) => [keyOf(r), r]));
  const keys = [.../* @__PURE__ */ new Set([...oldByKey.keys(), ...newByKey.keys()])].sort();
  for (const key of keys) {
    const before = oldByKey.get(key);
    const after = newByKey.get(key);
    const { provider, id } = after ?? before;
    if (!before || !after) {
      changes.push({ kind, provider, id, field: "entry", old: before ? "present" : "absent", new: after ? "present" : "absent" });
      continue;
    }
    const a = fields(before);
    const b = fields(after);
    for (const field of /* @__PURE__ */ new Set([...a.keys(), ...b.keys()])) {
      const old = a.get(field) ?? "absent";
      const now = b.get(field) ?? "absent";
      const moved = valueChange(old, now);
      if (moved) changes.push({ kind, provider, id, field, old, new: now, ...moved });
    }
  }
  return changes;
}
function diffPriceBooks(oldBook, newBook) {
  const before = effectiveEntries(oldBook);
  const after = effectiveEntries(newBook);
  return [...diffEntries("model", before.models, after.models, modelFields), ...diffEntries("hardware", before.hardware, after.hardware, hardwareFields)];
}
function diffWorkloadCosts(manifests, oldBook, newBook) {
  const moves = [];
  const olds = [];
  const news = [];
  let compared = 0;
  for (const manifest of manifests) {
    for (const workload of manifest.workloads) {
      compared++;
      const costOf = (book) => {
        const estimate = estimateWorkload(workload, manifest, book);
        return estimate.priced ? estimate.cost?.monthlyCost : void 0;
      };
      const old = costOf(oldBook);
      const now = costOf(newBook);
      if (old && now) {
        olds.push(old);
        news.push(now);
      }
      const change = old && now ? now.minus(old) : void 0;
      if (change?.isZero() || !old && !now) continue;
      moves.push({
        file: workload.file,
        workload: workload.name,
        provider: workload.provider,
        model: workload.model,
        mode: workload.mode,
        ...old ? { old } : {},
        ...now ? { new: now } : {},
        ...change ? { change } : {},
        ...change && old && !old.isZero() ? { percent: change.div(old).times(100) } : {}
      });
    }
  }
  moves.sort((a, b) => (b.change?.abs() ?? ZERO.minus(1)).comparedTo(a.change?.abs() ?? ZERO.minus(1)) || a.file.localeCompare(b.file) || a.workload.localeCompare(b.workload));
  const oldTotal = sum(olds);
  const newTotal = sum(news);
  return { workloads: moves, workloadsCompared: compared, total: { old: oldTotal, new: newTotal, change: newTotal.minus(oldTotal) } };
}
function diffCatalogs(oldBook, newBook, manifests) {
  return { changes: diffPriceBooks(oldBook, newBook), ...diffWorkloadCosts(manifests, oldBook, newBook) };
}

// src/core/prices/import/genai-prices.ts
var GENAI_PRICES_SOURCE_KEY = "genai-prices";
function priceValue(value) {
  const plain = finiteNumber(value);
  if (plain !== void 0) return plain;
  if (!isRecord(value) || finiteNumber(value.base) === void 0 || !Array.isArray(value.tiers)) return void 0;
  const tiers = value.tiers.filter(isRecord).map((tier) => ({ start: finiteNumber(tier.start), price: finiteNumber(tier.price) })).filter((tier) => tier.start !== void 0 && tier.price !== void 0).sort((a, b) => a.start - b.start);
  return { base: value.base, tiers };
}
function basePrice(value) {
  return typeof value === "number" ? value : value.base;
}
function priceAbove(value, threshold) {
  if (typeof value === "number") return value;
  let price = value.base;
  for (const tier of value.tiers) if (tier.start <= threshold) price = tier.price;
  return price;
}
function resolvePrices(prices, date, label, warnings) {
  if (isRecord(prices)) return { prices };
  if (!Array.isArray(prices)) return void 0;
  const conditional = prices.filter(isRecord).filter((entry) => isRecord(entry.prices));
  if (conditional.length === 0) return void 0;
  let chosen;
  const upcoming = [];
  for (const entry of conditional) {
    const constraint = entry.constraint;
    if (!isRecord(constraint)) {
      chosen = entry;
    } else if (typeof constraint.start_date === "string") {
      if (constraint.start_date <= date) chosen = entry;
      else upcoming.push(describeChange(constraint.start_date, entry.prices));
    } else {
      warnings.push(`${label}: time-of-day price window ignored (not modelled); regular price used`);
    }
  }
  const picked = chosen ?? conditional[0];
  const notes = [];
  if (isRecord(picked.constraint) && typeof picked.constraint.start_date === "string") {
    notes.push(`price in force since ${picked.constraint.start_date}`);
  }
  if (upcoming.length > 0) notes.push(`source schedules ${upcoming.join("; ")}`);
  return { prices: picked.prices, ...notes.length > 0 ? { note: notes.join("; ") } : {} };
}
function describeChange(startDate, prices) {
  const input = priceValue(prices.input_mtok);
  const output = priceValue(prices.output_mtok);
  const rates2 = input !== void 0 && output !== void 0 ? ` to ${basePrice(input)}/${basePrice(output)} per 1M in/out` : "";
  return `a price change on ${startDate}${rates2}`;
}
function exactMatches(match) {
  if (!isRecord(match)) return [];
  if (typeof match.equals === "string") return [match.equals];
  if (Array.isArray(match.or)) return match.or.flatMap(exactMatches);
  return [];
}
function aliasesOf(id, match) {
  const seen = /* @__PURE__ */ new Set([id.toLowerCase()]);
  const aliases = [];
  for (const spelling of exactMatches(match)) {
    if (seen.has(spelling.toLowerCase())) continue;
    seen.add(spelling.toLowerCase());
    aliases.push(spelling);
  }
  return aliases;
}
function longContextTiers(input, output, cached, cacheWrite) {
  const thresholds = /* @__PURE__ */ new Set();
  for (const value of [input, output, cached, cacheWrite]) {
    if (value !== void 0 && typeof value !== "number") for (const tier of value.tiers) thresholds.add(tier.start);
  }
  return [...thresholds].sort((a, b) => a - b).map((aboveInputTokens) => ({
    aboveInputTokens,
    input: priceAbove(input, aboveInputTokens),
    output: priceAbove(output, aboveInputTokens),
    ...cached !== void 0 ? { cachedInput: priceAbove(cached, aboveInputTokens) } : {},
    ...cacheWrite !== void 0 ? { cacheWrite: priceAbove(cacheWrite, aboveInputTokens) } : {}
  }));
}
function convertModel(raw, provider, options, warnings) {
  const id = typeof raw.id === "string" ? raw.id : void 0;
  if (id === void 0) {
    warnings.push(`${provider}: model without id; skipped`);
    return void 0;
  }
  const label = `${provider}/${id}`;
  const resolved = resolvePrices(raw.prices, options.effectiveDate ?? options.sourceDate, label, warnings);
  const input = resolved && priceValue(resolved.prices.input_mtok);
  const output = resolved && priceValue(resolved.prices.output_mtok);
  if (!resolved || input === void 0 || output === void 0) {
    warnings.push(`${label}: no input/output token price; skipped`);
    return void 0;
  }
  const cached = priceValue(resolved.prices.cache_read_mtok);
  const cacheWrite = priceValue(resolved.prices.cache_write_mtok);
  const model = {
    provider,
    id,
    source: GENAI_PRICES_SOURCE_KEY,
    asOf: options.sourceDate,
    serverless: {
      input: basePrice(input),
      output: basePrice(output),
      ...cached !== void 0 ? { cachedInput: basePrice(cached) } : {},
      ...cacheWrite !== void 0 ? { cacheWrite: basePrice(cacheWrite) } : {}
    }
  };
  const aliases = aliasesOf(id, raw.match);
  if (aliases.length > 0) model.aliases = aliases;
  const context = finiteNumber(raw.context_window);
  if (context !== void 0 && context > 0) model.contextWindow = context;
  const tiers = longContextTiers(input, output, cached, cacheWrite);
  if (tiers.length > 0) model.longContext = tiers;
  if (raw.deprecated === true) model.deprecated = true;
  const notes = [];
  if (typeof raw.prices_checked === "string") notes.push(`prices checked ${raw.prices_checked}`);
  if (resolved.note) notes.push(resolved.note);
  if (basePrice(input) === 0 && basePrice(output) === 0) notes.push("source lists this model as free (0 USD)");
  if (notes.length > 0) model.note = notes.join("; ");
  return model;
}
function importGenaiPrices(data, options) {
  const warnings = [];
  const catalog = emptyCatalog(
    GENAI_PRICES_SOURCE_KEY,
    "pydantic/genai-prices v2 data",
    "https://github.com/pydantic/genai-prices/blob/main/prices/new_data/v2/data.json",
    options,
    "MIT"
  );
  const providers = Array.isArray(data) ? data : [data];
  const seen = /* @__PURE__ */ new Set();
  for (const rawProvider of providers) {
    if (!isRecord(rawProvider) || typeof rawProvider.id !== "string" || !Array.isArray(rawProvider.models)) {
      warnings.push("entry is not a genai-prices provider (id + models); skipped");
      continue;
    }
    const provider = mapProviderId(rawProvider.id);
    if (options.provider !== void 0 && provider !== options.provider) continue;
    for (const rawModel of rawProvider.models) {
      if (!isRecord(rawModel)) continue;
      const model = convertModel(rawModel, provider, options, warnings);
      if (model) addUnique(catalog.models, seen, model, warnings, `${provider}/${model.id}`);
    }
  }
  return { catalog, warnings };
}

// src/core/prices/import/litellm.ts
var LITELLM_SOURCE_KEY = "litellm";
var TEXT_MODES = /* @__PURE__ */ new Set(["chat", "completion", "responses"]);
var TIER_KEY = /^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost)_above_(\d+)k_tokens$/;
function litellmProvider(litellmProviderValue) {
  return litellmProviderValue.startsWith("vertex_ai") ? "vertex_ai" : mapProviderId(litellmProviderValue);
}
function modelIdFromKey(key, provider) {
  const slash = key.indexOf("/");
  if (slash > 0 && litellmProvider(key.slice(0, slash)) === provider) return key.slice(slash + 1);
  return key;
}
function longContextTiers2(entry, key, warnings) {
  const byThreshold = /* @__PURE__ */ new Map();
  for (const [field, value] of Object.entries(entry)) {
    const match = TIER_KEY.exec(field);
    const price = finiteNumber(value);
    if (!match || price === void 0) continue;
    const threshold = Number(match[2]) * 1e3;
    const kind = match[1] === "input_cost_per_token" ? "input" : match[1] === "output_cost_per_token" ? "output" : "cachedInput";
    const tier = byThreshold.get(threshold) ?? {};
    tier[kind] = perTokenToPerMillion(price);
    byThreshold.set(threshold, tier);
  }
  const tiers = [];
  for (const [aboveInputTokens, tier] of [...byThreshold].sort((a, b) => a[0] - b[0])) {
    if (tier.input === void 0 || tier.output === void 0) {
      warnings.push(`${key}: long-context tier above ${aboveInputTokens} tokens lacks an input or output price; tier skipped`);
      continue;
    }
    tiers.push({
      aboveInputTokens,
      input: tier.input,
      output: tier.output,
      ...tier.cachedInput !== void 0 ? { cachedInput: tier.cachedInput } : {}
    });
  }
  return tiers;
}
function batchOffer(entry, key, warnings) {
  const input = finiteNumber(entry.input_cost_per_token_batches);
  const output = finiteNumber(entry.output_cost_per_token_batches);
  if (input === void 0 && output === void 0) return void 0;
  if (input === void 0 || output === void 0) {
    warnings.push(`${key}: batch price given for only one of input/output; batch left unknown`);
    return void 0;
  }
  return { available: true, discounted: true, input: perTokenToPerMillion(input), output: perTokenToPerMillion(output) };
}
function importLiteLLM(data, options) {
  const warnings = [];
  const catalog = emptyCatalog(
    LITELLM_SOURCE_KEY,
    "LiteLLM model_prices_and_context_window.json",
    "https://github.com/BerriAI/litellm/blob/main/model_prices_and_context_window.json",
    options,
    "MIT"
  );
  if (!isRecord(data)) {
    warnings.push("LiteLLM data is not a JSON object; nothing imported");
    return { catalog, warnings };
  }
  const seen = /* @__PURE__ */ new Set();
  const skippedModes = /* @__PURE__ */ new Map();
  for (const [key, entry] of Object.entries(data)) {
    if (key === "sample_spec" || !isRecord(entry) || typeof entry.litellm_provider !== "string") continue;
    const provider = litellmProvider(entry.litellm_provider);
    if (options.provider !== void 0 && provider !== options.provider) continue;
    const mode = typeof entry.mode === "string" ? entry.mode : "unknown";
    if (!TEXT_MODES.has(mode)) {
      skippedModes.set(mode, (skippedModes.get(mode) ?? 0) + 1);
      continue;
    }
    if (/^together-ai-/.test(key)) {
      warnings.push(`${key}: size-bracket fallback price, not a model; skipped`);
      continue;
    }
    const input = finiteNumber(entry.input_cost_per_token);
    const output = finiteNumber(entry.output_cost_per_token);
    if (input === void 0 || output === void 0) {
      warnings.push(`${key}: no input/output price; skipped`);
      continue;
    }
    const cached = finiteNumber(entry.cache_read_input_token_cost);
    const cacheWrite = finiteNumber(entry.cache_creation_input_token_cost);
    const model = {
      provider,
      id: modelIdFromKey(key, provider),
      source: LITELLM_SOURCE_KEY,
      asOf: options.sourceDate,
      serverless: {
        input: perTokenToPerMillion(input),
        output: perTokenToPerMillion(output),
        ...cached !== void 0 ? { cachedInput: perTokenToPerMillion(cached) } : {},
        ...cacheWrite !== void 0 ? { cacheWrite: perTokenToPerMillion(cacheWrite) } : {}
      }
    };
    if (input === 0 && output === 0) model.note = "source lists this model as free (0 USD)";
    const context = finiteNumber(entry.max_input_tokens);
    if (context !== void 0 && context > 0) model.contextWindow = context;
    if (context !== void 0 && context > 0) model.maxInputTokens = context;
    const maxOutput = finiteNumber(entry.max_output_tokens);
    if (maxOutput !== void 0 && maxOutput > 0) model.maxOutputTokens = maxOutput;
    const batch = batchOffer(entry, key, warnings);
    if (batch) model.batch = batch;
    const tiers = longContextTiers2(entry, key, warnings);
    if (tiers.length > 0) model.longContext = tiers;
    if (typeof entry.deprecation_date === "string" && entry.deprecation_date <= options.sourceDate) model.deprecated = true;
    addUnique(catalog.models, seen, model, warnings, key);
  }
  for (const [mode, count] of skippedModes) {
    warnings.push(`skipped ${count} ${mode} entries (not priced per input/output text token)`);
  }
  return { catalog, warnings };
}

// src/core/prices/import/models-dev.ts
var MODELS_DEV_SOURCE_KEY = "models.dev";
var MODELS_DEV_LONG_CONTEXT_THRESHOLD = 2e5;
function feedProviderId(block) {
  if (typeof block.id === "string") return block.id;
  const meta = isRecord(block.provider) ? block.provider : block;
  if (typeof meta.id === "string") return meta.id;
  if (typeof meta.npm === "string") return meta.npm.split("/").pop();
  return void 0;
}
function cachedRate(cost, label, warnings) {
  const cacheRead = finiteNumber(cost.cache_read);
  if (cacheRead !== void 0) return cacheRead;
  const cachedInput = finiteNumber(cost.cached_input);
  if (cachedInput !== void 0) warnings.push(`${label}: cached-input rate read from nonstandard key cost.cached_input`);
  return cachedInput;
}
function convertModel2(id, raw, provider, options, warnings) {
  const label = `${provider}/${id}`;
  const outputs = isRecord(raw.modalities) && Array.isArray(raw.modalities.output) ? raw.modalities.output : ["text"];
  if (!outputs.includes("text")) {
    warnings.push(`${label}: produces no text (${outputs.join(", ")}); skipped`);
    return void 0;
  }
  const cost = isRecord(raw.cost) ? raw.cost : {};
  const input = finiteNumber(cost.input);
  const output = finiteNumber(cost.output);
  if (input === void 0 || output === void 0) {
    warnings.push(`${label}: no input/output cost; skipped`);
    return void 0;
  }
  const cached = cachedRate(cost, label, warnings);
  const cacheWrite = finiteNumber(cost.cache_write);
  const model = {
    provider,
    id,
    source: MODELS_DEV_SOURCE_KEY,
    asOf: options.sourceDate,
    serverless: {
      input,
      output,
      ...cached !== void 0 ? { cachedInput: cached } : {},
      ...cacheWrite !== void 0 ? { cacheWrite } : {}
    }
  };
  const limit = isRecord(raw.limit) ? raw.limit : {};
  const context = finiteNumber(limit.context);
  if (context !== void 0 && context > 0) model.contextWindow = context;
  const maxInput = finiteNumber(limit.input);
  if (maxInput !== void 0 && maxInput > 0) model.maxInputTokens = maxInput;
  const maxOutput = finiteNumber(limit.output);
  if (maxOutput !== void 0 && maxOutput > 0) model.maxOutputTokens = maxOutput;
  const over = isRecord(cost.context_over_200k) ? cost.context_over_200k : void 0;
  if (over) {
    const tierInput = finiteNumber(over.input);
    const tierOutput = finiteNumber(over.output);
    const tierCached = finiteNumber(over.cache_read);
    if (tierInput !== void 0 && tierOutput !== void 0) {
      model.longContext = [
        {
          aboveInputTokens: MODELS_DEV_LONG_CONTEXT_THRESHOLD,
          input: tierInput,
          output: tierOutput,
          ...tierCached !== void 0 ? { cachedInput: tierCached } : {}
        }
      ];
    } else {
      warnings.push(`${label}: context_over_200k lacks input or output; tier skipped`);
    }
  }
  if (raw.status === "deprecated") model.deprecated = true;
  if (input === 0 && output === 0) model.note = "source lists this model as free (0 USD)";
  return model;
}
function importModelsDev(data, options) {
  const warnings = [];
  const catalog = emptyCatalog(
    MODELS_DEV_SOURCE_KEY,
    "models.dev provider data",
    "https://github.com/anomalyco/models.dev",
    options,
    "MIT"
  );
  if (!isRecord(data)) {
    warnings.push("models.dev data is not a JSON object; nothing imported");
    return { catalog, warnings };
  }
  const blocks = isRecord(data.models) ? [data] : Object.values(data).filter(isRecord).filter((block) => isRecord(block.models));
  const seen = /* @__PURE__ */ new Set();
  for (const block of blocks) {
    const feedId = feedProviderId(block);
    const provider = feedId !== void 0 ? mapProviderId(feedId) : options.provider;
    if (provider === void 0) {
      warnings.push("models.dev block names no provider and options.provider is not set; skipped");
      continue;
    }
    if (options.provider !== void 0 && provider !== options.provider) continue;
    for (const [id, raw] of Object.entries(block.models)) {
      if (!isRecord(raw)) continue;
      const model = convertModel2(id, raw, provider, options, warnings);
      if (model) addUnique(catalog.models, seen, model, warnings, `${provider}/${id}`);
    }
  }
  return { catalog, warnings };
}

// src/core/prices/import/openrouter.ts
var OPENROUTER_SOURCE_KEY = "openrouter";
function perMillion(value) {
  if (typeof value !== "string" && typeof value !== "number") return void 0;
  try {
    return new Decimal(value).times(1e6).toNumber();
  } catch {
    return void 0;
  }
}
function importOpenRouter(data, options) {
  const warnings = [];
  const catalog = emptyCatalog(OPENROUTER_SOURCE_KEY, "OpenRouter API /api/v1/models", "https://openrouter.ai/api/v1/models", options, "OpenRouter terms");
  if (!isRecord(data) || !Array.isArray(data.data)) {
    warnings.push("OpenRouter data is not { data: [...] }; nothing imported");
    return { catalog, warnings };
  }
  const seen = /* @__PURE__ */ new Set();
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
    if (input === void 0 || output === void 0) {
      warnings.push(`${id}: no prompt/completion price; skipped`);
      continue;
    }
    if (input < 0 || output < 0) {
      warnings.push(`${id}: variable price (routes to other models); skipped`);
      continue;
    }
    const cached = perMillion(pricing.input_cache_read);
    const cacheWrite = perMillion(pricing.input_cache_write);
    const model = {
      provider: OPENROUTER_SOURCE_KEY,
      id,
      source: OPENROUTER_SOURCE_KEY,
      asOf: options.sourceDate,
      serverless: {
        input,
        output,
        ...cached !== void 0 && cached > 0 ? { cachedInput: cached } : {},
        ...cacheWrite !== void 0 && cacheWrite > 0 ? { cacheWrite } : {}
      }
    };
    const context = finiteNumber(raw.context_length);
    if (context !== void 0 && context > 0) model.contextWindow = context;
    const top = isRecord(raw.top_provider) ? raw.top_provider : {};
    const maxOutput = finiteNumber(top.max_completion_tokens);
    if (maxOutput !== void 0 && maxOutput > 0) model.maxOutputTokens = maxOutput;
    if (input === 0 && output === 0) model.note = "source lists this model as free (0 USD)";
    addUnique(catalog.models, seen, model, warnings, id);
  }
  if (notText > 0) warnings.push(`skipped ${notText} models that produce no text (images, audio, embeddings)`);
  return { catalog, warnings };
}

// src/core/prices/import/together.ts
var TOGETHER_SOURCE_KEY = "together-api";
var TEXT_TYPES = /* @__PURE__ */ new Set(["chat", "language", "code"]);
function importTogether(data, options) {
  const warnings = [];
  const catalog = emptyCatalog(TOGETHER_SOURCE_KEY, "Together AI API /v1/models", "https://api.together.xyz/v1/models", options, "Together AI terms");
  const entries = Array.isArray(data) ? data : isRecord(data) && Array.isArray(data.data) ? data.data : void 0;
  if (entries === void 0) {
    warnings.push("Together data is neither a JSON array nor { data: [...] }; nothing imported");
    return { catalog, warnings };
  }
  const seen = /* @__PURE__ */ new Set();
  const skippedTypes = /* @__PURE__ */ new Map();
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
    if (input === void 0 || output === void 0) {
      warnings.push(`${id}: no input/output price; skipped`);
      continue;
    }
    if (input === 0 && output === 0 && (finiteNumber(pricing.hourly) ?? 0) > 0) {
      warnings.push(`${id}: priced by the hour only (dedicated); skipped`);
      continue;
    }
    const cached = finiteNumber(pricing.cached_input);
    const model = {
      provider: "together",
      id,
      source: TOGETHER_SOURCE_KEY,
      asOf: options.sourceDate,
      serverless: { input, output, ...cached !== void 0 ? { cachedInput: cached } : {} }
    };
    const context = finiteNumber(raw.context_length);
    if (context !== void 0 && context > 0) model.contextWindow = context;
    if (input === 0 && output === 0) model.note = "source lists this model as free (0 USD)";
    addUnique(catalog.models, seen, model, warnings, id);
  }
  for (const [type, count] of skippedTypes) warnings.push(`skipped ${count} ${type} models (not priced per input/output text token)`);
  return { catalog, warnings };
}

// src/core/prices/import/index.ts
var IMPORTERS = {
  together: importTogether,
  openrouter: importOpenRouter,
  litellm: importLiteLLM,
  "genai-prices": importGenaiPrices,
  "models.dev": importModelsDev
};

// src/core/prices/verify.ts
var VERIFIED_FIELDS = ["input", "output", "cachedInput", "cacheWrite", "batch input", "batch output"];
function statements(model, book) {
  const out = /* @__PURE__ */ new Map();
  const add = (field, value, source, asOf) => {
    if (value === void 0) return;
    out.set(field, { book: book.label, value, source, ...book.catalog.sources[source] ? { sourceTitle: book.catalog.sources[source].title } : {}, asOf });
  };
  const s = model.serverless;
  if (s) {
    const source = s.source ?? model.source;
    const asOf = s.asOf ?? model.asOf;
    add("input", s.input, source, asOf);
    add("output", s.output, source, asOf);
    add("cachedInput", s.cachedInput, source, asOf);
    add("cacheWrite", s.cacheWrite, source, asOf);
  }
  const b = model.batch;
  if (b?.available && b.discounted) {
    add("batch input", b.input, b.source ?? model.source, b.asOf ?? model.asOf);
    add("batch output", b.output, b.source ?? model.source, b.asOf ?? model.asOf);
  }
  return out;
}
function index(catalog) {
  const map = /* @__PURE__ */ new Map();
  for (const model of catalog.models) {
    for (const name of [model.id, ...model.aliases ?? []]) {
      const key = `${model.provider}\0${name.toLowerCase()}`;
      if (!map.has(key)) map.set(key, model);
    }
  }
  return map;
}
function verifyBooks(books, tolerancePercent) {
  const [first, ...others] = books;
  if (first === void 0) throw new Error("verifyBooks needs at least one book");
  const indexes = others.map((book) => ({ book, byName: index(book.catalog) }));
  const tolerance = new Decimal(tolerancePercent).div(100);
  const disagreements = [];
  let compared = 0;
  for (const model of first.catalog.models) {
    const mine = statements(model, first);
    let seen = false;
    for (const { book, byName } of indexes) {
      const match = [model.id, ...model.aliases ?? []].map((n) => byName.get(`${model.provider}\0${n.toLowerCase()}`)).find(Boolean);
      if (!match) continue;
      seen = true;
      const theirs = statements(match, book);
      for (const field of VERIFIED_FIELDS) {
        const a = mine.get(field);
        const b = theirs.get(field);
        if (!a || !b) continue;
        const base = new Decimal(String(a.value));
        const diff2 = new Decimal(String(b.value)).minus(base);
        const beyond = base.isZero() ? !diff2.isZero() : diff2.abs().div(base).gt(tolerance);
        if (!beyond) continue;
        disagreements.push({
          provider: model.provider,
          id: model.id,
          field,
          first: a,
          other: b,
          ...base.isZero() ? {} : { percent: diff2.div(base).times(100).toDecimalPlaces(1).toNumber() },
          newer: b.asOf > a.asOf
        });
      }
    }
    if (seen) compared++;
  }
  return {
    books: books.map((b) => ({ label: b.label, version: b.catalog.version, asOf: b.catalog.asOf, models: b.catalog.models.length })),
    tolerancePercent,
    compared,
    disagreements,
    outdated: disagreements.some((d) => d.newer)
  };
}

// src/cli/feeds.ts
var FEEDS = {
  together: { importer: "together", url: "https://api.together.xyz/v1/models", authEnv: "TOGETHER_API_KEY", needsKey: true },
  openrouter: { importer: "openrouter", url: "https://openrouter.ai/api/v1/models", authEnv: "OPENROUTER_API_KEY", needsKey: false },
  litellm: { importer: "litellm", url: "https://raw.githubusercontent.com/BerriAI/litellm/main/model_prices_and_context_window.json" },
  "models-dev": { importer: "models.dev", url: "https://models.dev/api.json" },
  "genai-prices": { importer: "genai-prices", url: "https://raw.githubusercontent.com/pydantic/genai-prices/main/prices/new_data/v2/data.json" }
};
var FEED_NAMES = Object.keys(FEEDS);

// src/cli/catalog.ts
function ratesText(r) {
  return `${formatUnitPrice(r.input)} / ${formatUnitPrice(r.output)}`;
}
function batchText(b) {
  switch (b.kind) {
    case "discounted":
      return ratesText(b.rates);
    case "serverless-price":
      return "no discount";
    case "not-offered":
      return "not offered";
    case "unknown":
      return "unknown";
  }
}
function kilo2(tokens) {
  return tokens % 1e3 === 0 ? `${formatNumber(new Decimal(tokens / 1e3))}K` : formatNumber(new Decimal(tokens));
}
function tiersText(m) {
  return m.longContext.map((t) => `>${kilo2(t.aboveInputTokens)} ${ratesText(t)}`).join("; ") || "-";
}
function booksLine(books) {
  return `Price books (lowest precedence first): ${books.map((b) => `${sanitizePlain(b.origin)} ${sanitizePlain(b.version)} (as of ${b.asOf})`).join(", ")}`;
}
async function bookFromFlags(io, catalogFiles) {
  const { layers, findings } = await loadLayers(io.cwd, catalogFiles);
  if (findings.length > 0) throw new UsageError(findings.map((f) => f.message).join("; "));
  return new PriceBook(layers);
}
async function list({ values, positionals }, io) {
  if (positionals.length > 0) throw new UsageError(`catalog list takes no arguments, got ${positionals.join(" ")}`);
  const mode = values.mode;
  const book = await bookFromFlags(io, values.catalog);
  const listing = listCatalog(book, { ...values.provider ? { provider: values.provider } : {}, ...mode ? { mode } : {} });
  if (values.provider && listing.models.length === 0 && listing.hardware.length === 0) {
    const all = listCatalog(book, {});
    const providers = new Set([...all.models, ...all.hardware].map((entry) => entry.provider));
    if (!providers.has(values.provider)) throw notFound("no provider", values.provider, providers, " in the price books");
  }
  if (values.format === "json") {
    io.stdout.write(jsonText(listing));
    return 0;
  }
  const out = [booksLine(listing.books)];
  if (listing.models.length > 0) {
    out.push("", `Models (USD per 1M tokens, input / output): ${listing.models.length}`);
    const rows = [["PROVIDER", "MODEL", "SERVERLESS", "CACHED IN", "BATCH", "LONG CONTEXT", "CONTEXT", "BOOK", "AS OF"]];
    for (const m of listing.models) {
      rows.push([
        sanitizePlain(m.provider),
        sanitizePlain(m.id) + (m.deprecated ? " (deprecated)" : ""),
        m.serverless ? ratesText(m.serverless) : "-",
        m.serverless?.cachedInput ? formatUnitPrice(m.serverless.cachedInput) : "-",
        batchText(m.batch),
        tiersText(m),
        m.contextWindow !== void 0 ? formatNumber(new Decimal(m.contextWindow)) : "-",
        sanitizePlain(m.book),
        m.asOf
      ]);
    }
    out.push(...columns(rows).map((l) => `  ${l}`));
  }
  if (listing.hardware.length > 0) {
    out.push("", `Hardware (USD per GPU-hour): ${listing.hardware.length}`);
    const rows = [["PROVIDER", "HARDWARE", "NAME", "DEDICATED", "CLUSTER", "BOOK", "AS OF"]];
    for (const h of listing.hardware) {
      rows.push([sanitizePlain(h.provider), sanitizePlain(h.id), sanitizePlain(h.name), h.dedicatedHourly ? formatUnitPrice(h.dedicatedHourly) : "-", h.clusterHourly ? formatUnitPrice(h.clusterHourly) : "-", sanitizePlain(h.book), h.asOf]);
    }
    out.push(...columns(rows).map((l) => `  ${l}`));
  }
  if (listing.models.length === 0 && listing.hardware.length === 0) out.push("", "No entries match.");
  io.stdout.write(`${out.join("\n")}
`);
  return 0;
}
function ratesLine(r) {
  const cached = r.cachedInput ? `, cached input ${formatUnitPrice(r.cachedInput)}` : "";
  const write = r.cacheWrite ? `, cache write ${formatUnitPrice(r.cacheWrite)}` : "";
  return `input ${formatUnitPrice(r.input)}, output ${formatUnitPrice(r.output)}${cached}${write}`;
}
function modelLines(m) {
  const lines = [`${sanitizePlain(m.provider)} ${sanitizePlain(m.id)}${m.deprecated ? " (deprecated)" : ""}   [book: ${sanitizePlain(m.book)}]`];
  if (m.aliases.length > 0) lines.push(`  aliases:      ${m.aliases.map(sanitizePlain).join(", ")}`);
  if (m.contextWindow !== void 0) lines.push(`  context:      ${formatNumber(new Decimal(m.contextWindow))} tokens`);
  if (m.maxInputTokens !== void 0) lines.push(`  max input:    ${formatNumber(new Decimal(m.maxInputTokens))} tokens per request`);
  if (m.maxOutputTokens !== void 0) lines.push(`  max output:   ${formatNumber(new Decimal(m.maxOutputTokens))} tokens per request`);
  if (m.serverless) {
    lines.push(`  serverless:   ${ratesLine(m.serverless)} per 1M tokens`);
  } else {
    lines.push("  serverless:   not offered");
  }
  const batch = m.batch;
  lines.push(
    `  batch:        ${batch.kind === "discounted" ? `${ratesLine(batch.rates)} per 1M tokens` : batch.kind === "serverless-price" ? "offered at the serverless price (no discount)" : batch.kind === "not-offered" ? "not offered" : "terms unknown (estimated at the serverless price)"}`
  );
  for (const t of m.longContext) {
    lines.push(`  long context: above ${formatNumber(new Decimal(t.aboveInputTokens))} input tokens per request, every token: ${ratesLine(t)} per 1M`);
  }
  lines.push(`  source:       ${sanitizePlain(m.source)}${m.url ? ` <${sanitizePlain(m.url)}>` : ""}, as of ${m.asOf}`);
  if (m.note) lines.push(`  note:         ${sanitizePlain(m.note)}`);
  return lines;
}
async function show({ values, positionals }, io) {
  if (positionals.length !== 1) throw new UsageError("catalog show needs exactly one MODEL");
  const id = positionals[0];
  const book = await bookFromFlags(io, values.catalog);
  const shown = showModel(book, id, values.provider);
  if ("ambiguous" in shown) {
    throw new UsageError(`"${sanitizePlain(id)}" is ambiguous: it could be ${shown.ambiguous.map((c) => `${sanitizePlain(c.provider)}/${sanitizePlain(c.id)}`).join(", ")}; give the full id or --provider`);
  }
  const { details } = shown;
  if (details.length === 0) {
    const suggestions = book.suggestModels(values.provider ?? "together", id);
    throw new UsageError(`no model "${id}"${values.provider ? ` for provider ${values.provider}` : ""} in the price books${suggestions.length ? ` (did you mean ${suggestions.join(", ")}?)` : ""}`);
  }
  if (values.format === "json") {
    io.stdout.write(jsonText(details));
    return 0;
  }
  const out = [];
  for (const detail of details) {
    if (out.length > 0) out.push("");
    out.push(...modelLines(detail.model));
    if (detail.matched.join() !== "exact") out.push(`  matched:      ${sanitizePlain(id)} -> ${sanitizePlain(detail.model.provider)}/${sanitizePlain(detail.model.id)} (${describeRules(detail.matched)})`);
    for (const replaced of detail.replaces) out.push(`  replaces:     ${sanitizePlain(replaced.book)}: ${replaced.serverless ? ratesText(replaced.serverless) : "no serverless price"} (as of ${replaced.asOf})`);
  }
  io.stdout.write(`${out.join("\n")}
`);
  return 0;
}
async function sideBook(io, name) {
  if (name === "built-in") return { book: new PriceBook([BUILTIN_LAYER]), label: `built-in ${BUILTIN_LAYER.catalog.version}` };
  const loaded = await loadCatalogFile(io.cwd, name);
  if (!("layer" in loaded)) throw new UsageError(loaded.findings.map((f) => f.message).join("; "));
  const layers = [BUILTIN_LAYER, loaded.layer];
  return { book: new PriceBook(layers), label: `${sanitizePlain(name)} ${sanitizePlain(loaded.layer.catalog.version)} (over built-in)` };
}
function valueText(value) {
  return typeof value === "string" ? value : formatUnitPrice(value);
}
function diffText(diff2, oldLabel, newLabel) {
  const out = [`Price books: ${oldLabel} -> ${newLabel}`, ""];
  if (diff2.changes.length === 0) out.push("No price differs.");
  else {
    out.push(`Prices that differ: ${diff2.changes.length} (USD per 1M tokens; per GPU-hour for hardware)`);
    const rows = [["PROVIDER", "MODEL / HARDWARE", "PRICE", "OLD", "NEW", "CHANGE"]];
    for (const c of diff2.changes) {
      rows.push([sanitizePlain(c.provider), sanitizePlain(c.id), c.field, valueText(c.old), valueText(c.new), c.change ? `${formatUnitPriceChange(c.change)}${c.percent ? ` (${formatPercentChange(c.percent, 1)})` : ""}` : ""]);
    }
    out.push(...columns(rows).map((l) => `  ${l}`));
  }
  out.push("");
  if (diff2.workloadsCompared === 0) out.push("No manifests given: no workload was priced.");
  else if (diff2.workloads.length === 0) out.push(`None of the ${diff2.workloadsCompared} workloads changes cost.`);
  else {
    out.push(`Workloads that move: ${diff2.workloads.length} of ${diff2.workloadsCompared} (monthly)`);
    const rows = [["FILE", "WORKLOAD", "MODEL", "MODE", "OLD", "NEW", "CHANGE"]];
    for (const w of diff2.workloads) {
      rows.push([
        sanitizePlain(w.file),
        sanitizePlain(w.workload),
        sanitizePlain(w.model),
        w.mode,
        w.old ? formatUsd(w.old) : "unpriced",
        w.new ? formatUsd(w.new) : "unpriced",
        w.change ? `${formatUsdChange(w.change)}${w.percent ? ` (${formatPercentChange(w.percent, 1)})` : ""}` : ""
      ]);
    }
    out.push(...columns(rows).map((l) => `  ${l}`));
    out.push("", `Total of the workloads both books price: ${formatUsd(diff2.total.old)} -> ${formatUsd(diff2.total.new)} (${formatUsdChange(diff2.total.change)}) a month`);
  }
  return `${out.join("\n")}
`;
}
async function diff({ values, positionals }, io) {
  const fmt = values.format;
  const [oldName, newName, ...paths] = positionals;
  if (!oldName || !newName) throw new UsageError("catalog diff needs OLD and NEW (price book files or built-in)");
  const before = await sideBook(io, oldName);
  const after = await sideBook(io, newName);
  let manifests = [];
  let failed = false;
  if (paths.length > 0) {
    const loaded = await loadManifests(io.cwd, paths, [], io.today);
    for (const f of loaded.inputErrors) io.stderr.write(`${formatProblem(f)}
`);
    failed = loaded.inputErrors.length > 0;
    manifests = loaded.files.flatMap((f) => f.manifest ? [f.manifest] : []);
  }
  const result = diffCatalogs(before.book, after.book, manifests);
  io.stdout.write(fmt === "json" ? jsonText({ old: before.label, new: after.label, ...result }) : diffText(result, before.label, after.label));
  return failed ? 2 : 0;
}
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var MAX_FEED_BYTES = 256 * 1024 * 1024;
async function readFeedUrl(url, feed, io, options) {
  const authEnv = "authEnv" in feed ? feed.authEnv : void 0;
  const key = authEnv ? io.env[authEnv] : void 0;
  try {
    const origins = [originOf(feed.url), ...options.keyOrigin ? [originOf(options.keyOrigin)] : []];
    const fetched = await fetchJson(url, {
      ...authEnv && key ? { credential: { name: authEnv, value: key, header: "authorization", prefix: "Bearer ", origins, allowWith: "--key-origin" } } : {},
      ...authEnv ? { keyName: authEnv } : {},
      timeoutMs: options.timeoutMs,
      retries: options.retries,
      backoffMs: 500,
      maxRetryAfterMs: 6e4,
      maxBytes: MAX_FEED_BYTES
    });
    const retrievedAt = (/* @__PURE__ */ new Date()).toISOString();
    return { data: fetched.data, sha256: fetched.sha256, url: fetched.url, retrievedAt, date: retrievedAt.slice(0, 10) };
  } catch (error) {
    if (error instanceof HttpError) throw new UsageError(error.message);
    throw error;
  }
}
async function readFeedFile(io, input) {
  const absolute = path.resolve(io.cwd, input);
  const read = await readCapped(absolute, MAX_FEED_BYTES);
  if (!("bytes" in read)) throw new UsageError(`${input} ${read.problem.message}`);
  let data;
  try {
    data = JSON.parse(new TextDecoder().decode(read.bytes));
  } catch {
    throw new UsageError(`${input} is not valid JSON`);
  }
  const sha256 = createHash("sha256").update(read.bytes).digest("hex");
  return { data, sha256, date: (await stat(absolute)).mtime.toISOString().slice(0, 10) };
}
async function writeAtomically(target, text) {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, text, { flag: "wx" });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw new UsageError(`could not write ${target}: ${error.code ?? error.message}`);
  }
}
async function importFeed({ values, positionals }, io) {
  const name = values.from;
  if (!name) throw new UsageError(`catalog import needs --from ${FEED_NAMES.join("|")}`);
  const feed = FEEDS[name];
  if (positionals.length > 1) throw new UsageError("catalog import takes at most one URL or FILE");
  if (!values.out) throw new UsageError("catalog import needs --out FILE");
  const asOf = values["as-of"];
  if (asOf !== void 0 && !DATE.test(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
  const timeoutMs = positiveInt("timeout", values.timeout, 30) * 1e3;
  const retries = values.retries === "0" ? 0 : positiveInt("retries", values.retries, 3);
  const input = positionals[0] ?? feed.url;
  const isUrl = /^https?:\/\//i.test(input);
  if (isUrl && input === feed.url && "needsKey" in feed && feed.needsKey && !io.env[feed.authEnv]) {
    throw new UsageError(`${input} needs an API key: set ${feed.authEnv}, or pass a downloaded copy of the response as FILE`);
  }
  const read = isUrl ? await readFeedUrl(input, feed, io, { timeoutMs, retries, keyOrigin: values["key-origin"] }) : await readFeedFile(io, input);
  const sourceDate = asOf ?? read.date;
  const result = IMPORTERS[feed.importer](read.data, { sourceFile: isUrl ? new URL(input).host : path.basename(input), sourceDate, ...values.provider ? { provider: values.provider } : {} });
  const { warnings } = result;
  const canonical = Object.values(result.catalog.sources)[0]?.url ?? feed.url;
  const catalog = withProvenance(result.catalog, { url: read.url ?? canonical, sha256: read.sha256, ...read.retrievedAt ? { retrievedAt: read.retrievedAt } : {} });
  for (const { index: index2, reason } of invalidModels(catalog)) {
    const [bad] = catalog.models.splice(index2, 1);
    warnings.push(`${bad?.provider}/${bad?.id}: ${reason}; skipped`);
  }
  if (catalog.models.length === 0) throw new UsageError(`no models imported from ${input}${values.provider ? ` for provider ${values.provider}` : ""}`);
  const absurd = implausiblePrices(catalog);
  if (absurd.length > 0) {
    throw new UsageError(
      `refusing to write ${values.out}: ${absurd.length} price(s) above $${MAX_PLAUSIBLE_PER_MILLION} per 1M tokens look like a unit error (${absurd.slice(0, 3).map(sanitizePlain).join(", ")}${absurd.length > 3 ? ", ..." : ""}); is the feed in USD per token where per 1M was expected?`
    );
  }
  const text = `${JSON.stringify(catalog, null, 2)}
`;
  const checked = parseCatalog(values.out, text);
  if ("findings" in checked) throw new UsageError(`the imported catalog is invalid: ${checked.findings.map((f) => f.message).join("; ")}`);
  await writeAtomically(path.resolve(io.cwd, values.out), text);
  for (const w of warnings.slice(0, 20)) io.stderr.write(`warning: ${sanitizePlain(w)}
`);
  if (warnings.length > 20) io.stderr.write(`warning: ... and ${warnings.length - 20} more
`);
  const providers = [...new Set(catalog.models.map((m) => m.provider))].sort();
  io.stdout.write(`wrote ${values.out}: ${catalog.models.length} models (${providers.map(sanitizePlain).join(", ")}) from ${feed.importer} ${sanitizePlain(input)}, as of ${sourceDate}; ${warnings.length} warning(s)
`);
  return 0;
}
async function plainBook(io, name) {
  if (name === "built-in") return { label: "built-in", catalog: BUILTIN_LAYER.catalog };
  const loaded = await loadCatalogFile(io.cwd, name);
  if (!("layer" in loaded)) throw new UsageError(loaded.findings.map((f) => f.message).join("; "));
  return { label: name, catalog: loaded.layer.catalog };
}
function statementText(s) {
  return `${formatUnitPrice(new Decimal(String(s.value)))} (${sanitizePlain(s.source)}, ${s.asOf})`;
}
function verifyText(result) {
  const [first] = result.books;
  const out = [`Price books: ${result.books.map((b) => `${sanitizePlain(b.label)} ${sanitizePlain(b.version)} (as of ${b.asOf}, ${b.models} models)`).join(", ")}`];
  out.push(`Compared ${result.compared} models of ${sanitizePlain(first.label)} that another book prices; tolerance ${result.tolerancePercent}%.`, "");
  if (result.disagreements.length === 0) out.push("No price differs beyond the tolerance.");
  else {
    out.push(`Prices that differ: ${result.disagreements.length} (USD per 1M tokens; value, source, as of)`);
    const rows = [["PROVIDER", "MODEL", "PRICE", `${sanitizePlain(first.label)} USES`, "BOOK", "SAYS", "CHANGE", ""]];
    for (const d of result.disagreements) {
      rows.push([sanitizePlain(d.provider), sanitizePlain(d.id), d.field, statementText(d.first), sanitizePlain(d.other.book), statementText(d.other), d.percent !== void 0 ? formatPercentChange(new Decimal(d.percent), 1) : "", d.newer ? "newer" : ""]);
    }
    out.push(...columns(rows).map((l) => `  ${l}`.trimEnd()));
    const newer = result.disagreements.filter((d) => d.newer).length;
    out.push(
      "",
      newer > 0 ? `${sanitizePlain(first.label)} disagrees with a newer source on ${newer} price(s): review them (catalog diff shows what they do to your workloads).` : `Every differing source is older than ${sanitizePlain(first.label)}'s price.`
    );
  }
  return `${out.join("\n")}
`;
}
async function verify({ values, positionals }, io) {
  const fmt = values.format;
  const tolerance = Number(values.tolerance);
  if (!Number.isFinite(tolerance) || tolerance < 0 || tolerance > 100) throw new UsageError(`--tolerance must be a percentage from 0 to 100, got "${values.tolerance}"`);
  if (positionals.length < 2) throw new UsageError("catalog verify needs at least two price books (files or built-in)");
  const books = [];
  for (const name of positionals) books.push(await plainBook(io, name));
  const result = verifyBooks(books, tolerance);
  io.stdout.write(fmt === "json" ? jsonText(result) : verifyText(result));
  return result.outdated ? 1 : 0;
}
export {
  diff,
  importFeed,
  list,
  show,
  verify
};
