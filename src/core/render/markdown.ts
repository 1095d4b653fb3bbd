import { formatPercent, formatPercentChange, formatUsd, formatUsdChange, formatUsdPrecise, type Decimal } from "../money.js";
import type { Report, ReportWorkload, Status } from "../review/report.js";
import type { Finding } from "../manifest/types.js";
import { escapeMarkdown as esc } from "./escape.js";
import { positionText } from "./validation.js";

/** GitHub rejects comments over 65,536 characters; stay well under. */
export const MAX_COMMENT_CHARS = 60_000;

const VERDICT: Record<Status, string> = { pass: "✅ pass", warn: "⚠️ warn", fail: "❌ fail" };
const SEVERITY_MARK: Record<Finding["severity"], string> = { error: "❌", warning: "⚠️", notice: "ℹ️" };
const STATUS_MARK: Record<ReportWorkload["status"], string> = { ok: "✅", near: "⚠️", over: "❌", unpriced: "❓", error: "❌" };

function money(value: Decimal | null | undefined): string {
  return value === null || value === undefined ? "unpriced" : formatUsd(value);
}

function change(value: Decimal | null | undefined): string {
  return value === null || value === undefined ? "n/a" : formatUsdChange(value);
}

function budgetCell(w: ReportWorkload): string {
  if (w.status === "unpriced" || w.status === "error") return `${STATUS_MARK[w.status]} ${w.status}`;
  if (!w.budget) return "-";
  // A $0 budget with spend has no percent, but it is still over.
  return `${STATUS_MARK[w.status]} ${w.budget.percentUsed ? `${formatPercent(w.budget.percentUsed)} of` : "over"} ${formatUsd(w.budget.monthly)}`;
}

function modelCell(w: ReportWorkload): string {
  return `\`${esc(w.model).replace(/&#96;/g, "")}\``;
}

function headline(report: Report): [title: string, ...rest: string[]] {
  const s = report.summary;
  const invalid = s.invalidFiles > 0 ? ` (+ ${s.invalidFiles} invalid file${s.invalidFiles === 1 ? "" : "s"} not counted)` : "";
  const total = `${formatUsd(s.monthlyCost)}/month${s.unpricedWorkloads === 0 ? "" : ` (+ ${s.unpricedWorkloads} unpriced)`}${invalid}`;
  if (s.diffMonthlyCost !== undefined && s.baseMonthlyCost !== undefined) {
    const pct = s.diffPercent === null || s.diffPercent === undefined ? "new" : formatPercentChange(s.diffPercent, 1);
    return [
      `## tokenbudget: ${total}, ${formatUsdChange(s.diffMonthlyCost)} (${pct}) · ${VERDICT[s.status]}`,
      "",
      `Projected LLM inference spend ${formatUsd(s.baseMonthlyCost)} → **${formatUsd(s.monthlyCost)}** a month across ${s.workloads} workload${s.workloads === 1 ? "" : "s"} in ${s.files} file${s.files === 1 ? "" : "s"}; ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}.`,
    ];
  }
  return [
    `## tokenbudget: ${total} · ${VERDICT[s.status]}`,
    "",
    `Projected LLM inference spend across ${s.workloads} workload${s.workloads === 1 ? "" : "s"} in ${s.files} file${s.files === 1 ? "" : "s"}; ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}.`,
  ];
}

function why(w: ReportWorkload): string {
  if (!w.drivers || w.drivers.length === 0) return "";
  return w.drivers.map((d) => `${esc(d.detail)} (${formatUsdChange(d.amount)})`).join("; ");
}

/**
 * Lines with a running length: once past the limit it takes nothing more, so trying a detail
 * level costs at most the limit, not the whole report (a monorepo's full table is megabytes).
 */
class Lines {
  readonly lines: string[] = [];
  /** True once a line was refused: the document is incomplete and over the limit. */
  cut = false;
  private length = 0;

  constructor(private readonly limit: number) {}

  push(...lines: string[]): boolean {
    for (const line of lines) {
      if (this.length > this.limit) {
        this.cut = true;
        return false;
      }
      this.lines.push(line);
      this.length += line.length + 1;
    }
    return this.length <= this.limit;
  }
}

function changesTable(out: Lines, rows: readonly ReportWorkload[]): void {
  out.push("| | Workload | Model | Mode | Base | Head | Change | Budget | Why |", "|---|---|---|---|---:|---:|---:|---|---|");
  const mark = { added: "🆕", removed: "🗑️", changed: "✏️", unchanged: "" } as const;
  for (const w of rows) {
    const pushed = out.push(
      `| ${mark[w.change ?? "unchanged"]} | ${esc(w.name)} | ${modelCell(w)} | ${w.mode} | ${w.change === "added" ? "-" : money(w.baseMonthlyCost)} | ${money(w.monthlyCost)} | ${change(w.diffMonthlyCost)} | ${w.change === "removed" ? "-" : budgetCell(w)} | ${why(w)} |`,
    );
    if (!pushed) return;
  }
}

