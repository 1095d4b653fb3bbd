import type { FileAnalysis } from "./analyze.js";
import type { PriceBook } from "../prices/catalog.js";
import type { Driver, Change, DiffResult, Trust } from "./diff.js";
import { batchQueueFindings } from "../cost/batch-queue.js";
import {
  componentMath,
  type CostComponent,
  forecast,
  type ForecastStep,
  type ScenarioCost,
  type WorkloadEstimate,
} from "../cost/estimate.js";
import type { BudgetStatus, BudgetUse } from "./evaluate.js";
import { ZERO, sum, type Decimal } from "../money.js";
import type { PriceOrigin } from "../prices/price.js";
import type { Finding, Latency, Mode, Severity, VolumeUnit } from "../manifest/types.js";
import { RULES } from "../rules/registry.js";

export type Status = "pass" | "warn" | "fail";
export type WorkloadStatus = "ok" | "near" | "over" | "unpriced" | "error";

export interface ReportComponent {
  name: string;
  quantity: Decimal;
  unit: string;
  unitPrice: Decimal;
  monthlyCost: Decimal;
  /** What the bare line does not say (a long-context tier, GPUs billed in multiples). */
  detail?: string;
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
  tokens: {
    input: Decimal;
    output: Decimal;
    cachedInput: Decimal;
    cacheWrite: Decimal;
    template: { path: string; tokens: number; tokenizer: string } | null;
  };
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
export function isPolicyFinding(finding: Finding): boolean {
  return RULES[finding.rule].kind === "policy";
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
  return {
    ...report,
    findings,
    summary: {
      ...report.summary,
      status: errors > 0 ? "fail" : warnings > 0 ? "warn" : "pass",
      errors,
      warnings,
      notices: count("notice"),
    },
  };
}

/** Tags every report groups by, besides any asked for. */
export const DEFAULT_GROUP_TAGS = ["team", "tenant", "feature"] as const;

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, notice: 2 };

/** The forecast of the row asked last: its forecast and forecastReplicas come from one computation. */
let lastForecast: { row: WorkloadRow; steps: ForecastStep[] | undefined } | undefined;

const FORECAST_MONTHS = 12;

/** The fields a row shows as its workload has them, in the order its JSON writes them. */
type Identity = Pick<ReportWorkload, "id" | "file" | "name" | "line" | "provider" | "model" | "mode">;

function identityOf(w: Identity): Identity {
  return { id: w.id, file: w.file, name: w.name, line: w.line, provider: w.provider, model: w.model, mode: w.mode };
}

/**
 * A workload's row, read from its estimate when a format asks for a field. The math strings
 * and the forecast are built only by the formats that show them, as they write the row, so a
 * monorepo's report holds one small view per workload rather than every row's strings and
 * numbers at once.
 */
class WorkloadRow implements ReportWorkload {
  /** A removed workload shows its base's identity with no cost of its own. */
  private readonly removed: boolean;
  // The workload's identity, shared with it (no copies); set from identityOf in the constructor.
  declare readonly id: string;
  declare readonly file: string;
  declare readonly name: string;
  declare readonly line: number;
  declare readonly provider: string;
  declare readonly model: string;
  declare readonly mode: Mode;
  readonly tags: Record<string, string>;

  constructor(
    private readonly estimate: WorkloadEstimate,
    private readonly use: BudgetUse | undefined,
    readonly change?: Change,
    readonly baseMonthlyCost?: Decimal | null,
    readonly diffMonthlyCost?: Decimal | null,
    readonly drivers?: Driver[],
  ) {
    this.removed = change === "removed";
    Object.assign(this, identityOf(estimate.workload));
    this.tags = estimate.workload.tags;
  }

