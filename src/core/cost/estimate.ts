import type { FoundModel, PriceBook } from "../prices/catalog.js";
import {
  Decimal,
  MILLION,
  SECONDS_PER_HOUR,
  ZERO,
  compound,
  dec,
  formatCount,
  formatNumber,
  formatPercent,
  formatUsd,
  formatUsdPrecise,
  formatUnitPrice,
} from "../money.js";
import {
  lifecycleOf,
  resolveGpuRate,
  resolveTokenPrice,
  type Lifecycle,
  type PriceOrigin,
  type PriceProblem,
  type ResolvedTokenPrice,
  type TierRates,
  type TokenRates,
} from "../prices/price.js";
import type {
  ClusterSpec,
  DedicatedContract,
  DedicatedSpec,
  Finding,
  Manifest,
  Range,
  Scenario,
  Severity,
  Workload,
  WorkloadField,
} from "../manifest/types.js";
import { MONTHLY_FACTOR } from "../manifest/validate.js";
import type { RuleId } from "../rules/registry.js";

export interface CostComponent {
  name: string;
  /** In `unit`s; quantity x unitPrice = monthlyCost exactly. */
  quantity: Decimal;
  unit: "1M tokens" | "GPU-hours" | "month";
  unitPrice: Decimal;
  monthlyCost: Decimal;
  /** What the bare line does not say: a long-context tier, GPUs billed in multiples, a contract minimum. */
  detail?: string;
}

export interface ScenarioCost {
  perRequestCost?: Decimal;
  monthlyCost: Decimal;
  monthlyTokens: Decimal;
  components: CostComponent[];
  effectivePerMillionTokens?: Decimal;
  /** Tokens the capacity serves in its hours, exact (the utilization below is a rounded quotient). */
  capacityTokens?: Decimal;
  /** Monthly tokens / what the capacity serves in its hours (average load). */
  utilization?: Decimal;
  /** Utilization at peak traffic: utilization x requests.peak_to_average. */
  peakUtilization?: Decimal;
  /** Monthly tokens / a dedicated contract's included tokens. */
  contractUse?: Decimal;
}

export interface WorkloadEstimate {
  workload: Workload;
  /** False when no price could be found: reported as unpriced, never as $0. */
  priced: boolean;
  /** The expected scenario. */
  cost?: ScenarioCost;
  /** Low / high monthly cost, only when the workload declares ranges. */
  range?: Record<Scenario, Decimal>;
  price?: PriceOrigin;
  /** Price sources beyond `price` (a dedicated endpoint's hardware rate, say). */
  hardware?: { id: string; name: string };
  /** The GPU-hour rate a capacity-priced workload pays (absent for a contract without one). */
  gpuHourly?: Decimal;
  contextWindow?: number;
  batch?: ResolvedTokenPrice["batch"];
  /** Catalog id of the model (aliases resolved), for grouping workloads that share a model. */
  modelId?: string;
  /** The provider's deprecation and retirement of the model (evaluate turns them into findings, given today). */
  lifecycle?: Lifecycle;
  findings: Finding[];
}

function finding(workload: Workload, severity: Severity, rule: RuleId, message: string, field?: WorkloadField, subpath = ""): Finding {
  const at = (field && workload.at[field]) || { line: workload.line, col: workload.col };
  return {
    severity,
    rule,
    message,
    file: workload.file,
    line: at.line,
    col: at.col,
    path: `workloads[${workload.index}]${field ? `.${field}${subpath}` : ""}`,
    workload: workload.name,
  };
}

/**
 * What turns a per-request amount into a month: `declared` x the unit's numerator, once per
 * scenario, and the one divisor (unit denominator x `divisor`) applied last so the result is exact.
 */
interface Monthly {
  volume: Decimal;
  by: number;
}

function monthlyOf(workload: Workload, declared: Decimal, divisor = 1): Monthly {
  const { numerator, denominator } = MONTHLY_FACTOR[workload.requests.unit];
  return { volume: numerator === 1 ? declared : declared.times(numerator), by: denominator * divisor };
}

function perMonth(monthly: Monthly, perRequest: Decimal): Decimal {
  const total = monthly.volume.times(perRequest);
  return monthly.by === 1 ? total : total.div(monthly.by);
}

/** A flat range (a plain number in the manifest) shares one Decimal: no comparison needed. */
function isFlat(r: Range): boolean {
  return (r.low === r.expected || r.low.eq(r.expected)) && (r.high === r.expected || r.high.eq(r.expected));
}

function hasRange(workload: Workload): boolean {
  const { tokens, requests } = workload;
  return !(
    isFlat(tokens.input) &&
    isFlat(tokens.output) &&
    isFlat(tokens.cachedInput) &&
    isFlat(tokens.cacheWrite) &&
    isFlat(requests.perMonth)
  );
}

/** One request's tokens; `cached` and `write` are part of `input`. */
interface RequestTokens {
  input: Decimal;
  output: Decimal;
  cached: Decimal;
  write: Decimal;
}

function requestTokens(workload: Workload, scenario: Scenario): RequestTokens {
  const { input, output, cachedInput, cacheWrite } = workload.tokens;
  return { input: input[scenario], output: output[scenario], cached: cachedInput[scenario], write: cacheWrite[scenario] };
}

