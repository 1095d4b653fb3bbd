/**
 * Planning: what one workload would cost in every mode its model supports, which is cheapest
 * within the workload's constraints, and the request volume at which a dedicated endpoint
 * starts to beat serverless. Pure: workload, manifest and price book in, numbers out.
 */
import type { PriceBook } from "../prices/catalog.js";
import { batchTerms, dailyBatchTokens, queueOverage } from "../cost/batch-queue.js";
import { dedicatedCost, estimateWorkload, peakFactor, type WorkloadEstimate } from "../cost/estimate.js";
import { HOURS_PER_MONTH, SECONDS_PER_HOUR, compound, dec, formatCount, type Decimal } from "../money.js";
import { resolveGpuRate, type PriceOrigin } from "../prices/price.js";
import { SCENARIOS, type DedicatedSpec, type Manifest, type Mode, type Scenario, type Workload } from "../manifest/types.js";

/** Where the per-replica throughput came from: the workload's `dedicated.tokens_per_second`, the caller, or nowhere. */
export type CapacitySource = "workload" | "stated" | "unknown";

export interface BreakEven {
  /**
   * Requests per month at which one replica costs exactly what serverless does; above it
   * dedicated is cheaper. Absent when `never`.
   */
  requestsPerMonth?: Decimal;
  /** True when even a fully used replica costs more per request than serverless. */
  never: boolean;
  /** True when capacity is unknown, so the volume assumes one replica carries it. */
  assumesOneReplica: boolean;
}

export interface CompareOption {
  mode: Mode;
  /** For dedicated: the hardware, its GPU-hour rate and how one replica is sized. */
  hardware?: { id: string; name: string; hourly: Decimal; gpusPerReplica: number; hours: Decimal };
  /** Replicas per scenario: what the tokens need at the stated throughput, or the assumption. */
  replicas?: Record<Scenario, number>;
  monthlyCost: Decimal;
  range: Record<Scenario, Decimal>;
  perRequestCost?: Decimal;
  /** Average utilization of the replicas (dedicated) or the cluster. */
  utilization?: Decimal;
  /** Share of the paid capacity idle on average: 1 - utilization. Replicas sized for the peak pay for it. */
  idleShare?: Decimal;
  /** Meets the workload's constraints (latency, known capacity) and may be recommended. */
  eligible: boolean;
  /** Assumptions made and reasons an option is not eligible, in words. */
  notes: string[];
  breakEven?: BreakEven;
  price?: PriceOrigin;
}

export interface UnavailableOption {
  mode: Mode;
  hardware?: string;
  reason: string;
}

export interface ForecastMonth {
  month: number;
  requestsPerMonth: Decimal;
  /** Cost of every option at that month's volume, in the order of `options`. */
  costs: Decimal[];
  /** Replicas each dedicated option needs that month (null for other modes), in the order of `options`. */
  replicas: Array<number | null>;
  /** Index into `options` of the cheapest eligible option that month. */
  cheapest?: number;
}

export interface WorkloadComparison {
  workload: Workload;
  /** What the manifest declares today, priced as `estimate` prices it. */
  current: { mode: Mode; hardware?: string; monthlyCost?: Decimal };
  capacity: { tokensPerSecond?: Decimal; source: CapacitySource };
  /** How dedicated replicas were sized, in words: the sources of GPUs per replica and throughput. */
  assumptions: string[];
  options: CompareOption[];
  unavailable: UnavailableOption[];
  /** Index into `options`. */
  cheapest?: number;
  /** Current minus cheapest; positive is money saved by switching. */
  savings?: Decimal;
  /** The lowest break-even over the dedicated options, with its hardware. */
  breakEven?: BreakEven & { hardware: string };
  /** Twelve months of growth, when the workload declares `growth_percent_per_month`. */
  forecast?: ForecastMonth[];
}

export interface CompareContext {
  /** Per-replica throughput (input + output tokens per second) for workloads that do not state one. */
  tokensPerSecond?: Decimal;
  /** GPUs per replica for workloads without `dedicated.gpus`; 1 when absent. */
  gpusPerReplica?: number;
}

