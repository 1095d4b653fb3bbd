import { readFile, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEFAULT_LOG_LIMITS, type LineLimits } from "../adapters/lines.js";
import { readUsageLog, UsageLogProblems } from "../adapters/usage-logs.js";
import { resolveOperatorPath } from "../adapters/fs.js";
import { createCalibration, type BucketUsage, type ModelCalibration, type UsageRecord } from "../core/plan/calibrate.js";
import { calibrateWorkload, type WorkloadCalibration } from "../core/plan/calibrate-workload.js";
import { calibrationInput } from "../core/actuals/calibration-input.js";
import { readUsageFile, usageShape, type UsageSink } from "../adapters/usage-files.js";
import { applyCalibration } from "../core/manifest/manifest-edit.js";
import { Decimal, formatNumber } from "../core/money.js";
import { sanitizePlain as plain } from "../core/render/escape.js";
import { renderCalibrationJson, renderCalibrationText, renderSkippedLines, type CalibrationOutput } from "../core/render/calibrate.js";
import type { Workload } from "../core/manifest/types.js";
import { positiveInt, UsageError, type Io } from "./args.js";
import type { Parsed } from "./command.js";
import type { CALIBRATE_OPTIONS } from "./commands.js";
import { formatProblem, loadManifests } from "./manifests.js";
import { formatBytes, startProgress } from "./progress.js";

type CalibrateValues = Parsed<typeof CALIBRATE_OPTIONS>["values"];

/** The log model measuring this workload: the one of its name, else the only one there is. */
function pickModel(models: readonly ModelCalibration[], workload: Workload): { stats: ModelCalibration; notes: string[] } {
  const exactMatch = models.find((m) => m.model.toLowerCase() === workload.model.toLowerCase());
  if (exactMatch) return { stats: exactMatch, notes: [] };
  const [only] = models;
  if (only && models.length === 1)
    return { stats: only, notes: [`the log's model ${only.model} is not the workload's ${workload.model}; its measurements are used`] };
  throw new UsageError(
    `the logs hold ${models.length} models (${models.map((m) => m.model).join(", ")}) and none is ${workload.model}; pass only the logs of workload ${workload.name}`,
  );
}

/** Actuals records as calibrate's input; what cannot tell tokens per request is a problem of its file. */
function calibrationSink(file: string, problems: UsageLogProblems, take: (record: UsageRecord | BucketUsage) => void): UsageSink {
  return {
    add(record, where) {
      const input = calibrationInput(record);
      if ("skip" in input) problems.add({ file, line: where.line, message: input.skip });
      else take("request" in input ? input.request : input.bucket);
    },
    reject: (error, where) => {
      problems.add({ file, line: where.line, message: error.message });
    },
    skip: () => {},
  };
}

function checkArguments(values: CalibrateValues, positionals: readonly string[]): void {
  if (positionals.length === 0) throw new UsageError("calibrate needs at least one usage log (JSON Lines, plain or gzipped)");
  if ((values.write || values.manifest) && !values.workload)
    throw new UsageError(`${values.write ? "--write" : "--manifest"} needs --workload NAME`);
}

/**
 * Logs are named by the operator, so they may lie outside the repository; but only regular files
 * are read (a FIFO would hang the run, a link may not be what was meant), all refusals at once.
 */
async function refusedLogs(cwd: string, positionals: readonly string[]): Promise<string[]> {
  const refusals: string[] = [];
  for (const p of positionals) {
    const resolved = await resolveOperatorPath(cwd, p);
    if ("problem" in resolved) refusals.push(`tokenbudget: usage log ${plain(p)} ${resolved.problem.message}\n`);
  }
  return refusals;
}

async function totalBytes(files: readonly string[]): Promise<number> {
  const sizes = await Promise.all(
    files.map((f) =>
      stat(f).then(
        (s) => s.size,
        () => 0,
      ),
    ),
  );
  return sizes.reduce((a, b) => a + b, 0);
}

function logLimits(values: CalibrateValues): LineLimits {
  return {
    maxLineBytes: positiveInt("max-line-bytes", values["max-line-bytes"], DEFAULT_LOG_LIMITS.maxLineBytes),
    maxBytes: positiveInt("max-log-bytes", values["max-log-bytes"], DEFAULT_LOG_LIMITS.maxBytes),
  };
}