function workloadsTable(out: Lines, rows: readonly ReportWorkload[]): void {
  out.push("| Workload | Model | Mode | Per request | Monthly | Budget |", "|---|---|---|---:|---:|---|");
  for (const w of rows) {
    const pushed = out.push(
      `| ${esc(w.name)} | ${modelCell(w)} | ${w.mode} | ${w.perRequestCost ? formatUsdPrecise(w.perRequestCost) : "-"} | ${money(w.monthlyCost)} | ${budgetCell(w)} |`,
    );
    if (!pushed) return;
  }
}

function mathBlock(out: Lines, rows: readonly ReportWorkload[]): void {
  // A row's math is built when read: once per row, and only up to where the document is cut.
  let opened = false;
  for (const w of rows) {
    const components = w.costComponents;
    if (components.length === 0) continue;
    if (!opened) out.push("<details><summary>The math</summary>", "");
    opened = true;
    const price = w.price?.kind === "override" ? " (price override)" : "";
    if (!out.push(`**${esc(w.name)}**${price}: ${components.map((c) => esc(c.math)).join(" + ")}`, "")) return;
  }
  if (opened) out.push("</details>", "");
}

function findingsList(out: Lines, findings: readonly Finding[], limit: number): void {
  if (findings.length === 0) return;
  out.push("### Findings", "");
  for (const f of findings.slice(0, limit)) {
    if (!out.push(`- ${SEVERITY_MARK[f.severity]} \`${f.rule}\` ${esc(f.file)}${positionText(f)}: ${esc(f.message)}`)) return;
  }
  if (findings.length > limit) out.push(`- …and ${findings.length - limit} more (left out to fit; see the job summary or the JSON report)`);
  out.push("");
}

const UNDECLARED = "model.undeclared";

/** Where a model is used, a few locations and a count of the rest. */
function places(findings: readonly Finding[]): string {
  const shown = findings.slice(0, 5).map((f) => `${esc(f.file)}${positionText(f)}`);
  return findings.length > 5 ? `${shown.join(", ")} and ${findings.length - 5} more` : shown.join(", ");
}

/** The code's undeclared models, one line each: where the change adds them, then where they already were. */
function undeclaredList(out: Lines, findings: readonly Finding[], limit: number): void {
  const byModel = new Map<string, Finding[]>();
  for (const f of findings) if (f.rule === UNDECLARED) byModel.set(f.model ?? f.message, [...(byModel.get(f.model ?? f.message) ?? []), f]);
  if (byModel.size === 0) return;
  out.push("### Models used in code but not declared", "");
  for (const [model, uses] of [...byModel].slice(0, limit)) {
    const added = uses.filter((f) => f.severity !== "notice");
    const kept = uses.filter((f) => f.severity === "notice");
    const where = [added.length ? places(added) : "", kept.length ? `already at the base: ${places(kept)}` : ""].filter(Boolean).join("; ");
    const first = added[0] ?? uses[0];
    if (!first) continue;
    if (!out.push(`- ${SEVERITY_MARK[first.severity]} \`${esc(model).replace(/&#96;/g, "")}\`: ${where}`)) return;
  }
  if (byModel.size > limit) out.push(`- …and ${byModel.size - limit} more models (see the job summary or the JSON report)`);
  out.push("", "Declare each in a workload of an `ai-workloads.yaml` so its spend is projected and budgeted.", "");
}

function budgetsTable(out: Lines, report: Report): void {
  if (report.budgets.length === 0) return;
  out.push("### Group budgets", "", "| Budget | File | Projected | Budget | Use |", "|---|---|---:|---:|---|");
  const mark = { ok: "✅", near: "⚠️", over: "❌" } as const;
  for (const b of report.budgets) {
    if (
      !out.push(
        `| ${esc(b.name)} | ${esc(b.file)} | ${formatUsd(b.projected)} | ${formatUsd(b.monthly)} | ${mark[b.status]} ${b.percentUsed ? formatPercent(b.percentUsed) : "-"} |`,
      )
    )
      return;
  }
  out.push("");
}

interface Detail {
  rows: number;
  findings: number;
  math: boolean;
  unchanged: boolean;
  groups: boolean;
}

/** The workloads each section shows, split once for every detail level. */
interface Sections {
  live: readonly ReportWorkload[];
  changed: readonly ReportWorkload[];
  unchanged: readonly ReportWorkload[];
}

function sections(report: Report): Sections {
  const live = report.workloads;
  if (report.base === null) return { live, changed: live, unchanged: [] };
  return { live, changed: live.filter((w) => w.change !== "unchanged"), unchanged: live.filter((w) => w.change === "unchanged") };
}