  get latency(): Latency | null {
    return this.estimate.workload.latency ?? null;
  }
  get hardware(): string | null {
    return this.estimate.hardware?.id ?? null;
  }
  get requests(): ReportWorkload["requests"] {
    const { unit, declared, perMonth } = this.estimate.workload.requests;
    return { unit, declared: declared.expected, perMonth: perMonth.expected };
  }
  get tokens(): ReportWorkload["tokens"] {
    const t = this.estimate.workload.tokens;
    return {
      input: t.input.expected,
      output: t.output.expected,
      cachedInput: t.cachedInput.expected,
      cacheWrite: t.cacheWrite.expected,
      template: t.template ?? null,
    };
  }
  /** The estimate's cost when it is priced and shown: never for a removed workload. */
  private get pricedCost(): ScenarioCost | undefined {
    return this.estimate.priced && !this.removed ? this.estimate.cost : undefined;
  }
  get perRequestCost(): Decimal | null {
    return this.pricedCost?.perRequestCost ?? null;
  }
  get monthlyCost(): Decimal | null {
    if (this.removed) return ZERO;
    return this.pricedCost?.monthlyCost ?? null;
  }
  get monthlyTokens(): Decimal | null {
    return this.estimate.cost?.monthlyTokens ?? null;
  }
  get effectivePerMillionTokens(): Decimal | null {
    return (this.estimate.priced ? this.estimate.cost?.effectivePerMillionTokens : undefined) ?? null;
  }
  get utilization(): Decimal | null {
    return this.estimate.cost?.utilization ?? null;
  }
  get peakUtilization(): Decimal | null {
    return this.estimate.cost?.peakUtilization ?? null;
  }
  get contractUse(): Decimal | null {
    return this.estimate.cost?.contractUse ?? null;
  }
  get costComponents(): ReportComponent[] {
    return this.pricedCost?.components.map(reportComponent) ?? [];
  }
  get range(): ReportWorkload["range"] {
    return (this.pricedCost && this.estimate.range) ?? null;
  }
  get price(): PriceOrigin | null {
    return this.estimate.price ?? null;
  }
  get contextWindow(): number | null {
    return this.estimate.contextWindow ?? null;
  }
  get budget(): ReportWorkload["budget"] {
    const monthly = this.estimate.workload.budgetMonthly;
    if (!monthly || this.removed) return null;
    return { monthly, percentUsed: this.use?.percent ?? null, status: this.use?.status ?? "ok" };
  }
  get status(): WorkloadStatus {
    if (this.removed) return "ok";
    if (this.estimate.findings.some((f) => f.severity === "error")) return "error";
    if (!this.estimate.priced) return "unpriced";
    return this.use && this.estimate.workload.budgetMonthly ? this.use.status : "ok";
  }
  private forecastSteps(): ForecastStep[] | undefined {
    if (lastForecast?.row !== this)
      lastForecast = { row: this, steps: this.removed ? undefined : forecast(this.estimate, FORECAST_MONTHS) };
    return lastForecast.steps;
  }
  get forecast(): Decimal[] | null {
    return this.forecastSteps()?.map((s) => s.monthlyCost) ?? null;
  }
  get forecastReplicas(): number[] | null {
    // Replicas only move with a known throughput; without one they are the declared count every month.
    if (!this.estimate.workload.dedicated || !this.estimate.cost?.peakUtilization) return null;
    return this.forecastSteps()?.flatMap((s) => (s.replicas === undefined ? [] : [s.replicas])) ?? null;
  }
  /** The row as a plain object: its fields are getters, which a generic JSON.stringify would not see. */
  toJSON(): ReportWorkload {
    const row: ReportWorkload = {
      ...identityOf(this),
      latency: this.latency,
      hardware: this.hardware,
      tags: this.tags,
      requests: this.requests,
      tokens: this.tokens,
      perRequestCost: this.perRequestCost,
      monthlyCost: this.monthlyCost,
      monthlyTokens: this.monthlyTokens,
      effectivePerMillionTokens: this.effectivePerMillionTokens,
      utilization: this.utilization,
      peakUtilization: this.peakUtilization,
      contractUse: this.contractUse,
      costComponents: this.costComponents,
      range: this.range,
      price: this.price,
      contextWindow: this.contextWindow,
      budget: this.budget,
      status: this.status,
      forecast: this.forecast,
      forecastReplicas: this.forecastReplicas,
    };
    if (this.change === undefined) return row;
    return {
      ...row,
      change: this.change,
      baseMonthlyCost: this.baseMonthlyCost ?? null,
      diffMonthlyCost: this.diffMonthlyCost ?? null,
      drivers: this.drivers ?? [],
    };
  }
}

/** A cost line with its math, field by field in the JSON's key order: no spread copy per line of every workload. */
function reportComponent(c: CostComponent): ReportComponent {
  const { name, quantity, unit, unitPrice, monthlyCost, detail } = c;
  const math = componentMath(c);
  return detail === undefined
    ? { name, quantity, unit, unitPrice, monthlyCost, math }
    : { name, quantity, unit, unitPrice, monthlyCost, detail, math };
}

/** --group-by dimensions every workload has, beside its tags; `tag:NAME` names a tag called like one of them. */
export const GROUP_DIMENSIONS = ["model", "provider", "mode", "file"] as const;

