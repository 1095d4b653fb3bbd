/**
 * Calibration: turns observed per-request usage into the manifest's `tokens` and `requests` values.
 * Pure and streaming: records go in one at a time through `add`, so a log of millions of lines is
 * never held as objects; only the input/output token counts are kept (in typed arrays) for percentiles.
 */
import { Decimal } from "decimal.js";
import type { ManifestCalibration } from "../manifest/manifest-edit.js";

/** One request's usage, normalised from whatever log format it came from. */
export interface UsageRecord {
  model?: string;
  /** Request time, milliseconds since the Unix epoch. */
  time?: number;
  /** Prompt tokens, including the cached ones (the manifest's `tokens.input` convention). */
  input: number;
  output: number;
  /** Prompt tokens served from the provider's prompt cache. */
  cached: number;
}

/** Mean and nearest-rank percentiles of a per-request token count. */
export interface TokenDistribution {
  mean: Decimal;
  p50: number;
  p95: number;
}

/** Request rate derived from the records that carry a timestamp. */
export interface RequestRate {
  /** Records with a timestamp; the rate is measured from these only. */
  timedRequests: number;
  first: number;
  last: number;
  /**
   * Time the timed requests represent: first-to-last span plus one mean gap between requests
   * (the last request's share), i.e. span × n / (n − 1).
   */
  periodDays: Decimal;
  /** n / period = (n − 1) / span: exact for evenly spaced traffic. */
  perDay: Decimal;
  /** False when the period is under a day: the rate then extrapolates a partial day and is not suggested. */
  coversFullDay: boolean;
}

export interface ModelCalibration {
  /** Model name as logged, or UNKNOWN_MODEL for records without one. */
  model: string;
  requests: number;
  input: TokenDistribution;
  output: TokenDistribution;
  cachedMean: Decimal;
  /** Sum of cached tokens / sum of input tokens (0 when no input tokens were seen). */
  cachedShare: Decimal;
  /** Absent with fewer than two timed records or when they all share one instant. */
  rate?: RequestRate;
  /** Values for the manifest; `requests` only when `rate.coversFullDay`. */
  suggested: ManifestCalibration;
}

export interface CalibrationResult {
  /** Sorted by model name (code-unit order, so independent of locale). */
  models: ModelCalibration[];
}

export interface CalibrationAccumulator {
  /** Throws RangeError for counts that are not non-negative integers or cached > input. */
  add(record: UsageRecord): void;
  /** May be called any number of times, also between further `add` calls. */
  result(): CalibrationResult;
}

export const UNKNOWN_MODEL = "(unknown)";

const MS_PER_DAY = 86_400_000;

/** A private Decimal constructor, so other modules' `Decimal.set` cannot change these divisions; plain notation for display. */
const Exact = Decimal.clone({ precision: 30, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });

/** Growable Float64Array: contiguous 8 bytes per value, and its sort is numeric without a comparator. */
class NumberColumn {
  private values = new Float64Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Float64Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  /** Sorts the filled part in place; order carries no meaning for the statistics. */
  sorted(): Float64Array {
    return this.values.subarray(0, this.length).sort();
  }
}

/**
 * Nearest-rank percentile: the smallest value with at least p% of the values at or below it,
 * i.e. sorted[ceil(p/100 × n) − 1]. Always an observed value (no interpolation); p50 of an even
 * count is the lower middle value. `p` is an integer so p × n stays exact.
 */
function nearestRank(sorted: Float64Array, p: number): number {
  const rank = Math.ceil((p * sorted.length) / 100);
  return sorted[rank - 1] as number;
}

function distribution(column: NumberColumn, sum: bigint): TokenDistribution {
  const sorted = column.sorted();
  return {
    mean: new Exact(sum.toString()).div(column.length),
    p50: nearestRank(sorted, 50),
    p95: nearestRank(sorted, 95),
  };
}