/** The long-context tier a request of `inputTokens` falls in: the highest threshold it exceeds (cliff: the whole request pays it). */
function tierFor(price: ResolvedTokenPrice, inputTokens: Decimal): TierRates | undefined {
  let found: TierRates | undefined;
  for (const tier of price.longContext) {
    if (inputTokens.gt(tier.aboveInputTokens) && (!found || tier.aboveInputTokens > found.aboveInputTokens)) found = tier;
  }
  return found;
}

type Line = [name: string, tokens: Decimal, rate: Decimal];

/** The priced lines of one request: uncached input, cached input, cache writes, output. */
function requestLines(rates: TokenRates, t: RequestTokens): Line[] {
  const lines: Line[] = [["input", t.input.minus(t.cached).minus(t.write), rates.input]];
  if (t.cached.gt(0)) lines.push(["cached input", t.cached, rates.cachedInput ?? rates.input]);
  if (t.write.gt(0)) lines.push(["cache write", t.write, rates.cacheWrite ?? rates.input]);
  lines.push(["output", t.output, rates.output]);
  return lines;
}

function ratesFor(price: ResolvedTokenPrice, t: RequestTokens): TokenRates {
  return tierFor(price, t.input)?.rates ?? price.rates;
}

/** USD x 1M for one request: the exact value to compare candidates by. */
function requestMicros(price: ResolvedTokenPrice, t: RequestTokens): Decimal {
  let total = ZERO;
  for (const [, tokens, rate] of requestLines(ratesFor(price, t), t)) total = total.plus(tokens.times(rate));
  return total;
}

/** tokenCost's monthlyCost alone. */
function tokenMonthlyCost(workload: Workload, price: ResolvedTokenPrice, t: RequestTokens, declared: Decimal): Decimal {
  const monthly = monthlyOf(workload, declared, 1_000_000);
  let monthlyCost = ZERO;
  for (const [, tokens, rate] of requestLines(ratesFor(price, t), t)) monthlyCost = monthlyCost.plus(perMonth(monthly, tokens.times(rate)));
  return monthlyCost;
}

function tokenCost(workload: Workload, price: ResolvedTokenPrice, t: RequestTokens, declared: Decimal): ScenarioCost {
  const tier = tierFor(price, t.input);
  const detail = tier ? `long-context rate: input above ${formatNumber(dec(tier.aboveInputTokens))} tokens` : undefined;
  // Prices are per 1M tokens: one division by volume unit x 1M, last, keeps every amount exact.
  const monthly = monthlyOf(workload, declared, 1_000_000);
  const components: CostComponent[] = [];
  let perRequest = ZERO;
  let monthlyCost = ZERO;
  for (const [name, tokens, unitPrice] of requestLines(tier?.rates ?? price.rates, t)) {
    const lineCost = tokens.times(unitPrice);
    const component: CostComponent = {
      name,
      quantity: perMonth(monthly, tokens),
      unit: "1M tokens",
      unitPrice,
      monthlyCost: perMonth(monthly, lineCost),
    };
    if (detail) component.detail = detail;
    components.push(component);
    perRequest = perRequest.plus(lineCost);
    monthlyCost = monthlyCost.plus(component.monthlyCost);
  }
  const monthlyTokens = perMonth(monthlyOf(workload, declared), t.input.plus(t.output));
  const cost: ScenarioCost = { perRequestCost: perRequest.div(MILLION), monthlyCost, monthlyTokens, components };
  if (monthlyTokens.gt(0)) cost.effectivePerMillionTokens = monthlyCost.div(monthlyTokens.div(MILLION));
  return cost;
}

/** The distinct values among `values`: a flat range is one candidate, not three (most workloads range one or two counts). */
function ends(...values: Decimal[]): Decimal[] {
  return values.filter((v, i) => values.findIndex((w) => w.eq(v)) === i);
}

/**
 * The cheapest and the dearest request among the combinations of the declared range ends:
 * input low / expected / high and every tier threshold inside the input range (the most a
 * request pays below a cliff), cached input and cache writes low or high, clamped so they
 * never exceed input (cached first, then writes), output low for the cheapest, high for the dearest.
 */
function extremeRequests(workload: Workload, price: ResolvedTokenPrice): { cheapest: RequestTokens; dearest: RequestTokens } {
  const { input, output, cachedInput, cacheWrite } = workload.tokens;
  const inputs = ends(input.low, input.expected, input.high);
  for (const tier of price.longContext) {
    const threshold = dec(tier.aboveInputTokens);
    if (threshold.gte(input.low) && threshold.lt(input.high)) inputs.push(threshold);
  }
  const cachedEnds = ends(cachedInput.low, cachedInput.high);
  const writeEnds = ends(cacheWrite.low, cacheWrite.high);
  // One pass, no candidate arrays: this runs for every ranged workload of a large run.
  let cheapest: Priced | undefined;
  let dearest: Priced | undefined;
  for (const i of inputs) {
    for (const c0 of cachedEnds) {
      const cached = lesser(c0, i);
      for (const w0 of writeEnds) {
        const write = lesser(w0, i.minus(cached));
        // The first of equals wins: the order above is the order of preference.
        cheapest = extreme(cheapest, { input: i, cached, write, output: output.low }, price, -1);
        dearest = extreme(dearest, { input: i, cached, write, output: output.high }, price, 1);
      }
    }
  }
  // eslint-disable-next-line @typescript-eslint/no-non-null-assertion -- inputs and ends() are never empty, so the loop ran
  return { cheapest: cheapest!.t, dearest: dearest!.t };
}

