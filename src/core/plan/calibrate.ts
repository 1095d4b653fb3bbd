/**
 * Calibration: turns observed per-request usage into the manifest's `tokens` and `requests` values.
 * Pure and streaming: records go in one at a time through `add`, so a log of millions of lines is
 * never held as objects; only the input/output token counts are kept (in typed arrays) for percentiles.
 */
import { Decimal } from "../money.js";
import type { ManifestCalibration, ManifestTokens } from "../manifest/manifest-edit.js";

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
  /** Prompt tokens written to the prompt cache (Anthropic's cache_creation_input_tokens), part of `input`. */
  cacheWrite?: number;
}

/**
 * Usage summed over a period (an OpenAI usage bucket, a CSV row of a day): `requests` requests
 * with these token totals. It counts in the means and the request rate; percentiles come from
 * per-request records only.
 */
export interface BucketUsage {
  model?: string;
  requests: number;
  input: number;
  output: number;
  cached: number;
  cacheWrite: number;
  /** The period, milliseconds since the epoch. */
  start: number;
  end: number;
}

/** Mean and nearest-rank percentiles of a per-request token count. */
export interface TokenDistribution {
  mean: Decimal;
  /** From per-request records; the mean, rounded, when only buckets were read. */
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
  /**
   * Busiest clock hour's requests over the mean hourly rate across the period (>= 1): the
   * manifest's `requests.peak_to_average`. Only when the period covers a full day.
   */
  peakToAverage?: Decimal;
}

/** Timestamps left out of the rate: after the caller's `now`, or far outside the bulk of the log. */
export interface RejectedTimes {
  future: number;
  outliers: number;
}

export interface ModelCalibration {
  /** Model name as logged, or UNKNOWN_MODEL for records without one. */
  model: string;
  requests: number;
  input: TokenDistribution;
  output: TokenDistribution;
  cachedMean: Decimal;
  cacheWriteMean: Decimal;
  /** Sum of cached tokens / sum of input tokens (0 when no input tokens were seen). */
  cachedShare: Decimal;
  /** Absent with fewer than two timed records or when they all share one instant. */
  rate?: RequestRate;
  /** Timestamps not used for the rate; absent when every one was used. */
  rejectedTimes?: RejectedTimes;
  /** Values for the manifest; `requests` only when `rate.coversFullDay`. */
  suggested: MeasuredValues;
}

/** Values for a manifest measured from logs: always the tokens, the request rate when the logs tell it. */
export type MeasuredValues = ManifestCalibration & { tokens: ManifestTokens };

export interface CalibrationResult {
  /** Sorted by model name (code-unit order, so independent of locale). */
  models: ModelCalibration[];
}

export interface CalibrationAccumulator {
  /** Throws RangeError for counts that are not non-negative integers or cached > input. */
  add(record: UsageRecord): void;
  /** Usage summed over a period; a bucket of no requests is left out. */
  addBucket(bucket: BucketUsage): void;
  /** May be called any number of times, also between further `add` calls. */
  result(): CalibrationResult;
}

export const UNKNOWN_MODEL = "(unknown)";

const MS_PER_DAY = 86_400_000;
const MS_PER_HOUR = 3_600_000;
/**
 * Timestamps more than this many interquartile ranges (at least a day each) outside the middle
 * half of the log are outliers: a millisecond value read as seconds lands 1,000 times further
 * from 1970, and one such record would otherwise stretch the period to millions of days.
 */
const OUTLIER_SPREADS = 3;

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

