import { renderCharts } from "../adapters/vega.js";
import { compareCharts, reportCharts } from "../core/render/charts.js";
import { renderCompareHtml, renderHtml } from "../core/render/html.js";
import type { WorkloadComparison } from "../core/plan/compare.js";
import type { Report } from "../core/review/report.js";

/** The HTML report: the core's chart specs, drawn by the adapter, placed by the core's renderer. */
export async function reportHtml(report: Report): Promise<string> {
  return renderHtml(report, await renderCharts(reportCharts(report)));
}

export async function compareHtml(comparisons: readonly WorkloadComparison[], toolVersion: string): Promise<string> {
  return renderCompareHtml(comparisons, await renderCharts(compareCharts(comparisons)), toolVersion);
}
