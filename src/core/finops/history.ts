/**
 * Projected monthly spend over a branch's history: one point per commit walked, totalled by team,
 * by model and by any other tag asked for, and the commits that moved the total most. Pure: the
 * estimates of each commit in (git is the adapter's), points and movers out.
 */
import { ZERO, type Decimal } from "../money.js";
import type { FileAnalysis } from "../review/analyze.js";
import { own } from "../collections.js";

export interface CommitInfo {
  commit: string;
  /** The committer date, ISO 8601. */
  date: string;
  subject: string;
}

export interface HistoryPoint extends CommitInfo {
  monthlyCost: Decimal;
  /** False when some workload was unpriced or some manifest invalid at this commit: the total is a lower bound. */
  complete: boolean;
  files: number;
  workloads: number;
  /** Totals by dimension ("team", "model", "tag:KEY") and value. */
  by: Record<string, Record<string, Decimal>>;
}

export interface HistoryMove {
  commit: string;
  date: string;
  subject: string;
  from: Decimal;
  to: Decimal;
  change: Decimal;
  /** The team and model whose totals moved most in this commit. */
  team: { value: string; change: Decimal } | null;
  model: { value: string; change: Decimal } | null;
}

export interface History {
  points: HistoryPoint[];
  movers: HistoryMove[];
}

const UNTAGGED = "(untagged)";

/** Totals by value, in a Map: a tag value named __proto__ is a value, not a property of every object. */
function add(totals: Map<string, Decimal>, key: string, amount: Decimal): void {
  totals.set(key, (totals.get(key) ?? ZERO).plus(amount));
}

/** One commit's point from its files' estimates; `tags` are the extra tag keys to total by. */
export function historyPoint(info: CommitInfo, files: readonly FileAnalysis[], tags: readonly string[]): HistoryPoint {
  const team = new Map<string, Decimal>();
  const model = new Map<string, Decimal>();
  const byTag = [...new Set(tags)].map((tag) => ({ tag, totals: new Map<string, Decimal>() }));
  let total = ZERO;
  let complete = true;
  let workloads = 0;
  for (const file of files) {
    if (!file.manifest) complete = false;
    for (const e of file.estimates) {
      workloads++;
      const cost = e.priced ? e.cost?.monthlyCost : undefined;
      if (!cost) {
        complete = false;
        continue;
      }
      total = total.plus(cost);
      const ownTags = e.workload.tags;
      add(team, own(ownTags, "team") ?? UNTAGGED, cost);
      add(model, e.workload.model, cost);
      for (const { tag, totals } of byTag) add(totals, own(ownTags, tag) ?? UNTAGGED, cost);
    }
  }
  const by: Record<string, Record<string, Decimal>> = { team: Object.fromEntries(team), model: Object.fromEntries(model) };
  for (const { tag, totals } of byTag) by[`tag:${tag}`] = Object.fromEntries(totals);
  return { ...info, monthlyCost: total, complete, files: files.length, workloads, by };
}

/** The value whose total moved most between two points of one dimension. */
function largestMove(before: Record<string, Decimal>, after: Record<string, Decimal>): { value: string; change: Decimal } | null {
  let best: { value: string; change: Decimal } | null = null;
  for (const value of new Set([...Object.keys(before), ...Object.keys(after)])) {
    const change = (own(after, value) ?? ZERO).minus(own(before, value) ?? ZERO);
    if (!change.isZero() && (!best || change.abs().gt(best.change.abs()))) best = { value, change };
  }
  return best;
}

/** The commits (each against the point before it) that moved the total most, largest first. */
export function historyMovers(points: readonly HistoryPoint[], limit: number): HistoryMove[] {
  const moves: HistoryMove[] = [];
  for (const [i, after] of points.entries()) {
    const before = points[i - 1];
    if (before === undefined) continue;
    const change = after.monthlyCost.minus(before.monthlyCost);
    if (change.isZero()) continue;
    moves.push({
      commit: after.commit,
      date: after.date,
      subject: after.subject,
      from: before.monthlyCost,
      to: after.monthlyCost,
      change,
      team: largestMove(before.by.team ?? {}, after.by.team ?? {}),
      model: largestMove(before.by.model ?? {}, after.by.model ?? {}),
    });
  }
  return moves.sort((a, b) => b.change.abs().comparedTo(a.change.abs()) || (a.date < b.date ? -1 : 1)).slice(0, limit);
}

/** Which commits of a walk (oldest first) to price: every `every`-th, counted back from the newest, which is always kept. */
export function sampleCommits<T>(commits: readonly T[], every: number): T[] {
  const last = commits.length - 1;
  return commits.filter((_, i) => (last - i) % every === 0);
}

/** The values of a dimension worth a line of their own: the largest at the newest point, at most `limit`. */
export function leadingValues(points: readonly HistoryPoint[], dimension: string, limit: number): string[] {
  const newest = points[points.length - 1]?.by[dimension] ?? {};
  const seen = new Set<string>();
  for (const p of points) for (const key of Object.keys(p.by[dimension] ?? {})) seen.add(key);
  const at = (key: string) => own(newest, key) ?? ZERO;
  return [...seen].sort((a, b) => at(b).comparedTo(at(a)) || (a < b ? -1 : 1)).slice(0, limit);
}
