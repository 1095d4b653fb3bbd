import { Decimal } from "../money.js";
import type { Report, ReportWorkload } from "../review/report.js";

/**
 * CSV (RFC 4180: CRLF line ends, fields with a comma, quote or line break in double quotes,
 * quotes doubled), one row per workload, for spreadsheets. A spreadsheet runs a cell that
 * starts with `=`, `+`, `-` or `@` (or a tab or carriage return, which some strip first) as a
 * formula, so every text cell that came from a manifest and starts that way gets a leading
 * apostrophe (OWASP's advice). Amounts are ours and stay plain numbers, negative ones too.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

function text(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function field(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/** USD and counts as plain decimals rounded half-even to 9 places, like the JSON report; empty when unknown. */
function amount(value: Decimal | null | undefined): string {
  return value === null || value === undefined ? "" : value.toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN).toFixed();
}

/**
 * The status column: the budget's verdict (ok, near, over) only for a workload that has a budget;
 * otherwise why it has none (no-budget, removed) or cannot be judged (unpriced, error).
 */
function status(w: ReportWorkload): string {
  if (w.change === "removed") return "removed";
  if (w.status !== "ok") return w.status;
  return w.budget ? "ok" : "no-budget";
}

/** Pieces of about this many characters: a monorepo's CSV is never one string. */
const CHUNK_CHARS = 1 << 16;

export function* csvChunks(report: Report): Generator<string, void, undefined> {
  const diff = report.base !== null;
  const tagKeys = [...new Set(report.workloads.flatMap((w) => Object.keys(w.tags)))].sort();
  const header = [
    "file",
    "workload",
    "provider",
    "model",
    "mode",
    ...tagKeys.map((k) => `tag:${k}`),
    "requests_per_month",
    "input_tokens",
    "output_tokens",
    "cached_input_tokens",
    "per_request_usd",
    "monthly_usd",
    ...(diff ? ["change", "base_monthly_usd", "change_usd"] : []),
    "budget_monthly_usd",
    "budget_percent_used",
    "status",
  ];
  const row = (w: ReportWorkload): string[] => [
    text(w.file),
    text(w.name),
    text(w.provider),
    text(w.model),
    w.mode,
    ...tagKeys.map((k) => text((Object.hasOwn(w.tags, k) ? w.tags[k] : undefined) ?? "")),
    amount(w.requests.perMonth),
    amount(w.tokens.input),
    amount(w.tokens.output),
    amount(w.tokens.cachedInput),
    amount(w.perRequestCost),
    amount(w.monthlyCost),
    ...(diff ? [w.change ?? "", amount(w.baseMonthlyCost), amount(w.diffMonthlyCost)] : []),
    amount(w.budget?.monthly),
    amount(w.budget?.percentUsed),
    status(w),
  ];
  let buffer = `${header.map(field).join(",")}\r\n`;
  for (const w of report.workloads) {
    buffer += `${row(w).map(field).join(",")}\r\n`;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = "";
    }
  }
  yield buffer;
}

// For the other CSV outputs (history): the same quoting, formula defusing and amounts.
export { text as csvText, field as csvField, amount as csvAmount };