function distribution(column: NumberColumn, sum: bigint, requests: number): TokenDistribution {
  const sorted = column.sorted();
  const mean = new Decimal(sum).div(requests);
  if (sorted.length === 0) return { mean, p50: roundCount(mean), p95: roundCount(mean) };
  return { mean, p50: nearestRank(sorted, 50), p95: nearestRank(sorted, 95) };
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
  // BigInt sums stay exact however long the log; each mean is then a single exact-money division.
  private inputSum = 0n;
  private outputSum = 0n;
  private cachedSum = 0n;
  private cacheWriteSum = 0n;
  private readonly times = new NumberColumn();
  private bucketRequests = 0;
  private bucketStart = Infinity;
  private bucketEnd = -Infinity;

  constructor(
    readonly model: string,
    private readonly now: number | undefined,
  ) {}

  add(record: UsageRecord): void {
    this.inputs.push(record.input);
    this.outputs.push(record.output);
    this.inputSum += BigInt(record.input);
    this.outputSum += BigInt(record.output);
    this.cachedSum += BigInt(record.cached);
    if (record.cacheWrite) this.cacheWriteSum += BigInt(record.cacheWrite);
    if (record.time !== undefined) this.times.push(record.time);
  }

  addBucket(bucket: BucketUsage): void {
    this.inputSum += BigInt(bucket.input);
    this.outputSum += BigInt(bucket.output);
    this.cachedSum += BigInt(bucket.cached);
    this.cacheWriteSum += BigInt(bucket.cacheWrite);
    this.bucketRequests += bucket.requests;
    this.bucketStart = Math.min(this.bucketStart, bucket.start);
    this.bucketEnd = Math.max(this.bucketEnd, bucket.end);
  }

  /** Buckets' rate: their requests over the period they cover together (no peak: buckets hide it). */
  private bucketRate(): RequestRate | undefined {
    const span = this.bucketEnd - this.bucketStart;
    if (!(span > 0) || this.bucketRequests === 0) return undefined;
    const periodDays = new Decimal(span).div(MS_PER_DAY);
    return {
      timedRequests: this.bucketRequests,
      first: this.bucketStart,
      last: this.bucketEnd,
      periodDays,
      perDay: new Decimal(this.bucketRequests).times(MS_PER_DAY).div(span),
      coversFullDay: periodDays.gte(1),
    };
  }

  /** The timestamps the rate is measured from: sorted, without future ones and outliers. */
  private usableTimes(): { times: Float64Array; rejected?: RejectedTimes } {
    const all = this.times.sorted();
    const now = this.now;
    const firstFuture = now === undefined ? -1 : all.findIndex((t) => t > now);
    const past = firstFuture === -1 ? all : all.subarray(0, firstFuture);
    const q1 = past[Math.floor(past.length / 4)];
    const q3 = past[Math.floor((past.length * 3) / 4)];
    if (past.length < 4 || q1 === undefined || q3 === undefined) {
      const future = all.length - past.length;
      return future > 0 ? { times: past, rejected: { future, outliers: 0 } } : { times: past };
    }
    const spread = OUTLIER_SPREADS * Math.max(q3 - q1, MS_PER_DAY);
    const kept = past.filter((t) => t >= q1 - spread && t <= q3 + spread);
    const future = all.length - past.length;
    const outliers = past.length - kept.length;
    return future + outliers > 0 ? { times: kept, rejected: { future, outliers } } : { times: kept };
  }

  private rate(times: Float64Array): RequestRate | undefined {
    const n = times.length;
    const first = times[0];
    const last = times.at(-1);
    if (first === undefined || last === undefined || first === last) return undefined;
    const spanMs = last - first;
    // One division each, of exact products, so evenly spaced traffic yields an exact rate.
    const periodDays = new Decimal(spanMs).times(n).div((n - 1) * MS_PER_DAY);
    const coversFullDay = periodDays.gte(1);
    return {
      timedRequests: n,
      first,
      last,
      periodDays,
      perDay: new Decimal(n - 1).times(MS_PER_DAY).div(spanMs),
      coversFullDay,
      // Under one request an hour on average the busiest hour says nothing about a peak.
      ...(coversFullDay && periodDays.times(24).lte(n) ? { peakToAverage: peakToAverage(times, periodDays) } : {}),
    };
  }

  result(): ModelCalibration {
    const requests = this.inputs.length + this.bucketRequests;
    const input = distribution(this.inputs, this.inputSum, requests);
    const output = distribution(this.outputs, this.outputSum, requests);
    const cachedMean = new Decimal(this.cachedSum).div(requests);
    const cacheWriteMean = new Decimal(this.cacheWriteSum).div(requests);
    const { times, rejected } = this.usableTimes();
    // Per-request timestamps measure the rate when there are any; buckets otherwise.
    const rate = this.rate(times) ?? (this.times.length === 0 ? this.bucketRate() : undefined);
    const perDay = rate?.coversFullDay ? roundPerDay(rate.perDay) : 0;
    // 1 is the default: only a measured peak above it is worth writing.
    const peak = rate?.peakToAverage?.gt(1) ? rate.peakToAverage.toDecimalPlaces(2, Decimal.ROUND_HALF_UP).toNumber() : undefined;
    return {
      model: this.model,
      requests,
      input,
      output,
      cachedMean,
      cacheWriteMean,
      cachedShare: this.inputSum === 0n ? new Decimal(0) : new Decimal(this.cachedSum).div(this.inputSum.toString()),
      ...(rate && { rate }),
      ...(rejected && { rejectedTimes: rejected }),
      suggested: {
        // Rounding is monotone and cached + writes ≤ input per record, so that still holds (up to one token, clamped).
        tokens: {
          input: roundCount(input.mean),
          output: roundCount(output.mean),
          cached_input: roundCount(cachedMean),
          ...(this.cacheWriteSum > 0n && {
            cache_write: Math.min(roundCount(cacheWriteMean), roundCount(input.mean) - roundCount(cachedMean)),
          }),
        },
        // A rate too small to show in two decimals is never written as 0 over a measured one.
        ...(perDay > 0 && { requests: { per_day: perDay, ...(peak !== undefined && { peak_to_average: peak }) } }),
      },
    };
  }
}

