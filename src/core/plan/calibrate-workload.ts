/**
 * One workload priced as declared and as measured: the measured tokens and request rate of a log
 * model put into the workload, each priced with the workload's own model, mode and price book.
 */
import { estimateWorkload } from "../cost/estimate.js";
import type { ManifestTokens } from "../manifest/manifest-edit.js";
import type { Manifest, Range, Workload } from "../manifest/types.js";
import { Decimal, HOURS_PER_MONTH } from "../money.js";
import type { PriceBook } from "../prices/catalog.js";
import type { MeasuredValues, ModelCalibration, RejectedTimes } from "./calibrate.js";

export interface WorkloadCalibration {
  file: string;
  workload: Workload;
  /** The log model whose measurements were used. */
  model: string;
  /** What to write: the measured values, with a prompt template's tokens taken off `input`. */
  values: MeasuredValues;
  declared: {
    input: Decimal;
    output: Decimal;
    cachedInput: Decimal;
    cacheWrite: Decimal;
    requestsPerMonth: Decimal;
    peakToAverage: Decimal;
    monthlyCost?: Decimal;
  };
  measured: {
    input: Decimal;
    output: Decimal;
    cachedInput: Decimal;
    cacheWrite: Decimal;
    requestsPerMonth: Decimal;
    peakToAverage?: Decimal;
    monthlyCost?: Decimal;
  };
  notes: string[];
  written?: boolean;
}

/** Where a workload's manifest is and what prices it. */
export interface WorkloadPlace {
  file: string;
  manifest: Manifest;
  book: PriceBook;
}

export function rejectedText(r: RejectedTimes): string {
  const parts = [
    r.future > 0 ? `${r.future} in the future` : "",
    r.outliers > 0 ? `${r.outliers} far outside the rest of the log` : "",
  ].filter(Boolean);
  return `${parts.join(" and ")} timestamp(s) left out of the request rate`;
}

function flat(value: Decimal): Range {
  return { low: value, expected: value, high: value };
}

/** Why the request volume stays as declared; undefined when the logs measured it. */
function keptVolumeNote(stats: ModelCalibration): string | undefined {
  if (stats.suggested.requests) return undefined;
  if (!stats.rate) return "the logs carry no usable timestamps: the request volume is kept as declared";
  return stats.rate.coversFullDay
    ? "the measured rate rounds to 0 requests a day: the request volume is kept as declared"
    : "the logs cover less than a day: the request volume is kept as declared";
}

/** The measured token counts, as the estimate reads them. */
function measuredTokens(tokens: ManifestTokens) {
  return {
    input: new Decimal(tokens.input),
    output: new Decimal(tokens.output),
    cachedInput: new Decimal(tokens.cached_input),
    cacheWrite: new Decimal(tokens.cache_write ?? 0),
  };
}

/** The workload as the logs measured it: their tokens and, when they tell it, their request rate and peak. */
function measuredWorkload(workload: Workload, stats: ModelCalibration, requestsPerMonth: Decimal): Workload {
  const tokens = measuredTokens(stats.suggested.tokens);
  const peak = stats.suggested.requests?.peak_to_average;
  return {
    ...workload,
    tokens: {
      input: flat(tokens.input),
      output: flat(tokens.output),
      cachedInput: flat(tokens.cachedInput),
      cacheWrite: flat(tokens.cacheWrite),
    },
    requests: {
      ...workload.requests,
      unit: "per_day",
      declared: flat(requestsPerMonth.times(24).div(HOURS_PER_MONTH)),
      perMonth: flat(requestsPerMonth),
      ...(peak !== undefined ? { peakToAverage: new Decimal(peak) } : {}),
    },
  };
}

function monthlyCost(workload: Workload, place: WorkloadPlace): Decimal | undefined {
  const estimate = estimateWorkload(workload, place.manifest, place.book);
  return estimate.priced ? estimate.cost?.monthlyCost : undefined;
}

function declaredValues(workload: Workload, place: WorkloadPlace): WorkloadCalibration["declared"] {
  const cost = monthlyCost(workload, place);
  return {
    input: workload.tokens.input.expected,
    output: workload.tokens.output.expected,
    cachedInput: workload.tokens.cachedInput.expected,
    cacheWrite: workload.tokens.cacheWrite.expected,
    requestsPerMonth: workload.requests.perMonth.expected,
    peakToAverage: workload.requests.peakToAverage ?? new Decimal(1),
    ...(cost ? { monthlyCost: cost } : {}),
  };
}

/**
 * Prices the measured tokens and volume with the workload's own model, mode and price book.
 * `notes` are what the caller already has to say (a log model that is not the workload's).
 */
export function calibrateWorkload(place: WorkloadPlace, workload: Workload, stats: ModelCalibration, notes: string[]): WorkloadCalibration {
  const { suggested } = stats;
  const template = workload.tokens.template;
  if (template)
    notes.push(`${template.path} counts ${template.tokens} tokens (${template.tokenizer}); input is what the requests send on top of it`);
  const volumeNote = keptVolumeNote(stats);
  if (volumeNote) notes.push(volumeNote);
  if (stats.rejectedTimes) notes.push(rejectedText(stats.rejectedTimes));

  const requestsPerMonth = suggested.requests
    ? new Decimal(suggested.requests.per_day).times(HOURS_PER_MONTH).div(24)
    : workload.requests.perMonth.expected;
  const measured = measuredWorkload(workload, stats, requestsPerMonth);
  const measuredCost = monthlyCost(measured, place);
  const peak = suggested.requests?.peak_to_average;
  // With input_from, the manifest's input is only the part on top of the template.
  const variableInput = template ? Math.max(0, suggested.tokens.input - template.tokens) : suggested.tokens.input;
  return {
    file: place.file,
    workload,
    model: stats.model,
    values: { tokens: { ...suggested.tokens, input: variableInput }, ...(suggested.requests ? { requests: suggested.requests } : {}) },
    declared: declaredValues(workload, place),
    measured: {
      ...measuredTokens(suggested.tokens),
      requestsPerMonth,
      ...(peak !== undefined ? { peakToAverage: new Decimal(peak) } : {}),
      ...(measuredCost ? { monthlyCost: measuredCost } : {}),
    },
    notes,
  };
}
