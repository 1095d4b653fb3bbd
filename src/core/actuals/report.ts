/**
 * What was really used and spent, against what the manifests declare: per workload over the
 * data's period normalised to a 730-hour month, priced by the estimate core with the same
 * catalog and rules (a workload re-declared with the measured tokens and volume), the billed
 * amount when the data states one, the projection and the variance; then unattributed and
 * ambiguous usage by model, and the findings.
 */
import { estimateWorkload } from "../cost/estimate.js";
import { Decimal, HOURS_PER_MONTH, ZERO, formatPercent, formatUsd } from "../money.js";
import type { Finding, Manifest, Mode, Range, Workload } from "../manifest/types.js";
import { finding, type FindingPlace } from "../rules/finding.js";
import type { RuleId } from "../rules/registry.js";
import type { PriceBook } from "../prices/catalog.js";
import { emptyTotals, type ActualsData, type BadSample, type Overlap, type Target, type Totals } from "./aggregate.js";
import { BAD_REASON_TEXT, type BadReason, type UsageSource } from "./record.js";

export const DEFAULT_VARIANCE_PERCENT = 25;
/** Priced and billed amounts further apart than this (percent of billed) are a price mismatch. */
export const PRICE_MISMATCH_PERCENT = 2;
const MS_PER_HOUR = 3_600_000;

export interface MonthlyTokens {
  uncachedInput: Decimal;
  cachedInput: Decimal;
  cacheWrite5m: Decimal;
  cacheWrite1h: Decimal;
  output: Decimal;
}

export interface PerRequest {
  input: Decimal;
  cachedInput: Decimal;
  cacheWrite: Decimal;
  output: Decimal;
}

interface UsageFigures {
  usageRecords: number;
  costRecords: number;
  sources: UsageSource[];
  /** Requests in the period; absent when the data has no request counts. */
  requests?: Decimal;
  requestsPerMonth?: Decimal;
  perRequest?: PerRequest;
  monthlyTokens: MonthlyTokens;
  /** Priced with the catalog and the manifest's rules; absent when it cannot be priced. */
  actualMonthly?: Decimal;
  billedMonthly?: Decimal;
  notes: string[];
}

export interface ActualsWorkload extends UsageFigures {
  file: string;
  name: string;
  provider: string;
  model: string;
  mode: Mode;
  projectedMonthly?: Decimal;
  variance?: Decimal;
  variancePercent?: Decimal;
  budgetMonthly?: Decimal;
}

export interface ActualsOther extends UsageFigures {
  kind: "unattributed" | "ambiguous";
  /** As the data writes it. */
  model: string;
  provider?: string;
  batch: boolean;
  /** The workloads an ambiguous record matched. */
  workloads: string[];
}

export interface ActualsReport {
  period?: { start: number; end: number; hours: Decimal };
  workloads: ActualsWorkload[];
  other: ActualsOther[];
  totals: { actualMonthly: Decimal; projectedMonthly: Decimal; billedMonthly?: Decimal; otherMonthly: Decimal; unpriced: number };
  bad: Partial<Record<BadReason, number>>;
  badSamples: BadSample[];
  skipped: Record<string, number>;
  overlaps: Overlap[];
  findings: Finding[];
  notes: string[];
  status: "pass" | "warn" | "fail";
}

/** One manifest with its price book, as the estimate priced it. */
export interface PricedManifest {
  manifest: Manifest;
  book: PriceBook;
}

function flat(value: Decimal): Range {
  return { low: value, expected: value, high: value };
}

function monthlyTokens(t: Totals, factor: Decimal): MonthlyTokens {
  const m = (n: bigint) => new Decimal(n).times(factor);
  return {
    uncachedInput: m(t.uncachedInput),
    cachedInput: m(t.cachedInput),
    cacheWrite5m: m(t.cacheWrite5m),
    cacheWrite1h: m(t.cacheWrite1h),
    output: m(t.output),
  };
}

/**
 * Tokens per request and requests a month. Without request counts (Anthropic) the volume is
 * `fallbackRequests` a month and the tokens are the month's divided by it, so the monthly cost
 * is still the measured tokens' cost.
 */
