import type { FileAnalysis } from "./analyze.js";
import type { PriceBook } from "../prices/catalog.js";
import type { Driver, Change, DiffResult, Trust } from "./diff.js";
import { batchQueueFindings } from "../cost/batch-queue.js";
import { componentMath, forecast, type WorkloadEstimate } from "../cost/estimate.js";
import type { BudgetStatus } from "./evaluate.js";
import { ZERO, sum, type Decimal } from "../money.js";
import type { PriceOrigin } from "../prices/price.js";
import type { Finding, Latency, Mode, Severity, VolumeUnit } from "../manifest/types.js";

export type Status = "pass" | "warn" | "fail";
export type WorkloadStatus = "ok" | "near" | "over" | "unpriced" | "error";

export interface ReportComponent {
  name: string;
  quantity: Decimal;
  unit: string;
  unitPrice: Decimal;
  monthlyCost: Decimal;
  /** The line of math a person reads: `6.0B input tok x $0.90/1M = $5,400.00`. */
  math: string;
}

export interface ReportWorkload {
  id: string;
  file: string;
  name: string;
  line: number;
  provider: string;
  model: string;
  mode: Mode;
  latency: Latency | null;
  hardware: string | null;
  tags: Record<string, string>;
  requests: { unit: VolumeUnit; declared: Decimal; perMonth: Decimal };
  tokens: { input: Decimal; output: Decimal; cachedInput: Decimal; cacheWrite: Decimal; template: { path: string; tokens: number; tokenizer: string } | null };
  perRequestCost: Decimal | null;
  monthlyCost: Decimal | null;
  monthlyTokens: Decimal | null;
  effectivePerMillionTokens: Decimal | null;
  utilization: Decimal | null;
  /** Utilization at peak traffic (utilization x requests.peak_to_average); capacity is checked against it. */
  peakUtilization: Decimal | null;
  /** Monthly tokens / a dedicated contract's included tokens. */
  contractUse: Decimal | null;
  costComponents: ReportComponent[];
  range: { low: Decimal; expected: Decimal; high: Decimal } | null;
  price: PriceOrigin | null;
  contextWindow: number | null;
  /** percentUsed is null while the workload is unpriced (its use of the budget is unknown) or its budget is $0. */
  budget: { monthly: Decimal; percentUsed: Decimal | null; status: BudgetStatus } | null;
  status: WorkloadStatus;
  forecast: Decimal[] | null;
  /** Dedicated endpoints with a known throughput: the replicas each forecast month needs at peak. */
  forecastReplicas: number[] | null;
  change?: Change;
  baseMonthlyCost?: Decimal | null;
  diffMonthlyCost?: Decimal | null;
  drivers?: Driver[];
}

export interface ReportBudget {
  name: string;
  file: string;
  line: number;
  match: Record<string, string>;
  monthly: Decimal;
  projected: Decimal;
  /** Null for a $0 budget with spend (no finite share); JSON writes null. */
  percentUsed: Decimal | null;
  status: BudgetStatus;
  workloads: string[];
  unpriced: string[];
}

export interface ReportGroup {
  tag: string;
  values: Array<{ value: string; monthlyCost: Decimal; workloads: number; unpriced: number }>;
}

export interface Report {
  schemaVersion: 1;
  tool: { name: "tokenbudget"; version: string };
  currency: "USD";
  catalog: { version: string; asOf: string; books: Array<{ origin: string; version: string; asOf: string }> };
  base: { ref: string; trust: Trust } | null;
  summary: {
    status: Status;
    monthlyCost: Decimal;
    /** False when some workload is unpriced or some manifest is invalid: monthlyCost is then a lower bound. */
    complete: boolean;
    files: number;
    invalidFiles: number;
    workloads: number;
    pricedWorkloads: number;
    unpricedWorkloads: number;
    errors: number;
    warnings: number;
    notices: number;
    range: { low: Decimal; expected: Decimal; high: Decimal } | null;
    baseMonthlyCost?: Decimal;
    diffMonthlyCost?: Decimal;
    diffPercent?: Decimal | null;
    changes?: Record<Change, number>;
  };
  groups: ReportGroup[];
  budgets: ReportBudget[];
  workloads: ReportWorkload[];
  findings: Finding[];
  notes: string[];
}

export interface ReportOptions {
  toolVersion: string;
  book: PriceBook;
  groupBy?: readonly string[];
  base?: { ref: string; trust: Trust; diff: DiffResult };
  /** Findings at lines of code rather than of a manifest (`model.undeclared`). */
  codeFindings?: readonly Finding[];
}