/** How an option's cost moves with volume: linear per request, in replica steps, or flat. */
type Scaling =
  | { kind: "per-request"; perRequest: Decimal }
  | {
      kind: "replicas";
      replicaMonthly: Decimal;
      capacityTokens?: Decimal;
      assumedReplicas: number;
      tokensPerRequest: Decimal;
      /** requests.peak_to_average: replicas are sized for the peak. */
      peak: Decimal;
      /** The declared endpoint under a contract: its cost is the contract's, at the replicas needed. */
      contract?: { workload: Workload; endpoint: DedicatedSpec; hourly: Decimal };
    }
  | { kind: "flat"; monthly: Decimal };

type ReplicaScaling = Extract<Scaling, { kind: "replicas" }>;

function replicasFor(scaling: ReplicaScaling, requests: Decimal): number {
  if (!scaling.capacityTokens) return scaling.assumedReplicas;
  const needed = requests.times(scaling.tokensPerRequest).times(scaling.peak).div(scaling.capacityTokens).ceil();
  return Math.max(1, needed.toNumber());
}

function costAt(scaling: Scaling, requests: Decimal): Decimal {
  switch (scaling.kind) {
    case "per-request":
      return scaling.perRequest.times(requests);
    case "replicas": {
      const replicas = replicasFor(scaling, requests);
      const { contract } = scaling;
      if (!contract) return scaling.replicaMonthly.times(replicas);
      const monthlyTokens = requests.times(scaling.tokensPerRequest);
      return dedicatedCost(contract.workload, contract.endpoint, contract.hourly, monthlyTokens, replicas, requests).monthlyCost;
    }
    case "flat":
      return scaling.monthly;
  }
}

function tokensPerRequest(workload: Workload, scenario: Scenario): Decimal {
  return workload.tokens.input[scenario].plus(workload.tokens.output[scenario]);
}

function tokenOption(
  workload: Workload,
  mode: "serverless" | "batch",
  manifest: Pick<Manifest, "prices" | "policy">,
  book: PriceBook,
): { option: CompareOption; scaling: Scaling } | UnavailableOption {
  const estimate = estimateWorkload({ ...workload, mode }, manifest, book);
  if (mode === "batch" && estimate.batch === "unavailable") {
    return { mode, reason: `${workload.provider} does not run batch jobs for ${workload.model}` };
  }
  const problem = estimate.findings.find((f) => f.severity === "error" && f.rule !== "batch.interactive");
  if (!estimate.priced || !estimate.cost || problem) {
    return { mode, reason: problem?.message ?? `${workload.model} has no ${mode} price` };
  }
  const cost = estimate.cost;
  const notes: string[] = [];
  let eligible = true;
  if (mode === "batch") {
    if (estimate.batch === "not-discounted") notes.push("no batch discount for this model: billed at the serverless price");
    if (estimate.batch === "unknown") notes.push("batch terms unknown: assumed billed at the serverless price");
    const terms = batchTerms(book, workload.provider);
    const daily = dailyBatchTokens(estimate);
    if (terms && daily.gt(terms.enqueuedTokensPerModel)) {
      eligible = false;
      notes.push(`infeasible: ${formatCount(daily)} tokens a day, ${queueOverage(daily, terms)}`);
    }
    // Batch jobs finish within 24 hours: only a workload that says it can wait may move there.
    if (workload.latency === "interactive") {
      eligible = false;
      notes.push("not for latency: interactive (batch jobs complete within 24 hours)");
    } else if (workload.latency === undefined && workload.mode !== "batch") {
      eligible = false;
      notes.push("latency not declared; set latency: offline to allow batch (jobs complete within 24 hours)");
    }
  }
  const perRequest = cost.perRequestCost;
  if (!perRequest) return { mode, reason: `${workload.model} has no ${mode} price per request` };
  return {
    option: {
      mode,
      monthlyCost: cost.monthlyCost,
      range: estimate.range ?? { low: cost.monthlyCost, expected: cost.monthlyCost, high: cost.monthlyCost },
      perRequestCost: perRequest,
      eligible,
      notes,
      ...(estimate.price ? { price: estimate.price } : {}),
    },
    scaling: { kind: "per-request", perRequest },
  };
}

