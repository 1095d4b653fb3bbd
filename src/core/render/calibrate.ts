/**
 * `calibrate` as text and JSON: what the usage logs measured per model, and a workload's declared
 * values beside the measured ones. Model names come from the logs and every manifest string from
 * the pull request: both are untrusted and printed through `plain`.
 */
import { Decimal, formatNumber, formatPercent, formatUsd, formatUsdChange } from "../money.js";
import type { MeasuredValues, ModelCalibration } from "../plan/calibrate.js";
import { rejectedText, type WorkloadCalibration } from "../plan/calibrate-workload.js";
import { sanitizePlain as plain } from "./escape.js";
import { jsonText } from "./json.js";
import { columns } from "./table.js";

/** What `calibrate` says: the logs read, the models they measured, and the workload priced from them if one was named. */
export interface CalibrationOutput {
  /** The log files as the user named them. */
  files: readonly string[];
  /** The first few skipped lines, their files relative to the working directory. */
  problems: ReadonlyArray<{ file: string; line: number; message: string }>;
  badLines: number;
  models: readonly ModelCalibration[];
  workload?: WorkloadCalibration;
}

/** The values as they go in a manifest, in YAML flow style. */
function valuesYaml(values: MeasuredValues): string {
  const t = values.tokens;
  const write = t.cache_write !== undefined ? `, cache_write: ${t.cache_write}` : "";
  const r = values.requests;
  const peak = r?.peak_to_average !== undefined ? `, peak_to_average: ${r.peak_to_average}` : "";
  return `tokens: { input: ${t.input}, output: ${t.output}, cached_input: ${t.cached_input}${write} }${r ? `, requests: { per_day: ${r.per_day}${peak} }` : ""}`;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

function distribution(d: ModelCalibration["input"]): string {
  return `${formatNumber(d.mean)} / ${formatNumber(new Decimal(d.p50))} / ${formatNumber(new Decimal(d.p95))}`;
}

function period(rate: ModelCalibration["rate"]): string {
  if (!rate) return "no timestamps";
  return `${formatNumber(rate.periodDays)} days from ${isoDay(rate.first)}${rate.coversFullDay ? "" : " (under a day)"}`;
}

/** One row per log model, then the timestamps each left out of its rate. */
function statsText(models: readonly ModelCalibration[]): string[] {
  const rows = [["MODEL", "REQUESTS", "INPUT mean / p50 / p95", "OUTPUT mean / p50 / p95", "CACHED", "REQUESTS/DAY", "PEAK/AVG", "PERIOD"]];
  for (const m of models) {
    rows.push([
      plain(m.model),
      formatNumber(new Decimal(m.requests)),
      distribution(m.input),
      distribution(m.output),
      formatPercent(m.cachedShare.times(100), 1),
      m.rate ? formatNumber(m.rate.perDay) : "-",
      m.rate?.peakToAverage ? formatNumber(m.rate.peakToAverage) : "-",
      period(m.rate),
    ]);
  }
  const rejected = models.flatMap((m) => (m.rejectedTimes ? [`  ${plain(m.model)}: ${rejectedText(m.rejectedTimes)}`] : []));
  return [...columns(rows).map((l) => `  ${l}`), ...rejected];
}

/** The workload's declared values beside the measured ones. */
function comparisonRows(c: WorkloadCalibration): string[][] {
  const n = (d: Decimal) => formatNumber(d);
  const whole = (d: Decimal) => n(d.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN));
  const cost = (d: Decimal | undefined) => (d ? formatUsd(d) : "unpriced");
  const { declared, measured } = c;
  return [
    ["", "DECLARED", "MEASURED"],
    ["input tokens", n(declared.input), n(measured.input)],
    ["output tokens", n(declared.output), n(measured.output)],
    ["cached input tokens", n(declared.cachedInput), n(measured.cachedInput)],
    ...(declared.cacheWrite.gt(0) || measured.cacheWrite.gt(0)
      ? [["cache write tokens", n(declared.cacheWrite), n(measured.cacheWrite)]]
      : []),
    ["requests/month", whole(declared.requestsPerMonth), whole(measured.requestsPerMonth)],
    ...(measured.peakToAverage ? [["peak / average", n(declared.peakToAverage), n(measured.peakToAverage)]] : []),
    ["monthly cost", cost(declared.monthlyCost), cost(measured.monthlyCost)],
  ];
}

