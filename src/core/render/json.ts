import { Decimal, toJsonMoney } from "../money.js";
import type { Report } from "../review/report.js";

/**
 * Every exact Decimal becomes a JSON number rounded half-even to 9 decimal places. A replacer
 * sees the holder (`this`), so it converts in place instead of deep-copying the report first:
 * on a monorepo the report has hundreds of thousands of amounts.
 */
function money(this: unknown, key: string, value: unknown): unknown {
  const raw = (this as Record<string, unknown>)[key];
  if (raw instanceof Decimal) return raw.isFinite() ? toJsonMoney(raw) : null;
  return value;
}

/** Pretty JSON of any value holding Decimals (reports, compare and calibrate results). */
export function jsonText(value: unknown): string {
  return `${JSON.stringify(value, money, 2)}\n`;
}

export function renderJson(report: Report): string {
  return jsonText(report);
}
