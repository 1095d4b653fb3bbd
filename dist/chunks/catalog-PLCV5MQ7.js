import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import "./chunk-CTMNZPL6.js";
import {
  BUILTIN_LAYER,
  Decimal,
  FEEDS,
  FEED_NAMES,
  FREE_NOTE,
  HttpError,
  MAX_FEED_DEPTH,
  MAX_PLAUSIBLE_PER_MILLION,
  PriceBook,
  UsageError,
  ZERO,
  addUnique,
  asIs,
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
  invalidModels,
  isRecord,
  jsonText,
  loadCatalogFile,
  loadLayers,
  loadManifests,
  mapProviderId,
  nestsDeeper,
  notFound,
  originOf,
  parseCatalog,
  perTokenToPerMillion,
  positiveInt,
  sanitizePlain,
  screenImplausible,
  setLimits,
  sum,
  tokenPrices,
  withProvenance
} from "./chunk-2REODJWC.js";
import {
  describeRules,
  own,
  readCapped
} from "./chunk-2IK5AYSC.js";
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
    ...model.retires !== void 0 ? { retires: model.retires } : {},
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
    for (const model of catalog.models)
      if (book.findModel(model.provider, model.id)?.model === model) models.push(modelRow(model, origin, book));
    for (const hw of catalog.hardware)
      if (book.findHardware(hw.provider, hw.id)?.hardware === hw) hardware.push(hardwareRow(hw, origin, book));
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
    const either = after ?? before;
    if (either === void 0) continue;
    const { provider, id } = either;
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
  return [
    ...diffEntries("model", before.models, after.models, modelFields),
    ...diffEntries("hardware", before.hardware, after.hardware, hardwareFields)
  ];
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
  moves.sort(
    (a, b) => (b.change?.abs() ?? ZERO.minus(1)).comparedTo(a.change?.abs() ?? ZERO.minus(1)) || a.file.localeCompare(b.file) || a.workload.localeCompare(b.workload)
  );
  const oldTotal = sum(olds);
  const newTotal = sum(news);
  return { workloads: moves, workloadsCompared: compared, total: { old: oldTotal, new: newTotal, change: newTotal.minus(oldTotal) } };
}
function diffCatalogs(oldBook, newBook, manifests) {
  return { changes: diffPriceBooks(oldBook, newBook), ...diffWorkloadCosts(manifests, oldBook, newBook) };
}

// src/core/prices/coverage.ts
function coverage(ledger, book, provider) {
  const rows = [];
  for (const [p, bySource] of Object.entries(ledger.providers)) {
    if (provider !== void 0 && p !== provider.toLowerCase()) continue;
    for (const [source, { models, explained }] of Object.entries(bySource)) {
      const row = { provider: p, source, total: models.length, covered: 0, explained: [], missing: [], percent: 100 };
      for (const id of models) {
        const reason = own(explained, id);
        if (book.resolve(id, p).kind === "found") row.covered++;
        else if (reason !== void 0) row.explained.push({ id, reason });
        else row.missing.push(id);
      }
      if (row.total > 0) row.percent = Math.floor((row.covered + row.explained.length) * 1e3 / row.total) / 10;
      rows.push(row);
    }
  }
  return rows;
}

// src/core/render/catalog-coverage.ts
function explainedLines(row) {
  const byReason = /* @__PURE__ */ new Map();
  for (const { id, reason } of row.explained) byReason.set(reason, [...byReason.get(reason) ?? [], id]);
  return [...byReason].map(([reason, ids]) => `    ${sanitizePlain(reason)} (${ids.length}): ${ids.map(sanitizePlain).join(", ")}`);
}
function renderCoverage(rows) {
  const table = [["PROVIDER", "SOURCE", "PRICED MODELS", "COVERED", "EXPLAINED", "MISSING", "COVERED OR EXPLAINED"]];
  for (const r of rows) {
    table.push([
      sanitizePlain(r.provider),
      sanitizePlain(r.source),
      String(r.total),
      String(r.covered),
      String(r.explained.length),
      String(r.missing.length),
      `${r.percent}%`
    ]);
  }
  const out = [
    "Priced text models each vendored source lists, and how many the price books in force resolve:",
    "",
    ...columns(table).map((l) => `  ${l}`)
  ];
  for (const r of rows) {
    if (r.explained.length === 0 && r.missing.length === 0) continue;
    out.push("", `${sanitizePlain(r.provider)} / ${sanitizePlain(r.source)}:`);
    out.push(...explainedLines(r));
    if (r.missing.length > 0) out.push(`    not covered, no reason recorded (${r.missing.length}): ${r.missing.map(sanitizePlain).join(", ")}`);
  }
  return `${out.join("\n")}
`;
}

// src/core/render/catalog.ts
function lines(out) {
  return `${out.join("\n")}
`;
}
function indented(rows) {
  return columns(rows).map((l) => `  ${l}`);
}
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
function modelCells(m) {
  return [
    sanitizePlain(m.provider),
    sanitizePlain(m.id) + (m.deprecated ? " (deprecated)" : ""),
    m.serverless ? ratesText(m.serverless) : "-",
    m.serverless?.cachedInput ? formatUnitPrice(m.serverless.cachedInput) : "-",
    batchText(m.batch),
    tiersText(m),
    m.contextWindow !== void 0 ? formatNumber(new Decimal(m.contextWindow)) : "-",
    sanitizePlain(m.book),
    m.asOf
  ];
}
function hardwareCells(h) {
  return [
    sanitizePlain(h.provider),
    sanitizePlain(h.id),
    sanitizePlain(h.name),
    h.dedicatedHourly ? formatUnitPrice(h.dedicatedHourly) : "-",
    h.clusterHourly ? formatUnitPrice(h.clusterHourly) : "-",
    sanitizePlain(h.book),
    h.asOf
  ];
}
function renderCatalogList(listing) {
  const out = [booksLine(listing.books)];
  if (listing.models.length > 0) {
    out.push("", `Models (USD per 1M tokens, input / output): ${listing.models.length}`);
    const header = ["PROVIDER", "MODEL", "SERVERLESS", "CACHED IN", "BATCH", "LONG CONTEXT", "CONTEXT", "BOOK", "AS OF"];
    out.push(...indented([header, ...listing.models.map(modelCells)]));
  }
  if (listing.hardware.length > 0) {
    out.push("", `Hardware (USD per GPU-hour): ${listing.hardware.length}`);
    const header = ["PROVIDER", "HARDWARE", "NAME", "DEDICATED", "CLUSTER", "BOOK", "AS OF"];
    out.push(...indented([header, ...listing.hardware.map(hardwareCells)]));
  }
  if (listing.models.length === 0 && listing.hardware.length === 0) out.push("", "No entries match.");
  return lines(out);
}
function ratesLine(r) {
  const cached = r.cachedInput ? `, cached input ${formatUnitPrice(r.cachedInput)}` : "";
  const write = r.cacheWrite ? `, cache write ${formatUnitPrice(r.cacheWrite)}` : "";
  return `input ${formatUnitPrice(r.input)}, output ${formatUnitPrice(r.output)}${cached}${write}`;
}
function batchLine(batch) {
  switch (batch.kind) {
    case "discounted":
      return `${ratesLine(batch.rates)} per 1M tokens`;
    case "serverless-price":
      return "offered at the serverless price (no discount)";
    case "not-offered":
      return "not offered";
    case "unknown":
      return "terms unknown (estimated at the serverless price)";
  }
}
function factLines(m) {
  const tokens = (n) => formatNumber(new Decimal(n));
  return [
    ...m.aliases.length > 0 ? [`  aliases:      ${m.aliases.map(sanitizePlain).join(", ")}`] : [],
    ...m.retires !== void 0 ? [`  retires:      ${m.retires} (the provider's shutdown date, per the source below)`] : [],
    ...m.contextWindow !== void 0 ? [`  context:      ${tokens(m.contextWindow)} tokens`] : [],
    ...m.maxInputTokens !== void 0 ? [`  max input:    ${tokens(m.maxInputTokens)} tokens per request`] : [],
    ...m.maxOutputTokens !== void 0 ? [`  max output:   ${tokens(m.maxOutputTokens)} tokens per request`] : []
  ];
}
function modelLines(m) {
  return [
    `${sanitizePlain(m.provider)} ${sanitizePlain(m.id)}${m.deprecated ? " (deprecated)" : ""}   [book: ${sanitizePlain(m.book)}]`,
    ...factLines(m),
    `  serverless:   ${m.serverless ? `${ratesLine(m.serverless)} per 1M tokens` : "not offered"}`,
    `  batch:        ${batchLine(m.batch)}`,
    ...m.longContext.map(
      (t) => `  long context: above ${formatNumber(new Decimal(t.aboveInputTokens))} input tokens per request, every token: ${ratesLine(t)} per 1M`
    ),
    `  source:       ${sanitizePlain(m.source)}${m.url ? ` <${sanitizePlain(m.url)}>` : ""}, as of ${m.asOf}`,
    ...m.note ? [`  note:         ${sanitizePlain(m.note)}`] : []
  ];
}
function detailLines(detail, spelling) {
  const { model } = detail;
  return [
    ...modelLines(model),
    // An exact id needs no account; any other spelling says how it was read.
    ...detail.matched.join() !== "exact" ? [`  matched:      ${sanitizePlain(spelling)} -> ${sanitizePlain(model.provider)}/${sanitizePlain(model.id)} (${describeRules(detail.matched)})`] : [],
    ...detail.replaces.map(
      (replaced) => `  replaces:     ${sanitizePlain(replaced.book)}: ${replaced.serverless ? ratesText(replaced.serverless) : "no serverless price"} (as of ${replaced.asOf})`
    )
  ];
}
function renderModelDetails(details, spelling) {
  return lines(details.flatMap((detail, i) => [...i > 0 ? [""] : [], ...detailLines(detail, spelling)]));
}
function formatUnitPriceChange(value) {
  const sign = value.isNegative() ? "-" : value.isZero() ? "" : "+";
  return `${sign}${formatUnitPrice(value.abs())}`;
}
function valueText(value) {
  return typeof value === "string" ? value : formatUnitPrice(value);
}
function withPercent(change, percent) {
  return `${change}${percent ? ` (${formatPercentChange(percent, 1)})` : ""}`;
}
function priceChangeCells(c) {
  return [
    sanitizePlain(c.provider),
    sanitizePlain(c.id),
    c.field,
    valueText(c.old),
    valueText(c.new),
    c.change ? withPercent(formatUnitPriceChange(c.change), c.percent) : ""
  ];
}
function workloadMoveCells(w) {
  return [
    sanitizePlain(w.file),
    sanitizePlain(w.workload),
    sanitizePlain(w.model),
    w.mode,
    w.old ? formatUsd(w.old) : "unpriced",
    w.new ? formatUsd(w.new) : "unpriced",
    w.change ? withPercent(formatUsdChange(w.change), w.percent) : ""
  ];
}
function priceChangeLines(diff2) {
  if (diff2.changes.length === 0) return ["No price differs."];
  return [
    `Prices that differ: ${diff2.changes.length} (USD per 1M tokens; per GPU-hour for hardware)`,
    ...indented([["PROVIDER", "MODEL / HARDWARE", "PRICE", "OLD", "NEW", "CHANGE"], ...diff2.changes.map(priceChangeCells)])
  ];
}
function workloadMoveLines(diff2) {
  if (diff2.workloadsCompared === 0) return ["No manifests given: no workload was priced."];
  if (diff2.workloads.length === 0) return [`None of the ${diff2.workloadsCompared} workloads changes cost.`];
  return [
    `Workloads that move: ${diff2.workloads.length} of ${diff2.workloadsCompared} (monthly)`,
    ...indented([["FILE", "WORKLOAD", "MODEL", "MODE", "OLD", "NEW", "CHANGE"], ...diff2.workloads.map(workloadMoveCells)]),
    "",
    `Total of the workloads both books price: ${formatUsd(diff2.total.old)} -> ${formatUsd(diff2.total.new)} (${formatUsdChange(diff2.total.change)}) a month`
  ];
}
function renderCatalogDiff(diff2, oldLabel, newLabel) {
  return lines([`Price books: ${oldLabel} -> ${newLabel}`, "", ...priceChangeLines(diff2), "", ...workloadMoveLines(diff2)]);
}
function statementText(s) {
  return `${formatUnitPrice(new Decimal(String(s.value)))} (${sanitizePlain(s.source)}, ${s.asOf})`;
}
function disagreementLines(result, first) {
  const header = ["PROVIDER", "MODEL", "PRICE", `${first} USES`, "BOOK", "SAYS", "CHANGE", ""];
  const rows = result.disagreements.map((d) => [
    sanitizePlain(d.provider),
    sanitizePlain(d.id),
    d.field,
    statementText(d.first),
    sanitizePlain(d.other.book),
    statementText(d.other),
    d.percent !== void 0 ? formatPercentChange(new Decimal(d.percent), 1) : "",
    d.newer ? "newer" : ""
  ]);
  const newer = result.disagreements.filter((d) => d.newer).length;
  return [
    `Prices that differ: ${result.disagreements.length} (USD per 1M tokens; value, source, as of)`,
    ...columns([header, ...rows]).map((l) => `  ${l}`.trimEnd()),
    "",
    newer > 0 ? `${first} disagrees with a newer source on ${newer} price(s): review them (catalog diff shows what they do to your workloads).` : `Every differing source is older than ${first}'s price.`
  ];
}
function renderVerify(result) {
  const first = sanitizePlain(result.books[0]?.label ?? "");
  return lines([
    `Price books: ${result.books.map((b) => `${sanitizePlain(b.label)} ${sanitizePlain(b.version)} (as of ${b.asOf}, ${b.models} models)`).join(", ")}`,
    `Compared ${result.compared} models of ${first} that another book prices; tolerance ${result.tolerancePercent}%.`,
    "",
    ...result.disagreements.length === 0 ? ["No price differs beyond the tolerance."] : disagreementLines(result, first)
  ]);
}
function renderImportSummary(s) {
  return `wrote ${s.out}: ${s.models} models (${s.providers.map(sanitizePlain).join(", ")}) from ${s.importer} ${sanitizePlain(s.input)}, as of ${s.sourceDate}; ${s.warnings} warning(s)
`;
}
function renderImportWarnings(warnings) {
  const shown = warnings.slice(0, 20).map((w) => `warning: ${sanitizePlain(w)}
`);
  if (warnings.length > 20) shown.push(`warning: ... and ${warnings.length - 20} more
`);
  return shown.join("");
}

