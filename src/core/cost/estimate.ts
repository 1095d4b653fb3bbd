import type { PriceBook } from "../prices/catalog.js";
import { MILLION, dec, formatCount, formatNumber, formatPercent, formatUsd, formatUnitPrice, sum, type Decimal } from "../money.js";
import { resolveGpuRate, resolveTokenPrice, type PriceOrigin, type ResolvedTokenPrice, type TokenRates } from "../prices/price.js";
import type { Finding, Manifest, Scenario, Severity, Workload, WorkloadField } from "../manifest/types.js";
import { MONTHLY_FACTOR } from "../manifest/validate.js";

export interface CostComponent {
  name: string;
  /** In `unit`s; quantity x unitPrice = monthlyCost exactly. */
  quantity: Decimal;
  unit: "1M tokens" | "GPU-hours" | "month";
  unitPrice: Decimal;
  monthlyCost: Decimal;
}

export interface ScenarioCost {
  perRequestCost?: Decimal;
  monthlyCost: Decimal;
  monthlyTokens: Decimal;
  components: CostComponent[];
  effectivePerMillionTokens?: Decimal;
  utilization?: Decimal;
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
  contextWindow?: number;
  batch?: ResolvedTokenPrice["batch"];
  findings: Finding[];
}

function finding(workload: Workload, severity: Severity, rule: string, message: string, field?: WorkloadField, subpath = ""): Finding {
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

/** A per-request amount times the monthly volume, dividing last so the result is exact. */
function perMonth(workload: Workload, scenario: Scenario, perRequest: Decimal, divisor = 1): Decimal {
  const { numerator, denominator } = MONTHLY_FACTOR[workload.requests.unit];
  const total = workload.requests.declared[scenario].times(perRequest);
  const scaled = numerator === 1 ? total : total.times(numerator);
  const by = denominator * divisor;
  return by === 1 ? scaled : scaled.div(by);
}

/**
 * The cost in each scenario; without a range all three are the same, so the expected one is
 * computed once (estimation is most of a large run's time).
 */
function byScenario(workload: Workload, cost: (scenario: Scenario) => ScenarioCost): Record<Scenario, ScenarioCost> {
  const expected = cost("expected");
  if (!hasRange(workload)) return { low: expected, expected, high: expected };
  return { low: cost("low"), expected, high: cost("high") };
}

function rangeOf(workload: Workload, costs: Record<Scenario, ScenarioCost>): { range?: Record<Scenario, Decimal> } {
  return hasRange(workload) ? { range: { low: costs.low.monthlyCost, expected: costs.expected.monthlyCost, high: costs.high.monthlyCost } } : {};
}

function hasRange(workload: Workload): boolean {
  const { tokens, requests } = workload;
  return [tokens.input, tokens.output, tokens.cachedInput, requests.perMonth].some((r) => !r.low.eq(r.expected) || !r.high.eq(r.expected));
}

/** Rates for a request of `inputTokens`: a long-context tier applies to the whole request above its threshold. */
function ratesFor(price: ResolvedTokenPrice, inputTokens: Decimal): TokenRates {
  let rates = price.rates;
  let threshold = -1;
  for (const tier of price.longContext) {
    if (inputTokens.gt(tier.aboveInputTokens) && tier.aboveInputTokens > threshold) {
      rates = tier.rates;
      threshold = tier.aboveInputTokens;
    }
  }
  return rates;
}

function tokenCost(workload: Workload, price: ResolvedTokenPrice, scenario: Scenario): ScenarioCost {
  const input = workload.tokens.input[scenario];
  const output = workload.tokens.output[scenario];
  const cached = workload.tokens.cachedInput[scenario];
  const rates = ratesFor(price, input);
  const uncached = input.minus(cached);
  const lines: Array<[string, Decimal, Decimal]> = [["input", uncached, rates.input]];
  if (cached.gt(0)) lines.push(["cached input", cached, rates.cachedInput ?? rates.input]);
  lines.push(["output", output, rates.output]);

  // Prices are per 1M tokens: one division by volume unit x 1M, last, keeps every amount exact.
  const lineCosts = lines.map(([, perRequest, unitPrice]) => perRequest.times(unitPrice));
  const components = lines.map(([name, perRequest, unitPrice], i) => ({
    name,
    quantity: perMonth(workload, scenario, perRequest, 1_000_000),
    unit: "1M tokens" as const,
    unitPrice,
    monthlyCost: perMonth(workload, scenario, lineCosts[i]!, 1_000_000),
  }));
  const perRequestCost = sum(lineCosts).div(MILLION);
  const monthlyTokens = perMonth(workload, scenario, input.plus(output));
  const monthlyCost = sum(components.map((c) => c.monthlyCost));
  return {
    perRequestCost,
    monthlyCost,
    monthlyTokens,
    components,
    ...(monthlyTokens.gt(0) ? { effectivePerMillionTokens: monthlyCost.div(monthlyTokens.div(MILLION)) } : {}),
  };
}

function capacityCost(
  workload: Workload,
  scenario: Scenario,
  gpuHours: Decimal,
  hourly: Decimal,
  extras: Array<[string, Decimal]>,
  tokensPerSecond: Decimal | undefined,
  hours: Decimal,
  replicas: number,
): ScenarioCost {
  const requests = workload.requests.perMonth[scenario];
  const monthlyTokens = perMonth(workload, scenario, workload.tokens.input[scenario].plus(workload.tokens.output[scenario]));
  const components: CostComponent[] = [
    { name: "GPU time", quantity: gpuHours, unit: "GPU-hours", unitPrice: hourly, monthlyCost: gpuHours.times(hourly) },
    ...extras
      .filter(([, amount]) => amount.gt(0))
      .map(([name, amount]) => ({ name, quantity: dec(1), unit: "month" as const, unitPrice: amount, monthlyCost: amount })),
  ];
  const monthlyCost = sum(components.map((c) => c.monthlyCost));
  // Capacity is what the replicas can serve in the hours they run.
  const capacity = tokensPerSecond?.times(replicas).times(hours).times(3600);
  return {
    monthlyCost,
    monthlyTokens,
    components,
    ...(requests.gt(0) ? { perRequestCost: monthlyCost.div(requests) } : {}),
    ...(monthlyTokens.gt(0) ? { effectivePerMillionTokens: monthlyCost.div(monthlyTokens.div(MILLION)) } : {}),
    ...(capacity && capacity.gt(0) ? { utilization: monthlyTokens.div(capacity) } : {}),
  };
}

function contextFindings(workload: Workload, contextWindow: number | undefined, findings: Finding[]): void {
  if (contextWindow === undefined) return;
  const need = (s: Scenario) => workload.tokens.input[s].plus(workload.tokens.output[s]);
  if (need("expected").gt(contextWindow)) {
    findings.push(
      finding(
        workload,
        "error",
        "context.exceeded",
        `${need("expected")} tokens per request (input + output) exceed the ${contextWindow}-token context window of ${workload.model}`,
        "tokens",
      ),
    );
  } else if (need("high").gt(contextWindow)) {
    findings.push(
      finding(workload, "warning", "context.exceeded", `the high estimate of ${need("high")} tokens per request exceeds the ${contextWindow}-token context window of ${workload.model}`, "tokens"),
    );
  }
}

function estimateTokenWorkload(workload: Workload, manifest: Pick<Manifest, "prices" | "policy">, book: PriceBook): WorkloadEstimate {
  const findings: Finding[] = [];
  const resolved = resolveTokenPrice(workload, manifest.prices, book);
  if ("problem" in resolved) {
    if (resolved.problem === "unknown-model") {
      const hint = resolved.suggestions.length > 0 ? ` (did you mean ${resolved.suggestions.join(", ")}?)` : "";
      findings.push(
        finding(
          workload,
          manifest.policy.unknownModel,
          "model.unknown",
          `unknown model "${workload.model}" for provider ${workload.provider}${hint}; add it under prices: with your rates, or load a catalog that has it`,
          "model",
        ),
      );
    } else {
      findings.push(finding(workload, "error", "price.missing", `the catalog has no per-token price for ${workload.model}; add it under prices:`, "model"));
    }
    return { workload, priced: false, findings };
  }

  if (workload.mode === "batch") {
    if (resolved.batch === "unavailable") {
      findings.push(finding(workload, "error", "batch.unavailable", `${workload.provider} does not offer batch inference for ${workload.model}; use serverless or a dedicated endpoint`, "mode"));
    } else if (resolved.batch === "not-discounted") {
      findings.push(finding(workload, "notice", "batch.no-discount", `batch has no discount for ${workload.model}; it is billed at the serverless price`, "mode"));
    } else if (resolved.batch === "unknown") {
      findings.push(finding(workload, "notice", "batch.no-discount", `the catalog does not list a batch discount for ${workload.model}; billed at the serverless price`, "mode"));
    }
    if (workload.latency === "interactive") {
      findings.push(finding(workload, "warning", "batch.interactive", `workload is marked latency: interactive, but batch jobs complete within 24 hours`, "mode"));
    }
  }
  contextFindings(workload, resolved.contextWindow, findings);
  if (workload.tokens.cachedInput.expected.gt(0) && resolved.rates.cachedInput === undefined) {
    findings.push(finding(workload, "notice", "cache.no-rate", `${workload.model} has no cached-input rate; cached tokens are billed at the input rate`, "tokens", ".cached_input"));
  }

  const costs = byScenario(workload, (s) => tokenCost(workload, resolved, s));
  const cost = costs.expected;
  if (cost.monthlyCost.isZero() && cost.monthlyTokens.gt(0)) {
    findings.push(finding(workload, "notice", "price.zero", `${resolved.origin.source ?? resolved.origin.book} prices ${workload.model} at $0; check that it is really free`, "model"));
  }
  return {
    workload,
    priced: !findings.some((f) => f.severity === "error"),
    cost,
    ...rangeOf(workload, costs),
    price: resolved.origin,
    ...(resolved.contextWindow !== undefined ? { contextWindow: resolved.contextWindow } : {}),
    ...(resolved.batch ? { batch: resolved.batch } : {}),
    findings,
  };
}

function estimateCapacityWorkload(workload: Workload, book: PriceBook): WorkloadEstimate {
  const findings: Finding[] = [];
  const spec = workload.dedicated ?? workload.cluster;
  const kind = workload.dedicated ? "dedicated" : "cluster";
  const field = workload.dedicated ? "dedicated" : "cluster";
  if (!spec) return { workload, priced: false, findings };
  const catalogModel = book.findModel(workload.provider, workload.model);
  // GPU-hours do not depend on the model, so a custom or fine-tuned model is priced all the same.
  if (catalogModel) contextFindings(workload, catalogModel.model.contextWindow, findings);
  else findings.push(finding(workload, "notice", "model.uncatalogued", `${workload.model} is not in the price books; GPU-hours price it all the same, but its context window is not checked`, "model"));

  const rate = resolveGpuRate(workload, kind, spec.hardware, spec.hourlyRate, book);
  if ("problem" in rate) {
    const known = rate.known.length > 0 ? ` (known: ${rate.known.join(", ")})` : "";
    findings.push(
      rate.problem === "unknown-hardware"
        ? finding(workload, "error", "hardware.unknown", `unknown hardware "${spec.hardware}" for provider ${workload.provider}${known}; set ${field}.hourly_rate to price it`, field, ".hardware")
        : finding(workload, "error", "price.missing", `the catalog has no ${kind === "dedicated" ? "dedicated endpoint" : "GPU cluster"} rate for ${spec.hardware}; set ${field}.hourly_rate (USD per GPU-hour)`, field),
    );
    return { workload, priced: false, findings };
  }

  const costs = byScenario(workload, (s) => {
    if (workload.dedicated) {
      const d = workload.dedicated;
      return capacityCost(workload, s, d.hours.times(d.gpus).times(d.replicas), rate.hourly, [], d.tokensPerSecond, d.hours, d.replicas);
    }
    const c = workload.cluster!;
    const extras: Array<[string, Decimal]> = [
      ["storage", c.storageMonthly],
      ["network", c.networkMonthly],
    ];
    return capacityCost(workload, s, c.hours.times(c.gpus), rate.hourly, extras, c.tokensPerSecond, c.hours, 1);
  });
  const cost = costs.expected;

  if (cost.utilization?.gt(1)) {
    findings.push(
      finding(
        workload,
        "error",
        "capacity.exceeded",
        `needs ${formatCount(cost.monthlyTokens)} tokens a month but ${kind === "dedicated" ? `${workload.dedicated!.replicas} replica(s)` : "the cluster"} can serve ${formatCount(cost.monthlyTokens.div(cost.utilization))} (${formatPercent(cost.utilization.times(100))} utilization); add replicas or lower the volume`,
        field,
      ),
    );
  } else if (costs.high.utilization?.gt(1)) {
    findings.push(finding(workload, "warning", "capacity.exceeded", `the high estimate needs ${formatPercent(costs.high.utilization.times(100))} of the capacity`, field));
  }
  if (workload.cluster) {
    const multiple = book.layers.map((l) => l.catalog.providers?.[workload.provider]?.clusterGpuMultiple).find((m) => m !== undefined);
    if (multiple && workload.cluster.gpus % multiple !== 0) {
      findings.push(
        finding(workload, "warning", "cluster.gpu-multiple", `${workload.provider} clusters come in multiples of ${multiple} GPUs (minimum ${multiple}); ${workload.cluster.gpus} will be billed as ${Math.ceil(workload.cluster.gpus / multiple) * multiple}`, "cluster", ".gpus"),
      );
    }
  }
  return {
    workload,
    priced: !findings.some((f) => f.severity === "error"),
    cost,
    ...rangeOf(workload, costs),
    price: rate.origin,
    hardware: { id: spec.hardware, name: rate.hardwareName },
    ...(catalogModel?.model.contextWindow !== undefined ? { contextWindow: catalogModel.model.contextWindow } : {}),
    findings,
  };
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

/** One line of math per component: `6.0B input tok x $0.90/1M = $5,400.00`. */
export function componentMath(component: CostComponent): string {
  switch (component.unit) {
    case "1M tokens":
      return `${formatCount(component.quantity.times(MILLION))} ${component.name} tok x ${formatUnitPrice(component.unitPrice)}/1M = ${formatUsd(component.monthlyCost)}`;
    case "GPU-hours":
      return `${formatNumber(component.quantity)} GPU-hours x ${formatUnitPrice(component.unitPrice)}/GPU-hour = ${formatUsd(component.monthlyCost)}`;
    case "month":
      return `${component.name} ${formatUsd(component.monthlyCost)}/month`;
  }
}