function volume(
  t: Totals,
  tokens: MonthlyTokens,
  factor: Decimal,
  fallbackRequests: Decimal,
  workload: Workload,
): { perRequest: PerRequest; requestsPerMonth: Decimal; counted: boolean } {
  if (t.usageRecords === 0) return { perRequest: zeroRequest(workload), requestsPerMonth: ZERO, counted: true };
  const counted = t.uncountedRecords === 0;
  const requestsPerMonth = counted ? new Decimal(t.requests).times(factor) : fallbackRequests;
  const per = (d: Decimal) => (requestsPerMonth.isZero() ? ZERO : d.div(requestsPerMonth));
  const writes = tokens.cacheWrite5m.plus(tokens.cacheWrite1h);
  return {
    perRequest: {
      input: per(tokens.uncachedInput.plus(tokens.cachedInput).plus(writes)),
      cachedInput: per(tokens.cachedInput),
      cacheWrite: per(writes),
      output: per(tokens.output),
    },
    requestsPerMonth,
    counted,
  };
}

/** The workload re-declared with measured tokens per request and requests a month. */
function measured(workload: Workload, perRequest: PerRequest, requestsPerMonth: Decimal): Workload {
  return {
    ...workload,
    tokens: {
      input: flat(perRequest.input),
      output: flat(perRequest.output),
      cachedInput: flat(perRequest.cachedInput),
      cacheWrite: flat(perRequest.cacheWrite),
    },
    requests: { ...workload.requests, unit: "per_month", declared: flat(requestsPerMonth), perMonth: flat(requestsPerMonth) },
  };
}

function priced(workload: Workload, manifest: Pick<Manifest, "prices" | "policy">, book: PriceBook): Decimal | undefined {
  const estimate = estimateWorkload(workload, manifest, book);
  return estimate.priced ? estimate.cost?.monthlyCost : undefined;
}

function figures(t: Totals, factor: Decimal, workload: Workload, fallbackRequests: Decimal, pricing: PricedManifest): UsageFigures {
  const tokens = monthlyTokens(t, factor);
  const notes: string[] = [];
  const { perRequest, requestsPerMonth, counted } = volume(t, tokens, factor, fallbackRequests, workload);
  if (!counted)
    notes.push(
      `the data has no request counts (${t.uncountedRecords} record(s)): the volume is taken as ${requestsPerMonth.toFixed(0)} a month to price the measured tokens`,
    );
  if (t.cacheWrite1h > 0n) notes.push("1-hour cache writes are priced at the catalog's cache-write rate, as 5-minute ones");
  const fig: UsageFigures = {
    usageRecords: t.usageRecords,
    costRecords: t.costRecords,
    sources: [...t.sources].sort(),
    monthlyTokens: tokens,
    notes,
  };
  if (counted) {
    fig.requests = new Decimal(t.requests);
    fig.requestsPerMonth = requestsPerMonth;
    fig.perRequest = perRequest;
  }
  const actual = priced(measured(workload, perRequest, requestsPerMonth), pricing.manifest, pricing.book);
  if (actual) fig.actualMonthly = actual;
  // A billed amount is compared only when it covers the usage: every request states one, or cost lines were read.
  if (t.costRecords > 0 || (t.usageRecords > 0 && t.billedUsageRecords === t.usageRecords)) fig.billedMonthly = t.billed.times(factor);
  return fig;
}

/** No usage: the workload's own tokens per request, no requests (capacity still costs its hours). */
function zeroRequest(workload: Workload): PerRequest {
  const t = workload.tokens;
  return { input: t.input.expected, cachedInput: t.cachedInput.expected, cacheWrite: t.cacheWrite.expected, output: t.output.expected };
}

/** Where the catalog has a spelling: through its resolver, the record's provider first; as written otherwise. */
function locate(book: PriceBook, written: string, provider: string | undefined): { provider: string; model: string } {
  const first = provider ? book.resolve(written, provider) : undefined;
  const found = first?.kind === "found" ? first : book.resolve(written);
  return found.kind === "found" ? { provider: found.provider, model: found.id } : { provider: provider ?? "unknown", model: written };
}

/** Usage no single workload owns, as a workload of its model so the estimate core can price it. */
function usageWorkload(target: Target, book: PriceBook, file: string): Workload {
  const { provider, model } = locate(book, target.written, target.provider);
  const zero = flat(ZERO);
  return {
    id: `${file}#(usage) ${model}`,
    file,
    name: target.written,
    index: 0,
    line: 1,
    col: 1,
    at: {},
    provider,
    model,
    mode: target.batch ? "batch" : "serverless",
    tokens: { input: zero, output: zero, cachedInput: zero, cacheWrite: zero },
    requests: { unit: "per_month", declared: zero, perMonth: zero },
    tags: {},
  };
}

