/**
 * The org roll-up: many repositories' JSON reports (CI artifacts) combined into one view: totals
 * by repository, team, model and provider, the budgets at risk and the workloads that moved most.
 * Each report is folded in as it is read and dropped, so the cost is linear in the reports and the
 * memory is what the totals hold. Pure: reports in, totals out.
 */
import { ZERO, type Decimal } from "../money.js";
import type { Report, Status } from "../review/report.js";
import { own } from "../collections.js";
import { Totals, liveWorkloads, type ShareRow } from "./breakdown.js";

export interface RepositoryTotal {
  repository: string;
  status: Status;
  monthlyCost: Decimal;
  /** With a base (check --base): the base's total and the change. */
  baseMonthlyCost: Decimal | null;
  diffMonthlyCost: Decimal | null;
  complete: boolean;
  workloads: number;
  errors: number;
  warnings: number;
}

export interface BudgetAtRisk {
  repository: string;
  kind: "group" | "workload";
  name: string;
  file: string;
  monthly: Decimal;
  projected: Decimal;
  percentUsed: Decimal | null;
  status: "near" | "over";
}

export interface Mover {
  repository: string;
  file: string;
  workload: string;
  change: string;
  baseMonthlyCost: Decimal | null;
  monthlyCost: Decimal | null;
  diffMonthlyCost: Decimal;
}

export interface MergedReport {
  reports: number;
  total: {
    monthlyCost: Decimal;
    baseMonthlyCost: Decimal | null;
    diffMonthlyCost: Decimal | null;
    complete: boolean;
    workloads: number;
    status: Status;
  };
  byRepository: RepositoryTotal[];
  byTeam: ShareRow[];
  byModel: ShareRow[];
  byProvider: ShareRow[];
  budgetsAtRisk: BudgetAtRisk[];
  topMovers: Mover[];
}

/** How many movers a roll-up keeps: the largest changes by size. */
export const TOP_MOVERS = 20;

const STATUS_ORDER: Record<Status, number> = { pass: 0, warn: 1, fail: 2 };

/** Folds reports in one at a time; `result()` sorts what it kept. */
export class Rollup {
  private reports = 0;
  private readonly repositories: RepositoryTotal[] = [];
  private readonly team = new Totals();
  private readonly model = new Totals();
  private readonly provider = new Totals();
  private readonly atRisk: BudgetAtRisk[] = [];
  private movers: Mover[] = [];
  private total = ZERO;
  private base: Decimal | null = ZERO;
  private complete = true;
  private workloads = 0;
  private status: Status = "pass";

  add(repository: string, report: Report): void {
    this.reports++;
    const s = report.summary;
    this.repositories.push({
      repository,
      status: s.status,
      monthlyCost: s.monthlyCost,
      baseMonthlyCost: s.baseMonthlyCost ?? null,
      diffMonthlyCost: s.diffMonthlyCost ?? null,
      complete: s.complete,
      workloads: s.workloads,
      errors: s.errors,
      warnings: s.warnings,
    });
    this.total = this.total.plus(s.monthlyCost);
    // One report without a base makes the org's base unknown: a sum of some bases is no base.
    this.base = this.base !== null && s.baseMonthlyCost !== undefined ? this.base.plus(s.baseMonthlyCost) : null;
    this.complete &&= s.complete;
    this.workloads += s.workloads;
    if (STATUS_ORDER[s.status] > STATUS_ORDER[this.status]) this.status = s.status;
    this.addWorkloads(repository, report);
    for (const b of report.budgets) {
      if (b.status === "ok") continue;
      this.atRisk.push({
        repository,
        kind: "group",
        name: b.name,
        file: b.file,
        monthly: b.monthly,
        projected: b.projected,
        percentUsed: b.percentUsed,
        status: b.status,
      });
    }
  }

  private addWorkloads(repository: string, report: Report): void {
    for (const w of liveWorkloads(report.workloads)) {
      const cost = w.monthlyCost;
      this.team.add(own(w.tags, "team") ?? "(untagged)", cost);
      this.model.add(w.model, cost);
      this.provider.add(w.provider, cost);
      if (w.budget && w.budget.status !== "ok" && cost) {
        this.atRisk.push({
          repository,
          kind: "workload",
          name: w.name,
          file: w.file,
          monthly: w.budget.monthly,
          projected: cost,
          percentUsed: w.budget.percentUsed,
          status: w.budget.status,
        });
      }
    }
    for (const w of report.workloads) {
      if (!w.diffMonthlyCost || w.diffMonthlyCost.isZero()) continue;
      this.movers.push({
        repository,
        file: w.file,
        workload: w.name,
        change: w.change ?? "changed",
        baseMonthlyCost: w.baseMonthlyCost ?? null,
        monthlyCost: w.monthlyCost,
        diffMonthlyCost: w.diffMonthlyCost,
      });
    }
    // Kept bounded as it grows: sorting and cutting at twice the limit is linear overall.
    if (this.movers.length > 4 * TOP_MOVERS) this.movers = largestMoves(this.movers);
  }

  result(): MergedReport {
    const diff = this.base === null ? null : this.total.minus(this.base);
    const byCost = (a: { monthlyCost: Decimal; repository: string }, b: { monthlyCost: Decimal; repository: string }) =>
      b.monthlyCost.comparedTo(a.monthlyCost) || (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0);
    const risk = (b: BudgetAtRisk) => (b.percentUsed === null ? Number.POSITIVE_INFINITY : b.percentUsed.toNumber());
    return {
      reports: this.reports,
      total: {
        monthlyCost: this.total,
        baseMonthlyCost: this.base,
        diffMonthlyCost: diff,
        complete: this.complete,
        workloads: this.workloads,
        status: this.status,
      },
      byRepository: [...this.repositories].sort(byCost),
      byTeam: this.team.rows(this.total),
      byModel: this.model.rows(this.total),
      byProvider: this.provider.rows(this.total),
      budgetsAtRisk: [...this.atRisk].sort((a, b) => (a.status === b.status ? 0 : a.status === "over" ? -1 : 1) || risk(b) - risk(a)),
      topMovers: largestMoves(this.movers),
    };
  }
}

function largestMoves(movers: readonly Mover[]): Mover[] {
  return [...movers].sort((a, b) => b.diffMonthlyCost.abs().comparedTo(a.diffMonthlyCost.abs())).slice(0, TOP_MOVERS);
}