/** Decimal.min(a, b) without its copies: the first of equals. */
function lesser(a: Decimal, b: Decimal): Decimal {
  return b.lt(a) ? b : a;
}

interface Priced {
  t: RequestTokens;
  micros: Decimal;
}

/** `best` or `t`, whichever costs strictly less (sign -1) or more (sign 1) per request. */
function extreme(best: Priced | undefined, t: RequestTokens, price: ResolvedTokenPrice, sign: -1 | 1): Priced {
  const micros = requestMicros(price, t);
  return best === undefined || micros.comparedTo(best.micros) === sign ? { t, micros } : best;
}

/**
 * Low and high are the cheapest and the dearest combination of the declared ranges, so
 * low <= expected <= high holds whatever the rates (the expected request is itself a candidate).
 * Without a range all three are the same, computed once (estimation is most of a large run's time).
 */
function tokenScenarios(workload: Workload, price: ResolvedTokenPrice, expected: Decimal): { low: Decimal; high: Decimal } {
  const declared = workload.requests.declared;
  const { cheapest, dearest } = extremeRequests(workload, price);
  // Only their monthly costs are shown: no cost lines, math or per-request cost to build.
  const low = tokenMonthlyCost(workload, price, cheapest, declared.low);
  const high = tokenMonthlyCost(workload, price, dearest, declared.high);
  return { low: low.gt(expected) ? expected : low, high: high.lt(expected) ? expected : high };
}

interface Limits {
  contextWindow?: number;
  maxInputTokens?: number;
  maxOutputTokens?: number;
}

/** What one request needs against a limit: input + output, input, or output. */
function need(workload: Workload, limit: keyof Limits, s: Scenario): Decimal {
  const { input, output } = workload.tokens;
  return limit === "contextWindow" ? input[s].plus(output[s]) : limit === "maxInputTokens" ? input[s] : output[s];
}

/** One limit's check; true when it found the request over the limit (the first such finding is the one reported). */
function overLimit(
  workload: Workload,
  key: keyof Limits,
  limit: number | undefined,
  what: string,
  name: string,
  scenario: "expected" | "high",
  findings: Finding[],
): boolean {
  if (limit === undefined) return false;
  const tokens = need(workload, key, scenario);
  if (!tokens.gt(limit)) return false;
  if (scenario === "expected")
    findings.push(
      finding(workload, "error", "context.exceeded", `${tokens} ${what} exceed the ${limit}-token ${name} of ${workload.model}`, "tokens"),
    );
  else
    findings.push(
      finding(
        workload,
        "warning",
        "context.exceeded",
        `the high estimate of ${tokens} ${what} exceeds the ${limit}-token ${name} of ${workload.model}`,
        "tokens",
      ),
    );
  return true;
}

/**
 * Input + output over the context window, input over max input, output over max output:
 * `context.exceeded`, once per workload. An expected request over any limit is the error, even
 * when only the high estimate breaks an earlier one.
 */
function contextFindings(workload: Workload, limits: Limits, findings: Finding[]): void {
  for (const scenario of ["expected", "high"] as const) {
    if (
      overLimit(
        workload,
        "contextWindow",
        limits.contextWindow,
        "tokens per request (input + output)",
        "context window",
        scenario,
        findings,
      )
    )
      return;
    if (overLimit(workload, "maxInputTokens", limits.maxInputTokens, "input tokens per request", "maximum input", scenario, findings))
      return;
    if (overLimit(workload, "maxOutputTokens", limits.maxOutputTokens, "output tokens per request", "maximum output", scenario, findings))
      return;
  }
}

function rateFindings(workload: Workload, price: ResolvedTokenPrice, findings: Finding[]): void {
  const t = requestTokens(workload, "expected");
  const tier = tierFor(price, t.input);
  const rates = tier?.rates ?? price.rates;
  const inputRate = workload.mode === "batch" && price.batch === "discounted" ? "batch input rate" : "input rate";
  if (t.cached.gt(0) && rates.cachedInput === undefined) {
    findings.push(
      finding(
        workload,
        "notice",
        "cache.no-rate",
        `${workload.model} has no cached-input rate; cached tokens are billed at the ${inputRate}`,
        "tokens",
        ".cached_input",
      ),
    );
  }
  if (t.write.gt(0) && rates.cacheWrite === undefined) {
    findings.push(
      finding(
        workload,
        "notice",
        "cache.no-write-rate",
        `${workload.model} has no cache-write rate; cache writes are billed at the ${inputRate}`,
        "tokens",
        ".cache_write",
      ),
    );
  }
  if (tier) {
    findings.push(
      finding(
        workload,
        "notice",
        "price.long-context",
        `${formatNumber(t.input)} input tokens per request are above the ${formatNumber(dec(tier.aboveInputTokens))}-token long-context threshold of ${workload.model}: the whole request pays ${formatUnitPrice(tier.rates.input)}/1M input and ${formatUnitPrice(tier.rates.output)}/1M output instead of ${formatUnitPrice(price.rates.input)} and ${formatUnitPrice(price.rates.output)}`,
        "tokens",
        ".input",
      ),
    );
  } else {
    const highTier = tierFor(price, workload.tokens.input.high);
    if (highTier) {
      findings.push(
        finding(
          workload,
          "notice",
          "price.long-context",
          `the high estimate of ${formatNumber(workload.tokens.input.high)} input tokens is above the ${formatNumber(dec(highTier.aboveInputTokens))}-token long-context threshold of ${workload.model}, where the whole request pays ${formatUnitPrice(highTier.rates.input)}/1M input`,
          "tokens",
          ".input",
        ),
      );
    }
  }
}

