import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Decimal, toJsonMoney, toJsonMoneyText } from "../src/core/money.js";
import { jsonChunks, jsonText } from "../src/core/render/json.js";

/** What the report's JSON was before it was streamed: one JSON.stringify with a money replacer. */
function reference(value: unknown): string {
  return `${JSON.stringify(
    value,
    function (this: Record<string, unknown>, key, v) {
      const raw = this[key];
      return raw instanceof Decimal ? toJsonMoney(raw) : v;
    },
    2,
  )}\n`;
}

const leaf = fc.oneof(
  fc.string({ unit: "grapheme" }),
  fc.string({ unit: "binary" }),
  fc.double(),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
  fc
    .tuple(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.integer({ min: 0, max: 20 }))
    .map(([n, scale]) => new Decimal(`${n}e-${scale}`)),
  fc.constantFrom(new Decimal("0.0000000005"), new Decimal("-0.0000000015"), new Decimal("0.0000000025")),
);
const tree = fc.letrec((tie) => ({
  node: fc.oneof({ depthSize: "small" }, leaf, fc.array(tie("node")), fc.dictionary(fc.string(), tie("node"))),
})).node;

describe("jsonChunks", () => {
  it("writes exactly what JSON.stringify(value, money, 2) wrote", () => {
    // A report is always an object: a top-level undefined (no JSON text at all) is left out.
    const value = tree.filter((v) => v !== undefined);
    fc.assert(
      fc.property(value, (v) => {
        expect(jsonText(v)).toBe(reference(v));
      }),
      { numRuns: 500 },
    );
  });

  it("writes empty containers, nested empties and a top-level scalar the same way", () => {
    for (const value of [
      {},
      [],
      [[]],
      { a: {} },
      { a: [], b: [{}] },
      "x",
      1,
      null,
      [undefined, () => 1],
      { f: () => 1, u: undefined, d: new Decimal("1.0000000005") },
    ]) {
      expect(jsonText(value)).toBe(reference(value));
    }
  });

  it("hands out a large value in bounded pieces", () => {
    const value = { rows: Array.from({ length: 20_000 }, (_, i) => ({ name: `workload-${i}`, cost: new Decimal(i).div(7) })) };
    const chunks = [...jsonChunks(value)];
    expect(chunks.length).toBeGreaterThan(5);
    expect(Math.max(...chunks.map((c) => c.length))).toBeLessThan(70_000);
    expect(chunks.join("")).toBe(reference(value));
  });
});

describe("toJsonMoneyText", () => {
  it("is String(toJsonMoney(value)) for every value", () => {
    const scaled = fc.tuple(fc.bigInt({ min: -(10n ** 22n), max: 10n ** 22n }), fc.integer({ min: 0, max: 14 }));
    // Quotients that do not terminate: every digit to the 24th decimal, rounded at the 9th.
    const quotients = fc
      .tuple(fc.bigInt({ min: -(10n ** 20n), max: 10n ** 20n }), fc.integer({ min: 1, max: 10_000 }))
      .map(([n, d]) => new Decimal(`${n}e-6`).div(d));
    const edges = fc.constantFrom(
      "0",
      "-0.0000000005",
      "0.0000000015",
      "0.000001",
      "0.0000009999",
      "0.00000099999999",
      "-0.000001",
      "999999999999999",
      "9999999999999999",
      "0.123456789012345",
      "1.23456789012345",
      "100",
      "1e21",
      "-5e-7",
      "9007199.254740991",
      "9007199.254740992",
      "-9007199.254740991",
      "8999999.999999999",
      "0.000001000",
      "123456.000000001",
    );
    fc.assert(
      fc.property(
        fc.oneof(
          scaled.map(([n, scale]) => new Decimal(`${n}e-${scale}`)),
          quotients,
          edges.map((t) => new Decimal(t)),
        ),
        (value) => {
          expect(toJsonMoneyText(value)).toBe(String(toJsonMoney(value)));
        },
      ),
      { numRuns: 5000 },
    );
  });
});