function groupValue(w: ReportWorkload, by: string): string {
  if ((GROUP_DIMENSIONS as readonly string[]).includes(by)) return w[by as (typeof GROUP_DIMENSIONS)[number]];
  const tag = by.startsWith("tag:") ? by.slice(4) : by;
  // Own keys only: --group-by constructor or __proto__ is a tag name, not a property of every object.
  return (Object.hasOwn(w.tags, tag) ? w.tags[tag] : undefined) ?? "(untagged)";
}

function groupsOf(workloads: readonly ReportWorkload[], tags: readonly string[]): ReportGroup[] {
  const groups: ReportGroup[] = [];
  const live = workloads.filter((w) => w.change !== "removed");
  const costs = live.map((w) => w.monthlyCost);
  for (const tag of tags) {
    const values = new Map<string, { monthlyCost: Decimal; workloads: number; unpriced: number }>();
    live.forEach((w, i) => {
      const value = groupValue(w, tag);
      let entry = values.get(value);
      if (!entry) values.set(value, (entry = { monthlyCost: ZERO, workloads: 0, unpriced: 0 }));
      entry.workloads++;
      const cost = costs[i];
      if (cost) entry.monthlyCost = entry.monthlyCost.plus(cost);
      else entry.unpriced++;
    });
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

/** localeCompare's order; equal strings (findings of one file) answer without it: the first localeCompare in a process loads ICU's collation data, ~6 ms. */
const byText = (a: string, b: string): number => (a === b ? 0 : a.localeCompare(b));

export function sortFindings(findings: readonly Finding[]): Finding[] {
  return [...findings].sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      byText(a.file, b.file) ||
      // A finding about the whole file comes before those at a place in it.
      (a.line ?? 0) - (b.line ?? 0) ||
      (a.col ?? 0) - (b.col ?? 0) ||
      byText(a.rule, b.rule),
  );
}

/** report: the one canonical result every format is rendered from. */
export function buildReport(head: readonly FileAnalysis[], options: ReportOptions): Report {
  const diff = options.base?.diff;
  const workloads = diff ? diffRows(head, diff) : head.flatMap((f) => f.estimates.map((e) => new WorkloadRow(e, budgetUse(f, e))));
  // Batch queue limits hold per user across the whole run, not per file.
  const findings = sortFindings([
    ...head.flatMap((f) => f.findings),
    ...batchQueueFindings(head),
    ...(diff?.findings ?? []),
    ...(options.codeFindings ?? []),
  ]);
  const summary = summarize(head, workloads, findings, diff);
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
    budgets: head.flatMap(groupBudgets),
    workloads,
    findings,
    notes: diff?.notes ?? [],
  };
}

function budgetUse(file: FileAnalysis | undefined, e: WorkloadEstimate): BudgetUse | undefined {
  return file?.evaluation?.workloadBudgets.get(e.workload.id);
}

/**
 * One row per workload of the diff. A row keeps its side's estimate and the diff's numbers, not
 * the pair: the base's analyses are released once the report is built.
 */
function diffRows(head: readonly FileAnalysis[], diff: DiffResult): ReportWorkload[] {
  const byFile = new Map(head.map((f) => [f.file, f]));
  return diff.workloads.flatMap((d) => {
    const estimate = d.head ?? d.base;
    if (!estimate) return [];
    const use = d.head ? budgetUse(byFile.get(d.file), d.head) : undefined;
    return [new WorkloadRow(estimate, use, d.change, d.baseMonthlyCost ?? null, d.diffMonthlyCost ?? null, d.drivers)];
  });
}

function groupBudgets(file: FileAnalysis): ReportBudget[] {
  return (file.evaluation?.groups ?? []).map((g) => ({
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
  }));
}

/** The totals: status and counts from the findings, cost and its range over the priced workloads, and the diff's. */
function summarize(
  head: readonly FileAnalysis[],
  workloads: readonly ReportWorkload[],
  findings: readonly Finding[],
  diff: DiffResult | undefined,
): Report["summary"] {
  const count = (s: Severity) => findings.filter((f) => f.severity === s).length;
  const live = workloads.filter((w) => w.change !== "removed");
  const priced = live.flatMap((w) => {
    const cost = w.monthlyCost;
    return cost === null ? [] : [{ cost, range: w.range }];
  });
  const monthlyCost = sum(priced.map((p) => p.cost));
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
    // A workload without a range of its own adds its expected cost to both ends.
    range: priced.some((p) => p.range)
      ? {
          low: sum(priced.map((p) => p.range?.low ?? p.cost)),
          expected: monthlyCost,
          high: sum(priced.map((p) => p.range?.high ?? p.cost)),
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
  return summary;
}
