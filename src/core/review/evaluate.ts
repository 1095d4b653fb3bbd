import { forecast, type WorkloadEstimate } from "../cost/estimate.js";
import { Decimal, ZERO, formatPercent, formatUsd } from "../money.js";
import type { Finding, Manifest, SourcePosition, Workload } from "../manifest/types.js";
import { finding, type FindingPlace } from "../rules/finding.js";

export type BudgetStatus = "ok" | "near" | "over";

export interface BudgetUse {
  monthly: Decimal;
  projected: Decimal;
  /** Null for a $0 budget with spend: no finite share. */
  percent: Decimal | null;
  status: BudgetStatus;
}

export interface GroupBudgetResult {
  name: string;
  file: string;
  line: number;
  match: Record<string, string>;
  budget: BudgetUse;
  workloads: string[];
  /** Workloads in the group that could not be priced: the projection is then a lower bound. */
  unpriced: string[];
}

export interface Evaluation {
  /** Budget use per workload id, for workloads with their own budget. */
  workloadBudgets: Map<string, BudgetUse>;
  groups: GroupBudgetResult[];
  findings: Finding[];
}

export interface EvaluateContext {
  /** Today's date (YYYY-MM-DD), for price age; passed in so the core never reads a clock. */
  today?: string;
  /** The tags a workload had at the base: under --trust base a group budget counts it if these or its own match. */
  baseTags?: ReadonlyMap<Workload, Record<string, string>>;
}

function budgetUse(projected: Decimal, monthly: Decimal, warnAtPercent: Decimal): BudgetUse {
  const percent = monthly.isZero() ? (projected.isZero() ? new Decimal(0) : null) : projected.div(monthly).times(100);
  const status: BudgetStatus = projected.gt(monthly) ? "over" : percent?.gte(warnAtPercent) ? "near" : "ok";
  return { monthly, projected, percent, status };
}

function percentText(use: BudgetUse): string {
  return use.percent ? formatPercent(use.percent) : "no budget";
}

export function budgetMessage(subject: string, use: BudgetUse): string {
  if (use.status === "over") {
    return `${subject} projected ${formatUsd(use.projected)}/mo exceeds budget ${formatUsd(use.monthly)}/mo by ${formatUsd(use.projected.minus(use.monthly))} (${percentText(use)})`;
  }
  return `${subject} projected ${formatUsd(use.projected)}/mo uses ${percentText(use)} of budget ${formatUsd(use.monthly)}/mo`;
}

type Match = ReadonlyArray<readonly [string, string]>;

function matches(match: Match, tags: Record<string, string>): boolean {
  for (const [k, v] of match) if (!Object.hasOwn(tags, k) || tags[k] !== v) return false;
  return true;
}

function daysBetween(from: string, to: string): number {
  return Math.floor((Date.parse(to) - Date.parse(from)) / 86_400_000);
}

/** What the rules of one manifest read: its policy, the file its findings default to, and today. */
interface Judge {
  manifest: Manifest;
  policy: Manifest["policy"];
  context: EvaluateContext;
  findings: Finding[];
}

/**
 * A finding about a workload points into the file the workload lives in: under --trust base a
 * base file's rules can judge workloads that moved to another manifest.
 */
function workloadPlace(workload: Workload, at: SourcePosition, path?: string): FindingPlace {
  return { file: workload.file, line: at.line, col: at.col, path, workload: workload.name };
}

/** Rules budget.workload.exceeded and budget.workload.near: the expected cost against the workload's budget. */
function workloadBudget(judge: Judge, estimate: WorkloadEstimate, monthly: Decimal, projected: Decimal): BudgetUse {
  const { workload } = estimate;
  const use = budgetUse(projected, monthly, judge.policy.warnAtPercent);
  const place = workloadPlace(workload, workload.at.budget ?? workload, `workloads[${workload.index}].budget.monthly`);
  if (use.status === "over")
    judge.findings.push(finding("budget.workload.exceeded", place, budgetMessage(`workload ${workload.name}`, use)));
  else if (use.status === "near")
    judge.findings.push(finding("budget.workload.near", place, budgetMessage(`workload ${workload.name}`, use)));
  return use;
}