/** Findings about budgets, growth, price age and declarations: what check enforces, not what makes a manifest valid. */
const POLICY_RULES = /^(budget\.|increase\.|price\.stale|price\.changed-by-change|trust\.|model\.undeclared)/;

export function isPolicyFinding(finding: Finding): boolean {
  return POLICY_RULES.test(finding.rule);
}

/**
 * What `validate` reports: only the findings about validity, with the status and counts taken
 * from them, so its text, markdown and JSON forms agree on pass, warn or fail.
 */
export function validationReport(report: Report): Report {
  const findings = report.findings.filter((f) => !isPolicyFinding(f));
  const count = (severity: Finding["severity"]) => findings.filter((f) => f.severity === severity).length;
  const errors = count("error");
  const warnings = count("warning");
  return { ...report, findings, summary: { ...report.summary, status: errors > 0 ? "fail" : warnings > 0 ? "warn" : "pass", errors, warnings, notices: count("notice") } };
}

/** Tags every report groups by, besides any asked for. */
export const DEFAULT_GROUP_TAGS = ["team", "tenant", "feature"] as const;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

function workloadStatus(estimate: WorkloadEstimate, budget: ReportWorkload["budget"]): WorkloadStatus {
  if (estimate.findings.some((f) => f.severity === "error")) return "error";
  if (!estimate.priced) return "unpriced";
  return budget?.status ?? "ok";
}

const FORECAST_MONTHS = 12;

function workloadReport(estimate: WorkloadEstimate, analysis: FileAnalysis | undefined): ReportWorkload {
  const { workload, cost } = estimate;
  const use = analysis?.evaluation?.workloadBudgets.get(workload.id);
  const budget = workload.budgetMonthly
    ? {
        monthly: workload.budgetMonthly,
        percentUsed: use?.percent ?? null,
        status: use?.status ?? ("ok" as BudgetStatus),
      }
    : null;
  const priced = estimate.priced && cost !== undefined;
  const steps = forecast(estimate, FORECAST_MONTHS);
  return {
    id: workload.id,
    file: workload.file,
    name: workload.name,
    line: workload.line,
    provider: workload.provider,
    model: workload.model,
    mode: workload.mode,
    latency: workload.latency ?? null,
    hardware: estimate.hardware?.id ?? null,
    tags: { ...workload.tags },
    requests: { unit: workload.requests.unit, declared: workload.requests.declared.expected, perMonth: workload.requests.perMonth.expected },
    tokens: {
      input: workload.tokens.input.expected,
      output: workload.tokens.output.expected,
      cachedInput: workload.tokens.cachedInput.expected,
      cacheWrite: workload.tokens.cacheWrite.expected,
      template: workload.tokens.template ?? null,
    },
    perRequestCost: priced ? (cost.perRequestCost ?? null) : null,
    monthlyCost: priced ? cost.monthlyCost : null,
    monthlyTokens: cost?.monthlyTokens ?? null,
    effectivePerMillionTokens: priced ? (cost.effectivePerMillionTokens ?? null) : null,
    utilization: cost?.utilization ?? null,
    peakUtilization: cost?.peakUtilization ?? null,
    contractUse: cost?.contractUse ?? null,
    costComponents: priced ? cost.components.map((c) => ({ ...c, math: componentMath(c) })) : [],
    range: priced ? (estimate.range ?? null) : null,
    price: estimate.price ?? null,
    contextWindow: estimate.contextWindow ?? null,
    budget,
    status: workloadStatus(estimate, budget),
    forecast: steps?.map((s) => s.monthlyCost) ?? null,
    // Replicas only move with a known throughput; without one they are the declared count every month.
    forecastReplicas: steps && workload.dedicated && cost?.peakUtilization ? steps.map((s) => s.replicas!) : null,
  };
}

function groupsOf(workloads: readonly ReportWorkload[], tags: readonly string[]): ReportGroup[] {
  const groups: ReportGroup[] = [];
  for (const tag of tags) {
    const values = new Map<string, { monthlyCost: Decimal; workloads: number; unpriced: number }>();
    for (const w of workloads) {
      if (w.change === "removed") continue;
      // Own keys only: --group-by constructor or __proto__ is a tag name, not a property of every object.
      const value = Object.hasOwn(w.tags, tag) ? w.tags[tag]! : "(untagged)";
      const entry = values.get(value) ?? { monthlyCost: ZERO, workloads: 0, unpriced: 0 };
      entry.workloads++;
      if (w.monthlyCost) entry.monthlyCost = entry.monthlyCost.plus(w.monthlyCost);
      else entry.unpriced++;
      values.set(value, entry);
    }
    // A tag nobody uses would only print one "(untagged)" row.
    if ([...values.keys()].every((v) => v === "(untagged)")) continue;
    groups.push({
      tag,
      values: [...values.entries()]
        .map(([value, entry]) => ({ value, ...entry }))
        .sort((a, b) => b.monthlyCost.comparedTo(a.monthlyCost) || a.value.localeCompare(b.value)),
    });
  }
  return groups;
}

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] || a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule),
  );
}