// catalog/coverage.json
var coverage_default = {
  sources: {
    "genai-prices": {
      title: "pydantic/genai-prices 0.1.8 data (npm, 2026-09-23); price dates from prices/providers/*.yml @47df840a (prices_checked, else the date the price lines were written)",
      asOf: "2026-09-23"
    },
    "genai-prices-47df840a": {
      title: "pydantic/genai-prices prices/new_data/v2/data.json @47df840a (2026-08-21); used for providers the 0.1.8 subset lacks (mistral, deepseek, x-ai, cohere, groq, fireworks, perplexity, aws, azure); dated by that commit, as it carries no prices_checked",
      asOf: "2026-08-21"
    },
    litellm: {
      title: "LiteLLM model_prices_and_context_window.json (BerriAI/litellm main, fetched 2026-07-24 by the mirror RoCry/llm-api-price@8442b939)",
      asOf: "2026-07-24"
    },
    "models.dev": {
      title: "models.dev providers/togetherai @f3fc6922 (price dates: each file's last commit)",
      asOf: "2026-07-02"
    }
  },
  providers: {
    together: {
      "genai-prices": {
        models: [
          "EssentialAI/rnj-1-instruct",
          "Qwen/Qwen2.5-7B-Instruct",
          "Qwen/Qwen3-235B-A22B-Instruct-2507",
          "Qwen/Qwen3-Coder-480B-A35B-Instruct",
          "Qwen/Qwen3-Coder-Next-FP8",
          "Qwen/Qwen3-Next-80B-A3B-Instruct",
          "Qwen/Qwen3-VL-8B-Instruct",
          "Qwen/Qwen3.5-397B-A17B",
          "Qwen/Qwen3.5-9B",
          "deepcogito/cogito-671b-v2.1",
          "deepseek-ai/DeepSeek-R1",
          "deepseek-ai/DeepSeek-V3",
          "deepseek-ai/DeepSeek-V3.1",
          "google/gemma-3n-E4B-it",
          "meta-llama/Llama-3.3-70B-Instruct",
          "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
          "moonshotai/Kimi-K2.5",
          "openai/gpt-oss-120b",
          "openai/gpt-oss-20b",
          "zai-org/GLM-4.5-Air-FP8",
          "zai-org/GLM-4.6",
          "zai-org/GLM-4.7-FP8",
          "zai-org/GLM-5",
          "Austism/chronos-hermes-13b",
          "Gryphe/MythoMax-L2-13b",
          "Nexusflow/NexusRaven-V2-13B",
          "NousResearch/Nous-Capybara-7B-V1p9",
          "NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO",
          "NousResearch/Nous-Hermes-2-Mixtral-8x7B-SFT",
          "NousResearch/Nous-Hermes-2-Yi-34B",
          "NousResearch/Nous-Hermes-Llama2-13b",
          "NousResearch/Nous-Hermes-llama-2-7b",
          "Open-Orca/Mistral-7B-OpenOrca",
          "Qwen/Qwen1.5-0.5B",
          "Qwen/Qwen1.5-1.8B",
          "Qwen/Qwen1.5-14B",
          "Qwen/Qwen1.5-4B",
          "Qwen/Qwen1.5-72B",
          "Qwen/Qwen1.5-7B",
          "Undi95/ReMM-SLERP-L2-13B",
          "Undi95/Toppy-M-7B",
          "WizardLM/WizardLM-13B-V1.2",
          "allenai/OLMo-7B",
          "codellama/CodeLlama-13b-Instruct-hf",
          "codellama/CodeLlama-34b-Instruct-hf",
          "codellama/CodeLlama-70b-Instruct-hf",
          "codellama/CodeLlama-7b-Instruct-hf",
          "deepseek-ai/deepseek-coder-33b-instruct",
          "garage-bAInd/Platypus2-70B-instruct",
          "google/gemma-2b",
          "google/gemma-7b",
          "lmsys/vicuna-13b-v1.5",
          "lmsys/vicuna-7b-v1.5",
          "meta-llama/Llama-2-13b-chat-hf",
          "meta-llama/Llama-2-70b-chat-hf",
          "meta-llama/Llama-2-7b-chat-hf",
          "meta-llama/Llama-3-70b-chat-hf",
          "meta-llama/Llama-3-8b-chat-hf",
          "meta-llama/Llama-3.3-70B-Instruct-Turbo",
          "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
          "meta-llama/Llama-4-Scout-17B-16E-Instruct",
          "meta-llama/Meta-Llama-3-70B-Instruct-Lite",
          "meta-llama/Meta-Llama-3-70B-Instruct-Turbo",
          "meta-llama/Meta-Llama-3-8B-Instruct-Lite",
          "meta-llama/Meta-Llama-3-8B-Instruct-Turbo",
          "meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo",
          "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo",
          "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
          "meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo",
          "microsoft/WizardLM-2-8x22B",
          "microsoft/phi-2",
          "mistralai/Mistral-7B-Instruct-v0.1",
          "mistralai/Mistral-7B-Instruct-v0.2",
          "mistralai/Mistral-7B-v0.1",
          "mistralai/Mixtral-8x22B-Instruct-v0.1",
          "mistralai/Mixtral-8x7B-Instruct-v0.1",
          "mistralai/Mixtral-8x7B-v0.1",
          "openchat/openchat-3.5-1210",
          "snorkelai/Snorkel-Mistral-PairRM-DPO",
          "teknium/OpenHermes-2-Mistral-7B",
          "teknium/OpenHermes-2p5-Mistral-7B",
          "togethercomputer/GPT-JT-Moderation-6B",
          "togethercomputer/Llama-2-7B-32K-Instruct",
          "togethercomputer/RedPajama-INCITE-7B-Base",
          "togethercomputer/RedPajama-INCITE-7B-Chat",
          "togethercomputer/RedPajama-INCITE-7B-Instruct",
          "togethercomputer/RedPajama-INCITE-Base-3B-v1",
          "togethercomputer/RedPajama-INCITE-Chat-3B-v1",
          "togethercomputer/RedPajama-INCITE-Instruct-3B-v1",
          "togethercomputer/StripedHyena-Hessian-7B",
          "togethercomputer/StripedHyena-Nous-7B",
          "togethercomputer/alpaca-7b",
          "upstage/SOLAR-10.7B-Instruct-v1.0",
          "zero-one-ai/Yi-34B",
          "zero-one-ai/Yi-6B"
        ],
        explained: {
          "Qwen/Qwen2.5-7B-Instruct": "HuggingFace router's Hub id for Together's Qwen/Qwen2.5-7B-Instruct-Turbo, which is priced under that id (rule 2)",
          "Qwen/Qwen3-235B-A22B-Instruct-2507": "HuggingFace router's Hub id for Together's Qwen/Qwen3-235B-A22B-Instruct-2507-tput, which is priced under that id (rule 2)",
          "Qwen/Qwen3-Coder-480B-A35B-Instruct": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "deepcogito/cogito-671b-v2.1": "HuggingFace router's Hub id for Together's deepcogito/cogito-v2-1-671b, which is priced under that id (rule 2)",
          "meta-llama/Llama-3.3-70B-Instruct": "HuggingFace router's Hub id for Together's meta-llama/Llama-3.3-70B-Instruct-Turbo, which is priced under that id (rule 2)",
          "zai-org/GLM-4.7-FP8": "HuggingFace router's Hub id for Together's zai-org/GLM-4.7, which is priced under that id (rule 2)",
          "Austism/chronos-hermes-13b": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "Gryphe/MythoMax-L2-13b": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "Nexusflow/NexusRaven-V2-13B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "NousResearch/Nous-Capybara-7B-V1p9": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "NousResearch/Nous-Hermes-2-Mixtral-8x7B-DPO": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "NousResearch/Nous-Hermes-2-Mixtral-8x7B-SFT": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "NousResearch/Nous-Hermes-2-Yi-34B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "NousResearch/Nous-Hermes-Llama2-13b": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "NousResearch/Nous-Hermes-llama-2-7b": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "Open-Orca/Mistral-7B-OpenOrca": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "Qwen/Qwen1.5-0.5B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "Qwen/Qwen1.5-1.8B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "Qwen/Qwen1.5-14B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "Qwen/Qwen1.5-4B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "Qwen/Qwen1.5-72B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "Qwen/Qwen1.5-7B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "Undi95/ReMM-SLERP-L2-13B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "Undi95/Toppy-M-7B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "WizardLM/WizardLM-13B-V1.2": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "allenai/OLMo-7B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "codellama/CodeLlama-13b-Instruct-hf": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "codellama/CodeLlama-34b-Instruct-hf": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "codellama/CodeLlama-70b-Instruct-hf": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "codellama/CodeLlama-7b-Instruct-hf": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "deepseek-ai/deepseek-coder-33b-instruct": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "garage-bAInd/Platypus2-70B-instruct": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "google/gemma-2b": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "google/gemma-7b": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "lmsys/vicuna-13b-v1.5": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "lmsys/vicuna-7b-v1.5": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "meta-llama/Llama-2-13b-chat-hf": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "meta-llama/Llama-2-70b-chat-hf": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "meta-llama/Llama-2-7b-chat-hf": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "meta-llama/Llama-3-8b-chat-hf": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "meta-llama/Meta-Llama-3.3-70B-Instruct-Turbo": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "microsoft/WizardLM-2-8x22B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "microsoft/phi-2": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "mistralai/Mistral-7B-Instruct-v0.1": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "mistralai/Mistral-7B-Instruct-v0.2": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "mistralai/Mistral-7B-v0.1": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "mistralai/Mixtral-8x22B-Instruct-v0.1": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "mistralai/Mixtral-8x7B-v0.1": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "openchat/openchat-3.5-1210": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "snorkelai/Snorkel-Mistral-PairRM-DPO": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "teknium/OpenHermes-2-Mistral-7B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "teknium/OpenHermes-2p5-Mistral-7B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "togethercomputer/GPT-JT-Moderation-6B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "togethercomputer/Llama-2-7B-32K-Instruct": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "togethercomputer/RedPajama-INCITE-7B-Base": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "togethercomputer/RedPajama-INCITE-7B-Chat": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "togethercomputer/RedPajama-INCITE-7B-Instruct": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "togethercomputer/RedPajama-INCITE-Base-3B-v1": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "togethercomputer/RedPajama-INCITE-Chat-3B-v1": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "togethercomputer/RedPajama-INCITE-Instruct-3B-v1": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "togethercomputer/StripedHyena-Hessian-7B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "togethercomputer/StripedHyena-Nous-7B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "togethercomputer/alpaca-7b": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "upstage/SOLAR-10.7B-Instruct-v1.0": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "zero-one-ai/Yi-34B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)",
          "zero-one-ai/Yi-6B": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)"
        }
      },
      litellm: {
        models: [
          "Qwen/Qwen3-235B-A22B-Instruct-2507-tput",
          "Qwen/Qwen3-235B-A22B-Thinking-2507",
          "Qwen/Qwen3-235B-A22B-fp8-tput",
          "Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8",
          "deepseek-ai/DeepSeek-R1",
          "deepseek-ai/DeepSeek-R1-0528-tput",
          "deepseek-ai/DeepSeek-V3",
          "deepseek-ai/DeepSeek-V3.1",
          "meta-llama/Llama-3.3-70B-Instruct-Turbo",
          "meta-llama/Llama-3.3-70B-Instruct-Turbo-Free",
          "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8",
          "meta-llama/Llama-4-Scout-17B-16E-Instruct",
          "meta-llama/Meta-Llama-3.1-405B-Instruct-Turbo",
          "meta-llama/Meta-Llama-3.1-70B-Instruct-Turbo",
          "meta-llama/Meta-Llama-3.1-8B-Instruct-Turbo",
          "mistralai/Mixtral-8x7B-Instruct-v0.1",
          "moonshotai/Kimi-K2-Instruct",
          "openai/gpt-oss-120b",
          "openai/gpt-oss-20b",
          "zai-org/GLM-4.5-Air-FP8",
          "zai-org/GLM-4.6",
          "zai-org/GLM-4.7",
          "moonshotai/Kimi-K2.5",
          "moonshotai/Kimi-K2-Instruct-0905",
          "Qwen/Qwen3-Next-80B-A3B-Instruct",
          "Qwen/Qwen3-Next-80B-A3B-Thinking",
          "Qwen/Qwen3.5-397B-A17B"
        ],
        explained: {}
      },
      "models.dev": {
        models: [
          "LiquidAI/LFM2-24B-A2B",
          "MiniMaxAI/MiniMax-M2.5",
          "MiniMaxAI/MiniMax-M2.7",
          "MiniMaxAI/MiniMax-M3",
          "Qwen/Qwen2.5-7B-Instruct-Turbo",
          "Qwen/Qwen3-235B-A22B-Instruct-2507-tput",
          "Qwen/Qwen3-Coder-480B-A35B-Instruct-FP8",
          "Qwen/Qwen3-Coder-Next-FP8",
          "Qwen/Qwen3.5-397B-A17B",
          "Qwen/Qwen3.5-9B",
          "Qwen/Qwen3.6-Plus",
          "Qwen/Qwen3.7-Max",
          "deepcogito/cogito-v2-1-671b",
          "deepseek-ai/DeepSeek-R1",
          "deepseek-ai/DeepSeek-V3-1",
          "deepseek-ai/DeepSeek-V3",
          "deepseek-ai/DeepSeek-V4-Pro",
          "essentialai/Rnj-1-Instruct",
          "google/gemma-3n-E4B-it",
          "google/gemma-4-31B-it",
          "meta-llama/Llama-3.3-70B-Instruct-Turbo",
          "meta-llama/Meta-Llama-3-8B-Instruct-Lite",
          "moonshotai/Kimi-K2.5",
          "moonshotai/Kimi-K2.6",
          "moonshotai/Kimi-K2.7-Code",
          "nvidia/nemotron-3-ultra-550b-a55b",
          "openai/gpt-oss-120b",
          "openai/gpt-oss-20b",
          "pearl-ai/gemma-4-31b-it",
          "zai-org/GLM-5.1",
          "zai-org/GLM-5.2",
          "zai-org/GLM-5"
        ],
        explained: {
          "deepseek-ai/DeepSeek-V3-1": "genai-prices legacy Together entry without a prices_checked date: a 2023-era model, not current (rule 10)"
        }
      }
    },
    openai: {
      "genai-prices": {
        models: [
          "ada",
          "babbage",
          "chatgpt-4o-latest",
          "codex-mini",
          "computer-use",
          "curie",
          "davinci",
          "ft:gpt-3.5-turbo-",
          "ft:gpt-4o",
          "ft:gpt-4o-mini",
          "gpt-3.5-0301",
          "gpt-3.5-turbo",
          "gpt-3.5-turbo-0613",
          "gpt-3.5-turbo-1106",
          "gpt-3.5-turbo-16k",
          "gpt-3.5-turbo-instruct",
          "gpt-4",
          "gpt-4-32k",
          "gpt-4-turbo",
          "gpt-4-vision-preview",
          "gpt-4.1",
          "gpt-4.1-mini",
          "gpt-4.1-nano",
          "gpt-4.5-preview",
          "gpt-4o",
          "gpt-4o-2024-05-13",
          "gpt-4o-audio-preview",
          "gpt-4o-mini",
          "gpt-4o-mini-2024-07-18.ft-",
          "gpt-4o-mini-audio-preview",
          "gpt-4o-mini-realtime-preview",
          "gpt-4o-mini-transcribe",
          "gpt-4o-mini-tts",
          "gpt-4o-realtime-preview",
          "gpt-4o-search-preview",
          "gpt-4o-transcribe",
          "gpt-4o:extended",
          "gpt-5",
          "gpt-5-image",
          "gpt-5-image-mini",
          "gpt-5-mini",
          "gpt-5-nano",
          "gpt-5-pro",
          "gpt-5.1",
          "gpt-5.1-codex-mini",
          "gpt-5.2",
          "gpt-5.2-pro",
          "gpt-5.3",
          "gpt-5.3-codex",
          "gpt-5.4",
          "gpt-5.4-image-2",
          "gpt-5.4-mini",
          "gpt-5.4-nano",
          "gpt-5.4-pro",
          "gpt-5.5",
          "gpt-5.5-pro",
          "gpt-5.6-luna",
          "gpt-5.6-sol",
          "gpt-5.6-terra",
          "gpt-6-astra",
          "gpt-6-luna",
          "gpt-6-sol",
          "gpt-audio",
          "gpt-audio-mini",
          "gpt-chat-latest",
          "gpt-image-1",
          "gpt-image-1-mini",
          "gpt-image-1.5",
          "gpt-image-2",
          "gpt-oss-120b",
          "gpt-oss-20b",
          "gpt-oss-safeguard-20b",
          "gpt-realtime",
          "gpt-realtime-2",
          "gpt-realtime-mini",
          "o1",
          "o1-mini",
          "o1-preview",
          "o1-pro",
          "o3",
          "o3-deep-research",
          "o3-mini",
          "o3-pro",
          "o4-mini",
          "o4-mini-deep-research",
          "text-davinci-002",
          "text-davinci-003"
        ],
        explained: {
          "computer-use": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "ft:gpt-3.5-turbo-": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-4o": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-4o-mini": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "gpt-4o-audio-preview": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-mini-2024-07-18.ft-": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "gpt-4o-mini-audio-preview": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-mini-realtime-preview": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-mini-transcribe": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-mini-tts": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-realtime-preview": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-transcribe": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-5-image": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-5-image-mini": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-5.4-image-2": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-audio": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-audio-mini": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-image-1": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-image-1-mini": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-image-1.5": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-image-2": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-realtime": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-realtime-2": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-realtime-mini": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)"
        }
      },
      litellm: {
        models: [
          "babbage-002",
          "chatgpt-4o-latest",
          "codex-mini-latest",
          "davinci-002",
          "ft:babbage-002",
          "ft:davinci-002",
          "ft:gpt-3.5-turbo",
          "ft:gpt-3.5-turbo-0125",
          "ft:gpt-3.5-turbo-0613",
          "ft:gpt-3.5-turbo-1106",
          "ft:gpt-4-0613",
          "ft:gpt-4o-2024-08-06",
          "ft:gpt-4o-2024-11-20",
          "ft:gpt-4o-mini-2024-07-18",
          "ft:gpt-4.1-2025-04-14",
          "ft:gpt-4.1-mini-2025-04-14",
          "ft:gpt-4.1-nano-2025-04-14",
          "ft:o4-mini-2025-04-16",
          "gpt-3.5-turbo",
          "gpt-3.5-turbo-0125",
          "gpt-3.5-turbo-1106",
          "gpt-3.5-turbo-16k",
          "gpt-3.5-turbo-instruct",
          "gpt-3.5-turbo-instruct-0914",
          "gpt-4",
          "gpt-4-0125-preview",
          "gpt-4-0314",
          "gpt-4-0613",
          "gpt-4-1106-preview",
          "gpt-4-turbo",
          "gpt-4-turbo-2024-04-09",
          "gpt-4-turbo-preview",
          "gpt-4.1",
          "gpt-4.1-2025-04-14",
          "gpt-4.1-mini",
          "gpt-4.1-mini-2025-04-14",
          "gpt-4.1-nano",
          "gpt-4.1-nano-2025-04-14",
          "gpt-4o",
          "gpt-4o-2024-05-13",
          "gpt-4o-2024-08-06",
          "gpt-4o-2024-11-20",
          "gpt-4o-audio-preview",
          "gpt-4o-audio-preview-2024-12-17",
          "gpt-4o-audio-preview-2025-06-03",
          "gpt-audio",
          "gpt-audio-1.5",
          "gpt-audio-2025-08-28",
          "gpt-audio-mini",
          "gpt-audio-mini-2025-10-06",
          "gpt-audio-mini-2025-12-15",
          "gpt-4o-mini",
          "gpt-4o-mini-2024-07-18",
          "gpt-4o-mini-audio-preview",
          "gpt-4o-mini-audio-preview-2024-12-17",
          "gpt-4o-mini-search-preview",
          "gpt-4o-mini-search-preview-2025-03-11",
          "gpt-4o-search-preview",
          "gpt-4o-search-preview-2025-03-11",
          "gpt-5",
          "gpt-5.1",
          "gpt-5.1-2025-11-13",
          "gpt-5.1-chat-latest",
          "gpt-5.2",
          "gpt-5.2-2025-12-11",
          "gpt-5.2-chat-latest",
          "gpt-5.3-chat-latest",
          "gpt-5.2-pro",
          "gpt-5.2-pro-2025-12-11",
          "gpt-5.6",
          "gpt-5.6-sol",
          "gpt-5.6-terra",
          "gpt-5.6-luna",
          "gpt-5.5",
          "gpt-5.5-2026-04-23",
          "gpt-5.5-pro",
          "gpt-5.5-pro-2026-04-23",
          "gpt-5.4",
          "gpt-5.4-2026-03-05",
          "gpt-5.4-pro",
          "gpt-5.4-pro-2026-03-05",
          "gpt-5.4-mini",
          "gpt-5.4-mini-2026-03-17",
          "gpt-5.4-nano",
          "gpt-5.4-nano-2026-03-17",
          "gpt-5-pro",
          "gpt-5-pro-2025-10-06",
          "gpt-5-2025-08-07",
          "gpt-5-chat",
          "gpt-5-chat-latest",
          "gpt-5-codex",
          "gpt-5.1-codex",
          "gpt-5.1-codex-max",
          "gpt-5.1-codex-mini",
          "gpt-5.2-codex",
          "gpt-5.3-codex",
          "gpt-5-mini",
          "gpt-5-mini-2025-08-07",
          "gpt-5-nano",
          "gpt-5-nano-2025-08-07",
          "o1",
          "o1-2024-12-17",
          "o1-pro",
          "o1-pro-2025-03-19",
          "o3",
          "o3-2025-04-16",
          "o3-deep-research",
          "o3-deep-research-2025-06-26",
          "o3-mini",
          "o3-mini-2025-01-31",
          "o3-pro",
          "o3-pro-2025-06-10",
          "o4-mini",
          "o4-mini-2025-04-16",
          "o4-mini-deep-research",
          "o4-mini-deep-research-2025-06-26",
          "gpt-5-search-api",
          "gpt-5-search-api-2025-10-14"
        ],
        explained: {
          "ft:babbage-002": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:davinci-002": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-3.5-turbo": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-3.5-turbo-0125": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-3.5-turbo-0613": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-3.5-turbo-1106": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-4-0613": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-4o-2024-08-06": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-4o-2024-11-20": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-4o-mini-2024-07-18": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-4.1-2025-04-14": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-4.1-mini-2025-04-14": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:gpt-4.1-nano-2025-04-14": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "ft:o4-mini-2025-04-16": "fine-tune price pattern (prices private fine-tuned ids), not a model id",
          "gpt-4o-audio-preview": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-audio-preview-2024-12-17": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-audio-preview-2025-06-03": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-audio": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-audio-1.5": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-audio-2025-08-28": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-audio-mini": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-audio-mini-2025-10-06": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-audio-mini-2025-12-15": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-mini-audio-preview": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-mini-audio-preview-2024-12-17": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)"
        }
      }
    },
    anthropic: {
      "genai-prices": {
        models: [
          "claude-2",
          "claude-3-5-haiku-latest",
          "claude-3-5-sonnet",
          "claude-3-7-sonnet-latest",
          "claude-3-haiku",
          "claude-3-opus-latest",
          "claude-3-sonnet",
          "claude-fable-5",
          "claude-fable-5-1",
          "claude-haiku-4-5",
          "claude-opus-4-0",
          "claude-opus-4-1",
          "claude-opus-4-5",
          "claude-opus-4-6",
          "claude-opus-4-7",
          "claude-opus-4-8",
          "claude-opus-5",
          "claude-opus-5-5",
          "claude-sonnet-4-0",
          "claude-sonnet-4-5",
          "claude-sonnet-4-6",
          "claude-sonnet-5",
          "claude-v1"
        ],
        explained: {}
      },
      litellm: {
        models: [
          "claude-haiku-4-5-20251001",
          "claude-haiku-4-5",
          "claude-3-7-sonnet-20250219",
          "claude-3-haiku-20240307",
          "claude-3-opus-20240229",
          "claude-4-opus-20250514",
          "claude-4-sonnet-20250514",
          "claude-sonnet-4-5",
          "claude-sonnet-4-5-20250929",
          "claude-sonnet-5",
          "claude-sonnet-4-6",
          "claude-opus-4-1",
          "claude-opus-4-1-20250805",
          "claude-opus-4-20250514",
          "claude-opus-4-5-20251101",
          "claude-opus-4-5",
          "claude-opus-4-6",
          "claude-opus-4-6-20260205",
          "claude-opus-4-7",
          "claude-opus-4-7-20260416",
          "claude-fable-5",
          "claude-opus-5",
          "claude-opus-4-8",
          "claude-sonnet-4-20250514"
        ],
        explained: {}
      }
    },
    google: {
      "genai-prices": {
        models: [
          "gemini-1.0-pro-vision-001",
          "gemini-1.5-flash",
          "gemini-1.5-pro",
          "gemini-2.0-flash",
          "gemini-2.0-flash-lite",
          "gemini-2.5-flash",
          "gemini-2.5-flash-image",
          "gemini-2.5-flash-lite",
          "gemini-2.5-flash-lite-preview-tts",
          "gemini-2.5-flash-preview",
          "gemini-2.5-flash-tts",
          "gemini-2.5-pro",
          "gemini-2.5-pro-tts",
          "gemini-3-flash-preview",
          "gemini-3-pro-image-preview",
          "gemini-3-pro-preview",
          "gemini-3.1-flash-image-preview",
          "gemini-3.1-flash-lite",
          "gemini-3.1-flash-lite-image",
          "gemini-3.1-flash-live-preview",
          "gemini-3.1-pro-preview",
          "gemini-3.5-flash",
          "gemini-3.5-flash-lite",
          "gemini-3.6-flash",
          "gemini-3.7-flash",
          "gemini-3.8-flash",
          "gemini-flash-1.5",
          "gemini-flash-1.5-8b",
          "gemini-live-2.5-flash",
          "gemini-omni-flash-preview",
          "gemini-pro",
          "gemini-pro-1.5",
          "gemma-2-27b-it",
          "gemma-4-26b-a4b-it-maas"
        ],
        explained: {
          "gemini-2.5-flash-image": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-2.5-flash-lite-preview-tts": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-2.5-flash-tts": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-2.5-pro-tts": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-3-pro-image-preview": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-3.1-flash-image-preview": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-3.1-flash-lite-image": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-3.1-flash-live-preview": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-live-2.5-flash": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)"
        }
      },
      litellm: {
        models: [
          "gemini-robotics-er-1.5-preview",
          "gemini-2.0-flash",
          "gemini-2.0-flash-001",
          "gemini-2.0-flash-lite",
          "gemini-2.5-flash",
          "gemini-2.5-flash-lite",
          "gemini-2.5-flash-lite-preview-09-2025",
          "gemini-2.5-flash-preview-09-2025",
          "gemini-flash-latest",
          "gemini-flash-lite-latest",
          "gemini-2.5-flash-lite-preview-06-17",
          "gemini-2.5-pro",
          "gemini-2.5-computer-use-preview-10-2025",
          "gemini-3-pro-preview",
          "gemini-3.1-flash-lite-preview",
          "gemini-3.1-flash-lite",
          "gemini-3.5-flash-lite",
          "gemini-3-flash-preview",
          "gemini-3.5-flash",
          "gemini-3.6-flash",
          "gemini-omni-flash-preview",
          "gemini-3.1-pro-preview",
          "gemini-3.1-pro-preview-customtools",
          "gemini-2.5-pro-preview-tts",
          "gemini-exp-1114",
          "gemini-exp-1206",
          "gemini-gemma-2-27b-it",
          "gemini-gemma-2-9b-it",
          "gemma-3-27b-it",
          "learnlm-1.5-pro-experimental",
          "lyria-3-clip-preview",
          "lyria-3-pro-preview",
          "gemini-2.0-flash-lite-001",
          "gemini-2.5-flash-native-audio-latest",
          "gemini-2.5-flash-native-audio-preview-09-2025",
          "gemini-2.5-flash-native-audio-preview-12-2025",
          "gemini-3.1-flash-live-preview",
          "gemini-pro-latest"
        ],
        explained: {
          "gemini-2.5-computer-use-preview-10-2025": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-2.5-pro-preview-tts": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-2.5-flash-native-audio-latest": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-2.5-flash-native-audio-preview-09-2025": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-2.5-flash-native-audio-preview-12-2025": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-3.1-flash-live-preview": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)"
        }
      }
    },
    vertex: {
      "genai-prices": {
        models: [
          "claude-3-5-haiku",
          "claude-3-5-sonnet",
          "claude-3-7-sonnet",
          "claude-3-haiku",
          "claude-3-opus",
          "claude-4-opus",
          "claude-4-sonnet",
          "claude-fable-5",
          "claude-fable-5-1",
          "claude-opus-4-6",
          "claude-opus-4-7",
          "claude-opus-4-8",
          "claude-opus-5",
          "claude-opus-5-5",
          "claude-sonnet-4-5",
          "claude-sonnet-4-6"
        ],
        explained: {}
      },
      litellm: {
        models: [
          "gemini-2.0-flash",
          "gemini-2.0-flash-001",
          "gemini-2.0-flash-lite",
          "gemini-2.0-flash-lite-001",
          "gemini-2.5-flash",
          "gemini-3.1-flash-lite-preview",
          "gemini-3.1-flash-lite",
          "gemini-3.5-flash-lite",
          "gemini-2.5-flash-lite",
          "gemini-2.5-flash-lite-preview-09-2025",
          "gemini-2.5-flash-preview-09-2025",
          "gemini-2.5-flash-lite-preview-06-17",
          "gemini-2.5-pro",
          "gemini-3-pro-preview",
          "gemini-3.1-pro-preview",
          "gemini-3.1-pro-preview-customtools",
          "gemini-3-flash-preview",
          "gemini-3.5-flash",
          "gemini-3.6-flash",
          "gemini-2.5-pro-preview-tts",
          "gemini-robotics-er-1.5-preview",
          "gemini-2.5-computer-use-preview-10-2025",
          "gemini-omni-flash-preview",
          "text-unicorn",
          "text-unicorn@001",
          "claude-3-5-haiku",
          "claude-3-5-haiku@20241022",
          "claude-haiku-4-5",
          "claude-haiku-4-5@20251001",
          "claude-3-5-sonnet",
          "claude-3-5-sonnet@20240620",
          "claude-3-7-sonnet@20250219",
          "claude-3-haiku",
          "claude-3-haiku@20240307",
          "claude-3-opus",
          "claude-3-opus@20240229",
          "claude-3-sonnet",
          "claude-3-sonnet@20240229",
          "claude-opus-4",
          "claude-opus-4-1",
          "claude-opus-4-1@20250805",
          "claude-opus-4-5",
          "claude-opus-4-5@20251101",
          "claude-opus-4-6",
          "claude-opus-4-6@default",
          "claude-opus-4-7",
          "claude-opus-4-7@default",
          "claude-fable-5",
          "claude-fable-5@default",
          "claude-opus-5",
          "claude-opus-5@default",
          "claude-opus-4-8",
          "claude-opus-4-8@default",
          "claude-sonnet-4-5",
          "claude-sonnet-5",
          "claude-sonnet-4-6",
          "claude-sonnet-4-5@20250929",
          "claude-opus-4@20250514",
          "claude-sonnet-4",
          "claude-sonnet-4@20250514",
          "mistralai/codestral-2@001",
          "codestral-2",
          "codestral-2@001",
          "mistralai/codestral-2",
          "codestral-2501",
          "codestral@2405",
          "codestral@latest",
          "deepseek-ai/deepseek-v3.1-maas",
          "deepseek-ai/deepseek-v3.2-maas",
          "deepseek-ai/deepseek-r1-0528-maas",
          "jamba-1.5",
          "jamba-1.5-large",
          "jamba-1.5-large@001",
          "jamba-1.5-mini",
          "jamba-1.5-mini@001",
          "meta/llama-3.1-405b-instruct-maas",
          "meta/llama-3.1-70b-instruct-maas",
          "meta/llama-3.1-8b-instruct-maas",
          "meta/llama-3.2-90b-vision-instruct-maas",
          "meta/llama-4-maverick-17b-128e-instruct-maas",
          "meta/llama-4-maverick-17b-16e-instruct-maas",
          "meta/llama-4-scout-17b-128e-instruct-maas",
          "meta/llama-4-scout-17b-16e-instruct-maas",
          "meta/llama3-405b-instruct-maas",
          "meta/llama3-70b-instruct-maas",
          "meta/llama3-8b-instruct-maas",
          "minimaxai/minimax-m2-maas",
          "moonshotai/kimi-k2-thinking-maas",
          "zai-org/glm-4.7-maas",
          "zai-org/glm-5-maas",
          "mistral-medium-3",
          "mistral-medium-3@001",
          "mistralai/mistral-medium-3",
          "mistralai/mistral-medium-3@001",
          "mistral-large-2411",
          "mistral-large@2407",
          "mistral-large@2411-001",
          "mistral-large@latest",
          "mistral-nemo@2407",
          "mistral-nemo@latest",
          "mistral-small-2503",
          "mistral-small-2503@001",
          "google/gemma-4-26b-a4b-it-maas",
          "openai/gpt-oss-120b-maas",
          "openai/gpt-oss-20b-maas",
          "xai/grok-4.1-fast-non-reasoning",
          "xai/grok-4.1-fast-reasoning",
          "xai/grok-4.20-non-reasoning",
          "xai/grok-4.20-reasoning",
          "qwen/qwen3-235b-a22b-instruct-2507-maas",
          "qwen/qwen3-coder-480b-a35b-instruct-maas",
          "qwen/qwen3-next-80b-a3b-instruct-maas",
          "qwen/qwen3-next-80b-a3b-thinking-maas",
          "claude-sonnet-5@default",
          "claude-sonnet-4-6@default"
        ],
        explained: {
          "gemini-2.5-pro-preview-tts": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gemini-2.5-computer-use-preview-10-2025": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)"
        }
      }
    },
    mistral: {
      "genai-prices": {
        models: [
          "codestral",
          "codestral-2508",
          "devstral-2512",
          "devstral-small",
          "magistral-medium",
          "magistral-small",
          "ministral-14b-2512",
          "ministral-3b",
          "ministral-3b-2512",
          "ministral-8b",
          "mistral-7b",
          "mistral-embed",
          "mistral-large",
          "mistral-large-2512",
          "mistral-medium-3",
          "mistral-nemo",
          "mistral-saba",
          "mistral-small-24b-instruct-2501",
          "mistral-small-2603",
          "mistral-small-3.1-24b-instruct",
          "mistral-small-3.2-24b-instruct",
          "mistral-small-latest",
          "mistral-tiny",
          "mixtral-8x22b-instruct",
          "mixtral-8x7b",
          "pixtral-12b",
          "pixtral-large",
          "voxtral-small-24b-2507"
        ],
        explained: {
          "mistral-embed": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)"
        }
      },
      litellm: {
        models: [
          "codestral-2405",
          "codestral-latest",
          "codestral-2508",
          "codestral-mamba-latest",
          "devstral-medium-2507",
          "devstral-small-2505",
          "devstral-small-2507",
          "devstral-small-latest",
          "labs-devstral-small-2512",
          "devstral-latest",
          "devstral-medium-latest",
          "devstral-2512",
          "magistral-medium-2506",
          "magistral-medium-2509",
          "magistral-medium-1-2-2509",
          "magistral-medium-latest",
          "magistral-small-2506",
          "magistral-small-latest",
          "magistral-small-1-2-2509",
          "mistral-large-2402",
          "mistral-large-2407",
          "mistral-large-2411",
          "mistral-large-latest",
          "mistral-large-3",
          "mistral-large-2512",
          "mistral-medium",
          "mistral-medium-2312",
          "mistral-medium-2505",
          "mistral-medium-2508",
          "mistral-medium-2604",
          "mistral-medium-latest",
          "mistral-medium-3-1-2508",
          "mistral-medium-3-5",
          "mistral-small",
          "mistral-small-latest",
          "mistral-small-3-2-2506",
          "ministral-3-3b-2512",
          "ministral-3-8b-2512",
          "ministral-3-14b-2512",
          "ministral-8b-2512",
          "ministral-8b-latest",
          "mistral-tiny",
          "open-codestral-mamba",
          "open-mistral-7b",
          "open-mistral-nemo",
          "open-mistral-nemo-2407",
          "open-mixtral-8x22b",
          "open-mixtral-8x7b",
          "pixtral-12b-2409",
          "pixtral-large-2411",
          "pixtral-large-latest"
        ],
        explained: {}
      }
    },
    deepseek: {
      "genai-prices": {
        models: [
          "deepseek-chat",
          "deepseek-reasoner",
          "deepseek-v3.1-terminus",
          "deepseek-v3.2",
          "deepseek-v3.2-exp",
          "deepseek-v4-flash",
          "deepseek-v4-pro"
        ],
        explained: {}
      },
      litellm: {
        models: [
          "deepseek-chat",
          "deepseek-reasoner",
          "deepseek-coder",
          "deepseek-r1",
          "deepseek-v3",
          "deepseek-v3.2",
          "deepseek-v4-flash",
          "deepseek-v4-pro"
        ],
        explained: {}
      }
    },
    xai: {
      "genai-prices": {
        models: [
          "grok-2-1212",
          "grok-2-vision-1212",
          "grok-3",
          "grok-3-fast",
          "grok-3-mini",
          "grok-3-mini-fast",
          "grok-4-0709",
          "grok-4-1-fast-non-reasoning",
          "grok-4-1-fast-reasoning",
          "grok-4-fast-non-reasoning",
          "grok-4-fast-reasoning",
          "grok-4.20",
          "grok-4.20-multi-agent",
          "grok-4.3",
          "grok-4.5",
          "grok-build-0.1",
          "grok-code-fast-1"
        ],
        explained: {}
      },
      litellm: {
        models: [
          "grok-2",
          "grok-2-1212",
          "grok-2-latest",
          "grok-2-vision",
          "grok-2-vision-1212",
          "grok-2-vision-latest",
          "grok-3",
          "grok-3-beta",
          "grok-3-fast-beta",
          "grok-3-fast-latest",
          "grok-3-latest",
          "grok-3-mini",
          "grok-3-mini-beta",
          "grok-3-mini-fast",
          "grok-3-mini-fast-beta",
          "grok-3-mini-fast-latest",
          "grok-3-mini-latest",
          "grok-4",
          "grok-4-fast-reasoning",
          "grok-4-fast-non-reasoning",
          "grok-4-0709",
          "grok-4-latest",
          "grok-4-1-fast",
          "grok-4-1-fast-reasoning",
          "grok-4-1-fast-reasoning-latest",
          "grok-4-1-fast-non-reasoning",
          "grok-4-1-fast-non-reasoning-latest",
          "grok-4.20-multi-agent-beta-0309",
          "grok-4.20-beta-0309-reasoning",
          "grok-4.20-0309-reasoning",
          "grok-4.20-beta-0309-non-reasoning",
          "grok-4.3",
          "grok-4.3-latest",
          "grok-4.5",
          "grok-4.5-latest",
          "grok-beta",
          "grok-code-fast",
          "grok-code-fast-1",
          "grok-code-fast-1-0825",
          "grok-vision-beta"
        ],
        explained: {}
      }
    },
    cohere: {
      "genai-prices": {
        models: [
          "command",
          "command-a",
          "command-r",
          "command-r-plus",
          "command-r7b"
        ],
        explained: {}
      },
      litellm: {
        models: [
          "command",
          "command-a-03-2025",
          "command-light",
          "command-nightly",
          "command-r",
          "command-r-08-2024",
          "command-r-plus",
          "command-r-plus-08-2024",
          "command-r7b-12-2024"
        ],
        explained: {}
      }
    },
    groq: {
      "genai-prices": {
        models: [
          "deepseek-r1-distill-llama-70b",
          "gemma-7b-it",
          "gemma2-9b-it",
          "llama-3.1-405b-reasoning",
          "llama-3.1-70b-versatile",
          "llama-3.1-8b-instant",
          "llama-3.2-11b-text-preview",
          "llama-3.2-11b-vision-preview",
          "llama-3.2-1b-preview",
          "llama-3.2-3b-preview",
          "llama-3.2-90b-text-preview",
          "llama-3.2-90b-vision-preview",
          "llama-3.3-70b-specdec",
          "llama-3.3-70b-versatile",
          "llama-guard-3-8b",
          "llama2-70b-4096",
          "llama3-70b-8192",
          "llama3-8b-8192",
          "llama3-groq-70b-8192-tool-use-preview",
          "llama3-groq-8b-8192-tool-use-preview",
          "meta-llama/llama-4-maverick-17b-128e-instruct",
          "meta-llama/llama-4-scout-17b-16e-instruct",
          "meta-llama/llama-guard-4-12b",
          "mistral-saba-24b",
          "mixtral-8x7b-32768",
          "moonshotai/kimi-k2-instruct",
          "openai/gpt-oss-120b",
          "openai/gpt-oss-20b",
          "qwen/qwen3-32b"
        ],
        explained: {}
      },
      litellm: {
        models: [
          "llama-3.1-8b-instant",
          "llama-3.3-70b-versatile",
          "gemma-7b-it",
          "meta-llama/llama-guard-4-12b",
          "meta-llama/llama-4-maverick-17b-128e-instruct",
          "meta-llama/llama-4-scout-17b-16e-instruct",
          "moonshotai/kimi-k2-instruct-0905",
          "openai/gpt-oss-120b",
          "openai/gpt-oss-20b",
          "openai/gpt-oss-safeguard-20b",
          "qwen/qwen3-32b"
        ],
        explained: {}
      }
    },
    fireworks: {
      "genai-prices": {
        models: [
          "deepseek-r1-0528",
          "deepseek-v3-0324",
          "deepseek-v3p2",
          "deepseek-v4-flash",
          "deepseek-v4-pro",
          "gemma-3-27b-it",
          "glm-4p7",
          "glm-5p1",
          "glm-5p1-fast",
          "glm-5p2",
          "glm-5p2-fast",
          "gpt-oss-120b",
          "gpt-oss-20b",
          "inkling",
          "kimi-k2p5",
          "kimi-k2p6",
          "kimi-k2p6-fast",
          "kimi-k2p7-code",
          "kimi-k2p7-code-fast",
          "kimi-k3",
          "kimi-k3-fast",
          "kimi-k3-us",
          "llama-v3p1-8b-instruct",
          "llama4-maverick-instruct-basic",
          "minimax-m2p1",
          "minimax-m2p7",
          "minimax-m3",
          "nemotron-3-ultra-nvfp4",
          "qwen2p5-vl-72b-instruct",
          "qwen3-235b-a22b",
          "qwen3p6-plus",
          "qwen3p7-plus"
        ],
        explained: {}
      },
      litellm: {
        models: [
          "accounts/fireworks/models/deepseek-coder-v2-instruct",
          "accounts/fireworks/models/deepseek-r1",
          "accounts/fireworks/models/deepseek-r1-0528",
          "accounts/fireworks/models/deepseek-r1-basic",
          "accounts/fireworks/models/deepseek-v3",
          "accounts/fireworks/models/deepseek-v3-0324",
          "accounts/fireworks/models/deepseek-v3p1",
          "accounts/fireworks/models/deepseek-v3p1-terminus",
          "accounts/fireworks/models/deepseek-v3p2",
          "accounts/fireworks/models/deepseek-v4-flash",
          "accounts/fireworks/models/deepseek-v4-pro",
          "accounts/fireworks/models/firefunction-v2",
          "accounts/fireworks/models/glm-4p5",
          "accounts/fireworks/models/glm-4p5-air",
          "accounts/fireworks/models/glm-4p6",
          "accounts/fireworks/models/glm-4p7",
          "accounts/fireworks/models/glm-5p1",
          "accounts/fireworks/models/glm-5p2",
          "accounts/fireworks/models/gpt-oss-120b",
          "accounts/fireworks/models/gpt-oss-20b",
          "accounts/fireworks/models/kimi-k2-instruct",
          "accounts/fireworks/models/kimi-k2-instruct-0905",
          "accounts/fireworks/models/kimi-k2-thinking",
          "accounts/fireworks/models/kimi-k2p5",
          "accounts/fireworks/models/kimi-k2p6",
          "accounts/fireworks/models/kimi-k2p7-code",
          "accounts/fireworks/models/llama-v3p1-405b-instruct",
          "accounts/fireworks/models/llama-v3p1-8b-instruct",
          "accounts/fireworks/models/llama-v3p2-11b-vision-instruct",
          "accounts/fireworks/models/llama-v3p2-1b-instruct",
          "accounts/fireworks/models/llama-v3p2-3b-instruct",
          "accounts/fireworks/models/llama-v3p2-90b-vision-instruct",
          "accounts/fireworks/models/llama4-maverick-instruct-basic",
          "accounts/fireworks/models/llama4-scout-instruct-basic",
          "accounts/fireworks/models/minimax-m2p1",
          "accounts/fireworks/models/minimax-m2p7",
          "accounts/fireworks/models/minimax-m3",
          "accounts/fireworks/models/mixtral-8x22b-instruct-hf",
          "accounts/fireworks/models/qwen2-72b-instruct",
          "accounts/fireworks/models/qwen2p5-coder-32b-instruct",
          "accounts/fireworks/models/yi-large",
          "deepseek-v4-flash",
          "deepseek-v4-pro",
          "glm-4p7",
          "glm-5p1",
          "glm-5p1-fast",
          "glm-5p2",
          "gpt-oss-120b",
          "gpt-oss-20b",
          "kimi-k2p5",
          "kimi-k2p6",
          "kimi-k2p6-fast",
          "kimi-k2p7-code",
          "kimi-k2p7-code-fast",
          "minimax-m2p1",
          "minimax-m2p7",
          "minimax-m3",
          "qwen3p7-plus",
          "accounts/fireworks/models/qwen3-coder-480b-a35b-instruct",
          "accounts/fireworks/models/chronos-hermes-13b-v2",
          "accounts/fireworks/models/code-llama-13b",
          "accounts/fireworks/models/code-llama-13b-instruct",
          "accounts/fireworks/models/code-llama-13b-python",
          "accounts/fireworks/models/code-llama-34b",
          "accounts/fireworks/models/code-llama-34b-instruct",
          "accounts/fireworks/models/code-llama-34b-python",
          "accounts/fireworks/models/code-llama-70b",
          "accounts/fireworks/models/code-llama-70b-instruct",
          "accounts/fireworks/models/code-llama-70b-python",
          "accounts/fireworks/models/code-llama-7b",
          "accounts/fireworks/models/code-llama-7b-instruct",
          "accounts/fireworks/models/code-llama-7b-python",
          "accounts/fireworks/models/code-qwen-1p5-7b",
          "accounts/fireworks/models/codegemma-2b",
          "accounts/fireworks/models/codegemma-7b",
          "accounts/fireworks/models/cogito-671b-v2-p1",
          "accounts/fireworks/models/cogito-v1-preview-llama-3b",
          "accounts/fireworks/models/cogito-v1-preview-llama-70b",
          "accounts/fireworks/models/cogito-v1-preview-llama-8b",
          "accounts/fireworks/models/cogito-v1-preview-qwen-14b",
          "accounts/fireworks/models/cogito-v1-preview-qwen-32b",
          "accounts/fireworks/models/dbrx-instruct",
          "accounts/fireworks/models/deepseek-coder-1b-base",
          "accounts/fireworks/models/deepseek-coder-33b-instruct",
          "accounts/fireworks/models/deepseek-coder-7b-base",
          "accounts/fireworks/models/deepseek-coder-7b-base-v1p5",
          "accounts/fireworks/models/deepseek-coder-7b-instruct-v1p5",
          "accounts/fireworks/models/deepseek-coder-v2-lite-base",
          "accounts/fireworks/models/deepseek-coder-v2-lite-instruct",
          "accounts/fireworks/models/deepseek-prover-v2",
          "accounts/fireworks/models/deepseek-r1-0528-distill-qwen3-8b",
          "accounts/fireworks/models/deepseek-r1-distill-llama-70b",
          "accounts/fireworks/models/deepseek-r1-distill-llama-8b",
          "accounts/fireworks/models/deepseek-r1-distill-qwen-14b",
          "accounts/fireworks/models/deepseek-r1-distill-qwen-1p5b",
          "accounts/fireworks/models/deepseek-r1-distill-qwen-32b",
          "accounts/fireworks/models/deepseek-r1-distill-qwen-7b",
          "accounts/fireworks/models/deepseek-v2-lite-chat",
          "accounts/fireworks/models/deepseek-v2p5",
          "accounts/fireworks/models/devstral-small-2505",
          "accounts/fireworks/models/dobby-mini-unhinged-plus-llama-3-1-8b",
          "accounts/fireworks/models/dobby-unhinged-llama-3-3-70b-new",
          "accounts/fireworks/models/dolphin-2-9-2-qwen2-72b",
          "accounts/fireworks/models/dolphin-2p6-mixtral-8x7b",
          "accounts/fireworks/models/ernie-4p5-21b-a3b-pt",
          "accounts/fireworks/models/ernie-4p5-300b-a47b-pt",
          "accounts/fireworks/models/fare-20b",
          "accounts/fireworks/models/firefunction-v1",
          "accounts/fireworks/models/firellava-13b",
          "accounts/fireworks/models/firesearch-ocr-v6",
          "accounts/fireworks/models/flux-1-dev",
          "accounts/fireworks/models/flux-1-dev-controlnet-union",
          "accounts/fireworks/models/flux-1-schnell",
          "accounts/fireworks/models/gemma-2b-it",
          "accounts/fireworks/models/gemma-3-27b-it",
          "accounts/fireworks/models/gemma-7b",
          "accounts/fireworks/models/gemma-7b-it",
          "accounts/fireworks/models/gemma2-9b-it",
          "accounts/fireworks/models/glm-4p5v",
          "accounts/fireworks/models/gpt-oss-safeguard-120b",
          "accounts/fireworks/models/gpt-oss-safeguard-20b",
          "accounts/fireworks/models/hermes-2-pro-mistral-7b",
          "accounts/fireworks/models/internvl3-38b",
          "accounts/fireworks/models/internvl3-78b",
          "accounts/fireworks/models/internvl3-8b",
          "accounts/fireworks/models/kat-coder",
          "accounts/fireworks/models/kat-dev-32b",
          "accounts/fireworks/models/kat-dev-72b-exp",
          "accounts/fireworks/models/llama-guard-2-8b",
          "accounts/fireworks/models/llama-guard-3-1b",
          "accounts/fireworks/models/llama-guard-3-8b",
          "accounts/fireworks/models/llama-v2-13b",
          "accounts/fireworks/models/llama-v2-13b-chat",
          "accounts/fireworks/models/llama-v2-70b",
          "accounts/fireworks/models/llama-v2-70b-chat",
          "accounts/fireworks/models/llama-v2-7b",
          "accounts/fireworks/models/llama-v2-7b-chat",
          "accounts/fireworks/models/llama-v3-70b-instruct",
          "accounts/fireworks/models/llama-v3-70b-instruct-hf",
          "accounts/fireworks/models/llama-v3-8b",
          "accounts/fireworks/models/llama-v3-8b-instruct-hf",
          "accounts/fireworks/models/llama-v3p1-405b-instruct-long",
          "accounts/fireworks/models/llama-v3p1-70b-instruct",
          "accounts/fireworks/models/llama-v3p1-70b-instruct-1b",
          "accounts/fireworks/models/llama-v3p1-nemotron-70b-instruct",
          "accounts/fireworks/models/llama-v3p2-1b",
          "accounts/fireworks/models/llama-v3p2-3b",
          "accounts/fireworks/models/llama-v3p3-70b-instruct",
          "accounts/fireworks/models/llamaguard-7b",
          "accounts/fireworks/models/llava-yi-34b",
          "accounts/fireworks/models/minimax-m1-80k",
          "accounts/fireworks/models/minimax-m2",
          "accounts/fireworks/models/ministral-3-14b-instruct-2512",
          "accounts/fireworks/models/ministral-3-3b-instruct-2512",
          "accounts/fireworks/models/ministral-3-8b-instruct-2512",
          "accounts/fireworks/models/mistral-7b",
          "accounts/fireworks/models/mistral-7b-instruct-4k",
          "accounts/fireworks/models/mistral-7b-instruct-v0p2",
          "accounts/fireworks/models/mistral-7b-instruct-v3",
          "accounts/fireworks/models/mistral-7b-v0p2",
          "accounts/fireworks/models/mistral-large-3-fp8",
          "accounts/fireworks/models/mistral-nemo-base-2407",
          "accounts/fireworks/models/mistral-nemo-instruct-2407",
          "accounts/fireworks/models/mistral-small-24b-instruct-2501",
          "accounts/fireworks/models/mixtral-8x22b",
          "accounts/fireworks/models/mixtral-8x22b-instruct",
          "accounts/fireworks/models/mixtral-8x7b",
          "accounts/fireworks/models/mixtral-8x7b-instruct",
          "accounts/fireworks/models/mixtral-8x7b-instruct-hf",
          "accounts/fireworks/models/mythomax-l2-13b",
          "accounts/fireworks/models/nemotron-nano-v2-12b-vl",
          "accounts/fireworks/models/nous-capybara-7b-v1p9",
          "accounts/fireworks/models/nous-hermes-2-mixtral-8x7b-dpo",
          "accounts/fireworks/models/nous-hermes-2-yi-34b",
          "accounts/fireworks/models/nous-hermes-llama2-13b",
          "accounts/fireworks/models/nous-hermes-llama2-70b",
          "accounts/fireworks/models/nous-hermes-llama2-7b",
          "accounts/fireworks/models/nvidia-nemotron-nano-12b-v2",
          "accounts/fireworks/models/nvidia-nemotron-nano-9b-v2",
          "accounts/fireworks/models/openchat-3p5-0106-7b",
          "accounts/fireworks/models/openhermes-2-mistral-7b",
          "accounts/fireworks/models/openhermes-2p5-mistral-7b",
          "accounts/fireworks/models/openorca-7b",
          "accounts/fireworks/models/phi-2-3b",
          "accounts/fireworks/models/phi-3-mini-128k-instruct",
          "accounts/fireworks/models/phi-3-vision-128k-instruct",
          "accounts/fireworks/models/phind-code-llama-34b-python-v1",
          "accounts/fireworks/models/phind-code-llama-34b-v1",
          "accounts/fireworks/models/phind-code-llama-34b-v2",
          "accounts/fireworks/models/pythia-12b",
          "accounts/fireworks/models/qwen-qwq-32b-preview",
          "accounts/fireworks/models/qwen-v2p5-14b-instruct",
          "accounts/fireworks/models/qwen-v2p5-7b",
          "accounts/fireworks/models/qwen1p5-72b-chat",
          "accounts/fireworks/models/qwen2-7b-instruct",
          "accounts/fireworks/models/qwen2-vl-2b-instruct",
          "accounts/fireworks/models/qwen2-vl-72b-instruct",
          "accounts/fireworks/models/qwen2-vl-7b-instruct",
          "accounts/fireworks/models/qwen2p5-0p5b-instruct",
          "accounts/fireworks/models/qwen2p5-14b",
          "accounts/fireworks/models/qwen2p5-1p5b-instruct",
          "accounts/fireworks/models/qwen2p5-32b",
          "accounts/fireworks/models/qwen2p5-32b-instruct",
          "accounts/fireworks/models/qwen2p5-72b",
          "accounts/fireworks/models/qwen2p5-72b-instruct",
          "accounts/fireworks/models/qwen2p5-7b-instruct",
          "accounts/fireworks/models/qwen2p5-coder-0p5b",
          "accounts/fireworks/models/qwen2p5-coder-0p5b-instruct",
          "accounts/fireworks/models/qwen2p5-coder-14b",
          "accounts/fireworks/models/qwen2p5-coder-14b-instruct",
          "accounts/fireworks/models/qwen2p5-coder-1p5b",
          "accounts/fireworks/models/qwen2p5-coder-1p5b-instruct",
          "accounts/fireworks/models/qwen2p5-coder-32b",
          "accounts/fireworks/models/qwen2p5-coder-32b-instruct-128k",
          "accounts/fireworks/models/qwen2p5-coder-32b-instruct-32k-rope",
          "accounts/fireworks/models/qwen2p5-coder-32b-instruct-64k",
          "accounts/fireworks/models/qwen2p5-coder-3b",
          "accounts/fireworks/models/qwen2p5-coder-3b-instruct",
          "accounts/fireworks/models/qwen2p5-coder-7b",
          "accounts/fireworks/models/qwen2p5-coder-7b-instruct",
          "accounts/fireworks/models/qwen2p5-math-72b-instruct",
          "accounts/fireworks/models/qwen2p5-vl-32b-instruct",
          "accounts/fireworks/models/qwen2p5-vl-3b-instruct",
          "accounts/fireworks/models/qwen2p5-vl-72b-instruct",
          "accounts/fireworks/models/qwen2p5-vl-7b-instruct",
          "accounts/fireworks/models/qwen3-0p6b",
          "accounts/fireworks/models/qwen3-14b",
          "accounts/fireworks/models/qwen3-1p7b",
          "accounts/fireworks/models/qwen3-1p7b-fp8-draft",
          "accounts/fireworks/models/qwen3-1p7b-fp8-draft-131072",
          "accounts/fireworks/models/qwen3-1p7b-fp8-draft-40960",
          "accounts/fireworks/models/qwen3-235b-a22b",
          "accounts/fireworks/models/qwen3-235b-a22b-instruct-2507",
          "accounts/fireworks/models/qwen3-235b-a22b-thinking-2507",
          "accounts/fireworks/models/qwen3-30b-a3b",
          "accounts/fireworks/models/qwen3-30b-a3b-instruct-2507",
          "accounts/fireworks/models/qwen3-30b-a3b-thinking-2507",
          "accounts/fireworks/models/qwen3-32b",
          "accounts/fireworks/models/qwen3-4b",
          "accounts/fireworks/models/qwen3-4b-instruct-2507",
          "accounts/fireworks/models/qwen3-8b",
          "accounts/fireworks/models/qwen3-coder-30b-a3b-instruct",
          "accounts/fireworks/models/qwen3-coder-480b-instruct-bf16",
          "accounts/fireworks/models/qwen3-next-80b-a3b-instruct",
          "accounts/fireworks/models/qwen3-next-80b-a3b-thinking",
          "accounts/fireworks/models/qwen3-vl-235b-a22b-instruct",
          "accounts/fireworks/models/qwen3-vl-235b-a22b-thinking",
          "accounts/fireworks/models/qwen3-vl-30b-a3b-instruct",
          "accounts/fireworks/models/qwen3-vl-30b-a3b-thinking",
          "accounts/fireworks/models/qwen3-vl-32b-instruct",
          "accounts/fireworks/models/qwen3-vl-8b-instruct",
          "accounts/fireworks/models/qwen3p7-plus",
          "accounts/fireworks/models/qwq-32b",
          "accounts/fireworks/models/rolm-ocr",
          "accounts/fireworks/models/snorkel-mistral-7b-pairrm-dpo",
          "accounts/fireworks/models/stablecode-3b",
          "accounts/fireworks/models/starcoder-16b",
          "accounts/fireworks/models/starcoder-7b",
          "accounts/fireworks/models/starcoder2-15b",
          "accounts/fireworks/models/starcoder2-3b",
          "accounts/fireworks/models/starcoder2-7b",
          "accounts/fireworks/models/toppy-m-7b",
          "accounts/fireworks/models/yi-34b",
          "accounts/fireworks/models/yi-34b-200k-capybara",
          "accounts/fireworks/models/yi-34b-chat",
          "accounts/fireworks/models/yi-6b",
          "accounts/fireworks/models/zephyr-7b-beta",
          "accounts/fireworks/routers/glm-5p1-fast",
          "accounts/fireworks/routers/kimi-k2p6-fast",
          "accounts/fireworks/routers/kimi-k2p7-code-fast"
        ],
        explained: {
          "accounts/fireworks/models/firesearch-ocr-v6": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "accounts/fireworks/models/rolm-ocr": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)"
        }
      }
    },
    perplexity: {
      "genai-prices": {
        models: [
          "llama-3.1-sonar-large-128k-online",
          "llama-3.1-sonar-small-128k-online",
          "r1-1776",
          "sonar",
          "sonar-deep-research",
          "sonar-pro",
          "sonar-pro-search",
          "sonar-reasoning",
          "sonar-reasoning-pro"
        ],
        explained: {}
      },
      litellm: {
        models: [
          "codellama-34b-instruct",
          "codellama-70b-instruct",
          "llama-2-70b-chat",
          "llama-3.1-70b-instruct",
          "llama-3.1-8b-instruct",
          "mistral-7b-instruct",
          "mixtral-8x7b-instruct",
          "pplx-70b-chat",
          "pplx-70b-online",
          "pplx-7b-chat",
          "pplx-7b-online",
          "sonar",
          "sonar-deep-research",
          "sonar-medium-chat",
          "sonar-medium-online",
          "sonar-pro",
          "sonar-reasoning",
          "sonar-reasoning-pro",
          "sonar-small-chat",
          "sonar-small-online"
        ],
        explained: {}
      }
    },
    bedrock: {
      "genai-prices": {
        models: [
          "amazon.nova-2-sonic-v1:0",
          "amazon.nova-lite-v1:0",
          "amazon.nova-micro-v1:0",
          "amazon.nova-premier-v1:0",
          "amazon.nova-pro-v1:0",
          "amazon.nova-sonic-v1:0",
          "amazon.titan-text-express-v1",
          "amazon.titan-text-lite-v1",
          "deepseek.r1-v1:0",
          "global.amazon.nova-2-lite-v1:0",
          "global.anthropic.claude-fable-5-v1:0",
          "global.anthropic.claude-haiku-4-5-20251001-v1:0",
          "global.anthropic.claude-opus-4-5-v1:0",
          "global.anthropic.claude-opus-4-6-v1:0",
          "global.anthropic.claude-opus-4-7-v1:0",
          "global.anthropic.claude-opus-4-8-v1:0",
          "global.anthropic.claude-opus-5",
          "global.anthropic.claude-sonnet-4-20250514-v1:0",
          "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "global.anthropic.claude-sonnet-4-6-v1:0",
          "global.anthropic.claude-sonnet-5-v1:0",
          "google.gemma-3-12b-it",
          "google.gemma-3-27b-it",
          "google.gemma-3-4b-it",
          "meta.llama3-1-70b-instruct-v1:0",
          "meta.llama3-1-8b-instruct-v1:0",
          "meta.llama3-2-11b-instruct-v1:0",
          "meta.llama3-2-1b-instruct-v1:0",
          "meta.llama3-2-3b-instruct-v1:0",
          "meta.llama3-2-90b-instruct-v1:0",
          "meta.llama3-3-70b-instruct-v1:0",
          "meta.llama3-70b-instruct-v1:0",
          "meta.llama3-8b-instruct-v1:0",
          "meta.llama4-maverick-17b-instruct-v1:0",
          "meta.llama4-scout-17b-instruct-v1:0",
          "mistral.devstral-2-123b",
          "mistral.magistral-small-2509",
          "mistral.ministral-3-14b-instruct",
          "mistral.ministral-3-3b-instruct",
          "mistral.ministral-3-8b-instruct",
          "mistral.mistral-7b-instruct-v0:2",
          "mistral.mistral-large-2402-v1:0",
          "mistral.mistral-large-3-675b-instruct",
          "mistral.mistral-small-2402-v1:0",
          "mistral.mixtral-8x7b-instruct-v0:1",
          "mistral.pixtral-large-2502-v1:0",
          "mistral.voxtral-mini-3b-2507",
          "mistral.voxtral-small-24b-2507",
          "nvidia.nemotron-nano-3-30b:0",
          "nvidia.nemotron-nano-9b-v2:0",
          "nvidia.nemotron-super-3-120b:0",
          "openai.gpt-5.4",
          "openai.gpt-5.5",
          "openai.gpt-5.6-luna",
          "openai.gpt-5.6-sol",
          "openai.gpt-5.6-terra",
          "openai.gpt-oss-120b-1:0",
          "openai.gpt-oss-20b-1:0",
          "qwen.qwen3-32b-v1:0",
          "qwen.qwen3-coder-30b-a3b-v1:0",
          "qwen.qwen3-coder-480b-a35b-v1:0",
          "qwen.qwen3-vl-235b-a22b-v1:0",
          "regional.amazon.nova-2-lite-v1:0",
          "regional.anthropic.claude-3-5-haiku-20241022-v1:0",
          "regional.anthropic.claude-3-5-sonnet-20240620-v1:0",
          "regional.anthropic.claude-3-5-sonnet-20241022-v2:0",
          "regional.anthropic.claude-3-7-sonnet-20250219-v1:0",
          "regional.anthropic.claude-3-haiku-20240307-v1:0",
          "regional.anthropic.claude-3-opus-20240229-v1:0",
          "regional.anthropic.claude-3-sonnet-20240229-v1:0",
          "regional.anthropic.claude-fable-5-v1:0",
          "regional.anthropic.claude-haiku-4-5-20251001-v1:0",
          "regional.anthropic.claude-opus-4-1-20250805-v1:0",
          "regional.anthropic.claude-opus-4-20250514-v1:0",
          "regional.anthropic.claude-opus-4-5-v1:0",
          "regional.anthropic.claude-opus-4-6-v1:0",
          "regional.anthropic.claude-opus-4-7-v1:0",
          "regional.anthropic.claude-opus-4-8-v1:0",
          "regional.anthropic.claude-opus-5",
          "regional.anthropic.claude-sonnet-4-20250514-v1:0",
          "regional.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "regional.anthropic.claude-sonnet-4-6-v1:0",
          "regional.anthropic.claude-sonnet-5-v1:0",
          "writer.palmyra-x4-v1:0",
          "writer.palmyra-x5-v1:0"
        ],
        explained: {}
      },
      litellm: {
        models: [
          "ai21.j2-mid-v1",
          "ai21.j2-ultra-v1",
          "ai21.jamba-1-5-large-v1:0",
          "ai21.jamba-1-5-mini-v1:0",
          "ai21.jamba-instruct-v1:0",
          "us.writer.palmyra-x4-v1:0",
          "us.writer.palmyra-x5-v1:0",
          "writer.palmyra-x4-v1:0",
          "writer.palmyra-x5-v1:0",
          "amazon.nova-lite-v1:0",
          "amazon.nova-2-lite-v1:0",
          "amazon.nova-2-pro-preview-20251202-v1:0",
          "apac.amazon.nova-2-lite-v1:0",
          "apac.amazon.nova-2-pro-preview-20251202-v1:0",
          "eu.amazon.nova-2-lite-v1:0",
          "eu.amazon.nova-2-pro-preview-20251202-v1:0",
          "us.amazon.nova-2-lite-v1:0",
          "us.amazon.nova-2-pro-preview-20251202-v1:0",
          "amazon.nova-micro-v1:0",
          "amazon.nova-pro-v1:0",
          "amazon.titan-text-express-v1",
          "amazon.titan-text-lite-v1",
          "amazon.titan-text-premier-v1:0",
          "anthropic.claude-3-5-haiku-20241022-v1:0",
          "anthropic.claude-haiku-4-5-20251001-v1:0",
          "anthropic.claude-haiku-4-5@20251001",
          "anthropic.claude-3-5-sonnet-20240620-v1:0",
          "anthropic.claude-3-5-sonnet-20241022-v2:0",
          "anthropic.claude-3-7-sonnet-20240620-v1:0",
          "anthropic.claude-3-7-sonnet-20250219-v1:0",
          "anthropic.claude-3-haiku-20240307-v1:0",
          "anthropic.claude-3-opus-20240229-v1:0",
          "anthropic.claude-3-sonnet-20240229-v1:0",
          "anthropic.claude-instant-v1",
          "anthropic.claude-opus-4-1-20250805-v1:0",
          "anthropic.claude-opus-4-20250514-v1:0",
          "anthropic.claude-opus-4-5-20251101-v1:0",
          "anthropic.claude-opus-4-6-v1",
          "global.anthropic.claude-opus-4-6-v1",
          "us.anthropic.claude-opus-4-6-v1",
          "eu.anthropic.claude-opus-4-6-v1",
          "au.anthropic.claude-opus-4-6-v1",
          "anthropic.claude-opus-4-7",
          "anthropic.claude-mythos-preview",
          "global.anthropic.claude-opus-4-7",
          "us.anthropic.claude-opus-4-7",
          "eu.anthropic.claude-opus-4-7",
          "au.anthropic.claude-opus-4-7",
          "anthropic.claude-fable-5",
          "global.anthropic.claude-fable-5",
          "us.anthropic.claude-fable-5",
          "eu.anthropic.claude-fable-5",
          "anthropic.claude-opus-5",
          "global.anthropic.claude-opus-5",
          "us.anthropic.claude-opus-5",
          "eu.anthropic.claude-opus-5",
          "au.anthropic.claude-opus-5",
          "jp.anthropic.claude-opus-5",
          "anthropic.claude-opus-4-8",
          "global.anthropic.claude-opus-4-8",
          "us.anthropic.claude-opus-4-8",
          "eu.anthropic.claude-opus-4-8",
          "au.anthropic.claude-opus-4-8",
          "jp.anthropic.claude-opus-4-8",
          "jp.anthropic.claude-opus-4-7",
          "anthropic.claude-sonnet-5",
          "global.anthropic.claude-sonnet-5",
          "us.anthropic.claude-sonnet-5",
          "eu.anthropic.claude-sonnet-5",
          "au.anthropic.claude-sonnet-5",
          "jp.anthropic.claude-sonnet-5",
          "anthropic.claude-sonnet-4-6",
          "global.anthropic.claude-sonnet-4-6",
          "us.anthropic.claude-sonnet-4-6",
          "eu.anthropic.claude-sonnet-4-6",
          "au.anthropic.claude-sonnet-4-6",
          "jp.anthropic.claude-sonnet-4-6",
          "anthropic.claude-sonnet-4-20250514-v1:0",
          "anthropic.claude-sonnet-4-5-20250929-v1:0",
          "anthropic.claude-v1",
          "anthropic.claude-v2:1",
          "apac.amazon.nova-lite-v1:0",
          "apac.amazon.nova-micro-v1:0",
          "apac.amazon.nova-pro-v1:0",
          "apac.anthropic.claude-3-5-sonnet-20240620-v1:0",
          "apac.anthropic.claude-3-5-sonnet-20241022-v2:0",
          "apac.anthropic.claude-3-haiku-20240307-v1:0",
          "apac.anthropic.claude-haiku-4-5-20251001-v1:0",
          "apac.anthropic.claude-3-sonnet-20240229-v1:0",
          "apac.anthropic.claude-sonnet-4-20250514-v1:0",
          "au.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "ap-northeast-1/anthropic.claude-instant-v1",
          "ap-northeast-1/anthropic.claude-v1",
          "ap-northeast-1/anthropic.claude-v2:1",
          "ap-northeast-1/deepseek.v3.2",
          "ap-northeast-1/minimax.minimax-m2.1",
          "ap-northeast-1/minimax.minimax-m2.5",
          "ap-northeast-1/moonshotai.kimi-k2-thinking",
          "ap-northeast-1/moonshotai.kimi-k2.5",
          "ap-northeast-1/qwen.qwen3-coder-next",
          "moonshotai.kimi-k2-thinking",
          "moonshotai.kimi-k2.5",
          "ap-south-1/meta.llama3-70b-instruct-v1:0",
          "ap-south-1/meta.llama3-8b-instruct-v1:0",
          "ap-south-1/deepseek.v3.2",
          "ap-south-1/minimax.minimax-m2.1",
          "ap-south-1/minimax.minimax-m2.5",
          "ap-south-1/moonshotai.kimi-k2-thinking",
          "ap-south-1/moonshotai.kimi-k2.5",
          "ap-south-1/qwen.qwen3-coder-next",
          "ap-southeast-2/minimax.minimax-m2.5",
          "ap-southeast-3/deepseek.v3.2",
          "ap-southeast-3/minimax.minimax-m2.1",
          "ap-southeast-3/minimax.minimax-m2.5",
          "ap-southeast-3/moonshotai.kimi-k2.5",
          "ap-southeast-3/qwen.qwen3-coder-next",
          "ca-central-1/meta.llama3-70b-instruct-v1:0",
          "ca-central-1/meta.llama3-8b-instruct-v1:0",
          "eu-north-1/deepseek.v3.2",
          "eu-north-1/minimax.minimax-m2.1",
          "eu-north-1/minimax.minimax-m2.5",
          "eu-north-1/moonshotai.kimi-k2.5",
          "eu-central-1/anthropic.claude-instant-v1",
          "eu-central-1/anthropic.claude-v1",
          "eu-central-1/anthropic.claude-v2:1",
          "eu-central-1/minimax.minimax-m2.1",
          "eu-central-1/minimax.minimax-m2.5",
          "eu-central-1/qwen.qwen3-coder-next",
          "eu-west-1/meta.llama3-70b-instruct-v1:0",
          "eu-west-1/meta.llama3-8b-instruct-v1:0",
          "eu-west-1/minimax.minimax-m2.1",
          "eu-west-1/minimax.minimax-m2.5",
          "eu-west-1/qwen.qwen3-coder-next",
          "eu-west-2/meta.llama3-70b-instruct-v1:0",
          "eu-west-2/meta.llama3-8b-instruct-v1:0",
          "eu-west-2/minimax.minimax-m2.1",
          "eu-west-2/minimax.minimax-m2.5",
          "eu-west-2/qwen.qwen3-coder-next",
          "eu-west-3/mistral.mistral-7b-instruct-v0:2",
          "eu-west-3/mistral.mistral-large-2402-v1:0",
          "eu-west-3/mistral.mixtral-8x7b-instruct-v0:1",
          "eu-south-1/minimax.minimax-m2.1",
          "eu-south-1/minimax.minimax-m2.5",
          "eu-south-1/qwen.qwen3-coder-next",
          "invoke/anthropic.claude-3-5-sonnet-20240620-v1:0",
          "sa-east-1/meta.llama3-70b-instruct-v1:0",
          "sa-east-1/meta.llama3-8b-instruct-v1:0",
          "sa-east-1/deepseek.v3.2",
          "sa-east-1/minimax.minimax-m2.1",
          "sa-east-1/minimax.minimax-m2.5",
          "sa-east-1/moonshotai.kimi-k2-thinking",
          "sa-east-1/moonshotai.kimi-k2.5",
          "sa-east-1/qwen.qwen3-coder-next",
          "us-east-1/anthropic.claude-instant-v1",
          "us-east-1/anthropic.claude-v1",
          "us-east-1/anthropic.claude-v2:1",
          "us-east-1/meta.llama3-70b-instruct-v1:0",
          "us-east-1/meta.llama3-8b-instruct-v1:0",
          "us-east-1/mistral.mistral-7b-instruct-v0:2",
          "us-east-1/mistral.mistral-large-2402-v1:0",
          "us-east-1/mistral.mixtral-8x7b-instruct-v0:1",
          "us-east-1/deepseek.v3.2",
          "us-east-1/minimax.minimax-m2.1",
          "us-east-1/minimax.minimax-m2.5",
          "us-east-1/moonshotai.kimi-k2-thinking",
          "us-east-1/moonshotai.kimi-k2.5",
          "us-east-1/qwen.qwen3-coder-next",
          "us-east-2/deepseek.v3.2",
          "us-east-2/minimax.minimax-m2.1",
          "us-east-2/minimax.minimax-m2.5",
          "us-east-2/moonshotai.kimi-k2-thinking",
          "us-east-2/moonshotai.kimi-k2.5",
          "us-east-2/qwen.qwen3-coder-next",
          "us-gov-east-1/amazon.nova-pro-v1:0",
          "us-gov-east-1/amazon.titan-text-express-v1",
          "us-gov-east-1/amazon.titan-text-lite-v1",
          "us-gov-east-1/amazon.titan-text-premier-v1:0",
          "us-gov-east-1/anthropic.claude-3-5-sonnet-20240620-v1:0",
          "us-gov-east-1/anthropic.claude-3-haiku-20240307-v1:0",
          "us-gov-east-1/anthropic.claude-sonnet-4-5-20250929-v1:0",
          "us-gov-east-1/claude-sonnet-4-5-20250929-v1:0",
          "us-gov-east-1/meta.llama3-70b-instruct-v1:0",
          "us-gov-east-1/meta.llama3-8b-instruct-v1:0",
          "us-gov-west-1/amazon.nova-pro-v1:0",
          "us-gov-west-1/amazon.titan-text-express-v1",
          "us-gov-west-1/amazon.titan-text-lite-v1",
          "us-gov-west-1/amazon.titan-text-premier-v1:0",
          "us-gov-west-1/anthropic.claude-3-7-sonnet-20250219-v1:0",
          "us-gov-west-1/anthropic.claude-3-5-sonnet-20240620-v1:0",
          "us-gov-west-1/anthropic.claude-3-haiku-20240307-v1:0",
          "us-gov-west-1/anthropic.claude-sonnet-4-5-20250929-v1:0",
          "us-gov-west-1/claude-sonnet-4-5-20250929-v1:0",
          "us-gov-west-1/meta.llama3-70b-instruct-v1:0",
          "us-gov-west-1/meta.llama3-8b-instruct-v1:0",
          "us-west-1/meta.llama3-70b-instruct-v1:0",
          "us-west-1/meta.llama3-8b-instruct-v1:0",
          "us-west-2/anthropic.claude-instant-v1",
          "us-west-2/anthropic.claude-v1",
          "us-west-2/anthropic.claude-v2:1",
          "us-west-2/mistral.mistral-7b-instruct-v0:2",
          "us-west-2/mistral.mistral-large-2402-v1:0",
          "us-west-2/mistral.mixtral-8x7b-instruct-v0:1",
          "us-west-2/deepseek.v3.2",
          "us-west-2/minimax.minimax-m2.1",
          "us-west-2/minimax.minimax-m2.5",
          "us-west-2/moonshotai.kimi-k2-thinking",
          "us-west-2/moonshotai.kimi-k2.5",
          "us-west-2/qwen.qwen3-coder-next",
          "us.anthropic.claude-3-5-haiku-20241022-v1:0",
          "claude-sonnet-4-5-20250929-v1:0",
          "cohere.command-light-text-v14",
          "cohere.command-r-plus-v1:0",
          "cohere.command-r-v1:0",
          "cohere.command-text-v14",
          "deepseek.v3-v1:0",
          "deepseek.v3.2",
          "eu.amazon.nova-lite-v1:0",
          "eu.amazon.nova-micro-v1:0",
          "eu.amazon.nova-pro-v1:0",
          "eu.anthropic.claude-3-5-haiku-20241022-v1:0",
          "eu.anthropic.claude-haiku-4-5-20251001-v1:0",
          "eu.anthropic.claude-3-5-sonnet-20240620-v1:0",
          "eu.anthropic.claude-3-5-sonnet-20241022-v2:0",
          "eu.anthropic.claude-3-7-sonnet-20250219-v1:0",
          "eu.anthropic.claude-3-haiku-20240307-v1:0",
          "eu.anthropic.claude-3-opus-20240229-v1:0",
          "eu.anthropic.claude-3-sonnet-20240229-v1:0",
          "eu.anthropic.claude-opus-4-1-20250805-v1:0",
          "eu.anthropic.claude-opus-4-20250514-v1:0",
          "eu.anthropic.claude-sonnet-4-20250514-v1:0",
          "eu.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "eu.meta.llama3-2-1b-instruct-v1:0",
          "eu.meta.llama3-2-3b-instruct-v1:0",
          "eu.mistral.pixtral-large-2502-v1:0",
          "google.gemma-3-12b-it",
          "google.gemma-3-27b-it",
          "google.gemma-3-4b-it",
          "global.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "global.anthropic.claude-sonnet-4-20250514-v1:0",
          "global.anthropic.claude-haiku-4-5-20251001-v1:0",
          "global.amazon.nova-2-lite-v1:0",
          "jp.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "jp.anthropic.claude-haiku-4-5-20251001-v1:0",
          "meta.llama2-13b-chat-v1",
          "meta.llama2-70b-chat-v1",
          "meta.llama3-1-405b-instruct-v1:0",
          "meta.llama3-1-70b-instruct-v1:0",
          "meta.llama3-1-8b-instruct-v1:0",
          "meta.llama3-2-11b-instruct-v1:0",
          "meta.llama3-2-1b-instruct-v1:0",
          "meta.llama3-2-3b-instruct-v1:0",
          "meta.llama3-2-90b-instruct-v1:0",
          "meta.llama3-3-70b-instruct-v1:0",
          "meta.llama3-70b-instruct-v1:0",
          "meta.llama3-8b-instruct-v1:0",
          "meta.llama4-maverick-17b-instruct-v1:0",
          "meta.llama4-scout-17b-instruct-v1:0",
          "minimax.minimax-m2",
          "minimax.minimax-m2.1",
          "minimax.minimax-m2.5",
          "mistral.devstral-2-123b",
          "mistral.magistral-small-2509",
          "mistral.ministral-3-14b-instruct",
          "mistral.ministral-3-3b-instruct",
          "mistral.ministral-3-8b-instruct",
          "mistral.mistral-7b-instruct-v0:2",
          "mistral.mistral-large-2402-v1:0",
          "mistral.mistral-large-2407-v1:0",
          "mistral.mistral-large-3-675b-instruct",
          "mistral.mistral-small-2402-v1:0",
          "mistral.mixtral-8x7b-instruct-v0:1",
          "mistral.voxtral-mini-3b-2507",
          "mistral.voxtral-small-24b-2507",
          "moonshot.kimi-k2-thinking",
          "nvidia.nemotron-nano-12b-v2",
          "nvidia.nemotron-nano-9b-v2",
          "nvidia.nemotron-nano-3-30b",
          "nvidia.nemotron-super-3-120b",
          "openai.gpt-oss-120b-1:0",
          "openai.gpt-oss-20b-1:0",
          "openai.gpt-oss-safeguard-120b",
          "openai.gpt-oss-safeguard-20b",
          "qwen.qwen3-coder-480b-a35b-v1:0",
          "qwen.qwen3-235b-a22b-2507-v1:0",
          "qwen.qwen3-coder-30b-a3b-v1:0",
          "qwen.qwen3-32b-v1:0",
          "qwen.qwen3-next-80b-a3b",
          "qwen.qwen3-vl-235b-a22b",
          "qwen.qwen3-coder-next",
          "us.amazon.nova-lite-v1:0",
          "us.amazon.nova-micro-v1:0",
          "us.amazon.nova-premier-v1:0",
          "us.amazon.nova-pro-v1:0",
          "us.anthropic.claude-haiku-4-5-20251001-v1:0",
          "us.anthropic.claude-3-5-sonnet-20240620-v1:0",
          "us.anthropic.claude-3-5-sonnet-20241022-v2:0",
          "us.anthropic.claude-3-7-sonnet-20250219-v1:0",
          "us.anthropic.claude-3-haiku-20240307-v1:0",
          "us.anthropic.claude-3-opus-20240229-v1:0",
          "us.anthropic.claude-3-sonnet-20240229-v1:0",
          "us.anthropic.claude-opus-4-1-20250805-v1:0",
          "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "us-gov.anthropic.claude-sonnet-4-5-20250929-v1:0",
          "au.anthropic.claude-haiku-4-5-20251001-v1:0",
          "us.anthropic.claude-opus-4-20250514-v1:0",
          "us.anthropic.claude-opus-4-5-20251101-v1:0",
          "global.anthropic.claude-opus-4-5-20251101-v1:0",
          "eu.anthropic.claude-opus-4-5-20251101-v1:0",
          "us.anthropic.claude-sonnet-4-20250514-v1:0",
          "us.deepseek.r1-v1:0",
          "us.deepseek.v3.2",
          "eu.deepseek.v3.2",
          "us.meta.llama3-1-405b-instruct-v1:0",
          "us.meta.llama3-1-70b-instruct-v1:0",
          "us.meta.llama3-1-8b-instruct-v1:0",
          "us.meta.llama3-2-11b-instruct-v1:0",
          "us.meta.llama3-2-1b-instruct-v1:0",
          "us.meta.llama3-2-3b-instruct-v1:0",
          "us.meta.llama3-2-90b-instruct-v1:0",
          "us.meta.llama3-3-70b-instruct-v1:0",
          "us.meta.llama4-maverick-17b-instruct-v1:0",
          "us.meta.llama4-scout-17b-instruct-v1:0",
          "us.mistral.pixtral-large-2502-v1:0",
          "zai.glm-4.7",
          "zai.glm-5",
          "zai.glm-4.7-flash",
          "us-east-1/zai.glm-5",
          "us-west-2/zai.glm-5",
          "us-gov-east-1/anthropic.claude-haiku-4-5-20251001-v1:0",
          "us-gov-west-1/anthropic.claude-haiku-4-5-20251001-v1:0"
        ],
        explained: {}
      }
    },
    azure: {
      "genai-prices": {
        models: [
          "o1",
          "o1-mini",
          "o3-2025-04-16",
          "o3-mini",
          "o4-mini",
          "phi-3-medium-128k-instruct",
          "phi-3-mini-128k-instruct",
          "phi-3.5-mini-128k-instruct",
          "phi-4",
          "phi-4-mini-instruct",
          "phi-4-multimodal-instruct",
          "phi-4-reasoning-plus",
          "wizardlm-2-8x22b"
        ],
        explained: {}
      },
      litellm: {
        models: [
          "codex-mini",
          "command-r-plus",
          "computer-use-preview",
          "eu/gpt-4o-2024-08-06",
          "eu/gpt-4o-2024-11-20",
          "eu/gpt-4o-mini-2024-07-18",
          "eu/gpt-5-2025-08-07",
          "eu/gpt-5-mini-2025-08-07",
          "eu/gpt-5.1",
          "eu/gpt-5.1-chat",
          "eu/gpt-5.1-codex",
          "eu/gpt-5.1-codex-mini",
          "eu/gpt-5-nano-2025-08-07",
          "eu/o1-2024-12-17",
          "eu/o1-mini-2024-09-12",
          "eu/o1-preview-2024-09-12",
          "eu/o3-mini-2025-01-31",
          "global-standard/gpt-4o-2024-08-06",
          "global-standard/gpt-4o-2024-11-20",
          "global-standard/gpt-4o-mini",
          "global/gpt-4o-2024-08-06",
          "global/gpt-4o-2024-11-20",
          "global/gpt-5.1",
          "global/gpt-5.1-chat",
          "global/gpt-5.1-codex",
          "global/gpt-5.1-codex-mini",
          "gpt-3.5-turbo",
          "gpt-3.5-turbo-0125",
          "gpt-3.5-turbo-instruct-0914",
          "gpt-35-turbo",
          "gpt-35-turbo-0125",
          "gpt-35-turbo-1106",
          "gpt-35-turbo-16k",
          "gpt-35-turbo-16k-0613",
          "gpt-35-turbo-instruct",
          "gpt-35-turbo-instruct-0914",
          "gpt-4",
          "gpt-4-0125-preview",
          "gpt-4-0613",
          "gpt-4-1106-preview",
          "gpt-4-32k",
          "gpt-4-32k-0613",
          "gpt-4-turbo",
          "gpt-4-turbo-2024-04-09",
          "gpt-4-turbo-vision-preview",
          "gpt-4.1",
          "gpt-4.1-2025-04-14",
          "gpt-4.1-mini",
          "gpt-4.1-mini-2025-04-14",
          "gpt-4.1-nano",
          "gpt-4.1-nano-2025-04-14",
          "gpt-4.5-preview",
          "gpt-4o",
          "gpt-4o-2024-05-13",
          "gpt-4o-2024-08-06",
          "gpt-4o-2024-11-20",
          "gpt-audio-2025-08-28",
          "gpt-audio-1.5-2026-02-23",
          "gpt-audio-mini-2025-10-06",
          "gpt-4o-audio-preview-2024-12-17",
          "gpt-4o-mini",
          "gpt-4o-mini-2024-07-18",
          "gpt-4o-mini-audio-preview-2024-12-17",
          "gpt-5.1-2025-11-13",
          "gpt-5.1-chat-2025-11-13",
          "gpt-5.1-codex-2025-11-13",
          "gpt-5.1-codex-mini-2025-11-13",
          "gpt-5",
          "gpt-5-2025-08-07",
          "gpt-5-chat",
          "gpt-5-chat-latest",
          "gpt-5-codex",
          "gpt-5-mini",
          "gpt-5-mini-2025-08-07",
          "gpt-5-nano",
          "gpt-5-nano-2025-08-07",
          "gpt-5-pro",
          "gpt-5.1",
          "gpt-5.1-chat",
          "gpt-5.1-codex",
          "gpt-5.1-codex-max",
          "gpt-5.1-codex-mini",
          "gpt-5.2",
          "gpt-5.2-2025-12-11",
          "gpt-5.2-chat",
          "gpt-5.2-chat-2025-12-11",
          "gpt-5.2-codex",
          "gpt-5.3-chat",
          "gpt-5.3-codex",
          "gpt-5.2-pro",
          "gpt-5.2-pro-2025-12-11",
          "gpt-5.4",
          "us/gpt-5.4",
          "eu/gpt-5.4",
          "gpt-5.4-2026-03-05",
          "us/gpt-5.4-2026-03-05",
          "eu/gpt-5.4-2026-03-05",
          "gpt-5.4-pro",
          "gpt-5.4-pro-2026-03-05",
          "gpt-5.6",
          "gpt-5.6-sol",
          "gpt-5.6-terra",
          "gpt-5.6-luna",
          "us/gpt-5.6",
          "us/gpt-5.6-sol",
          "us/gpt-5.6-terra",
          "us/gpt-5.6-luna",
          "eu/gpt-5.6",
          "eu/gpt-5.6-sol",
          "eu/gpt-5.6-terra",
          "eu/gpt-5.6-luna",
          "gpt-5.5",
          "us/gpt-5.5",
          "eu/gpt-5.5",
          "gpt-5.5-2026-04-23",
          "us/gpt-5.5-2026-04-23",
          "eu/gpt-5.5-2026-04-23",
          "gpt-5.5-pro",
          "gpt-5.5-pro-2026-04-23",
          "gpt-5.4-mini",
          "gpt-5.4-mini-2026-03-17",
          "gpt-5.4-nano",
          "gpt-5.4-nano-2026-03-17",
          "mistral-large-2402",
          "mistral-large-latest",
          "o1",
          "o1-2024-12-17",
          "o1-mini",
          "o1-mini-2024-09-12",
          "o1-preview",
          "o1-preview-2024-09-12",
          "o3",
          "o3-2025-04-16",
          "o3-deep-research",
          "o3-mini",
          "o3-mini-2025-01-31",
          "o3-pro",
          "o3-pro-2025-06-10",
          "o4-mini",
          "o4-mini-2025-04-16",
          "us/gpt-4.1-2025-04-14",
          "us/gpt-4.1-mini-2025-04-14",
          "us/gpt-4.1-nano-2025-04-14",
          "us/gpt-4o-2024-08-06",
          "us/gpt-4o-2024-11-20",
          "us/gpt-4o-mini-2024-07-18",
          "us/gpt-5-2025-08-07",
          "us/gpt-5-mini-2025-08-07",
          "us/gpt-5-nano-2025-08-07",
          "us/gpt-5.1",
          "us/gpt-5.1-chat",
          "us/gpt-5.1-codex",
          "us/gpt-5.1-codex-mini",
          "us/o1-2024-12-17",
          "us/o1-mini-2024-09-12",
          "us/o1-preview-2024-09-12",
          "us/o3-2025-04-16",
          "us/o3-mini-2025-01-31",
          "us/o4-mini-2025-04-16"
        ],
        explained: {
          "computer-use-preview": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-audio-2025-08-28": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-audio-1.5-2026-02-23": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-audio-mini-2025-10-06": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-audio-preview-2024-12-17": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)",
          "gpt-4o-mini-audio-preview-2024-12-17": "not a text chat/completion model (embedding, speech, image, video, realtime or moderation)"
        }
      }
    }
  }
};