/** Rule budget.workload.range: within budget as expected, but not in the high estimate. */
function rangeOverBudget(judge: Judge, estimate: WorkloadEstimate, monthly: Decimal): void {
  const { workload, range } = estimate;
  if (!range?.high.gt(monthly)) return;
  const place = workloadPlace(workload, workload.at.budget ?? workload, `workloads[${workload.index}].budget.monthly`);
  judge.findings.push(
    finding(
      "budget.workload.range",
      place,
      `workload ${workload.name}: the high estimate ${formatUsd(range.high)}/mo exceeds budget ${formatUsd(monthly)}/mo`,
    ),
  );
}

/** Rule budget.forecast: declared growth breaks the budget within policy.forecast_months. */
function forecastOverBudget(judge: Judge, estimate: WorkloadEstimate, monthly: Decimal): void {
  const { workload } = estimate;
  const growth = workload.requests.growthPercentPerMonth;
  const months = judge.policy.forecastMonths;
  if (!months || !growth?.gt(0)) return;
  const over = forecast(estimate, months)?.find((step) => step.monthlyCost.gt(monthly));
  if (!over) return;
  // Capacity does not grow with requests: say what makes its cost move.
  const declared = workload.dedicated?.replicas;
  const cause =
    declared === undefined
      ? ""
      : over.replicas !== undefined && over.replicas > declared
        ? `: at its peak its dedicated endpoint needs ${over.replicas} replicas by then (${declared} declared),`
        : ": its contract overage grows with the tokens,";
  const place = workloadPlace(workload, workload.at.budget ?? workload, `workloads[${workload.index}].budget.monthly`);
  judge.findings.push(
    finding(
      "budget.forecast",
      place,
      `workload ${workload.name} grows ${growth}%/month${cause} and will exceed its budget ${formatUsd(monthly)}/mo in month ${over.month} (${formatUsd(over.monthlyCost)}/mo)`,
    ),
  );
}

/**
 * Rule capacity.forecast: a GPU cluster's cost is flat whatever the requests, but its capacity
 * is not: warn the month growth takes its peak utilization over 100%. (A dedicated endpoint's
 * forecast adds replicas instead.)
 */
function capacityForecast(judge: Judge, estimate: WorkloadEstimate): void {
  const { workload } = estimate;
  const months = judge.policy.forecastMonths;
  if (!months || !workload.cluster || !workload.requests.growthPercentPerMonth?.gt(0)) return;
  if (estimate.cost?.peakUtilization?.gt(1)) return;
  const full = forecast(estimate, months)?.find((step) => step.peakUtilization?.gt(1));
  if (!full?.peakUtilization) return;
  judge.findings.push(
    finding(
      "capacity.forecast",
      workloadPlace(workload, workload.at.cluster ?? workload, `workloads[${workload.index}].cluster`),
      `workload ${workload.name} grows ${workload.requests.growthPercentPerMonth}%/month and its GPU cluster passes 100% utilization in month ${full.month} (${formatPercent(full.peakUtilization.times(100))}); its cost stays flat, so add GPUs before then`,
    ),
  );
}

/** Every rule about one workload's own budget and growth; its budget use when it has a budget and a price. */
function judgeWorkload(judge: Judge, estimate: WorkloadEstimate): BudgetUse | undefined {
  const { workload, cost } = estimate;
  let use: BudgetUse | undefined;
  if (workload.budgetMonthly && cost && estimate.priced) {
    use = workloadBudget(judge, estimate, workload.budgetMonthly, cost.monthlyCost);
    if (use.status !== "over") {
      rangeOverBudget(judge, estimate, workload.budgetMonthly);
      forecastOverBudget(judge, estimate, workload.budgetMonthly);
    }
  }
  capacityForecast(judge, estimate);
  return use;
}

/** Rules budget.group.exceeded, budget.group.near and budget.group.empty: one group budget against the workloads it matches. */
function judgeGroup(
  judge: Judge,
  group: Manifest["budgets"][number],
  match: Match,
  estimates: readonly WorkloadEstimate[],
): GroupBudgetResult {
  const members = estimates.filter((e) => {
    const before = judge.context.baseTags?.get(e.workload);
    return matches(match, e.workload.tags) || (before !== undefined && matches(match, before));
  });
  let projected = ZERO;
  for (const e of members) if (e.priced && e.cost) projected = projected.plus(e.cost.monthlyCost);
  const use = budgetUse(projected, group.monthly, judge.policy.warnAtPercent);
  const place = { file: judge.manifest.file, line: group.line, col: group.col, path: `budgets[${group.index}]` };
  const subject = `budget ${group.name} (${members.length} workload${members.length === 1 ? "" : "s"})`;
  if (use.status === "over") judge.findings.push(finding("budget.group.exceeded", place, budgetMessage(subject, use)));
  else if (use.status === "near") judge.findings.push(finding("budget.group.near", place, budgetMessage(subject, use)));
  if (members.length === 0)
    judge.findings.push(
      finding("budget.group.empty", place, `budget ${group.name} matches no workload in this file; check its match tags`),
    );
  return {
    name: group.name,
    file: judge.manifest.file,
    line: group.line,
    match: group.match,
    budget: use,
    workloads: members.map((e) => e.workload.name),
    unpriced: members.filter((e) => !e.priced).map((e) => e.workload.name),
  };
}

