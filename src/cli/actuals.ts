// tokenbudget actuals: read usage data, attribute it to the manifests' workloads, price it with
// the estimate core, and report the variance from the projection.
import "./main.js";
import path from "node:path";
import { resolveUnderRoot } from "../adapters/fs.js";
import { DEFAULT_USAGE_LIMITS, LineLimitError } from "../adapters/lines.js";
import { readUsageFile, type UsageSink } from "../adapters/usage-files.js";
import { ActualsAccumulator } from "../core/actuals/aggregate.js";
import { Attributor, catalogResolver } from "../core/actuals/attribute.js";
import { buildActualsReport, type ActualsReport, type PricedManifest } from "../core/actuals/report.js";
import { Decimal, formatNumber } from "../core/money.js";
import { actualsJson, renderActualsCsv, renderActualsMarkdown, renderActualsTable } from "../core/render/actuals.js";
import { sanitizePlain as plain } from "../core/render/escape.js";
import { positiveInt, UsageError, type Io } from "./args.js";
import type { Parsed } from "./command.js";
import type { ACTUALS_OPTIONS } from "./commands.js";
import { formatProblem, loadManifests, noManifests } from "./manifests.js";
import { jsonText } from "./output.js";
import { formatBytes, startProgress } from "./progress.js";

type Values = Parsed<typeof ACTUALS_OPTIONS>["values"];

async function pricedManifests(io: Io, positionals: string[], catalogs: string[]): Promise<PricedManifest[]> {
  const loaded = await loadManifests(io.cwd, positionals, catalogs, io.today);
  if (loaded.inputErrors.length > 0) {
    throw new UsageError(loaded.inputErrors.map(formatProblem).join("\n"));
  }
  const priced = loaded.files.flatMap((f) => (f.manifest && f.book ? [{ manifest: f.manifest, book: f.book }] : []));
  if (priced.length === 0) throw noManifests("actuals", positionals);
  return priced;
}

/** Usage files are named by the operator: anywhere, but regular files only, every refusal at once. */
async function usageFiles(io: Io, written: readonly string[]): Promise<string[]> {
  const refusals: string[] = [];
  for (const p of written) {
    const resolved = await resolveUnderRoot(io.cwd, p, ".", true);
    if ("problem" in resolved) refusals.push(`usage file ${plain(p)} ${resolved.problem.message}`);
  }
  if (refusals.length > 0) throw new UsageError(refusals.join("\n"));
  return written.map((p) => path.resolve(io.cwd, p));
}

async function readAll(io: Io, files: readonly string[], sink: UsageSink, values: Values): Promise<void> {
  const limits = { ...DEFAULT_USAGE_LIMITS, maxBytes: positiveInt("max-usage-bytes", values["max-usage-bytes"], DEFAULT_USAGE_LIMITS.maxBytes) };
  const counter = { bytes: 0 };
  const progress = startProgress(io);
  let records = 0;
  const counting: UsageSink = {
    add: (record, where) => {
      sink.add(record, where);
      records++;
      progress.update(() => `reading usage: ${formatBytes(counter.bytes)}, ${formatNumber(new Decimal(records))} records`);
    },
    reject: (error, where) => sink.reject(error, where),
    skip: (what) => sink.skip(what),
  };
  try {
    for (const file of files) {
      const display = path.relative(io.cwd, file) || file;
      try {
        await readUsageFile(file, display, counting, counter, limits);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        const why = error instanceof LineLimitError ? error.message : code ? `cannot be read (${code})` : `is not JSON, JSON Lines or CSV usage data (${(error as Error).message})`;
        throw new UsageError(`usage file ${plain(display)}: ${plain(why)}`);
      }
    }
  } finally {
    progress.done();
  }
}

function render(report: ActualsReport, format: Values["format"]): string {
  switch (format) {
    case "json":
      return jsonText(actualsJson(report));
    case "markdown":
      return renderActualsMarkdown(report);
    case "csv":
      return renderActualsCsv(report);
    default:
      return renderActualsTable(report);
  }
}

export async function actuals({ values, positionals }: Parsed<typeof ACTUALS_OPTIONS>, io: Io): Promise<number> {
  if (values.usage.length === 0) throw new UsageError("actuals needs usage data: --usage FILE (repeatable)");
  const files = await usageFiles(io, values.usage);
  const manifests = await pricedManifests(io, positionals, values.catalog);
  const workloads = manifests.flatMap((m) => m.manifest.workloads);
  const attributor = new Attributor(workloads, catalogResolver(manifests[0]!.book));
  // Anything after the end of today (UTC) is a timestamp out of range.
  const accumulator = new ActualsAccumulator(attributor, { now: Date.parse(io.today) + 86_400_000 });
  await readAll(io, files, accumulator, values);
  const declaredModels = new Set(workloads.map((w) => attributor.key(w.model, w.provider)));
  const report = buildActualsReport(accumulator.result(), manifests, { declaredModels });
  io.stdout.write(render(report, values.format));
  if (values["fail-on"] === "never") return 0;
  return report.status === "fail" || (values["fail-on"] === "warning" && report.status === "warn") ? 1 : 0;
}
