/**
 * Exact arithmetic for every amount on the money path, as a scaled BigInt: a value is an integer
 * count of 1/(21 x 10^24) USD. Sums, products of declared values and the divisions the cost
 * model makes (per-million prices, 730/24 and 730/168 volume factors) are exact at that scale:
 * 21 = 3 x 7 clears the 24- and 168-hour denominators, 10^24 any price, count or volume written
 * with up to 24 decimal places (a value written finer, such as 1e-30 requests a day, rounds at the
 * 24th). Only a quotient that does not terminate (a ratio, a mean) is rounded, half-even, at the
 * 10^-24 digit. Presentation rounds half-even, once, at the end.
 *
 * The API is the subset of decimal.js the tool used before, so amounts read the same; BigInt
 * instead of decimal's digit arrays is about ten times faster and allocates one small object per
 * operation.
 */
const FRACTION_DIGITS = 24;
/** SCALE over 10^FRACTION_DIGITS: dividing units by it gives the value's 24-decimal digits. */
const SCALE_FACTOR = 21n;
const SCALE = SCALE_FACTOR * 10n ** BigInt(FRACTION_DIGITS);
const POW10: bigint[] = Array.from({ length: 2 * FRACTION_DIGITS + 10 }, (_, i) => 10n ** BigInt(i));

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

/** The rounding modes the tool uses, numbered as decimal.js numbers them. */
type Rounding = 2 | 4 | 6;
type Value = Decimal | number | string | bigint;

function pow10(exponent: number): bigint {
  return POW10[exponent] ?? 10n ** BigInt(exponent);
}

/** `numerator / divisor` rounded half-even: the rounding of every quotient the tool computes. */
function divHalfEven(numerator: bigint, divisor: bigint): bigint {
  if (divisor < 0n) return divHalfEven(-numerator, -divisor);
  const quotient = numerator / divisor;
  const remainder = numerator - quotient * divisor;
  if (remainder === 0n) return quotient;
  const twice = remainder < 0n ? -remainder - remainder : remainder + remainder;
  if (twice < divisor || (twice === divisor && (quotient & 1n) === 0n)) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}

/** `numerator / divisor` (divisor > 0) rounded to an integer by `mode` (decimal.js's rounding-mode numbers). */
function divRound(numerator: bigint, divisor: bigint, mode: Rounding): bigint {
  if (mode === Decimal.ROUND_HALF_EVEN) return divHalfEven(numerator, divisor);
  const quotient = numerator / divisor;
  const remainder = numerator - quotient * divisor;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n;
  const away = negative ? quotient - 1n : quotient + 1n;
  if (mode === Decimal.ROUND_CEIL) return negative ? quotient : away;
  const twice = negative ? -remainder - remainder : remainder + remainder;
  return twice >= divisor ? away : quotient; // ROUND_HALF_UP
}

const NUMBER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;

/** Scaled units of a decimal string such as `0.88`, `-1.5e-7` or `12`. */
function parseUnits(text: string): bigint {
  const match = NUMBER_TEXT.exec(text.trim());
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match ?? [];
  if (!match || whole.length + fraction.length === 0) throw new TypeError(`not a decimal number: ${JSON.stringify(text.slice(0, 40))}`);
  const digits = BigInt(`${whole}${fraction}` || "0");
  const shift = Number(exponent) - fraction.length;
  const units = shift >= 0 ? digits * pow10(shift) * SCALE : divHalfEven(digits * SCALE, pow10(-shift));
  return sign === "-" ? -units : units;
}

/** SCALE / 10^d: one unit of the d-th decimal place, for d = 0..24. */
const PLACE: bigint[] = Array.from({ length: FRACTION_DIGITS + 1 }, (_, d) => SCALE / pow10(d));
/** Units in 1e-9 USD, the precision of JSON money. */
const NANO = SCALE / pow10(9);

function unitsOf(value: Value): bigint {
  if (value instanceof Decimal) return value.units;
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return BigInt(value) * SCALE;
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return parseUnits(String(value));
  }
  return typeof value === "bigint" ? value * SCALE : parseUnits(value);
}