function roundCount(value: Decimal): number {
  return value.toDecimalPlaces(0, Decimal.ROUND_HALF_UP).toNumber();
}

/** Whole requests per day; below one a day, two decimals so a rare workload does not become 0. */
function roundPerDay(perDay: Decimal): number {
  return perDay.toDecimalPlaces(perDay.gte(1) ? 0 : 2, Decimal.ROUND_HALF_UP).toNumber();
}

class ModelAccumulator {
  private readonly inputs = new NumberColumn();
  private readonly outputs = new NumberColumn();
  // BigInt sums stay exact however long the log; each mean is then a single 30-digit Decimal division.
  private inputSum = 0n;
  private outputSum = 0n;
  private cachedSum = 0n;
  private timedRequests = 0;
  private first = Infinity;
  private last = -Infinity;

  constructor(readonly model: string) {}

  add(record: UsageRecord): void {
    this.inputs.push(record.input);
    this.outputs.push(record.output);
    this.inputSum += BigInt(record.input);
    this.outputSum += BigInt(record.output);
    this.cachedSum += BigInt(record.cached);
    if (record.time !== undefined) {
      this.timedRequests++;
      this.first = Math.min(this.first, record.time);
      this.last = Math.max(this.last, record.time);
    }
  }

  private rate(): RequestRate | undefined {
    const n = this.timedRequests;
    if (n < 2 || this.last === this.first) return undefined;
    const spanMs = this.last - this.first;
    // One division each, of exact products, so evenly spaced traffic yields an exact rate.
    const periodDays = new Exact(spanMs).mul(n).div((n - 1) * MS_PER_DAY);
    return {
      timedRequests: n,
      first: this.first,
      last: this.last,
      periodDays,
      perDay: new Exact(n - 1).mul(MS_PER_DAY).div(spanMs),
      coversFullDay: periodDays.gte(1),
    };
  }

  result(): ModelCalibration {
    const requests = this.inputs.length;
    const input = distribution(this.inputs, this.inputSum);
    const output = distribution(this.outputs, this.outputSum);
    const cachedMean = new Exact(this.cachedSum.toString()).div(requests);
    const rate = this.rate();
    return {
      model: this.model,
      requests,
      input,
      output,
      cachedMean,
      cachedShare:
        this.inputSum === 0n ? new Exact(0) : new Exact(this.cachedSum.toString()).div(this.inputSum.toString()),
      ...(rate && { rate }),
      suggested: {
        // Rounding is monotone and cached ≤ input per record, so cached_input ≤ input still holds.
        tokens: { input: roundCount(input.mean), output: roundCount(output.mean), cached_input: roundCount(cachedMean) },
        ...(rate?.coversFullDay && { requests: { per_day: roundPerDay(rate.perDay) } }),
      },
    };
  }
}

function checkRecord(record: UsageRecord): void {
  for (const key of ["input", "output", "cached"] as const) {
    const value = record[key];
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new RangeError(`usage record ${key} must be a non-negative integer, got ${value}`);
    }
  }
  if (record.cached > record.input) {
    throw new RangeError(`usage record cached (${record.cached}) exceeds input (${record.input}), which includes it`);
  }
  if (record.time !== undefined && !Number.isFinite(record.time)) {
    throw new RangeError(`usage record time must be a finite number of milliseconds, got ${record.time}`);
  }
}

export function createCalibration(): CalibrationAccumulator {
  const byModel = new Map<string, ModelAccumulator>();
  return {
    add(record) {
      checkRecord(record);
      const model = record.model ?? UNKNOWN_MODEL;
      let accumulator = byModel.get(model);
      if (!accumulator) {
        accumulator = new ModelAccumulator(model);
        byModel.set(model, accumulator);
      }
      accumulator.add(record);
    },
    result() {
      const names = [...byModel.keys()].sort();
      return { models: names.map((name) => (byModel.get(name) as ModelAccumulator).result()) };
    },
  };
}
