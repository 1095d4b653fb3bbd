import { describe, expect, it } from "vitest";
import { createCalibration, UNKNOWN_MODEL, type UsageRecord } from "../src/core/plan/calibrate.js";

const DAY = 86_400_000;
const START = Date.UTC(2025, 5, 1);

function calibrate(records: UsageRecord[]) {
  const calibration = createCalibration();
  for (const record of records) calibration.add(record);
  return calibration.result();
}

function only(records: UsageRecord[]) {
  const [model] = calibrate(records).models;
  if (!model) throw new Error("no model in result");
  return model;
}

/** Records with inputs 1..n (in scrambled order), outputs 2 × input, no cache, no time. */
function inputsOneTo(n: number): UsageRecord[] {
  return Array.from({ length: n }, (_, i) => {
    const input = ((i * 11) % n) + 1;
    return { model: "m", input, output: 2 * input, cached: 0 };
  });
}

describe("nearest-rank percentiles", () => {
  it.each([
    [1, 1, 1],
    [2, 1, 2],
    [20, 10, 19],
    [21, 11, 20],
    [100, 50, 95],
    [101, 51, 96],
  ])("of 1..%i: p50 %i, p95 %i", (n, p50, p95) => {
    const model = only(inputsOneTo(n));
    expect(model.input.p50).toBe(p50);
    expect(model.input.p95).toBe(p95);
    expect(model.output.p50).toBe(2 * p50);
    expect(model.output.p95).toBe(2 * p95);
  });

  it("are observed values, never interpolated", () => {
    const model = only([1, 1000].map((input) => ({ input, output: 0, cached: 0 })));
    expect(model.input.p50).toBe(1);
    expect(model.input.p95).toBe(1000);
  });
});

describe("means and suggested tokens", () => {
  it("computes exact means and rounds half up", () => {
    const model = only([
      { input: 10, output: 1, cached: 4 },
      { input: 11, output: 2, cached: 5 },
    ]);
    expect(model.input.mean.toString()).toBe("10.5");
    expect(model.output.mean.toString()).toBe("1.5");
    expect(model.cachedMean.toString()).toBe("4.5");
    expect(model.suggested.tokens).toEqual({ input: 11, output: 2, cached_input: 5 });
  });

  it("rounds a repeating mean half-even at the 24th decimal, the money scale", () => {
    const model = only([0, 0, 1].map((output) => ({ input: 1, output, cached: 0 })));
    expect(model.output.mean.toString()).toBe("0.333333333333333333333333");
    expect(model.suggested.tokens?.output).toBe(0);
  });

  it("stays exact beyond 2^53 total tokens", () => {
    const big = Number.MAX_SAFE_INTEGER;
    const model = only([
      { input: big, output: 0, cached: 0 },
      { input: big, output: 0, cached: 0 },
      { input: 1, output: 0, cached: 0 },
    ]);
    // (2 × (2^53 − 1) + 1) / 3 = (2^54 − 1) / 3 = 6004799503160661 exactly.
    expect(model.input.mean.toString()).toBe("6004799503160661");
  });

  it("reports the cached share as sum cached / sum input, 0 when there is no input", () => {
    expect(
      only([
        { input: 300, output: 0, cached: 100 },
        { input: 100, output: 0, cached: 0 },
      ]).cachedShare.toString(),
    ).toBe("0.25");
    expect(only([{ input: 0, output: 5, cached: 0 }]).cachedShare.toString()).toBe("0");
  });
});

describe("request rate", () => {
  const everyMinutes = (minutes: number, count: number): UsageRecord[] =>
    Array.from({ length: count }, (_, i) => ({ time: START + i * minutes * 60_000, input: 1, output: 1, cached: 0 }));

  it("counts gaps over the span, so evenly spaced traffic gives its exact rate", () => {
    // 48 requests half an hour apart: a span of 23.5 h, but exactly one day of traffic.
    const model = only(everyMinutes(30, 48));
    expect(model.rate?.perDay.toString()).toBe("48");
    expect(model.rate?.periodDays.toString()).toBe("1");
    expect(model.rate?.coversFullDay).toBe(true);
    expect(model.rate?.first).toBe(START);
    expect(model.rate?.last).toBe(START + 47 * 30 * 60_000);
    expect(model.suggested.requests).toEqual({ per_day: 48 });
  });

  it("is independent of record order", () => {
    const model = only(everyMinutes(60, 72).reverse());
    expect(model.rate?.perDay.toString()).toBe("24");
    expect(model.rate?.periodDays.toString()).toBe("3");
  });

  it("reports but does not suggest a rate measured over less than a day", () => {
    const model = only(everyMinutes(1, 60));
    expect(model.rate?.perDay.toString()).toBe("1440");
    expect(model.rate?.periodDays.toString()).toBe("0.041666666666666666666667");
    expect(model.rate?.coversFullDay).toBe(false);
    expect(model.suggested.requests).toBeUndefined();
    expect(model.suggested.tokens).toEqual({ input: 1, output: 1, cached_input: 0 });
  });

  it("keeps two decimals for fewer than one request a day", () => {
    // 4 requests 3 days apart: 0.333… per day.
    const model = only(everyMinutes(3 * 24 * 60, 4));
    expect(model.suggested.requests).toEqual({ per_day: 0.33 });
  });

  it("uses only timed records and needs two distinct instants", () => {
    const untimed: UsageRecord = { input: 1, output: 1, cached: 0 };
    const model = only([...everyMinutes(720, 3), untimed, untimed]);
    expect(model.requests).toBe(5);
    expect(model.rate?.timedRequests).toBe(3);
    expect(model.rate?.perDay.toString()).toBe("2");
    expect(only(everyMinutes(60, 1)).rate).toBeUndefined();
    expect(only([...everyMinutes(60, 1), ...everyMinutes(60, 1)]).rate).toBeUndefined();
    expect(only([untimed]).rate).toBeUndefined();
  });
});

describe("accumulator", () => {
  it("groups by model, sorted by name, with unnamed records under (unknown)", () => {
    const result = calibrate([
      { model: "zeta", input: 1, output: 1, cached: 0 },
      { input: 2, output: 1, cached: 0 },
      { model: "Alpha", input: 3, output: 1, cached: 0 },
      { model: "zeta", input: 5, output: 1, cached: 0 },
    ]);
    expect(result.models.map((model) => [model.model, model.requests])).toEqual([
      [UNKNOWN_MODEL, 1],
      ["Alpha", 1],
      ["zeta", 2],
    ]);
  });

  it("can report, take more records, and report again", () => {
    const calibration = createCalibration();
    for (const record of inputsOneTo(2000)) calibration.add(record);
    expect(calibration.result().models[0]?.input.p95).toBe(1900);
    calibration.add({ model: "m", input: 1_000_000, output: 0, cached: 0 });
    const model = calibration.result().models[0];
    expect(model?.requests).toBe(2001);
    expect(model?.input.p95).toBe(1901);
    // (1 + … + 2000 + 1000000) / 2001 = 3001000 / 2001
    expect(model?.input.mean.toString()).toBe("1499.750124937531234382808596");
  });

  it.each([
    [{ input: -1, output: 0, cached: 0 }, "input must be a non-negative integer, got -1"],
    [{ input: 1, output: 0.5, cached: 0 }, "output must be a non-negative integer, got 0.5"],
    [{ input: 1, output: 0, cached: 2 }, "cached (2) exceeds input (1)"],
    [{ input: 1, output: 0, cached: 0, time: Number.NaN }, "time must be a finite number"],
  ])("rejects %o", (record, message) => {
    expect(() => createCalibration().add(record)).toThrow(message);
  });
});
