import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { columns } from "../src/core/render/table.js";

describe("columns", () => {
  it("pads by code points: an emoji or a lone surrogate is one column, as [...cell] counts it", () => {
    expect(
      columns([
        ["a😀", "x"],
        ["abc", "y"],
        ["\ud800", "z"],
      ]),
    ).toEqual(["a😀   x", "abc  y", "\ud800    z"]);
    const cell = fc.string({ unit: fc.constantFrom("a", "é", "😀", "\ud800", "\udc00", "\udfff", "\ud83d") });
    fc.assert(
      fc.property(fc.array(fc.tuple(cell, cell)), (rows) => {
        const widest = Math.max(0, ...rows.map(([a]) => [...a].length));
        columns(rows).forEach((line, i) => {
          const [a, b] = rows[i]!;
          expect(line).toBe(`${a}${" ".repeat(widest - [...a].length)}  ${b}`.trimEnd());
        });
      }),
    );
  });
});
