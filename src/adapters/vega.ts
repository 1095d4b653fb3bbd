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
import type { ChartSpec, VegaLiteSpec } from "../core/render/charts.js";

export type RenderedCharts = Map<string, string>;

type Vega = typeof import("vega");
type Runtime = ReturnType<Vega["parse"]>;

/** The name the top-level data takes in a compiled shape; its rows are given to each chart's view. */
const TABLE = "table";
/** More than one report's shapes; past it the cache starts again, so a long-lived process stays small. */
const MAX_SHAPES = 64;

/**
 * Compiled and parsed Vega by chart shape (a spec without its top-level rows). Compiling and
 * parsing cost about half of a chart's drawing, and a report's charts repeat shapes: the spend by
 * model, provider, mode and workload are the same bars, and a process drawing several reports
 * (a test run, `compare`) draws the same shapes again.
 */
const shapes = new Map<string, Runtime>();

function runtimeOf(spec: VegaLiteSpec, vega: Vega, vegaLite: typeof import("vega-lite")): Runtime {
  const shape = JSON.stringify({ ...spec, data: { name: TABLE } });
  let runtime = shapes.get(shape);
  if (!runtime) {
    // Vega-Lite's and Vega's warnings would land on stderr around the report; a spec here is ours to get right.
    const logger = vega.logger(vega.None);
    const compiled = vegaLite.compile(JSON.parse(shape) as Parameters<typeof vegaLite.compile>[0], { logger }).spec;
    runtime = vega.parse(compiled);
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(shape, runtime);
  }
  return runtime;
}

export async function renderCharts(charts: readonly ChartSpec[]): Promise<RenderedCharts> {
  const out: RenderedCharts = new Map();
  if (charts.length === 0) return out;
  const [vega, vegaLite] = await Promise.all([import("vega"), import("vega-lite")]);
  // Every chart's data is inline: a loader that refuses keeps Vega off the network and the disk.
  const refuse = () => Promise.reject(new Error("tokenbudget charts load no external data"));
  const loader = { ...vega.loader(), load: refuse, sanitize: refuse, http: refuse, file: refuse };
  for (const chart of charts) {
    const rows = (chart.spec.data as { values: unknown[] }).values;
    const view = new vega.View(runtimeOf(chart.spec, vega, vegaLite), { renderer: "none", loader, logLevel: vega.None });
    view.data(TABLE, rows);
    out.set(chart.id, await view.toSVG());
    view.finalize();
  }
  return out;
}