function dedicatedOption(
  workload: Workload,
  hardwareId: string,
  book: PriceBook,
  capacity: WorkloadComparison["capacity"],
  serverlessPerRequest: Decimal | undefined,
  gpusPerReplica: number,
): { option: CompareOption; scaling: Scaling } | UnavailableOption {
  // The declared endpoint's own rate and contract price its hardware only.
  const declared = workload.dedicated?.hardware.toLowerCase() === hardwareId.toLowerCase() ? workload.dedicated : undefined;
  const rate = resolveGpuRate(workload, "dedicated", hardwareId, declared?.hourlyRate, book);
  if ("problem" in rate)
    return { mode: "dedicated", hardware: hardwareId, reason: `no dedicated endpoint rate for ${hardwareId}; set dedicated.hourly_rate` };

  const hours = workload.dedicated?.hours ?? HOURS_PER_MONTH;
  const contract = declared?.contract ? { workload, endpoint: declared, hourly: rate.hourly } : undefined;
  const scaling = replicaScaling(workload, rate.hourly.times(gpusPerReplica).times(hours), hours, capacity, contract);
  const { capacityTokens, assumedReplicas } = scaling;
  // How replicas are sized is said once per workload (`assumptions`); only the consequence is noted here.
  const notes = capacityTokens
    ? []
    : [`capacity unknown: ${assumedReplicas} replica${assumedReplicas === 1 ? "" : "s"} assumed, so not recommended`];
  if (contract) notes.push("priced by the declared contract (minimum and overage)");

  const { replicas, range } = scenarioReplicas(workload, scaling);
  const requests = workload.requests.perMonth.expected;
  const monthlyTokens = requests.times(scaling.tokensPerRequest);
  const utilization = capacityTokens && monthlyTokens.gt(0) ? monthlyTokens.div(capacityTokens.times(replicas.expected)) : undefined;
  const breakEven = serverlessPerRequest?.gt(0) ? breakEvenOf(scaling, serverlessPerRequest) : undefined;
  return {
    option: {
      mode: "dedicated",
      hardware: { id: hardwareId, name: rate.hardwareName, hourly: rate.hourly, gpusPerReplica, hours },
      replicas,
      monthlyCost: range.expected,
      range,
      ...(requests.gt(0) ? { perRequestCost: range.expected.div(requests) } : {}),
      ...(utilization ? { utilization, idleShare: dec(1).minus(utilization) } : {}),
      // An endpoint whose capacity is unknown cannot be shown to carry the volume, so it is never recommended.
      eligible: capacityTokens !== undefined,
      notes,
      ...(breakEven ? { breakEven } : {}),
      price: rate.origin,
    },
    scaling,
  };
}

/** How a dedicated option's cost moves with volume: replicas of `replicaMonthly` each, as many as the peak needs at the known throughput. */
function replicaScaling(
  workload: Workload,
  replicaMonthly: Decimal,
  hours: Decimal,
  capacity: WorkloadComparison["capacity"],
  contract: ReplicaScaling["contract"],
): ReplicaScaling {
  const served = capacity.tokensPerSecond?.times(hours).times(SECONDS_PER_HOUR);
  // A throughput so small it rounds to no tokens at all (1e-30 a second) says nothing either.
  const capacityTokens = served?.isZero() ? undefined : served;
  // Without a throughput the volume one replica serves is unknown: keep what the manifest runs, else one.
  const assumedReplicas = workload.mode === "dedicated" && workload.dedicated ? workload.dedicated.replicas : 1;
  return {
    kind: "replicas",
    replicaMonthly,
    assumedReplicas,
    tokensPerRequest: tokensPerRequest(workload, "expected"),
    peak: peakFactor(workload),
    ...(capacityTokens ? { capacityTokens } : {}),
    ...(contract ? { contract } : {}),
  };
}

/** The replicas and the cost of each scenario, each at its own volume and tokens per request. */
function scenarioReplicas(
  workload: Workload,
  scaling: ReplicaScaling,
): { replicas: Record<Scenario, number>; range: Record<Scenario, Decimal> } {
  const replicas = {} as Record<Scenario, number>;
  const range = {} as Record<Scenario, Decimal>;
  for (const s of SCENARIOS) {
    const scenario = { ...scaling, tokensPerRequest: tokensPerRequest(workload, s) };
    replicas[s] = replicasFor(scenario, workload.requests.perMonth[s]);
    range[s] = costAt(scenario, workload.requests.perMonth[s]);
  }
  return { replicas, range };
}

/** The volume above which one replica costs less than serverless's `perRequest` (positive), or never. */
function breakEvenOf(scaling: ReplicaScaling, perRequest: Decimal): BreakEven {
  const { capacityTokens, tokensPerRequest: tokens, peak } = scaling;
  const requestsPerMonth = scaling.replicaMonthly.div(perRequest);
  // Dedicated cost steps up a replica at a time while serverless grows linearly, so dedicated
  // ever wins only if one fully used replica is cheaper than serverless for the same requests.
  // A replica sized for the peak serves peak_to_average times fewer requests on average.
  const requestsPerReplica = capacityTokens && tokens.gt(0) ? capacityTokens.div(tokens.times(peak)) : undefined;
  const never = requestsPerReplica !== undefined && requestsPerMonth.gte(requestsPerReplica);
  return { never, assumesOneReplica: !capacityTokens, ...(never ? {} : { requestsPerMonth }) };
}

