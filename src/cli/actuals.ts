// tokenbudget actuals: read usage data, attribute it to the manifests' workloads, price it with
// the estimate core, and report the variance from the projection.
import path from "node:path";
import { resolveOperatorPath } from "../adapters/fs.js";
import { DEFAULT_USAGE_LIMITS, LineLimitError } from "../adapters/lines.js";
import { readUsageFile, type UsageSink } from "../adapters/usage-files.js";
import { LIVE_APIS, livePages } from "../adapters/usage-fetch.js";
import { HttpError } from "../adapters/http.js";
import { actualsHtml } from "../app/actuals-html.js";
import { recordsOf } from "../core/actuals/normalise.js";
import { ActualsAccumulator } from "../core/actuals/aggregate.js";
import { Attributor, catalogResolver } from "../core/actuals/attribute.js";
import { buildActualsReport, type ActualsReport, type PricedManifest } from "../core/actuals/report.js";
import { isNonEmpty, type NonEmpty } from "../core/collections.js";
import { Decimal, formatNumber } from "../core/money.js";
import { actualsJson, renderActualsCsv, renderActualsMarkdown, renderActualsTable } from "../core/render/actuals.js";
import { sanitizePlain as plain } from "../core/render/escape.js";
import { TOOL_VERSION } from "../version.js";
import { positiveInt, UsageError, type Io } from "./args.js";
import type { Parsed } from "./command.js";
import type { ACTUALS_OPTIONS } from "./commands.js";
import { formatProblem, loadManifests, noManifests } from "./manifests.js";
import { jsonText } from "./output.js";
import { formatBytes, startProgress } from "./progress.js";

type Values = Parsed<typeof ACTUALS_OPTIONS>["values"];
type LiveSource = keyof typeof LIVE_APIS;

async function pricedManifests(io: Io, positionals: string[], values: Values): Promise<NonEmpty<PricedManifest>> {
  const loaded = await loadManifests(io, positionals, values.catalog, values["stdin-name"]);
  if (loaded.inputErrors.length > 0) {
    throw new UsageError(loaded.inputErrors.map(formatProblem).join("\n"));
  }
  const priced = loaded.files.flatMap((f) => (f.manifest && f.book ? [{ manifest: f.manifest, book: f.book }] : []));
  if (!isNonEmpty(priced)) throw noManifests("actuals", positionals);
  return priced;
}

/** Usage files are named by the operator: anywhere, but regular files only, every refusal at once. */
async function usageFiles(io: Io, written: readonly string[]): Promise<string[]> {
  const refusals: string[] = [];
  for (const p of written) {
    const resolved = await resolveOperatorPath(io.cwd, p);
    if ("problem" in resolved) refusals.push(`usage file ${plain(p)} ${resolved.problem.message}`);
  }
  if (refusals.length > 0) throw new UsageError(refusals.join("\n"));
  return written.map((p) => path.resolve(io.cwd, p));
}

async function readAll(io: Io, files: readonly string[], sink: UsageSink, values: Values): Promise<void> {
  const limits = {
    ...DEFAULT_USAGE_LIMITS,
    maxBytes: positiveInt("max-usage-bytes", values["max-usage-bytes"], DEFAULT_USAGE_LIMITS.maxBytes),
  };
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
        const why =
          error instanceof LineLimitError
            ? error.message
            : code
              ? `cannot be read (${code})`
              : `is not JSON, JSON Lines or CSV usage data (${(error as Error).message})`;
        throw new UsageError(`usage file ${plain(display)}: ${plain(why)}`);
      }
    }
  } finally {
    progress.done();
  }
}

/** `--since 30d`: the last N whole days (UTC) before today. */
function period(since: string, today: string): { since: number; until: number } {
  const m = /^(\d{1,4})d$/.exec(since);
  if (!m || Number(m[1]) === 0) throw new UsageError(`--since must be a number of days such as 30d, got "${since}"`);
  const until = Date.parse(today);
  return { since: until - Number(m[1]) * 86_400_000, until };
}

/** Fetches the organization's usage and cost pages into `sink`; a page's records are placed at its endpoint. */
async function readLive(io: Io, source: LiveSource, values: Values, sink: UsageSink): Promise<void> {
  const keyEnv = LIVE_APIS[source].keyEnv;
  const key = io.env[keyEnv];
  if (!key) throw new UsageError(`--from ${source} needs ${keyEnv}: an admin API key of the organization`);
  const http = {
    timeoutMs: positiveInt("timeout", values.timeout, 30) * 1000,
    retries: Number(values.retries),
    backoffMs: 500,
    maxRetryAfterMs: 60_000,
    maxBytes: 64 * 1024 * 1024,
  };
  if (!Number.isSafeInteger(http.retries) || http.retries < 0 || http.retries > 10)
    throw new UsageError(`--retries must be a whole number from 0 to 10, got "${values.retries}"`);
  let n = 0;
  try {
    for await (const { url, page } of livePages({
      source,
      key,
      ...period(values.since, io.today),
      ...(values["api-url"] ? { apiUrl: values["api-url"] } : {}),
      http,
    })) {
      const where = { file: url, line: 0 };
      recordsOf(
        page,
        { record: (r) => sink.add(r, where), reject: (e) => sink.reject(e, where), skip: (w) => sink.skip(w) },
        `${url}#${n++}`,
      );
    }
  } catch (error) {
    if (error instanceof HttpError) throw new UsageError(error.message);
    throw error;
  }
}

async function render(report: ActualsReport, format: Values["format"]): Promise<string> {
  switch (format) {
    case "html":
      return actualsHtml(report, TOOL_VERSION);
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
  if (values.usage.length === 0 && !values.from)
    throw new UsageError("actuals needs usage data: --usage FILE (repeatable) or --from openai|anthropic");
  const files = await usageFiles(io, values.usage);
  const manifests = await pricedManifests(io, positionals, values);
  const workloads = manifests.flatMap((m) => m.manifest.workloads);
  const attributor = new Attributor(workloads, catalogResolver(manifests[0].book));
  // Anything after the end of today (UTC) is a timestamp out of range.
  const accumulator = new ActualsAccumulator(attributor, { now: Date.parse(io.today) + 86_400_000 });
  await readAll(io, files, accumulator, values);
  if (values.from) await readLive(io, values.from, values, accumulator);
  const declaredModels = new Set(workloads.map((w) => attributor.key(w.model, w.provider)));
  const report = buildActualsReport(accumulator.result(), manifests, { declaredModels });
  io.stdout.write(await render(report, values.format));
  if (values["fail-on"] === "never") return 0;
  return report.status === "fail" || (values["fail-on"] === "warning" && report.status === "warn") ? 1 : 0;
}
