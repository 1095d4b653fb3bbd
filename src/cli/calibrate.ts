import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_LOG_LIMITS } from "../adapters/lines.js";
import { readUsageLog, UsageLogProblems } from "../adapters/usage-logs.js";
import { resolveUnderRoot } from "../adapters/fs.js";
import { createCalibration, type BucketUsage, type ModelCalibration, type UsageRecord } from "../core/plan/calibrate.js";
import { calibrationInput } from "../core/actuals/calibration-input.js";
import { readUsageFile, usageShape, type UsageSink } from "../adapters/usage-files.js";
import { estimateWorkload } from "../core/cost/estimate.js";
import { applyCalibration, type ManifestCalibration } from "../core/manifest/manifest-edit.js";
import { Decimal, HOURS_PER_MONTH, formatNumber, formatPercent, formatUsd, formatUsdChange } from "../core/money.js";
import { sanitizePlain as plain } from "../core/render/escape.js";
import type { Manifest, Range, Workload } from "../core/manifest/types.js";
import type { PriceBook } from "../core/prices/catalog.js";
import { positiveInt, UsageError, type Io } from "./args.js";
import type { Parsed } from "./command.js";
import type { CALIBRATE_OPTIONS } from "./commands.js";
import { formatProblem, loadManifests } from "./manifests.js";
import { formatBytes, startProgress } from "./progress.js";
import { columns, jsonText } from "./output.js";

function flat(value: Decimal): Range {
  return { low: value, expected: value, high: value };
}