function isUnavailable(value: { option: CompareOption; scaling: Scaling } | UnavailableOption): value is UnavailableOption {
  return "reason" in value;
}

function cheapestIndex(options: readonly CompareOption[], costs: readonly Decimal[]): number | undefined {
  let best: { index: number; cost: Decimal } | undefined;
  for (const [index, option] of options.entries()) {
    const cost = costs[index];
    if (option.eligible && cost && (!best || cost.lt(best.cost))) best = { index, cost };
  }
  return best?.index;
}

type Built = { option: CompareOption; scaling: Scaling };

/** A replica's throughput: the workload's own, else the one stated on the command line, else unknown. */
function capacityOf(workload: Workload, context: CompareContext): WorkloadComparison["capacity"] {
  const own = workload.dedicated?.tokensPerSecond;
  if (own) return { tokensPerSecond: own, source: "workload" };
  return context.tokensPerSecond ? { tokensPerSecond: context.tokensPerSecond, source: "stated" } : { source: "unknown" };
}

/** How the dedicated options were sized, said once per workload. */
function sizingAssumptions(
  workload: Workload,
  capacity: WorkloadComparison["capacity"],
  gpusPerReplica: number,
  context: CompareContext,
): string[] {
  const assumptions: string[] = [];
  if (!workload.dedicated)
    assumptions.push(
      context.gpusPerReplica
        ? `${gpusPerReplica} GPUs per replica, as stated`
        : "1 GPU per replica (no dedicated.gpus; state it with --gpus)",
    );
  if (capacity.source === "workload")
    assumptions.push(`${capacity.tokensPerSecond} tokens/s per replica from dedicated.tokens_per_second, on every hardware`);
  if (capacity.source === "stated") assumptions.push(`${capacity.tokensPerSecond} tokens/s per replica, as stated, on every hardware`);
  if (capacity.source === "unknown")
    assumptions.push("per-replica throughput unknown: give dedicated.tokens_per_second or --tokens-per-second to size replicas");
  const peak = peakFactor(workload);
  if (peak.gt(1) && capacity.source !== "unknown")
    assumptions.push(
      `replicas sized for the peak, ${peak}x the average rate (requests.peak_to_average); the idle share is what the peak costs`,
    );
  return assumptions;
}

/** The hardware a dedicated endpoint of the provider can run on: every priced one, and the workload's own. */
function dedicatedHardware(workload: Workload, book: PriceBook): string[] {
  const ids = book
    .hardwareIds(workload.provider)
    .filter((id) => book.findHardware(workload.provider, id)?.hardware.dedicatedHourly !== undefined);
  const declared = workload.dedicated?.hardware;
  if (declared && !ids.some((id) => id.toLowerCase() === declared.toLowerCase())) ids.push(declared);
  return ids;
}

/** A GPU cluster workload's own cluster, as declared: the one cluster option. */
function clusterOption(workload: Workload, estimate: WorkloadEstimate): Built | UnavailableOption {
  const cost = estimate.priced ? estimate.cost : undefined;
  if (!cost)
    return { mode: "gpu-cluster", reason: estimate.findings.find((f) => f.severity === "error")?.message ?? "the cluster is unpriced" };
  const { cluster } = workload;
  const hourly = cost.components[0]?.unitPrice;
  return {
    option: {
      mode: "gpu-cluster",
      ...(cluster && hourly
        ? {
            hardware: {
              id: cluster.hardware,
              name: estimate.hardware?.name ?? cluster.hardware,
              hourly,
              gpusPerReplica: cluster.gpus,
              hours: cluster.hours,
            },
          }
        : {}),
      monthlyCost: cost.monthlyCost,
      range: estimate.range ?? { low: cost.monthlyCost, expected: cost.monthlyCost, high: cost.monthlyCost },
      ...(cost.perRequestCost ? { perRequestCost: cost.perRequestCost } : {}),
      ...(cost.utilization ? { utilization: cost.utilization } : {}),
      eligible: true,
      notes: ["the cluster as declared"],
      ...(estimate.price ? { price: estimate.price } : {}),
    },
    scaling: { kind: "flat", monthly: cost.monthlyCost },
  };
}