/**
 * The rate a token-priced workload pays and the findings about it, undefined when it has none.
 * `full`: every finding; without it only those that can unprice the workload (a diff's attribution steps).
 */
function tokenPrice(
  workload: Workload,
  manifest: Pick<Manifest, "prices" | "policy">,
  book: PriceBook,
  findings: Finding[],
  full: boolean,
): ResolvedTokenPrice | undefined {
  const resolved = resolveTokenPrice(workload, manifest.prices, book);
  if ("problem" in resolved) {
    findings.push(priceProblemFinding(workload, manifest.policy, resolved));
    return undefined;
  }
  if (workload.mode === "batch") batchFindings(workload, resolved.batch, full, findings);
  contextFindings(workload, resolved, findings);
  if (full) rateFindings(workload, resolved, findings);
  return resolved;
}

/** Why a token-priced workload has no price: a model the books do not know (at the policy's severity), or one without a per-token price. */
function priceProblemFinding(workload: Workload, policy: Manifest["policy"], resolved: PriceProblem): Finding {
  if (resolved.problem === "no-serverless-price") {
    return finding(
      workload,
      "error",
      "price.missing",
      `the catalog has no per-token price for ${workload.model}; add it under prices:`,
      "model",
    );
  }
  return finding(workload, policy.unknownModel, "model.unknown", unknownModelMessage(workload, resolved), "model");
}

function unknownModelMessage(workload: Workload, resolved: Extract<PriceProblem, { problem: "unknown-model" }>): string {
  const { model, provider } = workload;
  if (resolved.candidates.length > 0) {
    return `ambiguous model "${model}" for provider ${provider}: it could be ${resolved.candidates.join(" or ")}; write the one you mean`;
  }
  // The right model under the wrong provider is the common case: name the provider to set.
  const elsewhere = resolved.providers;
  const [first] = elsewhere;
  if (first !== undefined) {
    const has = elsewhere.length === 1 ? "has" : "have";
    return `unknown model "${model}" for provider ${provider}, but ${elsewhere.join(" and ")} ${has} it; set provider: ${first} on the workload (or in defaults)`;
  }
  const guess = resolved.suggestions.length > 0 ? ` (did you mean ${resolved.suggestions.join(", ")}?)` : "";
  return `unknown model "${model}" for provider ${provider}${guess}; add it under prices: with your rates, or load a catalog that has it`;
}

/** A batch workload: batch not offered (the error), no discount on it, or an interactive workload sent to it (`full` only). */
function batchFindings(workload: Workload, batch: ResolvedTokenPrice["batch"], full: boolean, findings: Finding[]): void {
  const at = (severity: Severity, rule: RuleId, message: string) => findings.push(finding(workload, severity, rule, message, "mode"));
  if (batch === "unavailable") {
    at(
      "error",
      "batch.unavailable",
      `${workload.provider} does not offer batch inference for ${workload.model}; use serverless or a dedicated endpoint`,
    );
  } else if (full && batch === "not-discounted") {
    at("notice", "batch.no-discount", `batch has no discount for ${workload.model}; it is billed at the serverless price`);
  } else if (full && batch === "unknown") {
    at("notice", "batch.no-discount", `the catalog does not list a batch discount for ${workload.model}; billed at the serverless price`);
  }
  if (workload.latency === "interactive" && full) {
    at("warning", "batch.interactive", `workload is marked latency: interactive, but batch jobs complete within 24 hours`);
  }
}

function estimateTokenWorkload(workload: Workload, manifest: Pick<Manifest, "prices" | "policy">, book: PriceBook): WorkloadEstimate {
  const findings: Finding[] = [];
  const resolved = tokenPrice(workload, manifest, book, findings, true);
  if (!resolved) return { workload, priced: false, findings };
  const cost = tokenCost(workload, resolved, requestTokens(workload, "expected"), workload.requests.declared.expected);
  if (cost.monthlyCost.isZero() && cost.monthlyTokens.gt(0)) {
    findings.push(
      finding(
        workload,
        "notice",
        "price.zero",
        `${resolved.origin.source ?? resolved.origin.book} prices ${workload.model} at $0; check that it is really free`,
        "model",
      ),
    );
  }
  const estimate: WorkloadEstimate = { workload, priced: !hasError(findings), cost, findings };
  // Low and high only when a range is declared: without one all three scenarios are the expected one.
  if (hasRange(workload)) {
    const { low, high } = tokenScenarios(workload, resolved, cost.monthlyCost);
    estimate.range = { low, expected: cost.monthlyCost, high };
  }
  estimate.price = resolved.origin;
  if (resolved.contextWindow !== undefined) estimate.contextWindow = resolved.contextWindow;
  if (resolved.batch) estimate.batch = resolved.batch;
  if (resolved.modelId !== undefined) estimate.modelId = resolved.modelId;
  if (resolved.lifecycle) estimate.lifecycle = resolved.lifecycle;
  return estimate;
}

