import { forecast, type WorkloadEstimate } from "../cost/estimate.js";
import { Decimal, ZERO, formatPercent, formatUsd } from "../money.js";
import type { Finding, Manifest, Severity, Workload } from "../manifest/types.js";
import type { RuleId } from "../rules/registry.js";

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

type Push = (severity: Severity, rule: RuleId, message: string, line: number, col: number, workload?: Workload, path?: string) => void;

/**
 * A GPU cluster's cost is flat whatever the requests, but its capacity is not: warn the month
 * growth takes its peak utilization over 100%. (A dedicated endpoint's forecast adds replicas instead.)
 */
function capacityForecast(estimate: WorkloadEstimate, months: number | undefined, push: Push): void {
  const { workload } = estimate;
  if (!months || !workload.cluster || !workload.requests.growthPercentPerMonth?.gt(0)) return;
  if (estimate.cost?.peakUtilization?.gt(1)) return;
  const full = forecast(estimate, months)?.find((step) => step.peakUtilization?.gt(1));
  if (!full) return;
  const at = workload.at.cluster ?? workload;
  push(
    "warning",
    "capacity.forecast",
    `workload ${workload.name} grows ${workload.requests.growthPercentPerMonth}%/month and its GPU cluster passes 100% utilization in month ${full.month} (${formatPercent(full.peakUtilization!.times(100))}); its cost stays flat, so add GPUs before then`,
    at.line,
    at.col,
    workload,
    `workloads[${workload.index}].cluster`,
  );
}

/** Checks one manifest's budgets and policy against its estimates. */
export function evaluateManifest(manifest: Manifest, estimates: readonly WorkloadEstimate[], context: EvaluateContext = {}): Evaluation {
  const { policy } = manifest;
  const findings: Finding[] = [];
  const workloadBudgets = new Map<string, BudgetUse>();
  // A workload's finding points into the file it lives in: under --trust base a base file's
  // rules can judge workloads that moved to another manifest.
  const push: Push = (severity, rule, message, line, col, workload, path) => {
    const finding: Finding = { severity, rule, message, file: workload?.file ?? manifest.file, line, col };
    if (path) finding.path = path;
    if (workload) finding.workload = workload.name;
    findings.push(finding);
  };

  for (const estimate of estimates) {
    const { workload, cost } = estimate;
    if (workload.budgetMonthly && cost && estimate.priced) {
      const at = workload.at.budget ?? workload;
      const use = budgetUse(cost.monthlyCost, workload.budgetMonthly, policy.warnAtPercent);
      workloadBudgets.set(workload.id, use);
      const path = `workloads[${workload.index}].budget.monthly`;
      if (use.status === "over") push("error", "budget.workload.exceeded", budgetMessage(`workload ${workload.name}`, use), at.line, at.col, workload, path);
      else if (use.status === "near") push("warning", "budget.workload.near", budgetMessage(`workload ${workload.name}`, use), at.line, at.col, workload, path);
      if (use.status !== "over" && estimate.range && estimate.range.high.gt(workload.budgetMonthly)) {
        push(
          "warning",
          "budget.workload.range",
          `workload ${workload.name}: the high estimate ${formatUsd(estimate.range.high)}/mo exceeds budget ${formatUsd(workload.budgetMonthly)}/mo`,
          at.line,
          at.col,
          workload,
          path,
        );
      }
      const growth = workload.requests.growthPercentPerMonth;
      const steps = policy.forecastMonths && growth?.gt(0) && use.status !== "over" ? forecast(estimate, policy.forecastMonths) : undefined;
      const over = steps?.find((step) => step.monthlyCost.gt(workload.budgetMonthly!));
      if (over) {
        // Capacity does not grow with requests: say what makes its cost move.
        const declared = workload.dedicated?.replicas;
        const cause =
          declared === undefined
            ? ""
            : over.replicas! > declared
              ? `: at its peak its dedicated endpoint needs ${over.replicas} replicas by then (${declared} declared),`
              : ": its contract overage grows with the tokens,";
        push(
          "warning",
          "budget.forecast",
          `workload ${workload.name} grows ${growth}%/month${cause} and will exceed its budget ${formatUsd(workload.budgetMonthly)}/mo in month ${over.month} (${formatUsd(over.monthlyCost)}/mo)`,
          at.line,
          at.col,
          workload,
          path,
        );
      }
    }
    capacityForecast(estimate, policy.forecastMonths, push);
  }

  // Each group's tags as pairs once, not once per workload it is matched against.
  const groupMatches = manifest.budgets.map((group): Match => Object.entries(group.match));
  const groups: GroupBudgetResult[] = manifest.budgets.map((group, g) => {
    const match = groupMatches[g]!;
    const members = estimates.filter((e) => {
      const before = context.baseTags?.get(e.workload);
      return matches(match, e.workload.tags) || (before !== undefined && matches(match, before));
    });
    let projected = ZERO;
    for (const e of members) if (e.priced && e.cost) projected = projected.plus(e.cost.monthlyCost);
    const use = budgetUse(projected, group.monthly, policy.warnAtPercent);
    const result: GroupBudgetResult = {
      name: group.name,
      file: manifest.file,
      line: group.line,
      match: group.match,
      budget: use,
      workloads: members.map((e) => e.workload.name),
      unpriced: members.filter((e) => !e.priced).map((e) => e.workload.name),
    };
    const subject = `budget ${group.name} (${members.length} workload${members.length === 1 ? "" : "s"})`;
    if (use.status === "over") push("error", "budget.group.exceeded", budgetMessage(subject, use), group.line, group.col);
    else if (use.status === "near") push("warning", "budget.group.near", budgetMessage(subject, use), group.line, group.col);
    if (members.length === 0) push("warning", "budget.group.empty", `budget ${group.name} matches no workload in this file; check its match tags`, group.line, group.col);
    return result;
  });

  if (policy.requireBudget) {
    for (const { workload } of estimates) {
      if (!workload.budgetMonthly && !groupMatches.some((match) => matches(match, workload.tags))) {
        push("error", "budget.missing", `workload ${workload.name} has no budget (its own or a group's), and policy.require_budget is on`, workload.line, workload.col, workload);
      }
    }
  }

  if (policy.maxPriceAgeDays && context.today) {
    for (const estimate of estimates) {
      const asOf = estimate.price?.asOf;
      if (!asOf || estimate.price?.kind === "override") continue;
      const age = daysBetween(asOf, context.today);
      if (age > policy.maxPriceAgeDays) {
        const at = estimate.workload.at.model ?? estimate.workload;
        push(
          "warning",
          "price.stale",
          `the price of ${estimate.workload.model} is ${age} days old (as of ${asOf}), over policy.max_price_age_days ${policy.maxPriceAgeDays}`,
          at.line,
          at.col,
          estimate.workload,
        );
      }
    }
  }
  return { workloadBudgets, groups, findings };
}
