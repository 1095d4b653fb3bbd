import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, HOURS_PER_MONTH, compound, formatCount, formatUsd, formatUsdPrecise, toJsonMoney } from "../src/core/money.js";

/** n x 10^-scale rounded half-even to 9 decimals, as decimal text: the oracle for toJsonMoney. */
function halfEven9(n: bigint, scale: number): string {
  let q = scale <= 9 ? n * 10n ** BigInt(9 - scale) : n / 10n ** BigInt(scale - 9);
  if (scale > 9) {
    const divisor = 10n ** BigInt(scale - 9);
    const twice = 2n * (n - q * divisor) * (n < 0n ? -1n : 1n);
    if (twice > divisor || (twice === divisor && q % 2n !== 0n)) q += n < 0n ? -1n : 1n;
  }
  const digits = (q < 0n ? -q : q).toString().padStart(10, "0");
  return `${q < 0n ? "-" : ""}${digits.slice(0, -9)}.${digits.slice(-9)}`;
}

describe("Decimal, the exact money type", () => {
  it("reads decimal text and numbers exactly", () => {
    expect(
      ["0.88", "-1.5e-7", "12", "1e21", ".5", "5.", "+3.25E2", "0.000000000000000000000001"].map((t) => new Decimal(t).toString()),
    ).toEqual(["0.88", "-0.00000015", "12", "1000000000000000000000", "0.5", "5", "325", "0.000000000000000000000001"]);
    expect(new Decimal(0.1).plus(0.2).toString()).toBe("0.3");
    expect(new Decimal(1.5e-7).times(1_000_000).toNumber()).toBe(0.15);
    expect(new Decimal(12345678901234567890n).toString()).toBe("12345678901234567890");
  });

  it("refuses what is not a finite decimal number, and division by zero", () => {
    for (const bad of ["", "abc", "1e", "0x10", "1..2", "NaN", "Infinity"]) expect(() => new Decimal(bad), bad).toThrow(TypeError);
    for (const bad of [NaN, Infinity, -Infinity]) expect(() => new Decimal(bad)).toThrow(RangeError);
    expect(() => new Decimal(1).div(0)).toThrow(RangeError);
    expect(() => new Decimal(1).div(new Decimal("0"))).toThrow(RangeError);
  });

  it("keeps per-day and per-week volumes exact: 730/24 and 730/168 multiply back", () => {
    const perDay = new Decimal(1000).times(HOURS_PER_MONTH).div(24);
    const perWeek = new Decimal(1000).times(HOURS_PER_MONTH).div(168);
    expect(perDay.times(24).div(730).toString()).toBe("1000");
    expect(perWeek.times(168).div(730).toString()).toBe("1000");
    expect(perWeek.times(3).plus(perWeek.times(4)).eq(perWeek.times(7))).toBe(true);
    // A price of $0.0123 per 1M tokens, 1,234 tokens a request, 17 requests a week, to the last digit.
    const monthly = new Decimal(1234).times("0.0123").div(1_000_000).times(17).times(730).div(168);
    expect(monthly.times(168).toString()).toBe("0.188361462"); // 1,234 x 0.0123 / 1e6 x 17 x 730
  });

  it("rounds half-even by default, and by the mode asked", () => {
    expect(
      ["0.125", "0.135", "-0.125", "2.5", "3.5", "-2.5"].map((t) => new Decimal(t).toFixed(t.includes(".5") && !t.includes("0.") ? 0 : 2)),
    ).toEqual(["0.12", "0.14", "-0.12", "2", "4", "-2"]);
    expect(new Decimal("0.125").toFixed(2, Decimal.ROUND_HALF_UP)).toBe("0.13");
    expect(new Decimal("-0.125").toFixed(2, Decimal.ROUND_HALF_UP)).toBe("-0.13");
    expect(new Decimal("1.21").toDecimalPlaces(1, Decimal.ROUND_CEIL).toString()).toBe("1.3");
    expect(new Decimal("-1.29").toDecimalPlaces(1, Decimal.ROUND_CEIL).toString()).toBe("-1.2");
    expect(new Decimal("1250").toDecimalPlaces(-2).toString()).toBe("1200");
    expect(
      [new Decimal("-2.5").ceil(), new Decimal("2.1").ceil(), new Decimal("2.5").round(), new Decimal("3.5").round()].map(String),
    ).toEqual(["-2", "3", "2", "4"]);
    // A quotient that does not terminate is rounded half-even at the 24th decimal.
    expect(new Decimal(2).div(3).toString()).toBe("0.666666666666666666666667");
  });

  it("knows its leading digit and significant digits", () => {
    expect(["123.4", "0.00123", "0", "-9.9", "1000", "0.000000000000000000000001"].map((t) => new Decimal(t).e)).toEqual([
      2, -3, 0, 0, 3, -24,
    ]);
    expect(new Decimal("9.9995").toSignificantDigits(4).toString()).toBe("10");
    expect(new Decimal("0.00012345").toSignificantDigits(3).toString()).toBe("0.000123");
    expect(new Decimal("123456").toSignificantDigits(2).toString()).toBe("120000");
  });

  it("compounds growth exactly while the result terminates within 24 decimals", () => {
    expect(compound(new Decimal(100), new Decimal(25), 12).at(-1)!.toString()).toBe(
      `${(125n ** 12n).toString().replace(/(\d{22})$/, ".$1")}`.replace(/\.?0+$/, ""),
    );
  });

  it("writes JSON money as the double nearest the value rounded half-even to 9 decimals", () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 40n), max: 10n ** 40n }), fc.integer({ min: 0, max: 24 }), (n, scale) => {
        expect(toJsonMoney(new Decimal(`${n}e-${scale}`))).toBe(Number(halfEven9(n, scale)));
      }),
      { numRuns: 2000 },
    );
    expect([
      toJsonMoney(new Decimal("0.0000000005")),
      toJsonMoney(new Decimal("0.0000000015")),
      toJsonMoney(new Decimal("-0.0000000025")),
    ]).toEqual([0, 0.000000002, -0.000000002]);
  });

  it("formats amounts and counts from the exact value", () => {
    expect(formatUsd(new Decimal("12000"))).toBe("$12,000.00");
    expect(formatUsd(new Decimal("-0.004"))).toBe("$0.00");
    expect(formatUsdPrecise(new Decimal("0.0009135"))).toBe("$0.0009135");
    expect(formatCount(new Decimal(730).times(10).div(24))).toBe("304.17");
    expect(formatCount(new Decimal(999_950))).toBe("1.000M");
  });
});