/** `units` (an integer times 10^-decimals) as plain decimal text with exactly `decimals` digits after the point. */
function fixedText(units: bigint, decimals: number): string {
  const negative = units < 0n;
  const magnitude = negative ? -units : units;
  // A number prints its digits several times faster than a BigInt does.
  const digits = magnitude <= MAX_SAFE ? String(Number(magnitude)) : magnitude.toString();
  if (decimals === 0) return negative ? `-${digits}` : digits;
  const padded = digits.padStart(decimals + 1, "0");
  const text = `${padded.slice(0, -decimals)}.${padded.slice(-decimals)}`;
  return negative ? `-${text}` : text;
}

export class Decimal {
  static readonly ROUND_CEIL = 2;
  static readonly ROUND_HALF_UP = 4;
  static readonly ROUND_HALF_EVEN = 6;

  /** The value times SCALE; read only by this module. */
  readonly units: bigint;
  /**
   * The value itself when it is known to be a whole number (token counts, request volumes): a
   * product with it needs no division, which is most of the cost model's products.
   */
  readonly #whole: bigint | undefined;

  /** `scaled`: `value` is already a count of 1/SCALE units (this module's own results). */
  constructor(value: Value, scaled = false, whole?: bigint) {
    if (scaled && typeof value === "bigint") {
      this.units = value;
      this.#whole = whole;
    } else if (typeof value === "number" && Number.isSafeInteger(value)) {
      this.#whole = BigInt(value);
      this.units = this.#whole * SCALE;
    } else {
      this.units = unitsOf(value);
      this.#whole = typeof value === "bigint" ? value : value instanceof Decimal ? value.#whole : undefined;
    }
  }

  private static of(units: bigint, whole?: bigint): Decimal {
    return new Decimal(units, true, whole);
  }

  static max(...values: Value[]): Decimal {
    return values.map((v) => new Decimal(v)).reduce((a, b) => (b.units > a.units ? b : a));
  }

  static min(...values: Value[]): Decimal {
    return values.map((v) => new Decimal(v)).reduce((a, b) => (b.units < a.units ? b : a));
  }

  plus(other: Value): Decimal {
    if (other instanceof Decimal)
      return Decimal.of(
        this.units + other.units,
        this.#whole !== undefined && other.#whole !== undefined ? this.#whole + other.#whole : undefined,
      );
    return Decimal.of(this.units + unitsOf(other));
  }

  minus(other: Value): Decimal {
    if (other instanceof Decimal)
      return Decimal.of(
        this.units - other.units,
        this.#whole !== undefined && other.#whole !== undefined ? this.#whole - other.#whole : undefined,
      );
    return Decimal.of(this.units - unitsOf(other));
  }

