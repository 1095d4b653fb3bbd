import { formatPercent, formatPercentChange, formatUsd, formatUsdChange, formatUsdPrecise, type Decimal } from "../money.js";
import type { Report, ReportWorkload, Status } from "../review/report.js";
import type { Finding } from "../manifest/types.js";
import { escapeMarkdown as esc } from "./escape.js";

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
  if (!w.budget?.percentUsed) return "-";
  return `${STATUS_MARK[w.status]} ${formatPercent(w.budget.percentUsed)} of ${formatUsd(w.budget.monthly)}`;
}

function modelCell(w: ReportWorkload): string {
  return `\`${esc(w.model).replace(/&#96;/g, "")}\``;
}

function headline(report: Report): string[] {
  const s = report.summary;
  const invalid = s.invalidFiles > 0 ? ` (+ ${s.invalidFiles} invalid file${s.invalidFiles === 1 ? "" : "s"} not counted)` : "";
  const total = `${formatUsd(s.monthlyCost)}/month${s.complete ? "" : ` (+ ${s.unpricedWorkloads} unpriced)`}${invalid}`;
  if (s.diffMonthlyCost !== undefined) {
    const pct = s.diffPercent === null || s.diffPercent === undefined ? "new" : formatPercentChange(s.diffPercent, 1);
    return [
      `## tokenbudget: ${total}, ${formatUsdChange(s.diffMonthlyCost)} (${pct}) · ${VERDICT[s.status]}`,
      "",
      `Projected LLM inference spend ${formatUsd(s.baseMonthlyCost!)} → **${formatUsd(s.monthlyCost)}** a month across ${s.workloads} workload${s.workloads === 1 ? "" : "s"} in ${s.files} file${s.files === 1 ? "" : "s"}; ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}.`,
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

function changesTable(rows: readonly ReportWorkload[]): string[] {
  const out = ["| | Workload | Model | Mode | Base | Head | Change | Budget | Why |", "|---|---|---|---|---:|---:|---:|---|---|"];
  const mark = { added: "🆕", removed: "🗑️", changed: "✏️", unchanged: "" } as const;
  for (const w of rows) {
    out.push(
      `| ${mark[w.change ?? "unchanged"]} | ${esc(w.name)} | ${modelCell(w)} | ${w.mode} | ${w.change === "added" ? "-" : money(w.baseMonthlyCost)} | ${money(w.monthlyCost)} | ${change(w.diffMonthlyCost)} | ${w.change === "removed" ? "-" : budgetCell(w)} | ${why(w)} |`,
    );
  }
  return out;
}

function workloadsTable(rows: readonly ReportWorkload[]): string[] {
  const out = ["| Workload | Model | Mode | Per request | Monthly | Budget |", "|---|---|---|---:|---:|---|"];
  for (const w of rows) {
    out.push(
      `| ${esc(w.name)} | ${modelCell(w)} | ${w.mode} | ${w.perRequestCost ? formatUsdPrecise(w.perRequestCost) : "-"} | ${money(w.monthlyCost)} | ${budgetCell(w)} |`,
    );
  }
  return out;
}

function mathBlock(rows: readonly ReportWorkload[]): string[] {
  const priced = rows.filter((w) => w.costComponents.length > 0);
  if (priced.length === 0) return [];
  const out = ["<details><summary>The math</summary>", ""];
  for (const w of priced) {
    const price = w.price?.kind === "override" ? " (price override)" : "";
    out.push(`**${esc(w.name)}**${price}: ${w.costComponents.map((c) => esc(c.math)).join(" + ")}`, "");
  }
  out.push("</details>");
  return out;
}

function findingsList(findings: readonly Finding[], limit: number): string[] {
  if (findings.length === 0) return [];
  const out = ["### Findings", ""];
  for (const f of findings.slice(0, limit)) {
    out.push(`- ${SEVERITY_MARK[f.severity]} \`${f.rule}\` ${esc(f.file)}:${f.line}:${f.col}: ${esc(f.message)}`);
  }
  if (findings.length > limit) out.push(`- …and ${findings.length - limit} more (left out to fit; see the job summary or the JSON report)`);
  return out;
}

const UNDECLARED = "model.undeclared";

/** Where a model is used, a few locations and a count of the rest. */
function places(findings: readonly Finding[]): string {
  const shown = findings.slice(0, 5).map((f) => `${esc(f.file)}:${f.line}:${f.col}`);
  return findings.length > 5 ? `${shown.join(", ")} and ${findings.length - 5} more` : shown.join(", ");
}

/** The code's undeclared models, one line each: where the change adds them, then where they already were. */
function undeclaredList(findings: readonly Finding[], limit: number): string[] {
  const byModel = new Map<string, Finding[]>();
  for (const f of findings) if (f.rule === UNDECLARED) byModel.set(f.model ?? f.message, [...(byModel.get(f.model ?? f.message) ?? []), f]);
  if (byModel.size === 0) return [];
  const out = ["### Models used in code but not declared", ""];
  for (const [model, uses] of [...byModel].slice(0, limit)) {
    const added = uses.filter((f) => f.severity !== "notice");
    const kept = uses.filter((f) => f.severity === "notice");
    const where = [added.length ? places(added) : "", kept.length ? `already at the base: ${places(kept)}` : ""].filter(Boolean).join("; ");
    out.push(`- ${SEVERITY_MARK[(added[0] ?? uses[0]!).severity]} \`${esc(model).replace(/&#96;/g, "")}\`: ${where}`);
  }
  if (byModel.size > limit) out.push(`- …and ${byModel.size - limit} more models (see the job summary or the JSON report)`);
  out.push("", "Declare each in a workload of an `ai-workloads.yaml` so its spend is projected and budgeted.");
  return out;
}

function budgetsTable(report: Report): string[] {
  if (report.budgets.length === 0) return [];
  const out = ["### Group budgets", "", "| Budget | File | Projected | Budget | Use |", "|---|---|---:|---:|---|"];
  const mark = { ok: "✅", near: "⚠️", over: "❌" } as const;
  for (const b of report.budgets) {
    out.push(`| ${esc(b.name)} | ${esc(b.file)} | ${formatUsd(b.projected)} | ${formatUsd(b.monthly)} | ${mark[b.status]} ${b.percentUsed.isFinite() ? formatPercent(b.percentUsed) : "-"} |`);
  }
  return out;
}

interface Detail {
  rows: number;
  findings: number;
  math: boolean;
  unchanged: boolean;
  groups: boolean;
}

function render(report: Report, detail: Detail): string {
  const lines = [...headline(report), ""];
  const live = report.workloads;
  const isDiff = report.base !== null;
  const changed = isDiff ? live.filter((w) => w.change !== "unchanged") : live;
  const unchanged = isDiff ? live.filter((w) => w.change === "unchanged") : [];

  if (isDiff) {
    if (changed.length === 0) lines.push("No workload's projected cost changed.", "");
    else {
      lines.push(...changesTable(changed.slice(0, detail.rows)));
      if (changed.length > detail.rows) lines.push("", `…${changed.length - detail.rows} smaller changes left out to fit the comment.`);
      lines.push("");
    }
  } else if (live.length > 0) {
    lines.push(...workloadsTable(live.slice(0, detail.rows)));
    if (live.length > detail.rows) lines.push("", `…${live.length - detail.rows} more workloads left out to fit.`);
    lines.push("");
  }
  const findings = findingsList(
    report.findings.filter((f) => f.rule !== UNDECLARED),
    detail.findings,
  );
  if (findings.length) lines.push(...findings, "");
  const undeclared = undeclaredList(report.findings, detail.findings);
  if (undeclared.length) lines.push(...undeclared, "");
  const budgets = budgetsTable(report);
  if (budgets.length) lines.push(...budgets, "");
  if (detail.math) {
    const math = mathBlock(changed.filter((w) => w.change !== "removed").slice(0, detail.rows));
    if (math.length) lines.push(...math, "");
  }
  if (unchanged.length > 0) {
    if (detail.unchanged) {
      lines.push(`<details><summary>${unchanged.length} unchanged workload${unchanged.length === 1 ? "" : "s"}</summary>`, "", ...workloadsTable(unchanged), "", "</details>", "");
    } else {
      lines.push(`${unchanged.length} unchanged workloads (list left out to fit).`, "");
    }
  }
  if (detail.groups && report.groups.length > 0) {
    lines.push("<details><summary>Spend by tag</summary>", "");
    for (const g of report.groups) {
      lines.push(`**${esc(g.tag)}**: ${g.values.map((v) => `${esc(v.value)} ${formatUsd(v.monthlyCost)}${v.unpriced ? ` (+${v.unpriced} unpriced)` : ""}`).join(" · ")}`, "");
    }
    lines.push("</details>", "");
  }
  if (report.notes.length) lines.push(...report.notes.map((n) => `> ${esc(n)}`), "");
  lines.push(
    `<sub>Prices: catalog ${esc(report.catalog.version)}, as of ${esc(report.catalog.asOf)}. A month is 730 hours. ${report.base ? `Base: ${esc(report.base.ref)}, budgets from the ${report.base.trust}.` : ""} tokenbudget ${esc(report.tool.version)}</sub>`,
  );
  return `${lines.join("\n").trimEnd()}\n`;
}

/**
 * Markdown for a pull request comment or job summary. Drops detail first (unchanged list,
 * math, tag groups, then rows and findings) to stay under `maxChars`, keeping the headline,
 * the largest changes and the verdict.
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
  let text = "";
  for (const detail of levels) {
    text = render(report, detail);
    if (text.length <= maxChars) return text;
  }
  const note = "\n\n…comment cut to fit; see the job summary or the JSON report.\n";
  return text.slice(0, maxChars - note.length) + note;
}
