import { renderCharts } from "../adapters/vega.js";
import type { ActualsReport } from "../core/actuals/report.js";
import { actualsCharts, renderActualsHtml } from "../core/render/actuals-html.js";

/** The actuals page: the core's chart spec, drawn by the adapter, placed by the core's renderer. */
export async function actualsHtml(report: ActualsReport, toolVersion: string): Promise<string> {
  return renderActualsHtml(report, await renderCharts(actualsCharts(report)), toolVersion);
}
