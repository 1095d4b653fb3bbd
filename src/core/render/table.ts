import {
  formatCount,
  formatPercent,
  formatPercentChange,
  formatUnitPrice,
  formatUsd,
  formatUsdChange,
  formatUsdPrecise,
} from "../money.js";
import type { Report, ReportWorkload } from "../review/report.js";
import { sanitizePlain as plain } from "./escape.js";
import { positionText } from "./validation.js";

export interface TableOptions {
  color: boolean;
}

type Paint = (text: string) => string;

type Palette = Record<"red" | "yellow" | "green" | "dim" | "bold", Paint>;

function palette(color: boolean): Palette {
  const wrap = (open: number, close: number): Paint => (color ? (t) => `\u001b[${open}m${t}\u001b[${close}m` : (t) => t);
  return { red: wrap(31, 39), yellow: wrap(33, 39), green: wrap(32, 39), dim: wrap(2, 22), bold: wrap(1, 22) };
}

/** A cell's width in code points (a surrogate pair is one), counted without splitting the string. */
function width(cell: string): number {
  let n = cell.length;
  for (let i = 1; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (c >= 0xdc00 && c <= 0xdfff && (cell.charCodeAt(i - 1) & 0xfc00) === 0xd800) n--;
  }
  return n;
}

/** Aligns cells into columns two spaces apart; the last column is not padded. */
export function columns(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, width(cell))));
  return rows.map((row) =>
    row
      .map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat((widths[i] ?? 0) - width(cell))))
      .join("  ")
      .trimEnd(),
  );
}

function budgetText(w: ReportWorkload, p: ReturnType<typeof palette>): string {
  if (!w.budget || w.status === "unpriced" || w.status === "error") return "";
  // A $0 budget with spend has no percent, but it is still over.
  const text = `${w.budget.percentUsed ? `${formatPercent(w.budget.percentUsed)} of ` : "over "}${formatUsd(w.budget.monthly)} budget`;
  return w.budget.status === "over" ? p.red(text) : w.budget.status === "near" ? p.yellow(text) : p.green(text);
}

/** `monthly` and `perRequest` are the row's cells, formatted once for both. */
function volumeLine(w: ReportWorkload, monthly: string, perRequest: string | undefined): string {
  const per = w.perRequestCost ? ` x ${perRequest ?? formatUsdPrecise(w.perRequestCost)}/request` : "";
  return `${formatCount(w.requests.perMonth)} requests/month${per} = ${monthly}/month`;
}

/** The lines under a workload's row: volume, the math, capacity, range, price, budget, causes. */
function workloadDetail(w: ReportWorkload, monthly: string, perRequest: string | undefined, p: Palette): string[] {
  const detail: string[] = [];
  if (w.monthlyCost) detail.push(volumeLine(w, monthly, perRequest));
  for (const c of w.costComponents) detail.push(`  ${c.math}`);
  if (w.effectivePerMillionTokens && w.monthlyTokens && (w.mode === "dedicated" || w.mode === "gpu-cluster")) {
    const peak =
      w.peakUtilization && w.utilization && !w.peakUtilization.eq(w.utilization)
        ? ` (${formatPercent(w.peakUtilization.times(100), 1)} at peak)`
        : "";
    const util = w.utilization ? `, utilization ${formatPercent(w.utilization.times(100), 1)}${peak}` : "";
    const use = w.contractUse ? `, ${formatPercent(w.contractUse.times(100), 1)} of the contract's included tokens` : "";
    detail.push(
      `  effective ${formatUnitPrice(w.effectivePerMillionTokens.toDecimalPlaces(4))}/1M tokens over ${formatCount(w.monthlyTokens)} tokens${util}${use}`,
    );
  }
  if (w.range)
    detail.push(`  range: low ${formatUsd(w.range.low)} / expected ${formatUsd(w.range.expected)} / high ${formatUsd(w.range.high)}`);
  if (w.price) {
    const origin =
      w.price.kind === "override"
        ? `price override (${plain(w.price.note ?? w.price.book)})`
        : `${plain(w.price.source ?? w.price.book)}${w.price.asOf ? `, as of ${w.price.asOf}` : ""}`;
    detail.push(`  ${p.dim(`price: ${origin}`)}`);
  }
  const budget = budgetText(w, p);
  if (budget) detail.push(`  ${budget}`);
  for (const d of w.drivers ?? []) detail.push(`  why: ${plain(d.detail)} ${formatUsdChange(d.amount)}`);
  return detail.map((line) => `      ${line}`);
}