/** The document at one detail level; it stops adding lines once past `limit` characters. */
function render(report: Report, { live, changed, unchanged }: Sections, detail: Detail, limit: number): Lines {
  const out = new Lines(limit);
  out.push(...headline(report), "");
  const isDiff = report.base !== null;

  if (isDiff) {
    if (changed.length === 0) out.push("No workload's projected cost changed.", "");
    else {
      changesTable(out, changed.slice(0, detail.rows));
      if (changed.length > detail.rows) out.push("", `…${changed.length - detail.rows} smaller changes left out to fit the comment.`);
      out.push("");
    }
  } else if (live.length > 0) {
    workloadsTable(out, live.slice(0, detail.rows));
    if (live.length > detail.rows) out.push("", `…${live.length - detail.rows} more workloads left out to fit.`);
    out.push("");
  }
  findingsList(
    out,
    report.findings.filter((f) => f.rule !== UNDECLARED),
    detail.findings,
  );
  undeclaredList(out, report.findings, detail.findings);
  budgetsTable(out, report);
  if (detail.math) mathBlock(out, changed.filter((w) => w.change !== "removed").slice(0, detail.rows));
  if (unchanged.length > 0) {
    if (detail.unchanged) {
      out.push(`<details><summary>${unchanged.length} unchanged workload${unchanged.length === 1 ? "" : "s"}</summary>`, "");
      workloadsTable(out, unchanged);
      out.push("", "</details>", "");
    } else {
      out.push(`${unchanged.length} unchanged workloads (list left out to fit).`, "");
    }
  }
  if (detail.groups && report.groups.length > 0) {
    out.push("<details><summary>Spend by tag</summary>", "");
    for (const g of report.groups) {
      out.push(
        `**${esc(g.tag)}**: ${g.values.map((v) => `${esc(v.value)} ${formatUsd(v.monthlyCost)}${v.unpriced ? ` (+${v.unpriced} unpriced)` : ""}`).join(" · ")}`,
        "",
      );
    }
    out.push("</details>", "");
  }
  if (report.notes.length) out.push(...report.notes.map((n) => `> ${esc(n)}`), "");
  out.push(
    `<sub>Prices: catalog ${esc(report.catalog.version)}, as of ${esc(report.catalog.asOf)}. A month is 730 hours. ${report.base ? `Base: ${esc(report.base.ref)}, budgets from the ${report.base.trust}.` : ""} tokenbudget ${esc(report.tool.version)}</sub>`,
  );
  return out;
}

/**
 * Markdown for a pull request comment or job summary. Drops detail first (unchanged list,
 * math, tag groups, then rows and findings) to stay under `maxChars`, keeping the headline,
 * the largest changes and the verdict. A level is abandoned as soon as it passes the limit.
 */
export function renderMarkdown(report: Report, maxChars = MAX_COMMENT_CHARS): string {
  const levels: Detail[] = [
    { rows: Infinity, findings: Infinity, math: true, unchanged: true, groups: true },
    { rows: Infinity, findings: Infinity, math: true, unchanged: false, groups: true },
    { rows: Infinity, findings: 200, math: false, unchanged: false, groups: false },
    { rows: 100, findings: 50, math: false, unchanged: false, groups: false },
    { rows: 25, findings: 20, math: false, unchanged: false, groups: false },
    { rows: 10, findings: 10, math: false, unchanged: false, groups: false },
  ];
  const parts = sections(report);
  let text = "";
  for (const detail of levels) {
    const out = render(report, parts, detail, maxChars);
    text = `${out.lines.join("\n").trimEnd()}\n`;
    if (!out.cut && text.length <= maxChars) return text;
  }
  const note = "\n\n…comment cut to fit; see the job summary or the JSON report.\n";
  return text.slice(0, maxChars - note.length) + note;
}

export interface CommentOptions {
  /** The Action's working directory, "." for the repository root; also names the sticky comment. */
  workingDirectory: string;
  maxChars?: number;
}

function workingDirectoryFooter(workingDirectory: string): string {
  // Two instances comment side by side: say which directory this one is about.
  return workingDirectory === "." ? "" : `\n<sub>Working directory: ${esc(workingDirectory)}</sub>\n`;
}

/** The pull request comment and job summary: the same body wherever it is published. */
export function renderComment(report: Report, options: CommentOptions): string {
  const footer = workingDirectoryFooter(options.workingDirectory);
  return renderMarkdown(report, (options.maxChars ?? MAX_COMMENT_CHARS) - footer.length) + footer;
}

/** What the sticky comment becomes when a later run no longer reaches the comment threshold. */
export function renderBelowThreshold(report: Report, reason: string, options: CommentOptions): string {
  const lines = [
    headline(report)[0],
    "",
    `No longer over the comment threshold: ${esc(reason)}. The job summary and the JSON report have the details.`,
  ];
  return `${lines.join("\n")}\n${workingDirectoryFooter(options.workingDirectory)}`;
}
