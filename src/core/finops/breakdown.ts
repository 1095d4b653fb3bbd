/**
 * The FinOps view of a report: where the money goes (by model, provider, mode and workload, each
 * with its share of the total) and the headline numbers a finance reader asks for first.
 * Pure: report rows in, totals out.
 */
import { MILLION, ZERO, type Decimal } from "../money.js";
import type { Report, ReportWorkload } from "../review/report.js";

export interface ShareRow {
  key: string;
  workloads: number;
  monthlyCost: Decimal;
  /** Percent of the total priced spend; null when the total is zero. */
  share: Decimal | null;
  unpriced: number;
}

export type Dimension = "model" | "provider" | "mode" | "workload";

export interface Breakdown {
  dimension: Dimension;
  rows: ShareRow[];
}

/** Accumulates amounts by key, in one pass, for any set of rows. */
export class Totals {
  private readonly byKey = new Map<string, { workloads: number; monthlyCost: Decimal; unpriced: number }>();

  add(key: string, cost: Decimal | null, workloads = 1): void {
    let entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, (entry = { workloads: 0, monthlyCost: ZERO, unpriced: 0 }));
    entry.workloads += workloads;
    if (cost) entry.monthlyCost = entry.monthlyCost.plus(cost);
    else entry.unpriced += workloads;
  }

  /** Largest first; ties by key, so the order never depends on input order. */
  rows(total: Decimal): ShareRow[] {
    return [...this.byKey.entries()]
      .map(([key, e]) => ({ key, ...e, share: total.isZero() ? null : e.monthlyCost.div(total).times(100) }))
      .sort((a, b) => b.monthlyCost.comparedTo(a.monthlyCost) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

/** The workloads a report's totals cover: removed ones cost nothing at the head. */
export function liveWorkloads(workloads: readonly ReportWorkload[]): ReportWorkload[] {
  return workloads.filter((w) => w.change !== "removed");
}

/** A workload's key in the workload breakdown: its name, with its file when two files share the name. */
function workloadKeys(rows: readonly ReportWorkload[]): (w: ReportWorkload) => string {
  const count = new Map<string, number>();
  for (const w of rows) count.set(w.name, (count.get(w.name) ?? 0) + 1);
  return (w) => ((count.get(w.name) ?? 0) > 1 ? `${w.name} (${w.file})` : w.name);
}

export function breakdowns(workloads: readonly ReportWorkload[]): Breakdown[] {
  const live = liveWorkloads(workloads);
  const totals: Record<Dimension, Totals> = { model: new Totals(), provider: new Totals(), mode: new Totals(), workload: new Totals() };
  const keyOf = workloadKeys(live);
  let total = ZERO;
  live.forEach((w) => {
    const cost = w.monthlyCost;
    if (cost) total = total.plus(cost);
    totals.model.add(w.model, cost);
    totals.provider.add(w.provider, cost);
    totals.mode.add(w.hardware ? `${w.mode} (${w.hardware})` : w.mode, cost);
    totals.workload.add(keyOf(w), cost);
  });
  return (Object.keys(totals) as Dimension[]).map((dimension) => ({ dimension, rows: totals[dimension].rows(total) }));
}

export interface BudgetHeadroom {
  /** Group budgets, plus the own budgets of workloads no group budget covers. */
  budgets: number;
  over: number;
  monthly: Decimal;
  projected: Decimal;
  /** monthly - projected: negative when the budgets are overspent in sum. */
  headroom: Decimal;
}

export interface Kpis {
  monthlyCost: Decimal;
  requests: Decimal;
  tokens: Decimal;
  perRequest: Decimal | null;
  perMillionTokens: Decimal | null;
  headroom: BudgetHeadroom | null;
}

function headroomOf(report: Report, live: readonly ReportWorkload[]): BudgetHeadroom | null {
  const grouped = new Set<string>();
  let monthly = ZERO;
  let projected = ZERO;
  let over = 0;
  for (const b of report.budgets) {
    for (const name of b.workloads) grouped.add(`${b.file}\0${name}`);
    monthly = monthly.plus(b.monthly);
    projected = projected.plus(b.projected);
    if (b.status === "over") over++;
  }
  let budgets = report.budgets.length;
  for (const w of live) {
    if (!w.budget || grouped.has(`${w.file}\0${w.name}`)) continue;
    budgets++;
    monthly = monthly.plus(w.budget.monthly);
    projected = projected.plus(w.monthlyCost ?? ZERO);
    if (w.budget.status === "over") over++;
  }
  return budgets === 0 ? null : { budgets, over, monthly, projected, headroom: monthly.minus(projected) };
}

/** Monthly spend, its unit costs and the budgets' headroom, over every workload of the run. */
export function kpis(report: Report, workloads: readonly ReportWorkload[]): Kpis {
  const live = liveWorkloads(workloads);
  let requests = ZERO;
  let tokens = ZERO;
  let tokenCost = ZERO;
  let requestCost = ZERO;
  for (const w of live) {
    const cost = w.monthlyCost;
    if (!cost) continue;
    requests = requests.plus(w.requests.perMonth);
    requestCost = requestCost.plus(cost);
    const monthlyTokens = w.monthlyTokens;
    if (monthlyTokens && !monthlyTokens.isZero()) {
      tokens = tokens.plus(monthlyTokens);
      tokenCost = tokenCost.plus(cost);
    }
  }
  return {
    monthlyCost: report.summary.monthlyCost,
    requests,
    tokens,
    perRequest: requests.isZero() ? null : requestCost.div(requests),
    perMillionTokens: tokens.isZero() ? null : tokenCost.div(tokens).times(MILLION),
    headroom: headroomOf(report, live),
  };
}