function hasError(findings: readonly Finding[]): boolean {
  for (const f of findings) if (f.severity === "error") return true;
  return false;
}

const ONE = dec(1);

/** Peak hourly rate over the mean; 1 unless the workload says its traffic is spiky. */
export function peakFactor(workload: Workload): Decimal {
  return workload.requests.peakToAverage ?? ONE;
}

function monthlyTokensOf(workload: Workload, scenario: Scenario): Decimal {
  return perMonth(
    monthlyOf(workload, workload.requests.declared[scenario]),
    workload.tokens.input[scenario].plus(workload.tokens.output[scenario]),
  );
}

/** Adds the per-request and per-1M-token prices, the utilization and the contract use to a capacity cost. */
function capacityCost(
  workload: Workload,
  cost: Pick<ScenarioCost, "monthlyCost" | "monthlyTokens" | "components">,
  requests: Decimal,
  capacity: { tokensPerSecond: Decimal | undefined; hours: Decimal; units: number },
  contractUse?: Decimal,
): ScenarioCost {
  const out: ScenarioCost = { monthlyCost: cost.monthlyCost, monthlyTokens: cost.monthlyTokens, components: cost.components };
  // Capacity is what the replicas (or the cluster) can serve in the hours they run.
  const served = capacity.tokensPerSecond?.times(capacity.units).times(capacity.hours).times(SECONDS_PER_HOUR);
  if (served && !served.isZero()) {
    out.capacityTokens = served;
    out.utilization = cost.monthlyTokens.div(served);
    out.peakUtilization = out.utilization.times(peakFactor(workload));
  }
  if (contractUse) out.contractUse = contractUse;
  if (requests.gt(0)) out.perRequestCost = cost.monthlyCost.div(requests);
  if (cost.monthlyTokens.gt(0)) out.effectivePerMillionTokens = cost.monthlyCost.div(cost.monthlyTokens.div(MILLION));
  return out;
}

/** A dedicated endpoint's month in amounts; dedicatedCost shows them as priced lines, a forecast only needs the total. */
interface DedicatedMonth {
  /** With an hourly rate. */
  gpuHours?: Decimal;
  gpuCost: Decimal;
  /** What a contract's monthly minimum adds above the GPU time. */
  topUp?: Decimal;
  /** Tokens above a contract's included tokens, when it prices them, at its rate per 1M. */
  overage?: { tokens: Decimal; perMillion: Decimal; cost: Decimal };
  monthlyCost: Decimal;
}

/** GPU-hours at the hourly rate, and under a contract max(monthly minimum, GPU-hours cost) plus the overage above the included tokens. */
function dedicatedMonth(d: DedicatedSpec, hourly: Decimal | undefined, monthlyTokens: Decimal, replicas: number): DedicatedMonth {
  const gpuHours = hourly ? d.hours.times(d.gpus).times(replicas) : undefined;
  const gpuCost = gpuHours && hourly ? gpuHours.times(hourly) : ZERO;
  const month: DedicatedMonth = { gpuCost, monthlyCost: gpuCost };
  if (gpuHours) month.gpuHours = gpuHours;
  const contract = d.contract;
  if (!contract) return month;
  const minimum = contract.monthlyMinimum ?? ZERO;
  if (minimum.gt(gpuCost)) {
    const topUp = minimum.minus(gpuCost);
    month.topUp = topUp;
    month.monthlyCost = month.monthlyCost.plus(topUp);
  }
  const perMillion = contract.overagePerMillion;
  if (perMillion) {
    const tokens = Decimal.max(ZERO, monthlyTokens.minus(contract.includedTokens ?? ZERO));
    if (tokens.gt(0)) {
      const cost = tokens.times(perMillion).div(MILLION);
      month.overage = { tokens, perMillion, cost };
      month.monthlyCost = month.monthlyCost.plus(cost);
    }
  }
  return month;
}

/** A dedicated endpoint for a month, line by line (see dedicatedMonth). */
export function dedicatedCost(
  workload: Workload,
  d: DedicatedSpec,
  hourly: Decimal | undefined,
  monthlyTokens: Decimal,
  replicas: number,
  requests: Decimal,
): ScenarioCost {
  const month = dedicatedMonth(d, hourly, monthlyTokens, replicas);
  const components: CostComponent[] = [];
  if (month.gpuHours && hourly) {
    components.push({
      name: "GPU time",
      quantity: month.gpuHours,
      unit: "GPU-hours",
      unitPrice: hourly,
      monthlyCost: month.gpuCost,
      detail: `${d.gpus} GPU${d.gpus === 1 ? "" : "s"} x ${replicas} replica${replicas === 1 ? "" : "s"} x ${formatNumber(d.hours)} hours`,
    });
  }
  const contract = d.contract;
  let contractUse: Decimal | undefined;
  if (contract) {
    const minimum = contract.monthlyMinimum ?? ZERO;
    if (month.topUp) {
      components.push({
        name: "contract minimum",
        quantity: ONE,
        unit: "month",
        unitPrice: month.topUp,
        monthlyCost: month.topUp,
        detail: hourly
          ? `monthly minimum ${formatUsd(minimum)} less ${formatUsd(month.gpuCost)} of GPU time`
          : `monthly minimum ${formatUsd(minimum)}`,
      });
    }
    const included = contract.includedTokens ?? ZERO;
    if (month.overage) {
      components.push({
        name: "overage",
        quantity: month.overage.tokens.div(MILLION),
        unit: "1M tokens",
        unitPrice: month.overage.perMillion,
        monthlyCost: month.overage.cost,
        detail: `tokens above the ${formatCount(included)} included`,
      });
    }
    if (included.gt(0)) contractUse = monthlyTokens.div(included);
  }
  return capacityCost(
    workload,
    { monthlyCost: month.monthlyCost, monthlyTokens, components },
    requests,
    { tokensPerSecond: d.tokensPerSecond, hours: d.hours, units: replicas },
    contractUse,
  );
}