/** One manifest's block: its name, the workloads' table, each row followed by its detail. */
function fileBlock(file: string, rows: readonly ReportWorkload[], withBase: boolean, p: Palette): string[] {
  const cells = rows.map((w) => {
    const monthly = w.monthlyCost ? formatUsd(w.monthlyCost) : "unpriced";
    const perRequest = !withBase && w.perRequestCost ? formatUsdPrecise(w.perRequestCost) : undefined;
    const change = withBase ? (w.diffMonthlyCost ? formatUsdChange(w.diffMonthlyCost) : "n/a") : (perRequest ?? "-");
    const budget =
      w.status === "error"
        ? "error"
        : w.status === "unpriced"
          ? "unpriced"
          : w.budget
            ? `${w.budget.status}${w.budget.percentUsed ? ` ${formatPercent(w.budget.percentUsed)}` : ""}`
            : "-";
    const mark = w.change === "added" ? "+" : w.change === "removed" ? "-" : w.change === "changed" ? "~" : " ";
    return {
      w,
      monthly,
      perRequest,
      row: [mark, plain(w.name), plain(w.model), w.mode + (w.hardware ? ` (${plain(w.hardware)})` : ""), monthly, change, budget],
    };
  });
  const [header = "", ...lines] = columns([
    ["", "WORKLOAD", "MODEL", "MODE", "MONTHLY", withBase ? "CHANGE" : "PER REQUEST", "BUDGET"],
    ...cells.map((c) => c.row),
  ]);
  const out = [p.bold(plain(file)), `  ${p.dim(header)}`];
  cells.forEach(({ w, monthly, perRequest }, i) => {
    out.push(`  ${lines[i] ?? ""}`);
    if (w.change !== "removed") out.push(...workloadDetail(w, monthly, perRequest, p));
  });
  out.push("");
  return out;
}

/**
 * Terminal output: the same content as the Markdown, aligned, with the math on every workload.
 * In pieces (a file's block each), so a monorepo's table never has to be one string.
 */
export function* tableChunks(report: Report, options: TableOptions): Generator<string, void, undefined> {
  const p = palette(options.color);
  const out: string[] = [];
  const s = report.summary;
  // Grouped in one pass (in first-seen order): a filter per file was quadratic on a monorepo.
  const byFile = new Map<string, ReportWorkload[]>();
  for (const w of report.workloads) {
    const rows = byFile.get(w.file);
    if (rows) rows.push(w);
    else byFile.set(w.file, [w]);
  }

  for (const [file, rows] of byFile) {
    yield `${fileBlock(file, rows, report.base !== null, p).join("\n")}\n`;
  }

  if (report.budgets.length > 0) {
    out.push(p.bold("Group budgets"));
    const rows = report.budgets.map((b) => [
      plain(b.name),
      plain(b.file),
      formatUsd(b.projected),
      `of ${formatUsd(b.monthly)}`,
      b.percentUsed ? formatPercent(b.percentUsed) : "-",
      b.status,
    ]);
    for (const line of columns(rows)) out.push(`  ${line}`);
    out.push("");
  }

  for (const g of report.groups) {
    out.push(`${p.bold(`By ${plain(g.tag)}:`)} ${g.values.map((v) => `${plain(v.value)} ${formatUsd(v.monthlyCost)}`).join(", ")}`);
  }
  if (report.groups.length) out.push("");

  if (report.findings.length > 0) {
    out.push(p.bold("Findings"));
    for (const f of report.findings) {
      const sev = f.severity === "error" ? p.red("error") : f.severity === "warning" ? p.yellow("warning") : p.dim("notice");
      // The same `file:line:col: severity: message [path] (rule)` as every other output, so editors can jump to it.
      out.push(
        `  ${plain(f.file)}${positionText(f)}: ${sev}: ${plain(f.message)}${f.path ? p.dim(` [${plain(f.path)}]`) : ""} ${p.dim(`(${f.rule})`)}`,
      );
    }
    out.push("");
  }
  for (const note of report.notes) out.push(`note: ${plain(note)}`);

  const verdict = s.status === "fail" ? p.red("FAIL") : s.status === "warn" ? p.yellow("WARN") : p.green("PASS");
  // A file that could not be read adds nothing to the total: say so rather than let it look like $0.
  const invalid = s.invalidFiles > 0 ? ` + ${s.invalidFiles} invalid file(s) not counted` : "";
  const total = `${formatUsd(s.monthlyCost)}/month${s.unpricedWorkloads === 0 ? "" : ` + ${s.unpricedWorkloads} unpriced`}${invalid}`;
  const diff =
    s.diffMonthlyCost !== undefined && s.baseMonthlyCost !== undefined
      ? ` (base ${formatUsd(s.baseMonthlyCost)}, ${formatUsdChange(s.diffMonthlyCost)}${s.diffPercent ? `, ${formatPercentChange(s.diffPercent, 1)}` : ""})`
      : "";
  const range = s.range ? `; range ${formatUsd(s.range.low)} - ${formatUsd(s.range.high)}` : "";
  out.push(`Total: ${p.bold(total)}${diff}${range} across ${s.workloads} workload(s) in ${s.files} file(s) · ${verdict}`);
  out.push(p.dim(`Prices: catalog ${plain(report.catalog.version)}, as of ${report.catalog.asOf}; a month is 730 hours.`));
  yield `${out.join("\n")}\n`;
}
