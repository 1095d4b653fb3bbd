/**
 * The actuals report as text, JSON, Markdown and CSV: one model (ActualsReport), one renderer
 * per format. Strings from usage data and manifests are sanitised (text), escaped (Markdown) or
 * formula-guarded (CSV) like the estimate's reports.
 */
import { Decimal, formatCount, formatNumber, formatPercentChange, formatUsd, formatUsdChange, toJsonMoney } from "../money.js";
import type { ActualsOther, ActualsReport, ActualsWorkload } from "../actuals/report.js";
import { BAD_REASON_TEXT, SOURCE_NAMES, type BadReason } from "../actuals/record.js";
import { escapeMarkdown, sanitizePlain as plain } from "./escape.js";
import { columns } from "./table.js";
import { formatProblem } from "./validation.js";

function iso(ms: number): string {
  return new Date(ms).toISOString().replace(/(:00)?\.000Z$/, "Z");
}

export function periodText(report: ActualsReport): string {
  const p = report.period;
  if (!p) return "no usage read";
  return `${iso(p.start)} to ${iso(p.end)} (${formatNumber(p.hours)} hours), normalised to a 730-hour month`;
}

const money = (d: Decimal | undefined) => (d ? formatUsd(d) : "unpriced");
const count = (d: Decimal | undefined) => (d ? formatCount(d.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN)) : "-");

function varianceText(w: ActualsWorkload): string {
  if (!w.variance) return "-";
  return `${formatUsdChange(w.variance)}${w.variancePercent ? ` (${formatPercentChange(w.variancePercent, 1)})` : ""}`;
}

/** Requests a month and the tokens per request, in the order the table and the CSV show them. */
function volumeCells(f: ActualsWorkload | ActualsOther, format: (d: Decimal | undefined) => string): string[] {
  const r = f.perRequest;
  return [format(f.requestsPerMonth), format(r?.input), format(r?.cachedInput), format(r?.output)];
}

/** The cells of a workload row, shared by the table and Markdown. */
export function workloadCells(w: ActualsWorkload): string[] {
  return [
    w.name,
    w.model,
    w.mode,
    ...volumeCells(w, count),
    money(w.actualMonthly),
    w.billedMonthly ? formatUsd(w.billedMonthly) : "-",
    money(w.projectedMonthly),
    varianceText(w),
  ];
}

export const WORKLOAD_HEADER = [
  "WORKLOAD",
  "MODEL",
  "MODE",
  "REQUESTS/MONTH",
  "INPUT/REQ",
  "CACHED/REQ",
  "OUTPUT/REQ",
  "ACTUAL/MONTH",
  "BILLED/MONTH",
  "PROJECTED",
  "VARIANCE",
];

export function otherCells(o: ActualsOther): string[] {
  const what = o.kind === "ambiguous" ? `ambiguous: ${o.workloads.join(", ")}` : "unattributed";
  const tokens = o.monthlyTokens.uncachedInput
    .plus(o.monthlyTokens.cachedInput)
    .plus(o.monthlyTokens.cacheWrite5m)
    .plus(o.monthlyTokens.cacheWrite1h);
  return [
    o.model,
    o.batch ? "batch" : "standard",
    what,
    count(o.requestsPerMonth),
    count(tokens),
    count(o.monthlyTokens.output),
    money(o.actualMonthly),
    o.billedMonthly ? formatUsd(o.billedMonthly) : "-",
  ];
}

export const OTHER_HEADER = ["MODEL", "MODE", "WHY", "REQUESTS/MONTH", "INPUT TOK/MONTH", "OUTPUT TOK/MONTH", "COST/MONTH", "BILLED/MONTH"];

export function badText(report: ActualsReport): string | undefined {
  const parts = Object.entries(report.bad).map(([reason, n]) => `${n} ${BAD_REASON_TEXT[reason as BadReason]}`);
  return parts.length ? `Records not counted: ${parts.join(", ")}` : undefined;
}

export function totalText(report: ActualsReport): string {
  const t = report.totals;
  const change = t.actualMonthly.minus(t.projectedMonthly);
  const pct = t.projectedMonthly.isZero() ? "" : ` (${formatPercentChange(change.div(t.projectedMonthly).times(100), 1)})`;
  const billed = t.billedMonthly ? `; billed ${formatUsd(t.billedMonthly)}` : "";
  const other = t.otherMonthly.isZero() ? "" : `; unattributed or ambiguous usage ${formatUsd(t.otherMonthly)}`;
  return `Total: ${formatUsd(t.actualMonthly)} a month measured against ${formatUsd(t.projectedMonthly)} projected, ${formatUsdChange(change)}${pct}${billed}${other}`;
}

export function renderActualsTable(report: ActualsReport): string {
  const out = [`Usage: ${periodText(report)}`, ""];
  out.push(...columns([WORKLOAD_HEADER, ...report.workloads.map((w) => workloadCells(w).map(plain))]));
  for (const w of report.workloads) for (const note of w.notes) out.push(`  ${plain(w.name)}: ${plain(note)}`);
  if (report.other.length)
    out.push("", "Usage no single workload owns:", ...columns([OTHER_HEADER, ...report.other.map((o) => otherCells(o).map(plain))]));
  const bad = badText(report);
  out.push("", totalText(report));
  if (bad) out.push(bad);
  for (const note of report.notes) out.push(`note: ${plain(note)}`);
  if (report.findings.length) out.push("", ...report.findings.map(formatProblem));
  out.push("", `Status: ${report.status}`);
  return `${out.join("\n")}\n`;
}