// src/core/prices/import/genai-prices.ts
var GENAI_PRICES_SOURCE_KEY = "genai-prices";
function price(value) {
  const n = finiteNumber(value);
  return n === void 0 ? void 0 : Number(n.toPrecision(12));
}
function priceValue(value) {
  const plain = price(value);
  if (plain !== void 0) return plain;
  const base = isRecord(value) ? price(value.base) : void 0;
  if (!isRecord(value) || base === void 0 || !Array.isArray(value.tiers)) return void 0;
  const tiers = value.tiers.filter(isRecord).map((tier) => ({ start: finiteNumber(tier.start), price: price(tier.price) })).filter((tier) => tier.start !== void 0 && tier.price !== void 0).sort((a, b) => a.start - b.start);
  return { base, tiers };
}
function basePrice(value) {
  return typeof value === "number" ? value : value.base;
}
function priceAbove(value, threshold) {
  if (typeof value === "number") return value;
  let price2 = value.base;
  for (const tier of value.tiers) if (tier.start <= threshold) price2 = tier.price;
  return price2;
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
    ...tokenPrices({ input, output, cachedInput: cached, cacheWrite }, (value) => priceAbove(value, aboveInputTokens))
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
    serverless: tokenPrices({ input, output, cachedInput: cached, cacheWrite }, basePrice)
  };
  const aliases = aliasesOf(id, raw.match);
  if (aliases.length > 0) model.aliases = aliases;
  setLimits(model, { contextWindow: raw.context_window });
  const tiers = longContextTiers(input, output, cached, cacheWrite);
  if (tiers.length > 0) model.longContext = tiers;
  if (raw.deprecated === true) model.deprecated = true;
  const notes = [];
  if (typeof raw.prices_checked === "string") notes.push(`prices checked ${raw.prices_checked}`);
  if (resolved.note) notes.push(resolved.note);
  if (basePrice(input) === 0 && basePrice(output) === 0) notes.push(FREE_NOTE);
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
var DATE = /^\d{4}-\d{2}-\d{2}$/;
var TEXT_MODES = /* @__PURE__ */ new Set(["chat", "completion", "responses"]);
var TIER_KEY = /^(input_cost_per_token|output_cost_per_token|cache_read_input_token_cost)_above_(\d+)k_tokens$/;
function litellmProvider(litellmProviderValue) {
  return litellmProviderValue.startsWith("vertex_ai") ? "vertex" : mapProviderId(litellmProviderValue);
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
    const price2 = finiteNumber(value);
    if (!match || price2 === void 0) continue;
    const threshold = Number(match[2]) * 1e3;
    const kind = match[1] === "input_cost_per_token" ? "input" : match[1] === "output_cost_per_token" ? "output" : "cachedInput";
    const tier = byThreshold.get(threshold) ?? {};
    tier[kind] = perTokenToPerMillion(price2);
    byThreshold.set(threshold, tier);
  }
  const tiers = [];
  for (const [aboveInputTokens, tier] of [...byThreshold].sort((a, b) => a[0] - b[0])) {
    if (tier.input === void 0 || tier.output === void 0) {
      warnings.push(`${key}: long-context tier above ${aboveInputTokens} tokens lacks an input or output price; tier skipped`);
      continue;
    }
    tiers.push({ aboveInputTokens, ...tokenPrices({ input: tier.input, output: tier.output, cachedInput: tier.cachedInput }, asIs) });
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
      serverless: tokenPrices({ input, output, cachedInput: cached, cacheWrite }, perTokenToPerMillion)
    };
    if (input === 0 && output === 0) model.note = FREE_NOTE;
    else if (input === 0 || output === 0 || cached === 0) {
      const zero = [input === 0 && "input", output === 0 && "output", cached === 0 && "cached input"].filter(Boolean).join(" and ");
      model.note = `source lists ${zero} as free (0 USD per token)`;
    }
    setLimits(model, {
      contextWindow: entry.max_input_tokens,
      maxInputTokens: entry.max_input_tokens,
      maxOutputTokens: entry.max_output_tokens
    });
    const batch = batchOffer(entry, key, warnings);
    if (batch) model.batch = batch;
    const tiers = longContextTiers2(entry, key, warnings);
    if (tiers.length > 0) model.longContext = tiers;
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
    serverless: tokenPrices({ input, output, cachedInput: cached, cacheWrite }, asIs)
  };
  const limit = isRecord(raw.limit) ? raw.limit : {};
  setLimits(model, { contextWindow: limit.context, maxInputTokens: limit.input, maxOutputTokens: limit.output });
  const over = isRecord(cost.context_over_200k) ? cost.context_over_200k : void 0;
  if (over) {
    const tierInput = finiteNumber(over.input);
    const tierOutput = finiteNumber(over.output);
    const tierCached = finiteNumber(over.cache_read);
    if (tierInput !== void 0 && tierOutput !== void 0) {
      const rates2 = tokenPrices({ input: tierInput, output: tierOutput, cachedInput: tierCached }, asIs);
      model.longContext = [{ aboveInputTokens: MODELS_DEV_LONG_CONTEXT_THRESHOLD, ...rates2 }];
    } else {
      warnings.push(`${label}: context_over_200k lacks input or output; tier skipped`);
    }
  }
  if (raw.status === "deprecated") model.deprecated = true;
  if (input === 0 && output === 0) model.note = FREE_NOTE;
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
function cacheRate(value) {
  const rate = perMillion(value);
  return rate !== void 0 && rate > 0 ? rate : void 0;
}
function importOpenRouter(data, options) {
  const warnings = [];
  const catalog = emptyCatalog(
    OPENROUTER_SOURCE_KEY,
    "OpenRouter API /api/v1/models",
    "https://openrouter.ai/api/v1/models",
    options,
    "OpenRouter terms"
  );
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
    const model = {
      provider: OPENROUTER_SOURCE_KEY,
      id,
      source: OPENROUTER_SOURCE_KEY,
      asOf: options.sourceDate,
      serverless: tokenPrices(
        { input, output, cachedInput: cacheRate(pricing.input_cache_read), cacheWrite: cacheRate(pricing.input_cache_write) },
        asIs
      )
    };
    const top = isRecord(raw.top_provider) ? raw.top_provider : {};
    setLimits(model, { contextWindow: raw.context_length, maxOutputTokens: top.max_completion_tokens });
    if (input === 0 && output === 0) model.note = FREE_NOTE;
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
  const catalog = emptyCatalog(
    TOGETHER_SOURCE_KEY,
    "Together AI API /v1/models",
    "https://api.together.xyz/v1/models",
    options,
    "Together AI terms"
  );
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
      serverless: tokenPrices({ input, output, cachedInput: cached }, asIs)
    };
    setLimits(model, { contextWindow: raw.context_length });
    if (input === 0 && output === 0) model.note = FREE_NOTE;
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
    const sourceEntry = book.catalog.sources[source];
    out.set(field, {
      book: book.label,
      value,
      source,
      ...sourceEntry ? { sourceTitle: sourceEntry.title } : {},
      asOf
    });
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