/** GPUs a cluster is billed for: the next multiple the provider sells. */
function billedGpus(gpus: number, multiple: number | undefined): number {
  return multiple ? Math.ceil(gpus / multiple) * multiple : gpus;
}

/** A cluster's month: the billed GPUs' hours at the rate, plus storage and network; clusterCost shows it line by line. */
function clusterMonth(
  c: ClusterSpec,
  hourly: Decimal,
  multiple: number | undefined,
): { billed: number; gpuHours: Decimal; gpuCost: Decimal; monthlyCost: Decimal } {
  const billed = billedGpus(c.gpus, multiple);
  const gpuHours = c.hours.times(billed);
  const gpuCost = gpuHours.times(hourly);
  let monthlyCost = gpuCost;
  if (c.storageMonthly.gt(0)) monthlyCost = monthlyCost.plus(c.storageMonthly);
  if (c.networkMonthly.gt(0)) monthlyCost = monthlyCost.plus(c.networkMonthly);
  return { billed, gpuHours, gpuCost, monthlyCost };
}

function clusterCost(workload: Workload, c: ClusterSpec, hourly: Decimal, multiple: number | undefined, scenario: Scenario): ScenarioCost {
  const { billed, gpuHours, gpuCost, monthlyCost } = clusterMonth(c, hourly, multiple);
  const monthlyTokens = monthlyTokensOf(workload, scenario);
  const components: CostComponent[] = [
    {
      name: "GPU time",
      quantity: gpuHours,
      unit: "GPU-hours",
      unitPrice: hourly,
      monthlyCost: gpuCost,
      detail: `${billed} GPUs x ${formatNumber(c.hours)} hours${billed !== c.gpus ? `; ${c.gpus} declared, billed in multiples of ${multiple}` : ""}`,
    },
  ];
  for (const [name, amount] of [
    ["storage", c.storageMonthly],
    ["network", c.networkMonthly],
  ] as const) {
    if (amount.gt(0)) components.push({ name, quantity: ONE, unit: "month", unitPrice: amount, monthlyCost: amount });
  }
  return capacityCost(workload, { monthlyCost, monthlyTokens, components }, workload.requests.perMonth[scenario], {
    tokensPerSecond: c.tokensPerSecond,
    hours: c.hours,
    units: 1,
  });
}

function clusterMultiple(workload: Workload, book: PriceBook): number | undefined {
  return book.layers.map((l) => l.catalog.providers?.[workload.provider]?.clusterGpuMultiple).find((m) => m !== undefined);
}

function hasContractPrice(contract: DedicatedContract | undefined): boolean {
  return contract?.monthlyMinimum !== undefined || contract?.overagePerMillion !== undefined;
}

function capacityFindings(workload: Workload, cost: ScenarioCost, high: ScenarioCost, findings: Finding[]): void {
  const kind = workload.dedicated ? "dedicated" : "cluster";
  const peak = cost.peakUtilization;
  const factor = peakFactor(workload);
  const who = workload.dedicated ? `${workload.dedicated.replicas} replica(s)` : "the cluster";
  // A peak utilization comes with the capacity and the average utilization it is computed from.
  const { capacityTokens: serve, utilization } = cost;
  if (peak?.gt(1) && serve && utilization) {
    const atPeak = factor.gt(1)
      ? `at its peak (${formatNumber(factor)}x the average rate) it needs ${formatPercent(peak.times(100))} of what ${who} can serve (${formatPercent(utilization.times(100))} on average)`
      : `needs ${formatCount(cost.monthlyTokens)} tokens a month but ${who} can serve ${formatCount(serve)} (${formatPercent(peak.times(100))} utilization)`;
    findings.push(finding(workload, "error", "capacity.exceeded", `${atPeak}; add replicas or lower the volume`, kind));
  } else if (high.peakUtilization?.gt(1)) {
    findings.push(
      finding(
        workload,
        "warning",
        "capacity.exceeded",
        `the high estimate needs ${formatPercent(high.peakUtilization.times(100))} of the capacity${factor.gt(1) ? " at peak" : ""}`,
        kind,
      ),
    );
  }
}

/** A capacity workload's spec: a dedicated endpoint or a GPU cluster. */
type Capacity = { kind: "dedicated"; spec: DedicatedSpec } | { kind: "cluster"; spec: ClusterSpec };

