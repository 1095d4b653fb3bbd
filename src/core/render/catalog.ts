/**
 * The `catalog` commands as text: list, show, diff, verify, and what import wrote. Every id,
 * name, source and note comes from a price book or a feed, which a pull request can carry:
 * each is printed through `plain`.
 */
import type { BatchTerms, CatalogListing, HardwareRow, ModelDetail, ModelRow, RatesRow } from "../prices/catalog-view.js";
import { describeRules } from "../prices/resolve.js";
import type { PriceStatement, VerifyResult } from "../prices/verify.js";
import type { CatalogDiff, PriceChange, PriceValue, WorkloadMove } from "../review/catalog-diff.js";
import { Decimal, formatNumber, formatPercentChange, formatUnitPrice, formatUsd, formatUsdChange } from "../money.js";
import { sanitizePlain as plain } from "./escape.js";
import { columns } from "./table.js";

function lines(out: readonly string[]): string {
  return `${out.join("\n")}\n`;
}

function indented(rows: string[][]): string[] {
  return columns(rows).map((l) => `  ${l}`);
}

function ratesText(r: RatesRow): string {
  return `${formatUnitPrice(r.input)} / ${formatUnitPrice(r.output)}`;
}

function batchText(b: BatchTerms): string {
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

function kilo(tokens: number): string {
  return tokens % 1000 === 0 ? `${formatNumber(new Decimal(tokens / 1000))}K` : formatNumber(new Decimal(tokens));
}

function tiersText(m: ModelRow): string {
  return m.longContext.map((t) => `>${kilo(t.aboveInputTokens)} ${ratesText(t)}`).join("; ") || "-";
}

function booksLine(books: CatalogListing["books"]): string {
  return `Price books (lowest precedence first): ${books.map((b) => `${plain(b.origin)} ${plain(b.version)} (as of ${b.asOf})`).join(", ")}`;
}

function modelCells(m: ModelRow): string[] {
  return [
    plain(m.provider),
    plain(m.id) + (m.deprecated ? " (deprecated)" : ""),
    m.serverless ? ratesText(m.serverless) : "-",
    m.serverless?.cachedInput ? formatUnitPrice(m.serverless.cachedInput) : "-",
    batchText(m.batch),
    tiersText(m),
    m.contextWindow !== undefined ? formatNumber(new Decimal(m.contextWindow)) : "-",
    plain(m.book),
    m.asOf,
  ];
}

function hardwareCells(h: HardwareRow): string[] {
  return [
    plain(h.provider),
    plain(h.id),
    plain(h.name),
    h.dedicatedHourly ? formatUnitPrice(h.dedicatedHourly) : "-",
    h.clusterHourly ? formatUnitPrice(h.clusterHourly) : "-",
    plain(h.book),
    h.asOf,
  ];
}

/** `catalog list`: the books in force, then a table of models and one of hardware. */
export function renderCatalogList(listing: CatalogListing): string {
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

function ratesLine(r: RatesRow): string {
  const cached = r.cachedInput ? `, cached input ${formatUnitPrice(r.cachedInput)}` : "";
  const write = r.cacheWrite ? `, cache write ${formatUnitPrice(r.cacheWrite)}` : "";
  return `input ${formatUnitPrice(r.input)}, output ${formatUnitPrice(r.output)}${cached}${write}`;
}

function batchLine(batch: BatchTerms): string {
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

/** The optional facts of a model: aliases, retirement and token limits, each line only when the book states it. */
function factLines(m: ModelRow): string[] {
  const tokens = (n: number) => formatNumber(new Decimal(n));
  return [
    ...(m.aliases.length > 0 ? [`  aliases:      ${m.aliases.map(plain).join(", ")}`] : []),
    ...(m.retires !== undefined ? [`  retires:      ${m.retires} (the provider's shutdown date, per the source below)`] : []),
    ...(m.contextWindow !== undefined ? [`  context:      ${tokens(m.contextWindow)} tokens`] : []),
    ...(m.maxInputTokens !== undefined ? [`  max input:    ${tokens(m.maxInputTokens)} tokens per request`] : []),
    ...(m.maxOutputTokens !== undefined ? [`  max output:   ${tokens(m.maxOutputTokens)} tokens per request`] : []),
  ];
}

function modelLines(m: ModelRow): string[] {
  return [
    `${plain(m.provider)} ${plain(m.id)}${m.deprecated ? " (deprecated)" : ""}   [book: ${plain(m.book)}]`,
    ...factLines(m),
    `  serverless:   ${m.serverless ? `${ratesLine(m.serverless)} per 1M tokens` : "not offered"}`,
    `  batch:        ${batchLine(m.batch)}`,
    ...m.longContext.map(
      (t) =>
        `  long context: above ${formatNumber(new Decimal(t.aboveInputTokens))} input tokens per request, every token: ${ratesLine(t)} per 1M`,
    ),
    `  source:       ${plain(m.source)}${m.url ? ` <${plain(m.url)}>` : ""}, as of ${m.asOf}`,
    ...(m.note ? [`  note:         ${plain(m.note)}`] : []),
  ];
}

function detailLines(detail: ModelDetail, spelling: string): string[] {
  const { model } = detail;
  return [
    ...modelLines(model),
    // An exact id needs no account; any other spelling says how it was read.
    ...(detail.matched.join() !== "exact"
      ? [`  matched:      ${plain(spelling)} -> ${plain(model.provider)}/${plain(model.id)} (${describeRules(detail.matched)})`]
      : []),
    ...detail.replaces.map(
      (replaced) =>
        `  replaces:     ${plain(replaced.book)}: ${replaced.serverless ? ratesText(replaced.serverless) : "no serverless price"} (as of ${replaced.asOf})`,
    ),
  ];
}

/** `catalog show SPELLING`: each model the spelling names, with what it replaces and how the spelling was read. */
export function renderModelDetails(details: readonly ModelDetail[], spelling: string): string {
  return lines(details.flatMap((detail, i) => [...(i > 0 ? [""] : []), ...detailLines(detail, spelling)]));
}

/** A unit price change with its sign: `-$0.18`, `+$1.50`. */
function formatUnitPriceChange(value: Decimal): string {
  const sign = value.isNegative() ? "-" : value.isZero() ? "" : "+";
  return `${sign}${formatUnitPrice(value.abs())}`;
}

function valueText(value: PriceValue): string {
  return typeof value === "string" ? value : formatUnitPrice(value);
}

function withPercent(change: string, percent: Decimal | undefined): string {
  return `${change}${percent ? ` (${formatPercentChange(percent, 1)})` : ""}`;
}

function priceChangeCells(c: PriceChange): string[] {
  return [
    plain(c.provider),
    plain(c.id),
    c.field,
    valueText(c.old),
    valueText(c.new),
    c.change ? withPercent(formatUnitPriceChange(c.change), c.percent) : "",
  ];
}

function workloadMoveCells(w: WorkloadMove): string[] {
  return [
    plain(w.file),
    plain(w.workload),
    plain(w.model),
    w.mode,
    w.old ? formatUsd(w.old) : "unpriced",
    w.new ? formatUsd(w.new) : "unpriced",
    w.change ? withPercent(formatUsdChange(w.change), w.percent) : "",
  ];
}

function priceChangeLines(diff: CatalogDiff): string[] {
  if (diff.changes.length === 0) return ["No price differs."];
  return [
    `Prices that differ: ${diff.changes.length} (USD per 1M tokens; per GPU-hour for hardware)`,
    ...indented([["PROVIDER", "MODEL / HARDWARE", "PRICE", "OLD", "NEW", "CHANGE"], ...diff.changes.map(priceChangeCells)]),
  ];
}

function workloadMoveLines(diff: CatalogDiff): string[] {
  if (diff.workloadsCompared === 0) return ["No manifests given: no workload was priced."];
  if (diff.workloads.length === 0) return [`None of the ${diff.workloadsCompared} workloads changes cost.`];
  return [
    `Workloads that move: ${diff.workloads.length} of ${diff.workloadsCompared} (monthly)`,
    ...indented([["FILE", "WORKLOAD", "MODEL", "MODE", "OLD", "NEW", "CHANGE"], ...diff.workloads.map(workloadMoveCells)]),
    "",
    `Total of the workloads both books price: ${formatUsd(diff.total.old)} -> ${formatUsd(diff.total.new)} (${formatUsdChange(diff.total.change)}) a month`,
  ];
}

/** `catalog diff`: the prices that differ between two books, then the workloads whose cost moves. The labels are escaped by the caller. */
export function renderCatalogDiff(diff: CatalogDiff, oldLabel: string, newLabel: string): string {
  return lines([`Price books: ${oldLabel} -> ${newLabel}`, "", ...priceChangeLines(diff), "", ...workloadMoveLines(diff)]);
}

function statementText(s: PriceStatement): string {
  return `${formatUnitPrice(new Decimal(String(s.value)))} (${plain(s.source)}, ${s.asOf})`;
}

function disagreementLines(result: VerifyResult, first: string): string[] {
  const header = ["PROVIDER", "MODEL", "PRICE", `${first} USES`, "BOOK", "SAYS", "CHANGE", ""];
  const rows = result.disagreements.map((d) => [
    plain(d.provider),
    plain(d.id),
    d.field,
    statementText(d.first),
    plain(d.other.book),
    statementText(d.other),
    d.percent !== undefined ? formatPercentChange(new Decimal(d.percent), 1) : "",
    d.newer ? "newer" : "",
  ]);
  const newer = result.disagreements.filter((d) => d.newer).length;
  return [
    `Prices that differ: ${result.disagreements.length} (USD per 1M tokens; value, source, as of)`,
    ...columns([header, ...rows]).map((l) => `  ${l}`.trimEnd()),
    "",
    newer > 0
      ? `${first} disagrees with a newer source on ${newer} price(s): review them (catalog diff shows what they do to your workloads).`
      : `Every differing source is older than ${first}'s price.`,
  ];
}

/** `catalog verify`: where the other books state the first book's prices differently. */
export function renderVerify(result: VerifyResult): string {
  const first = plain(result.books[0]?.label ?? "");
  return lines([
    `Price books: ${result.books.map((b) => `${plain(b.label)} ${plain(b.version)} (as of ${b.asOf}, ${b.models} models)`).join(", ")}`,
    `Compared ${result.compared} models of ${first} that another book prices; tolerance ${result.tolerancePercent}%.`,
    "",
    ...(result.disagreements.length === 0 ? ["No price differs beyond the tolerance."] : disagreementLines(result, first)),
  ]);
}

/** What `catalog import` wrote, for stdout. */
export interface ImportSummary {
  out: string;
  providers: readonly string[];
  models: number;
  importer: string;
  input: string;
  sourceDate: string;
  warnings: number;
}

export function renderImportSummary(s: ImportSummary): string {
  return `wrote ${s.out}: ${s.models} models (${s.providers.map(plain).join(", ")}) from ${s.importer} ${plain(s.input)}, as of ${s.sourceDate}; ${s.warnings} warning(s)\n`;
}

/** The import's warnings for stderr: the first twenty, then how many more. */
export function renderImportWarnings(warnings: readonly string[]): string {
  const shown = warnings.slice(0, 20).map((w) => `warning: ${plain(w)}\n`);
  if (warnings.length > 20) shown.push(`warning: ... and ${warnings.length - 20} more\n`);
  return shown.join("");
}