/** Reads every log into one calibration, with a progress line; a file that cannot be read ends the run naming it. */
async function measureLogs(files: readonly string[], limits: LineLimits, problems: UsageLogProblems, io: Io): Promise<ModelCalibration[]> {
  // Anything after the end of today (UTC) is a future timestamp.
  const accumulator = createCalibration({ now: Date.parse(io.today) + 86_400_000 });
  const counter = { bytes: 0 };
  const total = await totalBytes(files);
  const progress = startProgress(io);
  let records = 0;
  const take = (record: UsageRecord | BucketUsage) => {
    if ("requests" in record) accumulator.addBucket(record);
    else accumulator.add(record);
    records += "requests" in record ? record.requests : 1;
    progress.update(
      () => `reading usage logs: ${formatBytes(counter.bytes)} of ${formatBytes(total)}, ${formatNumber(new Decimal(records))} requests`,
    );
  };
  let reading = "";
  try {
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
  return accumulator.result().models;
}

/** The workload named by --workload (in --manifest, else in any manifest found), or the findings that make the manifests unusable. */
async function namedWorkload(values: CalibrateValues & { workload: string }, io: Io) {
  const loaded = await loadManifests(io, values.manifest ? [values.manifest] : [], values.catalog);
  if (loaded.inputErrors.length > 0) return { inputErrors: loaded.inputErrors };
  const matches = loaded.files.flatMap(({ file, manifest, book }) =>
    manifest && book
      ? manifest.workloads.filter((w) => w.name === values.workload).map((workload) => ({ file, manifest, book, workload }))
      : [],
  );
  const [match] = matches;
  if (!match)
    throw new UsageError(
      `no workload named "${values.workload}"${values.manifest ? ` in ${values.manifest}` : " in **/ai-workloads.{yaml,yml}"}`,
    );
  if (matches.length > 1)
    throw new UsageError(`workload "${values.workload}" is in ${matches.map((m) => m.file).join(", ")}; pick one with --manifest`);
  return { match };
}

/** Writes the measured values into the workload's manifest, keeping its comments and layout. */
async function writeCalibration(calibration: WorkloadCalibration, cwd: string): Promise<void> {
  const absolute = path.resolve(cwd, calibration.file);
  const applied = applyCalibration(await readFile(absolute, "utf8"), calibration.workload.name, calibration.values);
  if ("error" in applied) throw new UsageError(`cannot update ${calibration.file}: ${applied.error}`);
  if (applied.changed) await writeFile(absolute, applied.text);
  calibration.written = applied.changed;
}

/** The named workload priced as measured (and written with --write); exit code 2 when the manifests are unusable. */
async function calibrateNamed(values: CalibrateValues & { workload: string }, models: readonly ModelCalibration[], io: Io) {
  const found = await namedWorkload(values, io);
  if (!found.match) {
    for (const f of found.inputErrors) io.stderr.write(`${formatProblem(f)}\n`);
    return 2;
  }
  const { stats, notes } = pickModel(models, found.match.workload);
  const calibration = calibrateWorkload(found.match, found.match.workload, stats, notes);
  if (values.write) await writeCalibration(calibration, io.cwd);
  return calibration;
}

export async function calibrate({ values, positionals }: Parsed<typeof CALIBRATE_OPTIONS>, io: Io): Promise<number> {
  checkArguments(values, positionals);
  const refusals = await refusedLogs(io.cwd, positionals);
  if (refusals.length > 0) {
    io.stderr.write(refusals.join(""));
    return 2;
  }
  const problems = new UsageLogProblems();
  const models = await measureLogs(
    positionals.map((p) => path.resolve(io.cwd, p)),
    logLimits(values),
    problems,
    io,
  );
  const output: CalibrationOutput = {
    files: positionals,
    problems: problems.recorded.slice(0, 10).map((p) => ({ ...p, file: path.relative(io.cwd, p.file) || p.file })),
    badLines: problems.count,
    models,
  };
  io.stderr.write(renderSkippedLines(output));
  if (models.length === 0) throw new UsageError(`no usage records in ${positionals.join(" ")}`);

  const { workload } = values;
  if (workload) {
    const calibrated = await calibrateNamed({ ...values, workload }, models, io);
    if (typeof calibrated === "number") return calibrated;
    output.workload = calibrated;
  }
  io.stdout.write(values.format === "json" ? renderCalibrationJson(output) : renderCalibrationText(output));
  return 0;
}