function capacityOf(workload: Workload): Capacity | undefined {
  if (workload.dedicated) return { kind: "dedicated", spec: workload.dedicated };
  if (workload.cluster) return { kind: "cluster", spec: workload.cluster };
  return undefined;
}

/**
 * What prices a capacity workload: its spec, the GPU-hour rate and where it came from. Only a
 * dedicated endpoint can go without the rate (a contract alone prices it); `multiple` is a
 * cluster's GPU multiple, when its provider sells them in multiples.
 */
type CapacityPrice = { price: PriceOrigin; hardwareName: string; catalogModel?: FoundModel } & (
  { kind: "dedicated"; spec: DedicatedSpec; hourly?: Decimal } | { kind: "cluster"; spec: ClusterSpec; hourly: Decimal; multiple?: number }
);

/** The rate a dedicated or cluster workload pays and the findings about it, undefined when nothing prices it; `full` as for tokenPrice. */
function capacityPrice(workload: Workload, book: PriceBook, findings: Finding[], full: boolean): CapacityPrice | undefined {
  const capacity = capacityOf(workload);
  if (!capacity) return undefined;
  const { kind, spec } = capacity;
  const catalogModel = book.match(workload.provider, workload.model);
  // GPU-hours do not depend on the model, so a custom or fine-tuned model is priced all the same.
  if (catalogModel) contextFindings(workload, catalogModel.model, findings);
  else if (full)
    findings.push(
      finding(
        workload,
        "notice",
        "model.uncatalogued",
        `${workload.model} is not in the price books; GPU-hours price it all the same, but its context window is not checked`,
        "model",
      ),
    );
  const model = catalogModel ? { catalogModel } : {};
  const rate = resolveGpuRate(workload, kind, spec.hardware, spec.hourlyRate, book);
  if (!("problem" in rate)) {
    const priced = { price: rate.origin, hardwareName: rate.hardwareName, hourly: rate.hourly, ...model };
    if (capacity.kind === "dedicated") return { ...capacity, ...priced };
    const multiple = clusterMultiple(workload, book);
    return { ...capacity, ...priced, ...(multiple !== undefined ? { multiple } : {}) };
  }
  if (capacity.kind === "cluster" || !hasContractPrice(capacity.spec.contract)) {
    findings.push(gpuRateFinding(workload, capacity, rate));
    return undefined;
  }
  if (full) {
    const message = `no GPU-hour rate for ${spec.hardware}: the contract alone prices this endpoint`;
    findings.push(finding(workload, "notice", "contract.no-gpu-rate", message, kind, ".contract"));
  }
  return {
    ...capacity,
    price: { kind: "override", book: workload.file, note: "dedicated.contract" },
    hardwareName: spec.hardware,
    ...model,
  };
}

/** Why a capacity workload has no GPU-hour rate: hardware the books do not know, or known hardware without a rate. */
function gpuRateFinding(
  workload: Workload,
  { kind, spec }: Capacity,
  rate: Extract<ReturnType<typeof resolveGpuRate>, { problem: string }>,
): Finding {
  if (rate.problem === "unknown-hardware") {
    const known = rate.known.length > 0 ? ` (known: ${rate.known.join(", ")})` : "";
    const message = `unknown hardware "${spec.hardware}" for provider ${workload.provider}${known}; set ${kind}.hourly_rate to price it`;
    return finding(workload, "error", "hardware.unknown", message, kind, ".hardware");
  }
  const what = kind === "dedicated" ? "dedicated endpoint" : "GPU cluster";
  const message = `the catalog has no ${what} rate for ${spec.hardware}; set ${kind}.hourly_rate (USD per GPU-hour)`;
  return finding(workload, "error", "price.missing", message, kind);
}

function estimateCapacityWorkload(workload: Workload, book: PriceBook): WorkloadEstimate {
  const findings: Finding[] = [];
  const priced = capacityPrice(workload, book, findings, true);
  if (!priced) return { workload, priced: false, findings };
  const { spec, hourly, catalogModel } = priced;
  const scenarioCost = (s: Scenario) =>
    priced.kind === "dedicated"
      ? dedicatedCost(workload, priced.spec, hourly, monthlyTokensOf(workload, s), priced.spec.replicas, workload.requests.perMonth[s])
      : clusterCost(workload, priced.spec, priced.hourly, priced.multiple, s);
  const expected = scenarioCost("expected");
  const ranged = hasRange(workload);
  const high = ranged ? scenarioCost("high") : expected;
  capacityFindings(workload, expected, high, findings);

  if (priced.kind === "cluster" && priced.multiple && priced.spec.gpus % priced.multiple !== 0) {
    const { gpus } = priced.spec;
    const { multiple } = priced;
    const message = `${workload.provider} clusters come in multiples of ${multiple} GPUs (minimum ${multiple}); ${gpus} are billed as ${billedGpus(gpus, multiple)}`;
    findings.push(finding(workload, "warning", "cluster.gpu-multiple", message, "cluster", ".gpus"));
  }
  const estimate: WorkloadEstimate = {
    workload,
    // An endpoint over capacity still costs its GPU-hours: price it, and let its budget be checked.
    priced: !findings.some((f) => f.severity === "error" && f.rule !== "capacity.exceeded"),
    cost: expected,
    findings,
  };
  if (ranged) estimate.range = { low: scenarioCost("low").monthlyCost, expected: expected.monthlyCost, high: high.monthlyCost };
  estimate.price = priced.price;
  estimate.hardware = { id: spec.hardware, name: priced.hardwareName };
  if (hourly) estimate.gpuHourly = hourly;
  if (catalogModel?.model.contextWindow !== undefined) estimate.contextWindow = catalogModel.model.contextWindow;
  if (catalogModel) estimate.modelId = catalogModel.model.id;
  const lifecycle = lifecycleOf(catalogModel?.model);
  if (lifecycle) estimate.lifecycle = lifecycle;
  return estimate;
}