/** report: the one canonical result every format is rendered from. */
export function buildReport(head: readonly FileAnalysis[], options: ReportOptions): Report {
  const byFile = new Map(head.map((f) => [f.file, f]));
  const diff = options.base?.diff;
  let workloads: ReportWorkload[];
  if (diff) {
    workloads = diff.workloads.map((d) => {
      const estimate = (d.head ?? d.base)!;
      const report = workloadReport(estimate, d.head ? byFile.get(d.file) : undefined);
      if (d.change === "removed") {
        report.monthlyCost = ZERO;
        report.perRequestCost = null;
        report.costComponents = [];
        report.budget = null;
        report.status = "ok";
        report.forecast = null;
        report.forecastReplicas = null;
        report.range = null;
      }
      return { ...report, change: d.change, baseMonthlyCost: d.baseMonthlyCost ?? null, diffMonthlyCost: d.diffMonthlyCost ?? null, drivers: d.drivers };
    });
  } else {
    workloads = head.flatMap((f) => f.estimates.map((e) => workloadReport(e, f)));
  }

  // Batch queue limits hold per user across the whole run, not per file.
  const findings = sortFindings([...head.flatMap((f) => f.findings), ...batchQueueFindings(head), ...(diff?.findings ?? []), ...(options.codeFindings ?? [])]);
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const live = workloads.filter((w) => w.change !== "removed");
  const priced = live.filter((w) => w.monthlyCost !== null);
  const monthlyCost = sum(priced.map((w) => w.monthlyCost!));
  const ranged = live.some((w) => w.range);
  const budgets: ReportBudget[] = head.flatMap((f) =>
    (f.evaluation?.groups ?? []).map((g) => ({
      name: g.name,
      file: g.file,
      line: g.line,
      match: g.match,
      monthly: g.budget.monthly,
      projected: g.budget.projected,
      percentUsed: g.budget.percent,
      status: g.budget.status,
      workloads: g.workloads,
      unpriced: g.unpriced,
    })),
  );
  const errors = count("error");
  const warnings = count("warning");

  const summary: Report["summary"] = {
    status: errors > 0 ? "fail" : warnings > 0 ? "warn" : "pass",
    monthlyCost,
    // An invalid manifest's workloads are unknown: the total cannot be complete without them.
    complete: priced.length === live.length && head.every((f) => f.manifest) && !diff?.unknownWorkloads,
    files: head.length,
    invalidFiles: head.filter((f) => !f.manifest).length,
    workloads: live.length,
    pricedWorkloads: priced.length,
    unpricedWorkloads: live.length - priced.length,
    errors,
    warnings,
    notices: count("notice"),
    range: ranged
      ? {
          low: sum(priced.map((w) => w.range?.low ?? w.monthlyCost!)),
          expected: monthlyCost,
          high: sum(priced.map((w) => w.range?.high ?? w.monthlyCost!)),
        }
      : null,
  };
  if (diff) {
    summary.baseMonthlyCost = diff.baseMonthlyCost;
    summary.diffMonthlyCost = diff.diffMonthlyCost;
    summary.diffPercent = diff.baseMonthlyCost.isZero() ? null : diff.diffMonthlyCost.div(diff.baseMonthlyCost).times(100);
    summary.changes = { added: 0, removed: 0, changed: 0, unchanged: 0 };
    for (const w of diff.workloads) summary.changes[w.change]++;
  }

  const tags = [...new Set([...DEFAULT_GROUP_TAGS, ...(options.groupBy ?? [])])];
  return {
    schemaVersion: 1,
    tool: { name: "tokenbudget", version: options.toolVersion },
    currency: "USD",
    catalog: {
      version: options.book.version,
      asOf: options.book.asOf,
      books: options.book.layers.map((l) => ({ origin: l.origin, version: l.catalog.version, asOf: l.catalog.asOf })),
    },
    base: options.base ? { ref: options.base.ref, trust: options.base.trust } : null,
    summary,
    groups: groupsOf(workloads, tags),
    budgets,
    workloads,
    findings,
    notes: diff?.notes ?? [],
  };
}