// src/cli/catalog.ts
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
  io.stdout.write(values.format === "json" ? jsonText(listing) : renderCatalogList(listing));
  return 0;
}
async function show({ values, positionals }, io) {
  if (positionals.length !== 1) throw new UsageError("catalog show needs exactly one MODEL");
  const [id] = positionals;
  const book = await bookFromFlags(io, values.catalog);
  const shown = showModel(book, id, values.provider);
  if ("ambiguous" in shown) {
    throw new UsageError(
      `"${sanitizePlain(id)}" is ambiguous: it could be ${shown.ambiguous.map((c) => `${sanitizePlain(c.provider)}/${sanitizePlain(c.id)}`).join(", ")}; give the full id or --provider`
    );
  }
  const { details } = shown;
  if (details.length === 0) {
    const suggestions = book.suggestModels(values.provider ?? "together", id);
    throw new UsageError(
      `no model "${id}"${values.provider ? ` for provider ${values.provider}` : ""} in the price books${suggestions.length ? ` (did you mean ${suggestions.join(", ")}?)` : ""}`
    );
  }
  io.stdout.write(values.format === "json" ? jsonText(details) : renderModelDetails(details, id));
  return 0;
}
async function coverage2({ values, positionals }, io) {
  if (positionals.length > 0) throw new UsageError(`catalog coverage takes no arguments, got ${positionals.join(" ")}`);
  const book = await bookFromFlags(io, values.catalog);
  const rows = coverage(coverage_default, book, values.provider);
  if (rows.length === 0)
    throw new UsageError(
      `no vendored source lists provider ${sanitizePlain(values.provider ?? "")}; known: ${Object.keys(coverage_default.providers).join(", ")}`
    );
  io.stdout.write(values.format === "json" ? jsonText(rows) : renderCoverage(rows));
  return 0;
}
async function sideBook(io, name) {
  if (name === "built-in") return { book: new PriceBook([BUILTIN_LAYER]), label: `built-in ${BUILTIN_LAYER.catalog.version}` };
  const loaded = await loadCatalogFile(io.cwd, name);
  if (!("layer" in loaded)) throw new UsageError(loaded.findings.map((f) => f.message).join("; "));
  const layers = [BUILTIN_LAYER, loaded.layer];
  return { book: new PriceBook(layers), label: `${sanitizePlain(name)} ${sanitizePlain(loaded.layer.catalog.version)} (over built-in)` };
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
    const loaded = await loadManifests(io, paths, [], values["stdin-name"]);
    for (const f of loaded.inputErrors) io.stderr.write(`${formatProblem(f)}
`);
    failed = loaded.inputErrors.length > 0;
    manifests = loaded.files.flatMap((f) => f.manifest ? [f.manifest] : []);
  }
  const result = diffCatalogs(before.book, after.book, manifests);
  io.stdout.write(
    fmt === "json" ? jsonText({ old: before.label, new: after.label, ...result }) : renderCatalogDiff(result, before.label, after.label)
  );
  return failed ? 2 : 0;
}
var DATE2 = /^\d{4}-\d{2}-\d{2}$/;
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
function importSettings(values, positionals, io) {
  const name = values.from;
  if (!name) throw new UsageError(`catalog import needs --from ${FEED_NAMES.join("|")}`);
  const feed = FEEDS[name];
  if (positionals.length > 1) throw new UsageError("catalog import takes at most one URL or FILE");
  const out = values.out;
  if (!out) throw new UsageError("catalog import needs --out FILE");
  const asOf = values["as-of"];
  if (asOf !== void 0 && !DATE2.test(asOf)) throw new UsageError(`--as-of must be a date YYYY-MM-DD, got "${asOf}"`);
  const timeoutMs = positiveInt("timeout", values.timeout, 30) * 1e3;
  const retries = values.retries === "0" ? 0 : positiveInt("retries", values.retries, 3);
  const input = positionals[0] ?? feed.url;
  const isUrl = /^https?:\/\//i.test(input);
  if (isUrl && input === feed.url && "needsKey" in feed && feed.needsKey && !io.env[feed.authEnv]) {
    throw new UsageError(`${input} needs an API key: set ${feed.authEnv}, or pass a downloaded copy of the response as FILE`);
  }
  return { feed, out, asOf, input, isUrl, http: { timeoutMs, retries, keyOrigin: values["key-origin"] } };
}
async function readFeed(settings, io) {
  const { input } = settings;
  const read = settings.isUrl ? await readFeedUrl(input, settings.feed, io, settings.http) : await readFeedFile(io, input);
  if (nestsDeeper(read.data))
    throw new UsageError(`${sanitizePlain(input)} nests deeper than ${MAX_FEED_DEPTH} levels; no price feed does, so it is not read`);
  return read;
}
function dropUnusable(catalog, warnings, settings, provider) {
  for (const { index: index2, reason } of invalidModels(catalog)) {
    const [bad] = catalog.models.splice(index2, 1);
    warnings.push(`${bad?.provider}/${bad?.id}: ${reason}; skipped`);
  }
  if (catalog.models.length === 0)
    throw new UsageError(`no models imported from ${settings.input}${provider ? ` for provider ${provider}` : ""}`);
  const screened = screenImplausible(catalog.models);
  if (screened.misScaled) {
    throw new UsageError(
      `refusing to write ${settings.out}: ${screened.skipped.length} of ${catalog.models.length} models have prices above $${MAX_PLAUSIBLE_PER_MILLION} per 1M tokens, so the feed looks mis-scaled (${screened.skipped.slice(0, 3).map(sanitizePlain).join("; ")}${screened.skipped.length > 3 ? "; ..." : ""}); is it in USD per token where per 1M was expected?`
    );
  }
  catalog.models = screened.kept;
  warnings.unshift(
    ...screened.skipped.map(
      (skipped) => `${skipped}: above $${MAX_PLAUSIBLE_PER_MILLION} per 1M tokens, likely a unit error in the feed; skipped`
    )
  );
}
async function importFeed({ values, positionals }, io) {
  const settings = importSettings(values, positionals, io);
  const { feed, input, out } = settings;
  const read = await readFeed(settings, io);
  const sourceDate = settings.asOf ?? read.date;
  const result = IMPORTERS[feed.importer](read.data, {
    sourceFile: settings.isUrl ? new URL(input).host : path.basename(input),
    sourceDate,
    ...values.provider ? { provider: values.provider } : {}
  });
  const { warnings } = result;
  const canonical = Object.values(result.catalog.sources)[0]?.url ?? feed.url;
  const catalog = withProvenance(result.catalog, {
    url: read.url ?? canonical,
    sha256: read.sha256,
    ...read.retrievedAt ? { retrievedAt: read.retrievedAt } : {}
  });
  dropUnusable(catalog, warnings, settings, values.provider);
  const text = `${JSON.stringify(catalog, null, 2)}
`;
  const checked = parseCatalog(out, text);
  if ("findings" in checked) throw new UsageError(`the imported catalog is invalid: ${checked.findings.map((f) => f.message).join("; ")}`);
  await writeAtomically(path.resolve(io.cwd, out), text);
  io.stderr.write(renderImportWarnings(warnings));
  io.stdout.write(
    renderImportSummary({
      out,
      providers: [...new Set(catalog.models.map((m) => m.provider))].sort(),
      models: catalog.models.length,
      importer: feed.importer,
      input,
      sourceDate,
      warnings: warnings.length
    })
  );
  return 0;
}
async function plainBook(io, name) {
  if (name === "built-in") return { label: "built-in", catalog: BUILTIN_LAYER.catalog };
  const loaded = await loadCatalogFile(io.cwd, name);
  if (!("layer" in loaded)) throw new UsageError(loaded.findings.map((f) => f.message).join("; "));
  return { label: name, catalog: loaded.layer.catalog };
}
async function verify({ values, positionals }, io) {
  const fmt = values.format;
  const tolerance = Number(values.tolerance);
  if (!Number.isFinite(tolerance) || tolerance < 0 || tolerance > 100)
    throw new UsageError(`--tolerance must be a percentage from 0 to 100, got "${values.tolerance}"`);
  if (positionals.length < 2) throw new UsageError("catalog verify needs at least two price books (files or built-in)");
  const books = [];
  for (const name of positionals) books.push(await plainBook(io, name));
  const result = verifyBooks(books, tolerance);
  io.stdout.write(fmt === "json" ? jsonText(result) : renderVerify(result));
  return result.outdated ? 1 : 0;
}
export {
  coverage2 as coverage,
  diff,
  importFeed,
  list,
  show,
  verify
};