function workloadRow(workload: Workload, totals: Totals, factor: Decimal, pricing: PricedManifest): ActualsWorkload {
  const projected = priced(workload, pricing.manifest, pricing.book);
  const fig = figures(totals, factor, workload, workload.requests.perMonth.expected, pricing);
  const row: ActualsWorkload = {
    ...fig,
    file: workload.file,
    name: workload.name,
    provider: workload.provider,
    model: workload.model,
    mode: workload.mode,
  };
  if (workload.budgetMonthly) row.budgetMonthly = workload.budgetMonthly;
  if (projected) row.projectedMonthly = projected;
  if (projected && fig.actualMonthly) {
    row.variance = fig.actualMonthly.minus(projected);
    if (!projected.isZero()) row.variancePercent = row.variance.div(projected).times(100);
  }
  return row;
}

function otherRow(target: Target, factor: Decimal, pricing: PricedManifest): ActualsOther {
  const workload = usageWorkload(target, pricing.book, pricing.manifest.file);
  const fig = figures(target.totals, factor, workload, new Decimal(1), pricing);
  const row: ActualsOther = {
    ...fig,
    kind: target.kind === "ambiguous" ? "ambiguous" : "unattributed",
    model: target.written,
    batch: target.batch,
    workloads: target.workloads.map((w) => w.name),
  };
  if (target.provider) row.provider = target.provider;
  return row;
}

export interface ActualsOptions {
  /** Model key of each declared workload, to tell an undeclared model from unattributed usage of a declared one. */
  declaredModels: ReadonlySet<string>;
}

export function buildActualsReport(data: ActualsData, manifests: readonly PricedManifest[], options: ActualsOptions): ActualsReport {
  const ms = data.period ? data.period.end - data.period.start : 0;
  const factor = ms > 0 ? HOURS_PER_MONTH.times(MS_PER_HOUR).div(ms) : ZERO;
  const byWorkload = new Map(data.targets.flatMap((t) => (t.kind === "workload" ? t.workloads.map((w) => [w.id, t] as const) : [])));
  const rows = manifests.flatMap((p) =>
    p.manifest.workloads.map((w, index) => ({
      w,
      index,
      manifest: p.manifest,
      row: workloadRow(w, byWorkload.get(w.id)?.totals ?? emptyTotals(), factor, p),
    })),
  );
  const workloads = rows.map((r) => r.row);
  const [firstManifest] = manifests;
  const others =
    firstManifest === undefined
      ? []
      : data.targets.filter((t) => t.kind !== "workload").map((target) => ({ target, row: otherRow(target, factor, firstManifest) }));
  const other = others.map((o) => o.row);
  const findings = [
    ...(ms > 0 && data.hasUsage ? rows.flatMap(({ w, row, manifest, index }) => workloadFindings(w, row, manifest, index)) : []),
    ...otherFindings(others, options),
    ...dataFindings(data),
  ];
  const add = (values: Array<Decimal | undefined>) => values.reduce<Decimal>((a, b) => (b ? a.plus(b) : a), ZERO);
  const billed = [...workloads, ...other].filter((r) => r.billedMonthly);
  const report: ActualsReport = {
    workloads,
    other,
    totals: {
      actualMonthly: add(workloads.map((r) => r.actualMonthly)),
      projectedMonthly: add(workloads.map((r) => r.projectedMonthly)),
      otherMonthly: add(other.map((r) => r.actualMonthly)),
      unpriced: [...workloads, ...other].filter((r) => !r.actualMonthly).length,
      ...(billed.length ? { billedMonthly: add(billed.map((r) => r.billedMonthly)) } : {}),
    },
    bad: data.bad,
    badSamples: data.badSamples,
    skipped: data.skipped,
    overlaps: data.overlaps,
    findings,
    notes: reportNotes(data, ms),
    status: findings.some((f) => f.severity === "error") ? "fail" : findings.some((f) => f.severity === "warning") ? "warn" : "pass",
  };
  if (data.period) report.period = { ...data.period, hours: new Decimal(ms).div(MS_PER_HOUR) };
  return report;
}

function reportNotes(data: ActualsData, ms: number): string[] {
  const notes: string[] = [];
  if (!data.period) notes.push("no usage was read: nothing to compare");
  else if (!data.hasUsage)
    notes.push("only cost lines were read, no token usage: the billed amounts are shown, the projections not judged");
  else if (ms === 0) notes.push("the usage covers a single instant: it cannot be normalised to a month");
  else if (ms < 86_400_000) notes.push("the usage covers less than a day: the monthly figures extrapolate it");
  for (const [what, n] of Object.entries(data.skipped)) notes.push(`${n} ${what} skipped`);
  if (data.identitiesSaturated)
    notes.push("more requests than duplicate detection remembers: later duplicates of requests or spans are not detected");
  return notes;
}