/** Rule budget.missing: under policy.require_budget every workload has its own budget or a group's. */
function requireBudget(judge: Judge, estimates: readonly WorkloadEstimate[], groupMatches: readonly Match[]): void {
  if (!judge.policy.requireBudget) return;
  for (const { workload } of estimates) {
    if (workload.budgetMonthly || groupMatches.some((match) => matches(match, workload.tags))) continue;
    judge.findings.push(
      finding(
        "budget.missing",
        workloadPlace(workload, workload),
        `workload ${workload.name} has no budget (its own or a group's), and policy.require_budget is on`,
      ),
    );
  }
}

/** Rule price.stale: a catalog price older than policy.max_price_age_days (overrides are the manifest's own). */
function stalePrices(judge: Judge, estimates: readonly WorkloadEstimate[]): void {
  const maxAge = judge.policy.maxPriceAgeDays;
  const today = judge.context.today;
  if (!maxAge || !today) return;
  for (const { workload, price } of estimates) {
    if (!price?.asOf || price.kind === "override") continue;
    const age = daysBetween(price.asOf, today);
    if (age <= maxAge) continue;
    judge.findings.push(
      finding(
        "price.stale",
        workloadPlace(workload, workload.at.model ?? workload),
        `the price of ${workload.model} is ${age} days old (as of ${price.asOf}), over policy.max_price_age_days ${maxAge}`,
      ),
    );
  }
}

/**
 * Rules model.deprecated and model.retired: a model the provider deprecated or retires is a
 * warning while it is served, an error from the day after its retirement date.
 */
function modelLifecycle(judge: Judge, estimates: readonly WorkloadEstimate[]): void {
  const today = judge.context.today;
  if (!today) return;
  for (const { workload, lifecycle } of estimates) {
    if (!lifecycle) continue;
    const place = workloadPlace(workload, workload.at.model ?? workload);
    const { retires } = lifecycle;
    if (retires !== undefined && today > retires) {
      judge.findings.push(
        finding(
          "model.retired",
          place,
          `${workload.model} was retired by ${workload.provider} on ${retires}: requests to it fail; move the workload to a current model`,
        ),
      );
    } else if (retires !== undefined) {
      judge.findings.push(
        finding(
          "model.deprecated",
          place,
          `${workload.model} is deprecated: ${workload.provider} retires it on ${retires}; plan the move to a current model`,
        ),
      );
    } else if (lifecycle.deprecated) {
      judge.findings.push(
        finding("model.deprecated", place, `${workload.model} is deprecated by ${workload.provider}; plan the move to a current model`),
      );
    }
  }
}

/** Checks one manifest's budgets and policy against its estimates: each rule above in turn. */
export function evaluateManifest(manifest: Manifest, estimates: readonly WorkloadEstimate[], context: EvaluateContext = {}): Evaluation {
  const judge: Judge = { manifest, policy: manifest.policy, context, findings: [] };
  const workloadBudgets = new Map<string, BudgetUse>();
  for (const estimate of estimates) {
    const use = judgeWorkload(judge, estimate);
    if (use) workloadBudgets.set(estimate.workload.id, use);
  }
  // Each group's tags as pairs once, not once per workload it is matched against.
  const groupMatches = manifest.budgets.map((group): Match => Object.entries(group.match));
  const groups = manifest.budgets.map((group, g) => judgeGroup(judge, group, groupMatches[g] ?? [], estimates));
  requireBudget(judge, estimates, groupMatches);
  stalePrices(judge, estimates);
  modelLifecycle(judge, estimates);
  return { workloadBudgets, groups, findings: judge.findings };
}
