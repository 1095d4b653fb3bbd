import { reportToJson } from "../core/render/json.js";
import type { Report } from "../core/report.js";
import { formatUnitPrice, type Decimal } from "../core/money.js";

/** Pretty JSON where every exact Decimal becomes a number rounded half-even to 9 places, as in reports. */
export function jsonText(value: unknown): string {
  // reportToJson's conversion is generic over any value; only its signature names Report.
  return `${JSON.stringify(reportToJson(value as Report), null, 2)}\n`;
}

/** Aligns cells into columns two spaces apart; the last column is not padded. */
export function columns(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, [...cell].length)));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : cell + " ".repeat(widths[i]! - [...cell].length))).join("  ").trimEnd());
}

/** A unit price change with its sign: `-$0.18`, `+$1.50`. */
export function formatUnitPriceChange(value: Decimal): string {
  const sign = value.isNegative() ? "-" : value.isZero() ? "" : "+";
  return `${sign}${formatUnitPrice(value.abs())}`;
}
