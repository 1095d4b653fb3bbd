// Exact expectations for money.ts, written against the mutants Stryker left alive in the
// 2026-12-07 run (see MUTATION.md): each assertion pins a value a mutant changes.
import { describe, expect, it } from "vitest";
import {
  Decimal,
  MILLION,
  ZERO,
  compound,
  dec,
  formatCount,
  formatNumber,
  formatPercent,
  formatPercentChange,
  formatUnitPrice,
  formatUsd,
  formatUsdChange,
  formatUsdPrecise,
  sum,
  toJsonMoney,
  toJsonMoneyText,
} from "../src/core/money.js";

const d = (v: string | number) => new Decimal(v);

describe("money formatting", () => {
  it("formatCount picks T, B, M and K, rounds up into the next unit, and prints small values exactly", () => {
    expect([6e12, 1.5e12, 2e9, 13_440_000, 12_170, 950, 1000, 999_999].map((v) => formatCount(d(v)))).toEqual([
      "6.000T",
      "1.500T",
      "2.000B",
      "13.44M",
      "12.17K",
      "950",
      "1.000K",
      "1.000M",
    ]);
    expect(formatCount(d("999999500000"))).toBe("1.000T");
    expect(formatCount(d("-2500"))).toBe("-2.500K");
    expect(formatCount(d("30.416666"))).toBe("30.42");
    expect(formatCount(d("0.0123456"))).toBe("0.01235");
    expect(formatCount(d("123456.5"))).toBe("123.5K");
  });

  it("formatPercentChange signs increases only; formatPercent keeps the decimals asked", () => {
    expect(formatPercentChange(d("57.6"), 1)).toBe("+57.6%");
    expect(formatPercentChange(d("-20.5"), 1)).toBe("-20.5%");
    expect(formatPercentChange(ZERO)).toBe("0%");
    expect(formatPercentChange(d("0.4"))).toBe("+0%");
    expect(formatPercent(d("12.345"), 2)).toBe("12.34%");
    expect(formatPercent(d("12.355"), 2)).toBe("12.36%");
    expect(formatPercent(d("12.5"))).toBe("12%");
  });

  it("formatUsdChange signs increases; a change that rounds to zero has no sign", () => {
    expect([d(1400), d("-3.1"), ZERO, d("0.004"), d("-0.004"), d("1234567.891")].map(formatUsdChange)).toEqual([
      "+$1,400.00",
      "-$3.10",
      "$0.00",
      "$0.00",
      "$0.00",
      "+$1,234,567.89",
    ]);
    expect(formatUsd(d("-1234.5"))).toBe("-$1,234.50");
    // The sign is not a digit: six digits after it group as 123,456, not ,123,456.
    expect(formatUsd(d(-123456))).toBe("-$123,456.00");
    expect(formatNumber(d(-1234567))).toBe("-1,234,567");
    expect(formatUsd(d("999.995"))).toBe("$1,000.00");
    expect(formatUsd(d("100"))).toBe("$100.00");
  });

  it("formatUnitPrice pads to cents and keeps more digits when there are more", () => {
    expect([d("0.9"), d("0.075"), d(3), d("1234.5"), d("12"), d("0.25")].map(formatUnitPrice)).toEqual([
      "$0.90",
      "$0.075",
      "$3.00",
      "$1,234.50",
      "$12.00",
      "$0.25",
    ]);
  });

  it("formatUsdPrecise shows four significant digits below $10, cents above", () => {
    expect([d("0.045"), d("1.2345"), d("0.0009135"), d("9.9996"), d("10"), d("-0.045"), ZERO, d("123.456")].map(formatUsdPrecise)).toEqual([
      "$0.04500",
      "$1.234",
      "$0.0009135",
      "$10.00",
      "$10.00",
      "-$0.04500",
      "$0.00",
      "$123.46",
    ]);
  });

  it("formatNumber groups digits and drops trailing zeros", () => {
    expect([d(1460), d("12.5"), d("1234567.891"), d("0.125"), d(-1000), d("100"), d("0")].map(formatNumber)).toEqual([
      "1,460",
      "12.5",
      "1,234,567.89",
      "0.12",
      "-1,000",
      "100",
      "0",
    ]);
  });
});

