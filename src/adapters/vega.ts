/**
 * Draws the core's chart specifications as static SVG, in Node, when the report is written.
 *
 * Why Vega-Lite rendered here rather than a charting script inlined in the page: the file then
 * holds finished SVG, so it shows the same with scripts off (mail clients, artifact viewers,
 * print), needs no 200 KB+ library inside every report, and its marks carry Vega's ARIA labels.
 * Vega and Vega-Lite are the grammar-of-graphics pair from the UW Interactive Data Lab, kept up
 * for a decade; a chart is a small declarative spec, not hand-placed SVG arithmetic. They are
 * about 0.9 MB minified, so they are imported only when an HTML report is asked for: every
 * other command starts as fast as before.
 */
import type { ChartSpec } from "../core/render/charts.js";

export type RenderedCharts = Map<string, string>;

export async function renderCharts(charts: readonly ChartSpec[]): Promise<RenderedCharts> {
  const out: RenderedCharts = new Map();
  if (charts.length === 0) return out;
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  // Every chart's data is inline: a loader that refuses keeps Vega off the network and the disk.
  const refuse = () => Promise.reject(new Error("tokenbudget charts load no external data"));
  const loader = { ...vega.loader(), load: refuse, sanitize: refuse, http: refuse, file: refuse };
  // Vega-Lite's and Vega's warnings would land on stderr around the report; a spec here is ours to get right.
  const logger = vega.logger(vega.None);
  for (const chart of charts) {
    const compiled = vegaLite.compile(chart.spec as unknown as Parameters<typeof vegaLite.compile>[0], { logger }).spec;
    const view = new vega.View(vega.parse(compiled), { renderer: "none", loader, logLevel: vega.None });
    out.set(chart.id, await view.toSVG());
    view.finalize();
  }
  return out;
}