  times(other: Value): Decimal {
    if (typeof other === "number" && Number.isSafeInteger(other)) {
      const factor = BigInt(other);
      return Decimal.of(this.units * factor, this.#whole === undefined ? undefined : this.#whole * factor);
    }
    const that = other instanceof Decimal ? other : new Decimal(other);
    if (that.#whole !== undefined)
      return Decimal.of(this.units * that.#whole, this.#whole === undefined ? undefined : this.#whole * that.#whole);
    if (this.#whole !== undefined) return Decimal.of(that.units * this.#whole);
    return Decimal.of(divHalfEven(this.units * that.units, SCALE));
  }

  div(other: Value): Decimal {
    if (typeof other === "number" && Number.isSafeInteger(other)) {
      if (other === 0) throw new RangeError("division by zero");
      return Decimal.of(divHalfEven(this.units, BigInt(other)));
    }
    const divisor = unitsOf(other);
    if (divisor === 0n) throw new RangeError("division by zero");
    return Decimal.of(divHalfEven(this.units * SCALE, divisor));
  }

  abs(): Decimal {
    return this.units < 0n ? this.negated() : this;
  }

  negated(): Decimal {
    return Decimal.of(-this.units, this.#whole === undefined ? undefined : -this.#whole);
  }

  comparedTo(other: Value): -1 | 0 | 1 {
    const that = unitsOf(other);
    return this.units < that ? -1 : this.units > that ? 1 : 0;
  }

  eq(other: Value): boolean {
    return this.units === unitsOf(other);
  }

  gt(other: Value): boolean {
    return this.units > unitsOf(other);
  }

  gte(other: Value): boolean {
    return this.units >= unitsOf(other);
  }

  lt(other: Value): boolean {
    return this.units < unitsOf(other);
  }

  lte(other: Value): boolean {
    return this.units <= unitsOf(other);
  }

  isZero(): boolean {
    return this.units === 0n;
  }

  isNegative(): boolean {
    return this.units < 0n;
  }

  isPositive(): boolean {
    return this.units >= 0n;
  }

  isInteger(): boolean {
    return this.#whole !== undefined || this.units % SCALE === 0n;
  }

  /** The exponent of the leading digit: 2 for 123.4, -3 for 0.00123, 0 for 0. */
  get e(): number {
    const magnitude = this.units < 0n ? -this.units : this.units;
    if (magnitude >= SCALE) return (magnitude / SCALE).toString().length - 1;
    if (magnitude === 0n) return 0;
    const places = magnitude / SCALE_FACTOR; // the value times 10^24, rounded down
    // Under 10^-24 (at most 20 units): two more places reach the first digit.
    return places > 0n ? places.toString().length - 25 : ((magnitude * 100n) / SCALE_FACTOR).toString().length - 27;
  }

  /** Rounded to `decimals` places (negative: to tens, hundreds, ...). */
  toDecimalPlaces(decimals: number, mode: Rounding = Decimal.ROUND_HALF_EVEN): Decimal {
    if (decimals >= FRACTION_DIGITS) return this;
    const step = PLACE[decimals] ?? SCALE * pow10(-decimals);
    return Decimal.of(divRound(this.units, step, mode) * step);
  }

  toSignificantDigits(digits: number, mode: Rounding = Decimal.ROUND_HALF_EVEN): Decimal {
    return this.toDecimalPlaces(digits - 1 - this.e, mode);
  }

  ceil(): Decimal {
    return this.toDecimalPlaces(0, Decimal.ROUND_CEIL);
  }

  round(): Decimal {
    return this.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN);
  }

  /**
   * Plain decimal text: with `decimals`, rounded to exactly that many places; without, every
   * digit of the exact value (24 places, rounded, for the rare quotient that does not terminate).
   */
  toFixed(decimals?: number, mode: Rounding = Decimal.ROUND_HALF_EVEN): string {
    if (decimals !== undefined) return fixedText(this.scaledTo(decimals, mode), decimals);
    if (this.#whole !== undefined) return this.#whole.toString();
    const text = fixedText(divHalfEven(this.units, SCALE_FACTOR), FRACTION_DIGITS);
    return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  }

  toString(): string {
    return this.toFixed();
  }

  toJSON(): string {
    return this.toFixed();
  }

  valueOf(): string {
    return this.toFixed();
  }

  toNumber(): number {
    return Number(this.toFixed());
  }

  /**
   * The nearest double to the value rounded half-even to `decimals` places; the same double
   * `Number(toFixed(decimals))` gives, without the text when the scaled integer is a safe one.
   */
  toRoundedNumber(decimals: number): number {
    const scaled = this.scaledTo(decimals, Decimal.ROUND_HALF_EVEN);
    if (scaled <= MAX_SAFE && scaled >= -MAX_SAFE && decimals <= 22) return Number(scaled) / 10 ** decimals;
    return Number(fixedText(scaled, decimals));
  }

  /** The value times 10^decimals, rounded to an integer. */
  private scaledTo(decimals: number, mode: Rounding): bigint {
    const place = PLACE[decimals];
    return place === undefined ? divRound(this.units * pow10(decimals), SCALE, mode) : divRound(this.units, place, mode);
  }
}

export const ZERO = new Decimal(0);
export const MILLION = new Decimal(1_000_000);

/** Hours in the month tokenbudget projects: 365 * 24 / 12. */
export const HOURS_PER_MONTH = new Decimal(730);

/** A throughput (tokens a second) times hours gives tokens through this. */
export const SECONDS_PER_HOUR = 3600;

export function dec(value: number | string | Decimal): Decimal {
  return value instanceof Decimal ? value : new Decimal(value);
}

export function sum(values: readonly Decimal[]): Decimal {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}

/** JSON reports carry USD as numbers rounded half-even to 9 decimal places. */
export function toJsonMoney(value: Decimal): number {
  return value.toRoundedNumber(9);
}

const BILLION = 1e9;

/**
 * `String(toJsonMoney(value))`, mostly without the double. JavaScript writes a number as the
 * shortest text that reads back as the same double; for a value rounded to 9 decimals with at
 * most 15 significant digits that is its own digits (no two such values share a double), in plain
 * notation from 1e-6 up: those are written straight from the rounded integer.
 */
export function toJsonMoneyText(value: Decimal): string {
  const nanos = divHalfEven(value.units, NANO);
  if (nanos > MAX_SAFE || nanos < -MAX_SAFE) return String(toJsonMoney(value));
  const signed = Number(nanos);
  const magnitude = signed < 0 ? -signed : signed;
  // Integer arithmetic below 2^53 is exact in doubles.
  let whole = Math.trunc(magnitude / BILLION);
  let fraction = magnitude - whole * BILLION;
  if (fraction < 0) {
    whole -= 1;
    fraction += BILLION;
  }
  const wholeText = String(whole);
  if (fraction === 0) return signed < 0 ? `-${wholeText}` : wholeText;
  let digits = String(fraction).padStart(9, "0");
  let end = digits.length;
  while (digits.charCodeAt(end - 1) === 48) end--;
  digits = digits.slice(0, end);
  let leadingZeros = 0;
  if (whole === 0) while (digits.charCodeAt(leadingZeros) === 48) leadingZeros++;
  const significant = whole === 0 ? digits.length - leadingZeros : wholeText.length + digits.length;
  if (leadingZeros > 5 || significant > 15) return String(toJsonMoney(value));
  return `${signed < 0 ? "-" : ""}${wholeText}.${digits}`;
}

/** `1234567` -> `1,234,567` (digits only, no sign). */
function groupThousands(digits: string): string {
  if (digits.length <= 3) return digits;
  const head = digits.length % 3 || 3;
  let grouped = digits.slice(0, head);
  for (let at = head; at < digits.length; at += 3) grouped += `,${digits.slice(at, at + 3)}`;
  return grouped;
}

/** `-1234.5` -> `-1,234.5`: a sign, grouped whole digits, the fraction as it is. */
function groupedText(text: string): string {
  const negative = text.startsWith("-");
  const point = text.indexOf(".");
  const whole = text.slice(negative ? 1 : 0, point < 0 ? text.length : point);
  return `${negative ? "-" : ""}${groupThousands(whole)}${point < 0 ? "" : text.slice(point)}`;
}

/** `$12,000.00`; amounts are rounded half-even to cents (an amount that rounds to zero has no sign). */
export function formatUsd(value: Decimal): string {
  const text = groupedText(value.toFixed(2, Decimal.ROUND_HALF_EVEN));
  return text.startsWith("-") ? `-$${text.slice(1)}` : `$${text}`;
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
  const point = fixed.indexOf(".");
  const padding = point < 0 ? ".00" : point === fixed.length - 2 ? "0" : "";
  return `$${groupedText(fixed + padding)}`;
}

const COUNT_UNITS: ReadonlyArray<[size: number, limit: Decimal, suffix: string]> = [
  [1e12, new Decimal(1e12), "T"],
  [1e9, new Decimal(1e9), "B"],
  [1e6, new Decimal(1e6), "M"],
  [1e3, new Decimal(1e3), "K"],
];

/**
 * Compact counts for the math lines with at least 4 significant digits, so a line multiplies
 * out: 6.000B, 13.44M, 12.17K, 950, 30.42.
 */
export function formatCount(value: Decimal): string {
  const abs = value.abs();
  // The unit above the one tried: every unit before it was too large for the value.
  let larger: (typeof COUNT_UNITS)[number] | undefined;
  for (const unit of COUNT_UNITS) {
    const [size, limit, suffix] = unit;
    if (abs.lt(limit)) {
      larger = unit;
      continue;
    }
    const scaled = value.div(size).toSignificantDigits(4, Decimal.ROUND_HALF_EVEN);
    // 999,950 rounds to 1000K: say 1.000M instead.
    if (scaled.abs().gte(1000) && larger) return `${value.div(larger[0]).toFixed(3, Decimal.ROUND_HALF_EVEN)}${larger[2]}`;
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
  return groupedText(value.toFixed(2, Decimal.ROUND_HALF_EVEN).replace(/\.?0+$/, ""));
}