/** Prices every workload of one manifest. Pure: the catalog and manifest in, estimates out. */
export function estimateManifest(manifest: Manifest, book: PriceBook): WorkloadEstimate[] {
  return manifest.workloads.map((workload) => estimateWorkload(workload, manifest, book));
}

export function estimateWorkload(workload: Workload, manifest: Pick<Manifest, "prices" | "policy">, book: PriceBook): WorkloadEstimate {
  return workload.mode === "serverless" || workload.mode === "batch"
    ? estimateTokenWorkload(workload, manifest, book)
    : estimateCapacityWorkload(workload, book);
}

/**
 * The expected monthly cost estimateWorkload gives, undefined when it would be unpriced:
 * only the findings that can unprice it, no priced lines, no range (a diff's attribution steps).
 */
export function pricedMonthlyCost(workload: Workload, manifest: Pick<Manifest, "prices" | "policy">, book: PriceBook): Decimal | undefined {
  const findings: Finding[] = [];
  if (workload.mode === "serverless" || workload.mode === "batch") {
    const price = tokenPrice(workload, manifest, book, findings, false);
    return price && !hasError(findings)
      ? tokenMonthlyCost(workload, price, requestTokens(workload, "expected"), workload.requests.declared.expected)
      : undefined;
  }
  const priced = capacityPrice(workload, book, findings, false);
  if (!priced || hasError(findings)) return undefined;
  return priced.kind === "dedicated"
    ? dedicatedMonth(priced.spec, priced.hourly, monthlyTokensOf(workload, "expected"), priced.spec.replicas).monthlyCost
    : clusterMonth(priced.spec, priced.hourly, priced.multiple).monthlyCost;
}

/** One month of a forecast. */
export interface ForecastStep {
  month: number;
  monthlyCost: Decimal;
  /** Dedicated endpoints: the replicas that month's peak throughput needs. */
  replicas?: number;
  /** Capacity-priced workloads with a known throughput: that month's peak utilization of the declared capacity. */
  peakUtilization?: Decimal;
}

/**
 * Months 1..`months` of `growth_percent_per_month`. Token-priced costs compound with the
 * requests. Capacity is flat whatever the tokens: a dedicated endpoint with a known throughput
 * steps up to max(declared, ceil(peak utilization_k x declared)) replicas the month its peak
 * outgrows them (plus contract overage on the grown tokens); a cluster stays flat.
 */
export function forecast(estimate: WorkloadEstimate, months: number): ForecastStep[] | undefined {
  const { workload, cost } = estimate;
  const growth = workload.requests.growthPercentPerMonth;
  if (!growth || !cost || !estimate.priced) return undefined;
  if (workload.mode === "serverless" || workload.mode === "batch") {
    return compound(cost.monthlyCost, growth, months).map((monthlyCost, i) => ({ month: i + 1, monthlyCost }));
  }
  const d = workload.dedicated;
  return compound(ONE, growth, months).map((factor, i) => {
    const peakUtilization = cost.peakUtilization?.times(factor);
    const step: ForecastStep = { month: i + 1, monthlyCost: cost.monthlyCost };
    let replicas: number | undefined;
    if (d) {
      replicas = peakUtilization ? Math.max(d.replicas, peakUtilization.times(d.replicas).ceil().toNumber()) : d.replicas;
      step.monthlyCost = dedicatedMonth(d, estimate.gpuHourly, cost.monthlyTokens.times(factor), replicas).monthlyCost;
    }
    if (peakUtilization) step.peakUtilization = peakUtilization;
    if (replicas !== undefined) step.replicas = replicas;
    return step;
  });
}

/** A math line's result: cents when exact, else 4 significant digits below $10 (`$0.004000`, not `$0.00`). */
function mathUsd(value: Decimal): string {
  return value.eq(value.toDecimalPlaces(2)) ? formatUsd(value) : formatUsdPrecise(value);
}

/** One line of math per component: `6.000B input tok x $0.90/1M = $5,400.00`, `2.000K input tok x $2.00/1M = $0.004000`. */
export function componentMath(component: CostComponent): string {
  const detail = component.detail ? ` (${component.detail})` : "";
  switch (component.unit) {
    case "1M tokens":
      return `${formatCount(component.quantity.times(MILLION))} ${component.name} tok x ${formatUnitPrice(component.unitPrice)}/1M${detail} = ${mathUsd(component.monthlyCost)}`;
    case "GPU-hours":
      return `${formatNumber(component.quantity)} GPU-hours${detail} x ${formatUnitPrice(component.unitPrice)}/GPU-hour = ${mathUsd(component.monthlyCost)}`;
    case "month":
      return `${component.name} ${formatUsd(component.monthlyCost)}/month${detail}`;
  }
}