function markdownTable(header: readonly string[], rows: readonly string[][]): string[] {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(escapeMarkdown).join(" | ")} |`),
  ];
}

export function renderActualsMarkdown(report: ActualsReport): string {
  const out = [
    "## tokenbudget actuals",
    "",
    `**${report.status}**: ${escapeMarkdown(totalText(report))}`,
    "",
    `Usage: ${periodText(report)}.`,
    "",
  ];
  out.push(...markdownTable(WORKLOAD_HEADER, report.workloads.map(workloadCells)));
  if (report.other.length)
    out.push("", "### Usage no single workload owns", "", ...markdownTable(OTHER_HEADER, report.other.map(otherCells)));
  const bad = badText(report);
  if (bad) out.push("", escapeMarkdown(bad));
  if (report.findings.length) {
    out.push("", "### Findings", "");
    for (const f of report.findings)
      out.push(
        `- **${f.severity}** \`${f.rule}\` ${escapeMarkdown(f.file)}${f.line === undefined ? "" : `:${f.line}`}: ${escapeMarkdown(f.message)}`,
      );
  }
  for (const note of report.notes) out.push("", `_${escapeMarkdown(note)}_`);
  return `${out.join("\n")}\n`;
}

const usd = (d: Decimal | undefined) => (d ? toJsonMoney(d) : null);
const num = (d: Decimal | undefined) => (d ? d.toRoundedNumber(6) : null);

function figuresJson(f: ActualsWorkload | ActualsOther): Record<string, unknown> {
  const t = f.monthlyTokens;
  return {
    sources: f.sources.map((s) => ({ id: s, name: SOURCE_NAMES[s] })),
    usageRecords: f.usageRecords,
    costRecords: f.costRecords,
    requests: num(f.requests),
    requestsPerMonth: num(f.requestsPerMonth),
    perRequest: f.perRequest
      ? {
          input: num(f.perRequest.input),
          cachedInput: num(f.perRequest.cachedInput),
          cacheWrite: num(f.perRequest.cacheWrite),
          output: num(f.perRequest.output),
        }
      : null,
    monthlyTokens: {
      uncachedInput: num(t.uncachedInput),
      cachedInput: num(t.cachedInput),
      cacheWrite5m: num(t.cacheWrite5m),
      cacheWrite1h: num(t.cacheWrite1h),
      output: num(t.output),
    },
    actualMonthly: usd(f.actualMonthly),
    billedMonthly: usd(f.billedMonthly),
    notes: f.notes,
  };
}

/** The JSON model: every number the other formats show, USD rounded to 9 decimals, counts to 6. */
export function actualsJson(report: ActualsReport): Record<string, unknown> {
  return {
    status: report.status,
    period: report.period
      ? {
          start: new Date(report.period.start).toISOString(),
          end: new Date(report.period.end).toISOString(),
          hours: num(report.period.hours),
        }
      : null,
    workloads: report.workloads.map((w) => ({
      file: w.file,
      name: w.name,
      provider: w.provider,
      model: w.model,
      mode: w.mode,
      ...figuresJson(w),
      projectedMonthly: usd(w.projectedMonthly),
      variance: usd(w.variance),
      variancePercent: num(w.variancePercent),
      budgetMonthly: usd(w.budgetMonthly),
    })),
    other: report.other.map((o) => ({
      kind: o.kind,
      model: o.model,
      provider: o.provider ?? null,
      batch: o.batch,
      workloads: o.workloads,
      ...figuresJson(o),
    })),
    totals: {
      actualMonthly: usd(report.totals.actualMonthly),
      projectedMonthly: usd(report.totals.projectedMonthly),
      billedMonthly: usd(report.totals.billedMonthly),
      otherMonthly: usd(report.totals.otherMonthly),
      unpriced: report.totals.unpriced,
    },
    badRecords: { total: Object.values(report.bad).reduce((a, b) => a + b, 0), byReason: report.bad, samples: report.badSamples },
    skipped: report.skipped,
    overlaps: report.overlaps,
    findings: report.findings,
    notes: report.notes,
  };
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Text cells (the first five) that start like a formula get an apostrophe; amounts stay plain numbers. */
function csvField(value: string, index: number): string {
  const safe = index < 5 && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const plainNumber = (d: Decimal | undefined) => (d ? d.toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN).toFixed() : "");

/** One row per workload, then one per unattributed or ambiguous model (RFC 4180, CRLF). */
export function renderActualsCsv(report: ActualsReport): string {
  const header = [
    "kind",
    "file",
    "workload",
    "model",
    "mode",
    "requests_per_month",
    "input_per_request",
    "cached_per_request",
    "output_per_request",
    "actual_monthly_usd",
    "billed_monthly_usd",
    "projected_monthly_usd",
    "variance_usd",
    "variance_percent",
  ];
  const rows = report.workloads.map((w) => [
    "workload",
    w.file,
    w.name,
    w.model,
    w.mode,
    ...volumeCells(w, plainNumber),
    plainNumber(w.actualMonthly),
    plainNumber(w.billedMonthly),
    plainNumber(w.projectedMonthly),
    plainNumber(w.variance),
    plainNumber(w.variancePercent),
  ]);
  for (const o of report.other) {
    rows.push([
      o.kind,
      "",
      o.workloads.join(" "),
      o.model,
      o.batch ? "batch" : "standard",
      ...volumeCells(o, plainNumber),
      plainNumber(o.actualMonthly),
      plainNumber(o.billedMonthly),
      "",
      "",
      "",
    ]);
  }
  return [header, ...rows].map((row) => row.map((cell, i) => csvField(cell, i)).join(",")).join("\r\n") + "\r\n";
}