/** The dedicated hardware that breaks even soonest (a volume beats never). */
function soonestBreakEven(options: readonly CompareOption[]): WorkloadComparison["breakEven"] {
  let best: WorkloadComparison["breakEven"];
  for (const option of options) {
    const b = option.breakEven;
    if (!b || !option.hardware) continue;
    const sooner =
      !best ||
      (best.never && !b.never) ||
      (b.requestsPerMonth !== undefined && best.requestsPerMonth !== undefined && b.requestsPerMonth.lt(best.requestsPerMonth));
    if (sooner) best = { ...b, hardware: option.hardware.id };
  }
  return best;
}

/** Twelve months of declared growth: every option's cost and replicas, and the cheapest, month by month. */
function growthForecast(workload: Workload, built: readonly Built[], options: readonly CompareOption[]): ForecastMonth[] | undefined {
  const growth = workload.requests.growthPercentPerMonth;
  if (!growth || growth.isZero()) return undefined;
  return compound(workload.requests.perMonth.expected, growth, 12).map((requestsPerMonth, i) => {
    const costs = built.map((b) => costAt(b.scaling, requestsPerMonth));
    const replicas = built.map((b) => (b.scaling.kind === "replicas" ? replicasFor(b.scaling, requestsPerMonth) : null));
    const best = cheapestIndex(options, costs);
    return { month: i + 1, requestsPerMonth, costs, replicas, ...(best !== undefined ? { cheapest: best } : {}) };
  });
}

/** Compares the modes for one workload. */
export function compareWorkload(
  workload: Workload,
  manifest: Pick<Manifest, "prices" | "policy">,
  book: PriceBook,
  context: CompareContext = {},
): WorkloadComparison {
  const capacity = capacityOf(workload, context);
  const built: Built[] = [];
  const unavailable: UnavailableOption[] = [];
  const add = (result: Built | UnavailableOption) => (isUnavailable(result) ? unavailable.push(result) : built.push(result));

  const serverless = tokenOption(workload, "serverless", manifest, book);
  add(serverless);
  add(tokenOption(workload, "batch", manifest, book));
  const serverlessPerRequest = isUnavailable(serverless) ? undefined : serverless.option.perRequestCost;

  const gpusPerReplica = workload.dedicated?.gpus ?? context.gpusPerReplica ?? 1;
  const hardwareIds = dedicatedHardware(workload, book);
  if (hardwareIds.length === 0)
    unavailable.push({
      mode: "dedicated",
      reason: `the price books list no dedicated endpoint hardware for provider ${workload.provider}`,
    });
  for (const id of hardwareIds) add(dedicatedOption(workload, id, book, capacity, serverlessPerRequest, gpusPerReplica));

  const currentEstimate = estimateWorkload(workload, manifest, book);
  if (workload.mode === "gpu-cluster") add(clusterOption(workload, currentEstimate));

  const options = built.map((b) => b.option);
  const cheapest = cheapestIndex(
    options,
    options.map((o) => o.monthlyCost),
  );
  const cheapestOption = cheapest === undefined ? undefined : options[cheapest];
  const currentCost = currentEstimate.priced ? currentEstimate.cost?.monthlyCost : undefined;
  const breakEven = soonestBreakEven(options);
  const forecast = growthForecast(workload, built, options);
  return {
    workload,
    current: {
      mode: workload.mode,
      ...(currentEstimate.hardware ? { hardware: currentEstimate.hardware.id } : {}),
      ...(currentCost ? { monthlyCost: currentCost } : {}),
    },
    capacity,
    assumptions: hardwareIds.length > 0 ? sizingAssumptions(workload, capacity, gpusPerReplica, context) : [],
    options,
    unavailable,
    ...(cheapest !== undefined ? { cheapest } : {}),
    ...(cheapestOption && currentCost ? { savings: currentCost.minus(cheapestOption.monthlyCost) } : {}),
    ...(breakEven ? { breakEven } : {}),
    ...(forecast ? { forecast } : {}),
  };
}

/** Compares every workload of a manifest. */
export function compareManifest(manifest: Manifest, book: PriceBook, context: CompareContext = {}): WorkloadComparison[] {
  return manifest.workloads.map((w) => compareWorkload(w, manifest, book, context));
}