describe("JSON money", () => {
  it("toJsonMoneyText writes the 9-decimal value as JavaScript writes the number", () => {
    const cases = [
      "0",
      "1",
      "-1",
      "12.5",
      "-12.5",
      "0.1",
      "0.000001",
      "0.0000001",
      "-0.0000001",
      "0.0000000015",
      "123456789.123456789",
      "1234567.000000001",
      "1e15",
      "1e20",
      "-0.000001234",
      "0.0000012345",
      "999999.999999999",
      "0.00000000049",
    ];
    for (const text of cases) expect(toJsonMoneyText(d(text)), text).toBe(String(toJsonMoney(d(text))));
    expect(cases.map((t) => toJsonMoneyText(d(t)))).toEqual([
      "0",
      "1",
      "-1",
      "12.5",
      "-12.5",
      "0.1",
      "0.000001",
      "1e-7",
      "-1e-7",
      "2e-9",
      "123456789.12345679",
      "1234567.000000001",
      "1000000000000000",
      "100000000000000000000",
      "-0.000001234",
      "0.000001234",
      "999999.999999999",
      "0",
    ]);
  });
});

describe("Decimal", () => {
  it("compares, picks extremes and sums exactly", () => {
    expect(Decimal.max(1, "2.5", d(-3)).toString()).toBe("2.5");
    expect(Decimal.min(1, "2.5", d(-3)).toString()).toBe("-3");
    expect(Decimal.max(2, 2).toString()).toBe("2");
    expect([d(1).comparedTo(2), d(2).comparedTo(2), d(3).comparedTo("2.9")]).toEqual([-1, 0, 1]);
    expect([d(2).lte(2), d(2).lte("1.9"), d(2).gte(2), d(2).gte("2.1"), d(2).lt(2), d(2).gt(2)]).toEqual([
      true,
      false,
      true,
      false,
      false,
      false,
    ]);
    expect([d(0).isPositive(), d("-0.1").isPositive(), d("-0.1").isNegative(), d(0).isNegative()]).toEqual([true, false, true, false]);
    expect(sum([d("0.1"), d("0.2"), d(-1)]).toString()).toBe("-0.7");
    expect(sum([]).isZero()).toBe(true);
    expect(dec("1.5").toString()).toBe("1.5");
    const same = d(7);
    expect(dec(same)).toBe(same);
    expect(MILLION.toString()).toBe("1000000");
  });

  it("keeps whole numbers whole through plus, minus, times and negation", () => {
    const big = new Decimal(10n ** 30n);
    expect(big.plus(1n).toString()).toBe("1000000000000000000000000000001");
    expect(big.minus(new Decimal(1n)).toString()).toBe("999999999999999999999999999999");
    expect(big.times(new Decimal(3n)).toString()).toBe("3000000000000000000000000000000");
    expect(big.negated().toString()).toBe("-1000000000000000000000000000000");
    expect(big.times(2).toString()).toBe("2000000000000000000000000000000");
    expect([d(5).isInteger(), d("5.0").isInteger(), d("5.5").isInteger(), d(5).plus("0.5").isInteger()]).toEqual([
      true,
      true,
      false,
      false,
    ]);
    expect(d(5).plus(d("0.5")).minus(d("0.5")).isInteger()).toBe(true);
    expect(d("2.5").times("0.4").toString()).toBe("1");
    expect(d("2.5").times(d(4)).toString()).toBe("10");
    expect(d(4).times(d("2.5")).toString()).toBe("10");
    expect(d("-7").div(2).toString()).toBe("-3.5");
    expect(d("7").div("-0.5").toString()).toBe("-14");
    expect(d(-5).abs().toString()).toBe("5");
    expect(d(5).abs().toString()).toBe("5");
  });

  it("rounds negative and halfway values by each mode", () => {
    const at = (v: string, places: number, mode: 2 | 4 | 6) => d(v).toDecimalPlaces(places, mode).toString();
    expect([at("-1.25", 1, 6), at("-1.35", 1, 6), at("-1.26", 1, 6), at("-1.24", 1, 6), at("1.251", 1, 6)]).toEqual([
      "-1.2",
      "-1.4",
      "-1.3",
      "-1.2",
      "1.3",
    ]);
    expect([at("-1.25", 1, 4), at("-1.24", 1, 4), at("1.25", 1, 4), at("1.24", 1, 4), at("1.2", 1, 4)]).toEqual([
      "-1.3",
      "-1.2",
      "1.3",
      "1.2",
      "1.2",
    ]);
    expect([at("-1.21", 1, 2), at("1.21", 1, 2), at("1.2", 1, 2), at("-1.2", 1, 2)]).toEqual(["-1.2", "1.3", "1.2", "-1.2"]);
    expect(d(-7).div(3).toString()).toBe("-2.333333333333333333333333");
    expect(d(-2).div(3).toString()).toBe("-0.666666666666666666666667");
    expect(d(1).div(d(-3)).toString()).toBe("-0.333333333333333333333333");
    expect(d("0.5").toFixed(0)).toBe("0");
    expect(d("1.5").toFixed(0)).toBe("2");
    expect(d("-0.5").toFixed(0)).toBe("0");
    expect(d("123.456").toDecimalPlaces(30).toString()).toBe("123.456");
    expect(d("1234.5").toDecimalPlaces(-3).toString()).toBe("1000");
    expect(d("12").toFixed(1)).toBe("12.0");
    expect(d("-12").toFixed()).toBe("-12");
    expect(d("-0.5").toFixed()).toBe("-0.5");
  });

  it("reads the leading digit of very small and very large values", () => {
    // Below 10^-24 a value is a count of 1/21 x 10^-24: 1e-25 is 2.1 units, kept as 2 (9.5e-26);
    // 5e-26 is 1 unit (4.8e-26); 9.9e-25 is 20.79 units, kept as 21, exactly 1e-24.
    expect(["1e-25", "5e-26", "0.00000000000000000000000099", "1e30", "-0.5", "0.1", "9.99"].map((t) => d(t).e)).toEqual([
      -26, -26, -24, 30, -1, -1, 0,
    ]);
    expect(d("1e-25").toString()).toBe("0");
    expect(d("123.456").toSignificantDigits(2).toString()).toBe("120");
    expect(d("-0.0045678").toSignificantDigits(2).toString()).toBe("-0.0046");
  });

  it("reads numbers with exponents and signs, and rejects what is not one", () => {
    expect([d("1.5E3"), d("-2e-3"), d(" 7 "), d("+0.5"), d(1e-7), d(123.25), d(-0)].map(String)).toEqual([
      "1500",
      "-0.002",
      "7",
      "0.5",
      "0.0000001",
      "123.25",
      "0",
    ]);
    expect(() => d("1e5x")).toThrow("not a decimal number");
    expect(() => d(".")).toThrow('not a decimal number: "."');
    expect(() => d(Number.NaN)).toThrow("not a finite number: NaN");
    expect(() => d(1).div(0)).toThrow("division by zero");
    expect(() => d(1).div("0")).toThrow("division by zero");
    expect(d("2").toNumber()).toBe(2);
    expect(d("0.1").valueOf()).toBe("0.1");
    expect(JSON.stringify({ v: d("0.25") })).toBe('{"v":"0.25"}');
    expect(d("1.005").toRoundedNumber(2)).toBe(1);
    expect(d("123456789012345678.5").toRoundedNumber(0)).toBe(123456789012345680);
    expect(d("0.1").toRoundedNumber(25)).toBe(0.1);
  });

  it("compounds for exactly the months asked", () => {
    expect(compound(d(100), d(10), 3).map(String)).toEqual(["110", "121", "133.1"]);
    expect(compound(d(100), d(-50), 2).map(String)).toEqual(["50", "25"]);
    expect(compound(d(100), d(10), 0)).toEqual([]);
  });
});