/** What became of the values: put them in by hand, written, or already there. */
function valuesLine(c: WorkloadCalibration): string {
  if (c.written === undefined) return `  put in the manifest: ${valuesYaml(c.values)}   (or run again with --write)`;
  return c.written ? `  wrote ${valuesYaml(c.values)} to ${plain(c.file)}` : `  ${plain(c.file)} already has these values`;
}

function workloadText(c: WorkloadCalibration): string[] {
  const w = c.workload;
  const change =
    c.declared.monthlyCost && c.measured.monthlyCost
      ? ` (${formatUsdChange(c.measured.monthlyCost.minus(c.declared.monthlyCost))} a month)`
      : "";
  return [
    `Workload ${plain(w.name)} in ${plain(c.file)}: ${plain(w.provider)} ${plain(w.model)}, ${w.mode}, measured from ${plain(c.model)}${change}`,
    ...columns(comparisonRows(c)).map((l) => `  ${l}`),
    ...c.notes.map((note) => `  note: ${plain(note)}`),
    valuesLine(c),
  ];
}

function requestCount(models: readonly ModelCalibration[]): number {
  return models.reduce((n, m) => n + m.requests, 0);
}

/** The log lines left out, as `file:line: skipped: why`: the first few, then how many more. */
export function renderSkippedLines(output: Pick<CalibrationOutput, "problems" | "badLines">): string {
  const lines = output.problems.map((p) => `${plain(p.file)}:${p.line}: skipped: ${plain(p.message)}\n`);
  if (output.badLines > output.problems.length) lines.push(`... and ${output.badLines - output.problems.length} more bad lines\n`);
  return lines.join("");
}

export function renderCalibrationText(output: CalibrationOutput): string {
  const { models, workload, badLines } = output;
  const out = [
    `Usage logs: ${output.files.length} file(s), ${formatNumber(new Decimal(requestCount(models)))} requests${badLines ? `, ${badLines} bad line(s) skipped` : ""}`,
    "",
    ...statsText(models),
    "",
  ];
  if (workload) out.push(...workloadText(workload));
  else {
    out.push("Manifest values per model:");
    for (const m of models) out.push(`  ${plain(m.model)}: ${valuesYaml(m.suggested)}`);
    out.push("", "Give --workload NAME (and --manifest FILE) to price these against a workload, --write to update it.");
  }
  return `${out.join("\n")}\n`;
}

function modelJson(m: ModelCalibration): unknown {
  return {
    model: m.model,
    requests: m.requests,
    input: { mean: m.input.mean, p50: m.input.p50, p95: m.input.p95 },
    output: { mean: m.output.mean, p50: m.output.p50, p95: m.output.p95 },
    cachedMean: m.cachedMean,
    cacheWriteMean: m.cacheWriteMean,
    cachedShare: m.cachedShare,
    rate: m.rate
      ? {
          timedRequests: m.rate.timedRequests,
          first: isoDay(m.rate.first),
          last: isoDay(m.rate.last),
          periodDays: m.rate.periodDays,
          perDay: m.rate.perDay,
          coversFullDay: m.rate.coversFullDay,
          peakToAverage: m.rate.peakToAverage ? m.rate.peakToAverage : null,
        }
      : null,
    rejectedTimes: m.rejectedTimes ?? null,
    suggested: m.suggested,
  };
}

function workloadJson(c: WorkloadCalibration): unknown {
  return {
    file: c.file,
    name: c.workload.name,
    model: c.model,
    declared: c.declared,
    measured: c.measured,
    values: c.values,
    notes: c.notes,
    written: c.written ?? false,
  };
}

export function renderCalibrationJson(output: CalibrationOutput): string {
  return jsonText({
    logs: { files: output.files, requests: requestCount(output.models), badLines: output.badLines, problems: output.problems },
    models: output.models.map(modelJson),
    workload: output.workload ? workloadJson(output.workload) : null,
  });
}
