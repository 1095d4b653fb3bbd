import { expect, test } from "vitest";
import { diffRevisions } from "../src/core/review/diff.js";
import { analyzeText } from "./helpers/pipeline.js";

const manifest = (model: string, input: number, output: number, perDay: number) =>
  `version: 1\nprices:\n  - { model: a/b, input: 1.1, output: 2.3 }\nworkloads:\n  - name: w\n    model: ${model}\n    tokens: { input: ${input}, output: ${output} }\n    requests: { per_day: ${perDay} }\n`;

test("per_day attribution leaves no rounding dust as an 'other' driver, and the drivers add up to the change", () => {
  // A case where 40-digit division by 24 leaves -1e-40 between the steps and the total.
  const base = analyzeText(manifest("a/b", 1000, 7, 7));
  const head = analyzeText(manifest("acme/chat-small", 1333, 9, 11));
  const [w] = diffRevisions([base], [head]).workloads;
  expect(w!.drivers.map((d) => d.cause)).toEqual(["model", "tokens", "volume"]);
  const sum = w!.drivers.reduce((acc, d) => acc.plus(d.amount), w!.diffMonthlyCost!.minus(w!.diffMonthlyCost!));
  expect(sum.minus(w!.diffMonthlyCost!).abs().lt(1e-30)).toBe(true);
  expect(w!.diffMonthlyCost!.toDecimalPlaces(9).toString()).toBe("-0.192434083");
});