/**
 * The busiest clock hour (UTC) over the mean hourly rate across the period: requests in each
 * hour counted in one pass over the sorted times.
 */
function peakToAverage(sorted: Float64Array, periodDays: Decimal): Decimal {
  let busiest = 0;
  let hour = Number.NaN;
  let count = 0;
  for (const t of sorted) {
    const h = Math.floor(t / MS_PER_HOUR);
    count = h === hour ? count + 1 : 1;
    hour = h;
    busiest = Math.max(busiest, count);
  }
  const meanPerHour = new Decimal(sorted.length).div(periodDays.times(24));
  return Decimal.max(1, new Decimal(busiest).div(meanPerHour));
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
  if (
    record.cacheWrite !== undefined &&
    (!Number.isSafeInteger(record.cacheWrite) || record.cacheWrite < 0 || record.cached + record.cacheWrite > record.input)
  ) {
    throw new RangeError(
      `usage record cache writes (${record.cacheWrite}) must be a non-negative integer that fits in input (${record.input}) with the cached tokens`,
    );
  }
  if (record.time !== undefined && !Number.isFinite(record.time)) {
    throw new RangeError(`usage record time must be a finite number of milliseconds, got ${record.time}`);
  }
}

export interface CalibrationOptions {
  /** The caller's clock (ms since the epoch): later timestamps are rejected as future. The core never reads a clock. */
  now?: number;
}

export function createCalibration(options: CalibrationOptions = {}): CalibrationAccumulator {
  const byModel = new Map<string, ModelAccumulator>();
  const accumulatorFor = (name: string | undefined): ModelAccumulator => {
    const model = name ?? UNKNOWN_MODEL;
    let accumulator = byModel.get(model);
    if (!accumulator) {
      accumulator = new ModelAccumulator(model, options.now);
      byModel.set(model, accumulator);
    }
    return accumulator;
  };
  return {
    add(record) {
      checkRecord(record);
      accumulatorFor(record.model).add(record);
    },
    addBucket(bucket) {
      if (bucket.requests === 0) return;
      accumulatorFor(bucket.model).addBucket(bucket);
    },
    result() {
      const names = [...byModel.keys()].sort();
      return { models: names.map((name) => (byModel.get(name) as ModelAccumulator).result()) };
    },
  };
}
