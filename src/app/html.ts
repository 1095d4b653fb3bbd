import path from "node:path";
import { renderCharts } from "../adapters/vega.js";
import { workTreeHead } from "../adapters/git.js";
import { compareCharts, historyCharts, reportCharts, rollupCharts } from "../core/render/charts.js";
import type { History } from "../core/finops/history.js";
import type { MergedReport } from "../core/finops/merge.js";
import { renderHistoryHtml, type HistoryScope } from "../core/render/history.js";
import { renderMergeHtml } from "../core/render/merge.js";
import { renderCompareHtml, renderHtmlChunks, type PageMeta, type ReportPageOptions } from "../core/render/html.js";
import type { WorkloadComparison } from "../core/plan/compare.js";
import type { Report } from "../core/review/report.js";

export interface MetaSource {
  cwd: string;
  env: Record<string, string | undefined>;
  /** When the page is made; the caller owns the clock. */
  now: string;
}

/**
 * Where a page comes from, for its footer: the CI's commit and repository when it names them,
 * else git's. The repository is a name (owner/name, or the work tree's folder), never a remote
 * URL, which may carry credentials.
 */
export async function pageMeta({ cwd, env, now }: MetaSource): Promise<PageMeta> {
  const fromCi = { commit: env.GITHUB_SHA || env.CI_COMMIT_SHA, repository: env.GITHUB_REPOSITORY || env.CI_PROJECT_PATH };
  const local = fromCi.commit && fromCi.repository ? undefined : await workTreeHead(cwd);
  const commit = fromCi.commit || local?.commit;
  const repository = fromCi.repository || (local?.top ? path.basename(local.top) : null);
  return { generatedAt: now, ...(commit ? { commit } : {}), ...(repository ? { repository } : {}) };
}

/** The HTML report, in pieces: the core's chart specs, drawn by the adapter, placed by the core's renderer. */
export async function reportHtml(report: Report, options: ReportPageOptions = {}): Promise<Generator<string, void, undefined>> {
  return renderHtmlChunks(report, await renderCharts(reportCharts(report, options.workloads ?? report.workloads)), options);
}

export async function compareHtml(comparisons: readonly WorkloadComparison[], toolVersion: string, meta: PageMeta = {}): Promise<string> {
  return renderCompareHtml(comparisons, await renderCharts(compareCharts(comparisons)), toolVersion, meta);
}

/** `merge --format html`, in pieces. */
export async function mergeHtml(merged: MergedReport, meta: PageMeta): Promise<Generator<string, void, undefined>> {
  return renderMergeHtml(merged, await renderCharts(rollupCharts(merged)), meta);
}

/** `history --format html`, in pieces. */
export async function historyHtml(h: History, scope: HistoryScope, meta: PageMeta): Promise<Generator<string, void, undefined>> {
  return renderHistoryHtml(h, scope, await renderCharts(historyCharts(h)), meta);
}