interface WorkloadCalibration {
  file: string;
  workload: Workload;
  /** The log model whose measurements were used. */
  model: string;
  /** What to write: the measured values, with a prompt template's tokens taken off `input`. */
  values: ManifestCalibration;
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

function pickModel(models: readonly ModelCalibration[], workload: Workload): { stats: ModelCalibration; note?: string } {
  const exactMatch = models.find((m) => m.model.toLowerCase() === workload.model.toLowerCase());
  if (exactMatch) return { stats: exactMatch };
  if (models.length === 1)
    return {
      stats: models[0]!,
      note: `the log's model ${models[0]!.model} is not the workload's ${workload.model}; its measurements are used`,
    };
  throw new UsageError(
    `the logs hold ${models.length} models (${models.map((m) => m.model).join(", ")}) and none is ${workload.model}; pass only the logs of workload ${workload.name}`,
  );
}

/** Prices the measured tokens and volume with the workload's own model, mode and price book. */
function calibrateWorkload(
  file: string,
  workload: Workload,
  manifest: Manifest,
  book: PriceBook,
  models: readonly ModelCalibration[],
): WorkloadCalibration {
  const { stats, note } = pickModel(models, workload);
  const notes = note ? [note] : [];
  const suggested = stats.suggested;
  const tokens = suggested.tokens!;
  const template = workload.tokens.template;
  // With input_from, the manifest's input is only the part on top of the template.
  const variableInput = template ? Math.max(0, tokens.input - template.tokens) : tokens.input;
  if (template)
    notes.push(`${template.path} counts ${template.tokens} tokens (${template.tokenizer}); input is what the requests send on top of it`);
  const values: ManifestCalibration = {
    tokens: { ...tokens, input: variableInput },
    ...(suggested.requests ? { requests: suggested.requests } : {}),
  };
  const requestsPerMonth = suggested.requests
    ? new Decimal(suggested.requests.per_day).times(HOURS_PER_MONTH).div(24)
    : workload.requests.perMonth.expected;
  if (!suggested.requests) {
    notes.push(
      !stats.rate
        ? "the logs carry no usable timestamps: the request volume is kept as declared"
        : stats.rate.coversFullDay
          ? "the measured rate rounds to 0 requests a day: the request volume is kept as declared"
          : "the logs cover less than a day: the request volume is kept as declared",
    );
  }
  const rejected = stats.rejectedTimes;
  if (rejected) notes.push(rejectedText(rejected));

  const measuredWorkload: Workload = {
    ...workload,
    tokens: {
      input: flat(new Decimal(tokens.input)),
      output: flat(new Decimal(tokens.output)),
      cachedInput: flat(new Decimal(tokens.cached_input)),
      cacheWrite: flat(new Decimal(tokens.cache_write ?? 0)),
    },
    requests: {
      ...workload.requests,
      unit: "per_day",
      declared: flat(requestsPerMonth.times(24).div(HOURS_PER_MONTH)),
      perMonth: flat(requestsPerMonth),
      ...(suggested.requests?.peak_to_average !== undefined ? { peakToAverage: new Decimal(suggested.requests.peak_to_average) } : {}),
    },
  };
  const cost = (w: Workload) => {
    const estimate = estimateWorkload(w, manifest, book);
    return estimate.priced ? estimate.cost?.monthlyCost : undefined;
  };
  const declaredCost = cost(workload);
  const measuredCost = cost(measuredWorkload);
  return {
    file,
    workload,
    model: stats.model,
    values,
    declared: {
      input: workload.tokens.input.expected,
      output: workload.tokens.output.expected,
      cachedInput: workload.tokens.cachedInput.expected,
      cacheWrite: workload.tokens.cacheWrite.expected,
      requestsPerMonth: workload.requests.perMonth.expected,
      peakToAverage: workload.requests.peakToAverage ?? new Decimal(1),
      ...(declaredCost ? { monthlyCost: declaredCost } : {}),
    },
    measured: {
      input: new Decimal(tokens.input),
      output: new Decimal(tokens.output),
      cachedInput: new Decimal(tokens.cached_input),
      cacheWrite: new Decimal(tokens.cache_write ?? 0),
      requestsPerMonth,
      ...(suggested.requests?.peak_to_average !== undefined ? { peakToAverage: new Decimal(suggested.requests.peak_to_average) } : {}),
      ...(measuredCost ? { monthlyCost: measuredCost } : {}),
    },
    notes,
  };
}

function rejectedText(r: { future: number; outliers: number }): string {
  const parts = [
    r.future > 0 ? `${r.future} in the future` : "",
    r.outliers > 0 ? `${r.outliers} far outside the rest of the log` : "",
  ].filter(Boolean);
  return `${parts.join(" and ")} timestamp(s) left out of the request rate`;
}

function valuesYaml(values: ManifestCalibration): string {
  const t = values.tokens!;
  const write = t.cache_write !== undefined ? `, cache_write: ${t.cache_write}` : "";
  const r = values.requests;
  const peak = r?.peak_to_average !== undefined ? `, peak_to_average: ${r.peak_to_average}` : "";
  return `tokens: { input: ${t.input}, output: ${t.output}, cached_input: ${t.cached_input}${write} }${r ? `, requests: { per_day: ${r.per_day}${peak} }` : ""}`;
}

function isoDay(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}

function statsText(models: readonly ModelCalibration[]): string[] {
  const rows = [["MODEL", "REQUESTS", "INPUT mean / p50 / p95", "OUTPUT mean / p50 / p95", "CACHED", "REQUESTS/DAY", "PEAK/AVG", "PERIOD"]];
  for (const m of models) {
    const dist = (d: ModelCalibration["input"]) =>
      `${formatNumber(d.mean)} / ${formatNumber(new Decimal(d.p50))} / ${formatNumber(new Decimal(d.p95))}`;
    rows.push([
      plain(m.model),
      formatNumber(new Decimal(m.requests)),
      dist(m.input),
      dist(m.output),
      formatPercent(m.cachedShare.times(100), 1),
      m.rate ? formatNumber(m.rate.perDay) : "-",
      m.rate?.peakToAverage ? formatNumber(m.rate.peakToAverage) : "-",
      m.rate
        ? `${formatNumber(m.rate.periodDays)} days from ${isoDay(m.rate.first)}${m.rate.coversFullDay ? "" : " (under a day)"}`
        : "no timestamps",
    ]);
  }
  const rejected = models.filter((m) => m.rejectedTimes).map((m) => `  ${plain(m.model)}: ${rejectedText(m.rejectedTimes!)}`);
  return [...columns(rows).map((l) => `  ${l}`), ...rejected];
}

function workloadText(c: WorkloadCalibration): string[] {
  const n = (d: Decimal) => formatNumber(d);
  const cost = (d: Decimal | undefined) => (d ? formatUsd(d) : "unpriced");
  const rows = [
    ["", "DECLARED", "MEASURED"],
    ["input tokens", n(c.declared.input), n(c.measured.input)],
    ["output tokens", n(c.declared.output), n(c.measured.output)],
    ["cached input tokens", n(c.declared.cachedInput), n(c.measured.cachedInput)],
    ...(c.declared.cacheWrite.gt(0) || c.measured.cacheWrite.gt(0)
      ? [["cache write tokens", n(c.declared.cacheWrite), n(c.measured.cacheWrite)]]
      : []),
    [
      "requests/month",
      n(c.declared.requestsPerMonth.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN)),
      n(c.measured.requestsPerMonth.toDecimalPlaces(0, Decimal.ROUND_HALF_EVEN)),
    ],
    ...(c.measured.peakToAverage ? [["peak / average", n(c.declared.peakToAverage), n(c.measured.peakToAverage)]] : []),
    ["monthly cost", cost(c.declared.monthlyCost), cost(c.measured.monthlyCost)],
  ];
  const w = c.workload;
  const change =
    c.declared.monthlyCost && c.measured.monthlyCost
      ? ` (${formatUsdChange(c.measured.monthlyCost.minus(c.declared.monthlyCost))} a month)`
      : "";
  const out = [
    `Workload ${plain(w.name)} in ${plain(c.file)}: ${plain(w.provider)} ${plain(w.model)}, ${w.mode}, measured from ${plain(c.model)}${change}`,
    ...columns(rows).map((l) => `  ${l}`),
  ];
  for (const note of c.notes) out.push(`  note: ${plain(note)}`);
  out.push(
    c.written === undefined
      ? `  put in the manifest: ${valuesYaml(c.values)}   (or run again with --write)`
      : c.written
        ? `  wrote ${valuesYaml(c.values)} to ${plain(c.file)}`
        : `  ${plain(c.file)} already has these values`,
  );
  return out;
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

/** Actuals records as calibrate's input; what cannot tell tokens per request is a problem of its file. */
function calibrationSink(file: string, problems: UsageLogProblems, take: (record: UsageRecord | BucketUsage) => void): UsageSink {
  return {
    add(record, where) {
      const input = calibrationInput(record);
      if ("skip" in input) problems.add({ file, line: where.line, message: input.skip });
      else take("request" in input ? input.request : input.bucket);
    },
    reject: (error, where) => problems.add({ file, line: where.line, message: error.message }),
    skip: () => {},
  };
}

export async function calibrate({ values, positionals }: Parsed<typeof CALIBRATE_OPTIONS>, io: Io): Promise<number> {
  if (positionals.length === 0) throw new UsageError("calibrate needs at least one usage log (JSON Lines, plain or gzipped)");
  if ((values.write || values.manifest) && !values.workload)
    throw new UsageError(`${values.write ? "--write" : "--manifest"} needs --workload NAME`);

  const problems = new UsageLogProblems();
  // Anything after the end of today (UTC) is a future timestamp.
  const accumulator = createCalibration({ now: Date.parse(io.today) + 86_400_000 });
  // Logs are named by the operator, so they may lie outside the repository; but only regular files
  // are read (a FIFO would hang the run, a link may not be what was meant), all refusals at once.
  const refusals: string[] = [];
  for (const p of positionals) {
    const resolved = await resolveUnderRoot(io.cwd, p, ".", true);
    if ("problem" in resolved) refusals.push(`tokenbudget: usage log ${plain(p)} ${resolved.problem.message}\n`);
  }
  if (refusals.length > 0) {
    io.stderr.write(refusals.join(""));
    return 2;
  }
  const files = positionals.map((p) => path.resolve(io.cwd, p));
  const counter = { bytes: 0 };
  const total = (
    await Promise.all(
      files.map((f) =>
        stat(f).then(
          (s) => s.size,
          () => 0,
        ),
      ),
    )
  ).reduce((a, b) => a + b, 0);
  const progress = startProgress(io);
  let records = 0;
  const limits = {
    maxLineBytes: positiveInt("max-line-bytes", values["max-line-bytes"], DEFAULT_LOG_LIMITS.maxLineBytes),
    maxBytes: positiveInt("max-log-bytes", values["max-log-bytes"], DEFAULT_LOG_LIMITS.maxBytes),
  };
  let reading = files[0]!;
  try {
    const take = (record: UsageRecord | BucketUsage) => {
      if ("requests" in record) accumulator.addBucket(record);
      else accumulator.add(record);
      records += "requests" in record ? record.requests : 1;
      progress.update(
        () => `reading usage logs: ${formatBytes(counter.bytes)} of ${formatBytes(total)}, ${formatNumber(new Decimal(records))} requests`,
      );
    };
    for (const file of files) {
      reading = file;
      // JSON Lines line by line (any shape per line); a JSON document or CSV through the actuals readers.
      if ((await usageShape(file, limits)) === "lines") {
        for await (const record of readUsageLog(file, problems, counter, limits)) take(record);
      } else {
        await readUsageFile(file, path.relative(io.cwd, file) || file, calibrationSink(file, problems, take), counter, limits);
      }
    }
  } catch (error) {
    // A limit names the file it stopped in; no stack trace, exit 2.
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(
      `cannot read usage log ${plain(path.relative(io.cwd, reading) || reading)}: ${code ? `cannot be read (${code})` : (error as Error).message}`,
    );
  } finally {
    progress.done();
  }
  const { models } = accumulator.result();
  const relative = (file: string) => path.relative(io.cwd, file) || file;
  for (const p of problems.recorded.slice(0, 10)) io.stderr.write(`${plain(relative(p.file))}:${p.line}: skipped: ${plain(p.message)}\n`);
  if (problems.count > 10) io.stderr.write(`... and ${problems.count - 10} more bad lines\n`);
  if (models.length === 0) throw new UsageError(`no usage records in ${positionals.join(" ")}`);

  let calibration: WorkloadCalibration | undefined;
  if (values.workload) {
    const loaded = await loadManifests(io.cwd, values.manifest ? [values.manifest] : [], values.catalog, io.today);
    if (loaded.inputErrors.length > 0) {
      for (const f of loaded.inputErrors) io.stderr.write(`${formatProblem(f)}\n`);
      return 2;
    }
    const matches = loaded.files.flatMap((f) =>
      f.manifest && f.book ? f.manifest.workloads.filter((w) => w.name === values.workload).map((w) => ({ f, w })) : [],
    );
    if (matches.length === 0)
      throw new UsageError(
        `no workload named "${values.workload}"${values.manifest ? ` in ${values.manifest}` : " in **/ai-workloads.{yaml,yml}"}`,
      );
    if (matches.length > 1)
      throw new UsageError(`workload "${values.workload}" is in ${matches.map((m) => m.f.file).join(", ")}; pick one with --manifest`);
    const { f, w } = matches[0]!;
    calibration = calibrateWorkload(f.file, w, f.manifest!, f.book!, models);
    if (values.write) {
      const absolute = path.resolve(io.cwd, f.file);
      const applied = applyCalibration(await readFile(absolute, "utf8"), w.name, calibration.values);
      if ("error" in applied) throw new UsageError(`cannot update ${f.file}: ${applied.error}`);
      if (applied.changed) await writeFile(absolute, applied.text);
      calibration.written = applied.changed;
    }
  }

  const requests = models.reduce((n, m) => n + m.requests, 0);
  if (values.format === "json") {
    io.stdout.write(
      jsonText({
        logs: {
          files: positionals,
          requests,
          badLines: problems.count,
          problems: problems.recorded.slice(0, 10).map((p) => ({ ...p, file: relative(p.file) })),
        },
        models: models.map(modelJson),
        workload: calibration
          ? {
              file: calibration.file,
              name: calibration.workload.name,
              model: calibration.model,
              declared: calibration.declared,
              measured: calibration.measured,
              values: calibration.values,
              notes: calibration.notes,
              written: calibration.written ?? false,
            }
          : null,
      }),
    );
    return 0;
  }
  const out = [
    `Usage logs: ${positionals.length} file(s), ${formatNumber(new Decimal(requests))} requests${problems.count ? `, ${problems.count} bad line(s) skipped` : ""}`,
    "",
    ...statsText(models),
    "",
  ];
  if (calibration) out.push(...workloadText(calibration));
  else {
    out.push("Manifest values per model:");
    for (const m of models) out.push(`  ${plain(m.model)}: ${valuesYaml(m.suggested)}`);
    out.push("", "Give --workload NAME (and --manifest FILE) to price these against a workload, --write to update it.");
  }
  io.stdout.write(`${out.join("\n")}\n`);
  return 0;
}
