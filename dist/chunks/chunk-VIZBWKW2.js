import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);

// src/core/money.ts
var FRACTION_DIGITS = 24;
var SCALE_FACTOR = 21n;
var SCALE = SCALE_FACTOR * 10n ** BigInt(FRACTION_DIGITS);
var POW10 = Array.from({ length: 2 * FRACTION_DIGITS + 10 }, (_, i) => 10n ** BigInt(i));
function pow10(exponent) {
  return POW10[exponent] ?? 10n ** BigInt(exponent);
}
function divHalfEven(numerator, divisor) {
  if (divisor < 0n) return divHalfEven(-numerator, -divisor);
  const quotient = numerator / divisor;
  const remainder = numerator - quotient * divisor;
  if (remainder === 0n) return quotient;
  const twice = remainder < 0n ? -remainder - remainder : remainder + remainder;
  if (twice < divisor || twice === divisor && (quotient & 1n) === 0n) return quotient;
  return numerator < 0n ? quotient - 1n : quotient + 1n;
}
function divRound(numerator, divisor, mode) {
  if (mode === Decimal.ROUND_HALF_EVEN) return divHalfEven(numerator, divisor);
  const quotient = numerator / divisor;
  const remainder = numerator - quotient * divisor;
  if (remainder === 0n) return quotient;
  const negative = numerator < 0n;
  const away = negative ? quotient - 1n : quotient + 1n;
  const twice = negative ? -remainder - remainder : remainder + remainder;
  switch (mode) {
    case Decimal.ROUND_UP:
      return away;
    case Decimal.ROUND_DOWN:
      return quotient;
    case Decimal.ROUND_CEIL:
      return negative ? quotient : away;
    case Decimal.ROUND_FLOOR:
      return negative ? away : quotient;
    case Decimal.ROUND_HALF_UP:
      return twice >= divisor ? away : quotient;
    default:
      return twice > divisor ? away : quotient;
  }
}
var NUMBER_TEXT = /^([+-]?)(\d*)(?:\.(\d*))?(?:e([+-]?\d+))?$/i;
function parseUnits(text) {
  const match = NUMBER_TEXT.exec(text.trim());
  const [, sign = "", whole = "", fraction = "", exponent = "0"] = match ?? [];
  if (!match || whole.length + fraction.length === 0) throw new TypeError(`not a decimal number: ${JSON.stringify(text.slice(0, 40))}`);
  const digits = BigInt(`${whole}${fraction}` || "0");
  const shift = Number(exponent) - fraction.length;
  const units = shift >= 0 ? digits * pow10(shift) * SCALE : divHalfEven(digits * SCALE, pow10(-shift));
  return sign === "-" ? -units : units;
}
var PLACE = Array.from({ length: FRACTION_DIGITS + 1 }, (_, d) => SCALE / pow10(d));
function unitsOf(value) {
  if (value instanceof Decimal) return value.units;
  if (typeof value === "number") {
    if (Number.isSafeInteger(value)) return BigInt(value) * SCALE;
    if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
    return parseUnits(String(value));
  }
  return typeof value === "bigint" ? value * SCALE : parseUnits(value);
}
function fixedText(units, decimals) {
  const negative = units < 0n;
  const digits = (negative ? -units : units).toString();
  if (decimals === 0) return negative ? `-${digits}` : digits;
  const padded = digits.padStart(decimals + 1, "0");
  const text = `${padded.slice(0, -decimals)}.${padded.slice(-decimals)}`;
  return negative ? `-${text}` : text;
}
var Decimal = class _Decimal {
  static ROUND_UP = 0;
  static ROUND_DOWN = 1;
  static ROUND_CEIL = 2;
  static ROUND_FLOOR = 3;
  static ROUND_HALF_UP = 4;
  static ROUND_HALF_DOWN = 5;
  static ROUND_HALF_EVEN = 6;
  /** The value times SCALE; read only by this module. */
  units;
  /**
   * The value itself when it is known to be a whole number (token counts, request volumes): a
   * product with it needs no division, which is most of the cost model's products.
   */
  #whole;
  /** `scaled`: `value` is already a count of 1/SCALE units (this module's own results). */
  constructor(value, scaled = false, whole) {
    if (scaled && typeof value === "bigint") {
      this.units = value;
      this.#whole = whole;
    } else if (typeof value === "number" && Number.isSafeInteger(value)) {
      this.#whole = BigInt(value);
      this.units = this.#whole * SCALE;
    } else {
      this.units = unitsOf(value);
      this.#whole = typeof value === "bigint" ? value : value instanceof _Decimal ? value.#whole : void 0;
    }
  }
  static of(units, whole) {
    return new _Decimal(units, true, whole);
  }
  static max(...values) {
    return values.map((v) => new _Decimal(v)).reduce((a, b) => b.units > a.units ? b : a);
  }
  static min(...values) {
    return values.map((v) => new _Decimal(v)).reduce((a, b) => b.units < a.units ? b : a);
  }
  plus(other) {
    if (other instanceof _Decimal) return _Decimal.of(this.units + other.units, this.#whole !== void 0 && other.#whole !== void 0 ? this.#whole + other.#whole : void 0);
    return _Decimal.of(this.units + unitsOf(other));
  }
  minus(other) {
    if (other instanceof _Decimal) return _Decimal.of(this.units - other.units, this.#whole !== void 0 && other.#whole !== void 0 ? this.#whole - other.#whole : void 0);
    return _Decimal.of(this.units - unitsOf(other));
  }
  times(other) {
    if (typeof other === "number" && Number.isSafeInteger(other)) {
      const factor = BigInt(other);
      return _Decimal.of(this.units * factor, this.#whole === void 0 ? void 0 : this.#whole * factor);
    }
    const that = other instanceof _Decimal ? other : new _Decimal(other);
    if (that.#whole !== void 0) return _Decimal.of(this.units * that.#whole, this.#whole === void 0 ? void 0 : this.#whole * that.#whole);
    if (this.#whole !== void 0) return _Decimal.of(that.units * this.#whole);
    return _Decimal.of(divHalfEven(this.units * that.units, SCALE));
  }
  div(other) {
    if (typeof other === "number" && Number.isSafeInteger(other)) {
      if (other === 0) throw new RangeError("division by zero");
      return _Decimal.of(divHalfEven(this.units, BigInt(other)));
    }
    const divisor = unitsOf(other);
    if (divisor === 0n) throw new RangeError("division by zero");
    return _Decimal.of(divHalfEven(this.units * SCALE, divisor));
  }
  abs() {
    return this.units < 0n ? this.negated() : this;
  }
  negated() {
    return _Decimal.of(-this.units, this.#whole === void 0 ? void 0 : -this.#whole);
  }
  comparedTo(other) {
    const that = unitsOf(other);
    return this.units < that ? -1 : this.units > that ? 1 : 0;
  }
  eq(other) {
    return this.units === unitsOf(other);
  }
  gt(other) {
    return this.units > unitsOf(other);
  }
  gte(other) {
    return this.units >= unitsOf(other);
  }
  lt(other) {
    return this.units < unitsOf(other);
  }
  lte(other) {
    return this.units <= unitsOf(other);
  }
  isZero() {
    return this.units === 0n;
  }
  isNegative() {
    return this.units < 0n;
  }
  isPositive() {
    return this.units >= 0n;
  }
  isInteger() {
    return this.#whole !== void 0 || this.units % SCALE === 0n;
  }
  /** The exponent of the leading digit: 2 for 123.4, -3 for 0.00123, 0 for 0. */
  get e() {
    const magnitude = this.units < 0n ? -this.units : this.units;
    if (magnitude === 0n) return 0;
    return (magnitude * pow10(27) / SCALE).toString().length - 28;
  }
  /** Rounded to `decimals` places (negative: to tens, hundreds, ...). */
  toDecimalPlaces(decimals, mode = _Decimal.ROUND_HALF_EVEN) {
    if (decimals >= FRACTION_DIGITS) return this;
    const step = PLACE[decimals] ?? SCALE * pow10(-decimals);
    return _Decimal.of(divRound(this.units, step, mode) * step);
  }
  toSignificantDigits(digits, mode = _Decimal.ROUND_HALF_EVEN) {
    return this.toDecimalPlaces(digits - 1 - this.e, mode);
  }
  floor() {
    return this.toDecimalPlaces(0, _Decimal.ROUND_FLOOR);
  }
  ceil() {
    return this.toDecimalPlaces(0, _Decimal.ROUND_CEIL);
  }
  round() {
    return this.toDecimalPlaces(0, _Decimal.ROUND_HALF_EVEN);
  }
  /**
   * Plain decimal text: with `decimals`, rounded to exactly that many places; without, every
   * digit of the exact value (24 places, rounded, for the rare quotient that does not terminate).
   */
  toFixed(decimals, mode = _Decimal.ROUND_HALF_EVEN) {
    if (decimals !== void 0) return fixedText(this.scaledTo(decimals, mode), decimals);
    if (this.#whole !== void 0) return this.#whole.toString();
    const text = fixedText(divHalfEven(this.units, SCALE_FACTOR), FRACTION_DIGITS);
    return text.includes(".") ? text.replace(/\.?0+$/, "") : text;
  }
  toString() {
    return this.toFixed();
  }
  toJSON() {
    return this.toFixed();
  }
  valueOf() {
    return this.toFixed();
  }
  toNumber() {
    return Number(this.toFixed());
  }
  /**
   * The nearest double to the value rounded half-even to `decimals` places; the same double
   * `Number(toFixed(decimals))` gives, without the text when the scaled integer is a safe one.
   */
  toRoundedNumber(decimals) {
    const scaled = this.scaledTo(decimals, _Decimal.ROUND_HALF_EVEN);
    if (scaled <= MAX_SAFE && scaled >= -MAX_SAFE) return Number(scaled) / Number(pow10(decimals));
    return Number(fixedText(scaled, decimals));
  }
  /** The value times 10^decimals, rounded to an integer. */
  scaledTo(decimals, mode) {
    const place = PLACE[decimals];
    return place === void 0 ? divRound(this.units * pow10(decimals), SCALE, mode) : divRound(this.units, place, mode);
  }
};
var MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
var ZERO = new Decimal(0);
var MILLION = new Decimal(1e6);
var HOURS_PER_MONTH = new Decimal(730);
function dec(value) {
  return value instanceof Decimal ? value : new Decimal(value);
}
function sum(values) {
  let total = ZERO;
  for (const value of values) total = total.plus(value);
  return total;
}
function toJsonMoney(value) {
  return value.toRoundedNumber(9);
}
function groupThousands(digits) {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}
function formatUsd(value) {
  const rounded = value.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN);
  const sign = rounded.isNegative() && !rounded.isZero() ? "-" : "";
  const [whole = "0", cents = "00"] = rounded.abs().toFixed(2).split(".");
  return `${sign}$${groupThousands(whole)}.${cents}`;
}
function formatUsdChange(value) {
  const text = formatUsd(value);
  if (text === "$0.00" || text.startsWith("-")) return text;
  return `+${text}`;
}
function formatUsdPrecise(value) {
  const rounded = value.abs().toSignificantDigits(4, Decimal.ROUND_HALF_EVEN);
  if (rounded.isZero() || rounded.gte(10)) return formatUsd(value);
  const sign = value.isNegative() ? "-" : "";
  return `${sign}$${rounded.toFixed(Math.max(2, 3 - rounded.e))}`;
}
function formatUnitPrice(value) {
  const fixed = value.toFixed();
  const decimals = fixed.includes(".") ? fixed.split(".")[1].length : 0;
  const shown = value.toFixed(Math.max(2, decimals));
  const [whole = "0", fraction] = shown.split(".");
  return `$${groupThousands(whole)}${fraction === void 0 ? "" : `.${fraction}`}`;
}
function formatCount(value) {
  const abs = value.abs();
  const units = [
    [1e12, "T"],
    [1e9, "B"],
    [1e6, "M"],
    [1e3, "K"]
  ];
  for (const [index, [size, suffix]] of units.entries()) {
    if (abs.lt(size)) continue;
    const scaled = value.div(size).toSignificantDigits(4, Decimal.ROUND_HALF_EVEN);
    if (scaled.abs().gte(1e3) && index > 0) return `${value.div(units[index - 1][0]).toFixed(3, Decimal.ROUND_HALF_EVEN)}${units[index - 1][1]}`;
    return `${scaled.toFixed(Math.max(1, 3 - scaled.e))}${suffix}`;
  }
  if (value.isInteger()) return value.toFixed(0);
  return value.toFixed(Math.max(2, 3 - value.e), Decimal.ROUND_HALF_EVEN);
}
function formatPercent(value, decimals = 0) {
  return `${value.toFixed(decimals, Decimal.ROUND_HALF_EVEN)}%`;
}
function formatPercentChange(value, decimals = 0) {
  return `${value.gt(0) ? "+" : ""}${formatPercent(value, decimals)}`;
}
function compound(amount, growthPercent, months) {
  const factor = growthPercent.div(100).plus(1);
  const series = [];
  for (let month = 0; month < months; month++) series.push(amount = amount.times(factor));
  return series;
}
function formatNumber(value) {
  const [whole = "0", fraction] = value.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN).toFixed().split(".");
  return `${groupThousands(whole)}${fraction ? `.${fraction}` : ""}`;
}

export {
  Decimal,
  ZERO,
  MILLION,
  HOURS_PER_MONTH,
  dec,
  sum,
  toJsonMoney,
  formatUsd,
  formatUsdChange,
  formatUsdPrecise,
  formatUnitPrice,
  formatCount,
  formatPercent,
  formatPercentChange,
  compound,
  formatNumber
};