/** A place in the usage data (a line, where a record starts, or 0 for the file as a whole) as a finding's place. */
function dataPlace(where: { file: string; line: number }): FindingPlace {
  return where.line > 0 ? { file: where.file, line: where.line, col: 1 } : { file: where.file };
}

function workloadFindings(w: Workload, row: ActualsWorkload, manifest: Manifest, index: number): Finding[] {
  const place: FindingPlace = { file: w.file, line: w.line, col: w.col, path: `workloads[${index}]`, workload: w.name };
  const at = (rule: RuleId, message: string): Finding => finding(rule, place, message);
  const out: Finding[] = [];
  const limit = manifest.policy.actualsVariancePercent ?? new Decimal(DEFAULT_VARIANCE_PERCENT);
  const pct = row.variancePercent;
  const { actualMonthly, projectedMonthly } = row;
  if (pct && actualMonthly && projectedMonthly && pct.abs().gt(limit)) {
    const over = pct.isPositive();
    out.push(
      at(
        over ? "actuals.over-projection" : "actuals.under-projection",
        `${w.name} spends ${formatUsd(actualMonthly)} a month, ${formatPercent(pct.abs())} ${over ? "over" : "under"} its projection of ${formatUsd(projectedMonthly)} (policy.actuals_variance_percent ${limit.toString()})`,
      ),
    );
  }
  if (row.budgetMonthly && row.actualMonthly?.gt(row.budgetMonthly)) {
    out.push(
      at(
        "actuals.over-budget",
        `${w.name} spends ${formatUsd(row.actualMonthly)} a month, over its budget of ${formatUsd(row.budgetMonthly)}`,
      ),
    );
  }
  // Capacity is billed by the hour whatever the tokens: only token-priced usage is checked against the invoice.
  const mismatch = (w.mode === "serverless" || w.mode === "batch") && row.usageRecords > 0 ? priceMismatch(row) : undefined;
  if (mismatch) out.push(at("actuals.price-mismatch", `${w.name}: ${mismatch}`));
  return out;
}

function priceMismatch(row: UsageFigures): string | undefined {
  const { actualMonthly: priced, billedMonthly: billed } = row;
  if (!priced || !billed || billed.isZero()) return undefined;
  const pct = priced.minus(billed).div(billed).times(100);
  if (pct.abs().lte(PRICE_MISMATCH_PERCENT)) return undefined;
  return `the catalog prices the usage at ${formatUsd(priced)} a month but ${formatUsd(billed)} was billed (${formatPercent(pct.abs(), 1)} ${pct.isPositive() ? "more" : "less"}): check the price book against the invoice`;
}

function otherFindings(others: ReadonlyArray<{ target: Target; row: ActualsOther }>, options: ActualsOptions): Finding[] {
  return others.map(({ target: t, row }) => {
    const cost = row.actualMonthly ? `${formatUsd(row.actualMonthly)} a month` : "unpriced";
    const f = (rule: RuleId, message: string) => finding(rule, dataPlace(t.firstSeen), message);
    if (row.kind === "ambiguous")
      return f(
        "actuals.ambiguous",
        `usage of ${row.model} (${cost}) matches ${row.workloads.join(", ")}: give them match: selectors that tell them apart`,
      );
    if (!options.declaredModels.has(t.model))
      return finding(
        "actuals.undeclared-model",
        { ...dataPlace(t.firstSeen), model: row.model },
        `${row.model} is used (${cost}) but no workload declares it`,
      );
    return f(
      "actuals.unattributed",
      `usage of ${row.model}${row.batch ? " (batch)" : ""} (${cost}) matches no workload's model, mode and match: selectors`,
    );
  });
}

function dataFindings(data: ActualsData): Finding[] {
  const out: Finding[] = [];
  const total = Object.values(data.bad).reduce((a, b) => a + b, 0);
  const [first] = data.badSamples;
  if (total > 0 && first !== undefined) {
    const counts = Object.entries(data.bad).map(([reason, n]) => `${n} ${BAD_REASON_TEXT[reason as BadReason]}`);
    out.push(
      finding(
        "actuals.bad-records",
        dataPlace(first.where),
        `${total} usage record(s) not counted: ${counts.join(", ")}; first: ${first.message}`,
      ),
    );
  }
  const [overlap] = data.overlaps;
  if (data.overlapCount > 0 && overlap !== undefined) {
    out.push(
      finding(
        "actuals.overlap",
        dataPlace(overlap.where),
        `${data.overlapCount} overlap(s) in time: buckets of one group, or one model in two sources; first: ${overlap.message}`,
      ),
    );
  }
  return out;
}
