import { Decimal, ZERO, formatUsd, formatUsdChange } from "../money.js";
import type { Report } from "./report.js";

/** How large a change must be before a new pull request comment is worth posting. */
export type CommentThreshold = { kind: "usd"; amount: Decimal } | { kind: "percent"; amount: Decimal };

/** `100` (USD) or `5%`; null when the text is neither. */
export function parseThreshold(text: string): CommentThreshold | null {
  const [, amount, percent] = /^\s*\$?(\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(text) ?? [];
  if (amount === undefined) return null;
  return { kind: percent ? "percent" : "usd", amount: new Decimal(amount) };
}

export function formatThreshold(t: CommentThreshold): string {
  return t.kind === "usd" ? formatUsd(t.amount) : `${t.amount.toString()}%`;
}

export interface ChangeSize {
  /** "the total" or a file path. */
  where: string;
  change: Decimal;
  /** Relative to that side's base; null when the base is zero (any change is then new spend). */
  percent: Decimal | null;
}

/** The total's change and each file's, largest first: what a threshold is compared with. */
export function changeSizes(report: Report): ChangeSize[] {
  const s = report.summary;
  if (s.diffMonthlyCost === undefined) return [];
  const files = new Map<string, { base: Decimal; change: Decimal }>();
  for (const w of report.workloads) {
    if (w.diffMonthlyCost === undefined || w.diffMonthlyCost === null) continue;
    const entry = files.get(w.file) ?? { base: ZERO, change: ZERO };
    entry.change = entry.change.plus(w.diffMonthlyCost);
    entry.base = entry.base.plus(w.baseMonthlyCost ?? ZERO);
    files.set(w.file, entry);
  }
  const percentOf = (change: Decimal, base: Decimal) => (base.isZero() ? null : change.div(base).times(100));
  const sizes: ChangeSize[] = [
    { where: "the total", change: s.diffMonthlyCost, percent: percentOf(s.diffMonthlyCost, s.baseMonthlyCost ?? ZERO) },
  ];
  for (const [file, { base, change }] of files) sizes.push({ where: file, change, percent: percentOf(change, base) });
  return sizes.sort((a, b) => b.change.abs().comparedTo(a.change.abs()));
}

function reaches(size: ChangeSize, t: CommentThreshold): boolean {
  if (size.change.isZero()) return false;
  if (t.kind === "usd") return size.change.abs().gte(t.amount);
  // A change from nothing is infinitely many percent.
  return size.percent === null || size.percent.abs().gte(t.amount);
}

export interface CommentDecision {
  worth: boolean;
  /** Why, in a sentence for the log. */
  reason: string;
}

/**
 * A new comment is worth posting when any error or warning exists, or a change moves the
 * numbers: with a threshold, when the total's or a file's absolute change reaches it.
 */
export function commentDecision(report: Report, threshold?: CommentThreshold): CommentDecision {
  const s = report.summary;
  if (s.errors > 0 || s.warnings > 0) return { worth: true, reason: `${s.errors} error(s) and ${s.warnings} warning(s)` };
  const sizes = changeSizes(report);
  if (threshold === undefined) {
    const moved = sizes.some((x) => !x.change.isZero()) || report.workloads.some((w) => w.change !== undefined && w.change !== "unchanged");
    return { worth: moved, reason: moved ? "the pull request changes a projected cost" : "no projected cost changed" };
  }
  const over = sizes.find((x) => reaches(x, threshold));
  if (over)
    return {
      worth: true,
      reason: `${over.where} changes by ${formatUsdChange(over.change)}, reaching the comment threshold ${formatThreshold(threshold)}`,
    };
  const largest = sizes[0];
  return {
    worth: false,
    reason:
      largest && !largest.change.isZero()
        ? `the largest change (${largest.where}, ${formatUsdChange(largest.change)}) is under the comment threshold ${formatThreshold(threshold)}`
        : "no projected cost changed",
  };
}
