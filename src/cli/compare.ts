import { compareWorkload, type WorkloadComparison } from "../core/plan/compare.js";
import { Decimal } from "../core/money.js";
import { renderCompareJson, renderCompareText } from "../core/render/compare.js";
import { compareHtml, pageMeta } from "../app/html.js";
import { TOOL_VERSION } from "../version.js";
import { notFound, UsageError, type Io } from "./args.js";
import type { Parsed } from "./command.js";
import type { COMPARE_OPTIONS } from "./commands.js";
import { formatProblem, loadManifests, noManifests } from "./manifests.js";

/** The two sizing flags serve workloads whose manifest does not size them (only a dedicated workload carries a `dedicated:` block). */
export async function compare({ values, positionals }: Parsed<typeof COMPARE_OPTIONS>, io: Io): Promise<number> {
  const tps = values["tokens-per-second"];
  if (tps !== undefined && !(Number(tps) > 0 && Number.isFinite(Number(tps))))
    throw new UsageError(`--tokens-per-second must be a positive number, got "${tps}"`);

  const gpus = values.gpus;
  if (gpus !== undefined && !(Number.isSafeInteger(Number(gpus)) && Number(gpus) > 0))
    throw new UsageError(`--gpus must be a positive whole number, got "${gpus}"`);
  const context = { ...(tps ? { tokensPerSecond: new Decimal(tps) } : {}), ...(gpus ? { gpusPerReplica: Number(gpus) } : {}) };

  const loaded = await loadManifests(io, positionals, values.catalog, values["stdin-name"]);
  for (const f of loaded.inputErrors) io.stderr.write(`${formatProblem(f)}\n`);
  if (loaded.files.length === 0) throw noManifests("compare", positionals);

  const comparisons: WorkloadComparison[] = [];
  for (const file of loaded.files) {
    if (!file.manifest || !file.book) continue;
    for (const workload of file.manifest.workloads) {
      if (values.workload !== undefined && workload.name !== values.workload) continue;
      comparisons.push(compareWorkload(workload, file.manifest, file.book, context));
    }
  }
  if (values.workload !== undefined && comparisons.length === 0 && loaded.inputErrors.length === 0) {
    throw notFound(
      "no workload named",
      values.workload,
      loaded.files.flatMap((f) => f.manifest?.workloads.map((w) => w.name) ?? []),
    );
  }

  const format = values.format;
  if (format === "json") io.stdout.write(renderCompareJson(comparisons));
  else if (format === "html")
    io.stdout.write(await compareHtml(comparisons, TOOL_VERSION, await pageMeta({ cwd: io.cwd, env: io.env, now: io.now ?? io.today })));
  else io.stdout.write(renderCompareText(comparisons));
  return loaded.inputErrors.length > 0 ? 2 : 0;
}
