import { Decimal as DecimalBase } from "decimal.js";

/**
 * Exact decimal arithmetic for every amount on the money path. 40 significant digits keeps
 * per-token prices times trillions of tokens exact; a private clone keeps the global
 * Decimal configuration of any embedding program untouched.
 */
export const Decimal = DecimalBase.clone({
  precision: 40,
  rounding: DecimalBase.ROUND_HALF_EVEN,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = InstanceType<typeof Decimal>;

export const ZERO = new Decimal(0);
export const MILLION = new Decimal(1_000_000);

/** Hours in the month tokenbudget projects: 365 * 24 / 12. */
export const HOURS_PER_MONTH = new Decimal(730);

export function dec(value: number | string | Decimal): Decimal {
  return new Decimal(value);
}

export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** JSON reports carry USD as numbers rounded half-even to 9 decimal places. */
export function toJsonMoney(value: Decimal): number {
  // Most amounts have no more than 9 decimals already: skip the rounding copy (a report has ~50 a workload).
  return value.decimalPlaces() <= 9 ? value.toNumber() : value.toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN).toNumber();
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** `$12,000.00`; amounts are rounded half-even to cents. */
export function formatUsd(value: Decimal): string {
  const rounded = value.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
  const sign = rounded.isNegative() && !rounded.isZero() ? "-" : "";
  const [whole = "0", cents = "00"] = rounded.abs().toFixed(2).split(".");
  return `${sign}$${groupThousands(whole)}.${cents}`;
}

/** Like formatUsd with an explicit sign, for changes: `+$1,400.00`, `-$3.10`, `$0.00`. */
export function formatUsdChange(value: Decimal): string {
  const text = formatUsd(value);
  if (text === "$0.00" || text.startsWith("-")) return text;
  return `+${text}`;
}

/**
 * Per-request costs with at least 4 significant digits, so `N requests x $P = $M` multiplies
 * out: cents from $10 up, more decimals below (`$0.04500`, `$1.235`, `$0.0009135`).
 */
export function formatUsdPrecise(value: Decimal): string {
  const rounded = value.abs().toSignificantDigits(4, Decimal.ROUND_HALF_EVEN);
  if (rounded.isZero() || rounded.gte(10)) return formatUsd(value);
  const sign = value.isNegative() ? "-" : "";
  // Show trailing zeros too: four significant digits means four digits after the leading zeros.
  return `${sign}$${rounded.toFixed(Math.max(2, 3 - rounded.e))}`;
}

/** Unit prices such as `$0.90` or `$0.075`: at least cents, more digits only when needed. */
export function formatUnitPrice(value: Decimal): string {
  const fixed = value.toFixed();
  const decimals = fixed.includes(".") ? fixed.split(".")[1]!.length : 0;
  const shown = value.toFixed(Math.max(2, decimals));
  const [whole = "0", fraction] = shown.split(".");
  return `$${groupThousands(whole)}${fraction === undefined ? "" : `.${fraction}`}`;
}

/**
 * Compact counts for the math lines with at least 4 significant digits, so a line multiplies
 * out: 6.000B, 13.44M, 12.17K, 950, 30.42.
 */
export function formatCount(value: Decimal): string {
  const abs = value.abs();
  const units: Array<[number, string]> = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"],
  ];
  for (const [index, [size, suffix]] of units.entries()) {
    if (abs.lt(size)) continue;
    const scaled = value.div(size).toSignificantDigits(4, Decimal.ROUND_HALF_EVEN);
    // 999,950 rounds to 1000K: say 1.000M instead.
    if (scaled.abs().gte(1000) && index > 0) return `${value.div(units[index - 1]![0]).toFixed(3, Decimal.ROUND_HALF_EVEN)}${units[index - 1]![1]}`;
    return `${scaled.toFixed(Math.max(1, 3 - scaled.e))}${suffix}`;
  }
  if (value.isInteger()) return value.toFixed(0);
  // At least two decimals and four significant digits, from the exact value: rounding to four
  // digits first would print 304.1667 as "304.20", a digit that is not there.
  return value.toFixed(Math.max(2, 3 - value.e), Decimal.ROUND_HALF_EVEN);
}

export function formatPercent(value: Decimal, decimals = 0): string {
  return `${value.toFixed(decimals, Decimal.ROUND_HALF_EVEN)}%`;
}

/** A change in percent with its sign: `+57.6%`, `-20.5%`, `0%`. */
export function formatPercentChange(value: Decimal, decimals = 0): string {
  return `${value.gt(0) ? "+" : ""}${formatPercent(value, decimals)}`;
}

/** `amount` grown by `growthPercent` a month, compounded, for months 1..`months`. */
export function compound(amount: Decimal, growthPercent: Decimal, months: number): Decimal[] {
  const factor = growthPercent.div(100).plus(1);
  const series: Decimal[] = [];
  for (let month = 0; month < months; month++) series.push((amount = amount.times(factor)));
  return series;
}

/** Grouped digits with at most two decimals: 1,460 or 12.5. */
export function formatNumber(value: Decimal): string {
  const [whole = "0", fraction] = value.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed().split(".");
  return `${groupThousands(whole)}${fraction ? `.${fraction}` : ""}`;
}
