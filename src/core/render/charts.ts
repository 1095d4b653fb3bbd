/**
 * The pictures of a report, as Vega-Lite specifications: pure data in, chart descriptions out.
 * Turning them into SVG is the adapter's job (src/adapters/vega.ts), so the core stays free of
 * the charting library and of its lazy loading.
 *
 * Manifest strings travel only as data values, never inside titles or expressions, so Vega
 * neither evaluates nor formats them; its SVG writer escapes them like any other text.
 */
import { ZERO, formatNumber, formatPercent, formatUsd, formatUsdChange, toJsonMoney, type Decimal } from "../money.js";
import type { Report, ReportWorkload } from "../review/report.js";
import type { CompareOption, WorkloadComparison } from "../plan/compare.js";
import type { Change } from "../review/diff.js";
import { sanitizePlain as plain } from "./escape.js";
import { breakdowns, type Breakdown, type Dimension } from "../finops/breakdown.js";
import { leadingValues, type History } from "../finops/history.js";
import type { MergedReport } from "../finops/merge.js";

export type VegaLiteSpec = Record<string, unknown>;

export interface ChartSpec {
  /** Stable, derived from the report's structure only (never from a manifest string). */
  id: string;
  title: string;
  /** The text alternative: what the chart shows, in words. */
  description: string;
  spec: VegaLiteSpec;
  /** The ARIA role description Vega gives the chart's data marks (`bar`, `point`, `line mark`). */
  markRole: "bar" | "point" | "line mark";
  /** How many data marks the chart draws, and how many text labels sit on them: the browser tests count both. */
  marks: number;
  labels: number;
  /** Items left out of the chart to keep it readable (the table below has them all); the caption says how many. */
  notDrawn?: number;
}

/** Bars beyond this many are summed into one "N others" bar; the tables below keep every row. */
export const MAX_BARS = 15;

export const COLORS = {
  increase: "#c0392b",
  decrease: "#2874a6",
  total: "#7f8c8d",
  bar: "#2e86c1",
  over: "#c0392b",
  near: "#b9770e",
  ok: "#239b56",
} as const;

/**
 * One look for every chart: no background (the page's shows through), text and axes in
 * `currentColor` so they follow the page's light or dark text colour.
 */
const CONFIG = {
  background: "transparent",
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, Helvetica, Arial, sans-serif",
  view: { stroke: null },
  axis: {
    labelColor: "currentColor",
    titleColor: "currentColor",
    domainColor: "currentColor",
    tickColor: "currentColor",
    gridColor: "currentColor",
    gridOpacity: 0.15,
    labelFontSize: 12,
    titleFontSize: 12,
    titleFontWeight: "normal",
    labelLimit: 240,
  },
  legend: { labelColor: "currentColor", titleColor: "currentColor", labelFontSize: 12, titleFontSize: 12, labelLimit: 360 },
  text: { color: "currentColor", fontSize: 12 },
};

const usd = (value: Decimal): number => toJsonMoney(value);

export function base(width: number, height: number, values: unknown[]): VegaLiteSpec {
  return { $schema: "https://vega.github.io/schema/vega-lite/v6.json", config: CONFIG, width, height, data: { values } };
}

/**
 * Axis labels must differ for a nominal scale; two workloads may share a name across files.
 * Every label passes here, so none carries a bidi override or control character (a file name may).
 */
export function uniqueLabels(labels: readonly string[]): string[] {
  const next = labeller();
  return labels.map((label) => next(label));
}

/** uniqueLabels one label at a time: each call answers the next label, unique among those asked before. */
function labeller(): (raw: string) => string {
  const seen = new Map<string, number>();
  return (raw) => {
    const label = plain(raw);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  };
}

function labelOf(w: ReportWorkload, clash: boolean): string {
  return clash ? `${w.name} (${w.file})` : w.name;
}

/** Each item with a unique label for its workload: the name, and the file too where two share a name. */
function withWorkloadLabels<T extends { row: ReportWorkload }>(items: readonly T[]): Array<T & { label: string }> {
  const count = new Map<string, number>();
  for (const { row } of items) count.set(row.name, (count.get(row.name) ?? 0) + 1);
  const next = labeller();
  return items.map((item) => ({ ...item, label: next(labelOf(item.row, (count.get(item.row.name) ?? 0) > 1)) }));
}

const barHeight = (n: number) => Math.max(40, n * 24);

/** A colour encoding of `field`: each of its values in its own colour (in the order given), the legend below the chart. */
function categoryColor(field: string, title: string | null, colors: Record<string, string>): VegaLiteSpec {
  return {
    field,
    type: "nominal",
    title,
    scale: { domain: Object.keys(colors), range: Object.values(colors) },
    legend: { orient: "bottom" },
  };
}

/** Horizontal bars with their amount written next to them (readable without colour). */
function barChart(rows: Array<{ label: string; value: number; text: string; color?: string }>, axisTitle: string): VegaLiteSpec {
  return {
    ...base(600, barHeight(rows.length), rows),
    encoding: { y: { field: "label", type: "nominal", sort: null, title: null } },
    layer: [
      {
        mark: { type: "bar", color: COLORS.bar },
        encoding: {
          x: { field: "value", type: "quantitative", title: axisTitle, axis: { format: "$,.0f" } },
          ...(rows.some((r) => r.color) ? { color: { field: "color", type: "nominal", scale: null } } : {}),
        },
      },
      { mark: { type: "text", align: "left", dx: 4 }, encoding: { x: { field: "value", type: "quantitative" }, text: { field: "text" } } },
    ],
  };
}

/** The largest amounts as bars, the rest summed into one "N others" bar; `text` writes each amount. */
export function topBars(
  values: ReadonlyArray<{ label: string; amount: Decimal }>,
  text: (amount: Decimal) => string = formatUsd,
): Array<{ label: string; value: number; text: string }> {
  const top = values.slice(0, MAX_BARS);
  const rest = values.slice(MAX_BARS);
  const rows = top.map((v) => ({ label: v.label, value: usd(v.amount), text: text(v.amount) }));
  if (rest.length > 0) {
    const total = rest.reduce((a, v) => a.plus(v.amount), ZERO);
    rows.push({ label: `${rest.length} others`, value: usd(total), text: text(total) });
  }
  const next = labeller();
  return rows.map((r) => ({ ...r, label: next(r.label) }));
}

/** Spend by each tag the report groups by, largest first. */
export function tagCharts(report: Report): ChartSpec[] {
  return report.groups.map((group, i) => {
    const rows = topBars(group.values.map((v) => ({ label: v.value, amount: v.monthlyCost })));
    return {
      id: `chart-tag-${i + 1}`,
      title: `Monthly spend by ${group.tag}`,
      description: `Bar chart of projected monthly spend for each value of the tag ${group.tag}, largest first: ${rows.map((r) => `${r.label} ${r.text}`).join(", ")}.`,
      spec: barChart(rows, "USD per month"),
      markRole: "bar",
      marks: rows.length,
      labels: rows.length,
    };
  });
}

const DIMENSION_TITLE: Record<Dimension, string> = { model: "model", provider: "provider", mode: "deployment mode", workload: "workload" };

/** Bars of spend by some key, largest first, each written with its share of the total. */
function shareChart(id: string, what: string, values: ReadonlyArray<{ label: string; amount: Decimal }>): ChartSpec | null {
  if (values.length === 0) return null;
  const total = values.reduce((a, r) => a.plus(r.amount), ZERO);
  const share = (amount: Decimal) => `${formatUsd(amount)}${total.isZero() ? "" : ` (${formatPercent(amount.div(total).times(100), 1)})`}`;
  const rows = topBars(values, share);
  return {
    id,
    title: `Monthly spend by ${what}`,
    description: `Bar chart of projected monthly spend by ${what}, largest first, with each one's share of the total: ${rows.map((r) => `${r.label} ${r.text}`).join(", ")}.`,
    spec: barChart(rows, "USD per month"),
    markRole: "bar",
    marks: rows.length,
    labels: rows.length,
  };
}

/** Spend by model, provider, mode and workload, each bar with its share of the total. */
export function breakdownCharts(list: readonly Breakdown[]): ChartSpec[] {
  return list.flatMap(
    (b) =>
      shareChart(
        `chart-by-${b.dimension}`,
        DIMENSION_TITLE[b.dimension],
        b.rows.map((r) => ({ label: r.key, amount: r.monthlyCost })),
      ) ?? [],
  );
}

/** The org roll-up: spend by repository, team, model and provider. */
export function rollupCharts(m: MergedReport): ChartSpec[] {
  const rows = (list: ReadonlyArray<{ key: string; monthlyCost: Decimal }>) => list.map((r) => ({ label: r.key, amount: r.monthlyCost }));
  return [
    shareChart(
      "chart-rollup-repository",
      "repository",
      m.byRepository.map((r) => ({ label: r.repository, amount: r.monthlyCost })),
    ),
    shareChart("chart-rollup-team", "team", rows(m.byTeam)),
    shareChart("chart-rollup-model", "model", rows(m.byModel)),
    shareChart("chart-rollup-provider", "provider", rows(m.byProvider)),
  ].filter((c): c is ChartSpec => c !== null);
}

/** Lines a history chart draws besides the total: the largest at the newest commit. */
export const MAX_HISTORY_LINES = 8;

/** Projected spend at each commit walked: the total and the largest teams (or models), over commit time. */
function historyChart(h: History, dimension: "team" | "model"): ChartSpec | null {
  const last = h.points.at(-1);
  if (!last) return null;
  const all = leadingValues(h.points, dimension, Number.MAX_SAFE_INTEGER);
  const shown = all.slice(0, MAX_HISTORY_LINES);
  const next = labeller();
  const total = next("Total");
  const lines = shown.map((key) => ({ key, series: next(key) }));
  const values = h.points.flatMap((p) => {
    const by = p.by[dimension];
    return [
      { date: p.date, series: total, usd: usd(p.monthlyCost) },
      ...lines.map(({ key, series }) => ({ date: p.date, series, usd: usd((by && Object.hasOwn(by, key) ? by[key] : undefined) ?? ZERO) })),
    ];
  });
  const notDrawn = all.length - shown.length;
  const spec = {
    ...base(600, 260, values),
    mark: { type: "line", point: h.points.length <= 60, interpolate: "step-after" },
    encoding: {
      // UTC, so the axis reads the same on every machine.
      x: {
        field: "date",
        type: "temporal",
        title: "Commit date (UTC)",
        scale: { type: "utc" },
        axis: { format: "%Y-%m-%d", labelAngle: 0, labelOverlap: true },
      },
      y: { field: "usd", type: "quantitative", title: "USD per month", axis: { format: "$,.0f" } },
      color: {
        field: "series",
        type: "nominal",
        title: null,
        sort: null,
        scale: { scheme: "tableau10" },
        legend: { orient: "bottom", columns: 3 },
      },
      strokeDash: { field: "series", type: "nominal", sort: null },
    },
  };
  return {
    id: `chart-history-${dimension}`,
    title: `Projected monthly spend over time, by ${dimension}`,
    description: `Step chart of the projected monthly spend at each of ${h.points.length} commits: the total (${formatUsd(last.monthlyCost)} at the newest) and the ${shown.length} largest ${dimension}s at the newest commit${shown.length ? ` (${shown.join(", ")})` : ""}.${notDrawn > 0 ? ` ${notDrawn} more are not drawn.` : ""}`,
    spec,
    markRole: "line mark",
    marks: 1 + lines.length,
    labels: 0,
    notDrawn,
  };
}

export function historyCharts(h: History): ChartSpec[] {
  return [historyChart(h, "team"), historyChart(h, "model")].filter((c): c is ChartSpec => c !== null);
}

/** Changed workloads with a known delta, largest move first. */
function changedRows(report: Report): Array<{ row: ReportWorkload; change: Change; diff: Decimal }> {
  return report.workloads
    .flatMap((row) => {
      const { change, diffMonthlyCost: diff } = row;
      return change !== undefined && change !== "unchanged" && diff ? [{ row, change, diff }] : [];
    })
    .sort((a, b) => b.diff.abs().comparedTo(a.diff.abs()));
}

/** Base total, each changed workload's step up or down, head total: where the change comes from. */
export function waterfallChart(report: Report): ChartSpec | null {
  const s = report.summary;
  if (!report.base || s.baseMonthlyCost === undefined || s.diffMonthlyCost === undefined) return null;
  const changed = changedRows(report);
  if (changed.length === 0) return null;
  const rest = changed.slice(MAX_BARS);
  const steps: Array<{ label: string; amount: Decimal }> = withWorkloadLabels(changed.slice(0, MAX_BARS)).map((c) => ({
    label: c.label,
    amount: c.diff,
  }));
  if (rest.length > 0) steps.push({ label: `${rest.length} other changes`, amount: rest.reduce((a, c) => a.plus(c.diff), ZERO) });
  // The totals' labels must not collide with a workload's name.
  const next = labeller();
  for (const step of steps) next(step.label);
  const baseLabel = next("Base total");
  const headLabel = next("Head total");
  let running = s.baseMonthlyCost;
  const rows = [{ label: baseLabel, start: 0, end: usd(running), kind: "total", text: formatUsd(running) }];
  for (const step of steps) {
    const next = running.plus(step.amount);
    rows.push({
      label: step.label,
      start: usd(running),
      end: usd(next),
      kind: step.amount.isNegative() ? "decrease" : "increase",
      text: formatUsdChange(step.amount),
    });
    running = next;
  }
  rows.push({ label: headLabel, start: 0, end: usd(s.monthlyCost), kind: "total", text: formatUsd(s.monthlyCost) });
  const spec = {
    ...base(600, barHeight(rows.length), rows),
    encoding: { y: { field: "label", type: "nominal", sort: null, title: null } },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          x: { field: "start", type: "quantitative", title: "USD per month", axis: { format: "$,.0f" } },
          x2: { field: "end" },
          color: categoryColor("kind", null, { total: COLORS.total, increase: COLORS.increase, decrease: COLORS.decrease }),
        },
      },
      { mark: { type: "text", align: "left", dx: 4 }, encoding: { x: { field: "maxEnd", type: "quantitative" }, text: { field: "text" } } },
    ],
    transform: [{ calculate: "max(datum.start, datum.end)", as: "maxEnd" }],
  };
  return {
    id: "chart-waterfall",
    title: "From base to head: the change by workload",
    description: `Waterfall chart: the base total ${formatUsd(s.baseMonthlyCost)} a month, then each changed workload's step (${steps.map((x) => `${x.label} ${formatUsdChange(x.amount)}`).join(", ")}), ending at the head total ${formatUsd(s.monthlyCost)}.`,
    spec,
    markRole: "bar",
    marks: rows.length,
    labels: rows.length,
  };
}

/** What moved each changed workload: its change split into causes, increases right, savings left. */
export function driversChart(report: Report): ChartSpec | null {
  if (!report.base) return null;
  const changed = withWorkloadLabels(changedRows(report).slice(0, MAX_BARS));
  if (changed.length === 0) return null;
  const rows = changed.flatMap(({ row, change, diff, label }) => {
    const drivers: Array<{ cause: string; amount: Decimal }> =
      row.drivers && row.drivers.length > 0 ? row.drivers : [{ cause: change, amount: diff }];
    return drivers.map((d) => ({ label, cause: d.cause, value: usd(d.amount), text: formatUsdChange(d.amount) }));
  });
  const spec = {
    ...base(600, barHeight(changed.length), rows),
    mark: { type: "bar", stroke: "currentColor", strokeWidth: 0.5 },
    encoding: {
      y: { field: "label", type: "nominal", sort: null, title: null },
      x: { field: "value", type: "quantitative", title: "Change in USD per month", axis: { format: "$,.0f" }, stack: "zero" },
      color: { field: "cause", type: "nominal", title: "Cause", scale: { scheme: "tableau10" }, legend: { orient: "bottom" } },
    },
  };
  return {
    id: "chart-drivers",
    title: "Why each workload changed",
    description: `Diverging stacked bar chart of each changed workload's change split into its causes: ${changed.map((c) => `${c.label} ${formatUsdChange(c.diff)}`).join(", ")}.`,
    spec,
    markRole: "bar",
    marks: rows.length,
    labels: 0,
  };
}

export interface ForecastSeries {
  label: string;
  kind: "workload" | "group";
  file: string;
  budget: Decimal;
  /** Month 0 (now) to month 12. */
  months: Decimal[];
  /** First month (1-12) over the budget; 0 when already over now; null when it stays within. */
  breaks: number | null;
}

/** Over budget now first, then the soonest to break, then the largest share of its budget at month 12. */
function forecastOrder(a: ForecastSeries, b: ForecastSeries): number {
  const at = (s: ForecastSeries) => (s.breaks === null ? 99 : s.breaks);
  const peak = (s: ForecastSeries) => {
    const last = s.months.at(-1);
    return s.budget.isZero() || !last ? null : last.div(s.budget);
  };
  const pa = peak(a);
  const pb = peak(b);
  return at(a) - at(b) || (pa === null || pb === null ? (pa === null ? -1 : 0) - (pb === null ? -1 : 0) : pb.comparedTo(pa));
}

/**
 * Every budget (a workload's own or a group's) that a declared growth moves over the next 12
 * months, most urgent first. `workloads` are all of the run's rows (a diff report lists only the
 * changed ones, but a group's forecast needs its unchanged members too); month 0 of a group is
 * its projected spend, the number its table shows.
 */
export function forecastSeries(report: Report, workloads: readonly ReportWorkload[] = report.workloads): ForecastSeries[] {
  const series: ForecastSeries[] = [];
  const breaks = (months: Decimal[], budget: Decimal) => {
    const i = months.findIndex((m) => m.gt(budget));
    return i < 0 ? null : i;
  };
  // A row's forecast is computed when read: read it once per workload.
  const forecasts = new Map(workloads.map((w) => [w, w.forecast]));
  for (const w of workloads) {
    const forecast = forecasts.get(w);
    if (!forecast || !w.budget || !w.monthlyCost) continue;
    const months = [w.monthlyCost, ...forecast];
    series.push({
      label: w.name,
      kind: "workload",
      file: w.file,
      budget: w.budget.monthly,
      months,
      breaks: breaks(months, w.budget.monthly),
    });
  }
  // Each budget's members from its own file's rows: a scan of every workload per budget was quadratic.
  const byFile = new Map<string, Array<{ row: ReportWorkload; cost: Decimal; forecast: Decimal[] | null | undefined }>>();
  for (const row of workloads) {
    const cost = row.monthlyCost;
    if (row.change === "removed" || !cost) continue;
    const member = { row, cost, forecast: forecasts.get(row) };
    const rows = byFile.get(row.file);
    if (rows) rows.push(member);
    else byFile.set(row.file, [member]);
  }
  for (const b of report.budgets) {
    const names = new Set(b.workloads);
    const members = (byFile.get(b.file) ?? []).filter((m) => names.has(m.row.name));
    if (!members.some((m) => m.forecast)) continue;
    // Growth added to the projected spend: members that do not grow add nothing after month 0.
    const months = Array.from({ length: 13 }, (_, m) =>
      members.reduce((a, { cost, forecast }) => {
        const grown = m === 0 ? undefined : forecast?.[m - 1];
        return grown ? a.plus(grown).minus(cost) : a;
      }, b.projected),
    );
    series.push({ label: `${b.name} (group)`, kind: "group", file: b.file, budget: b.monthly, months, breaks: breaks(months, b.monthly) });
  }
  return series.sort(forecastOrder);
}

/** Lines a forecast chart draws: one colour of tableau20 each (and a dash pattern), so no two look alike. */
export const MAX_FORECAST_LINES = 20;

const breakNote = (s: ForecastSeries) => (s.breaks === null ? "stays within" : s.breaks === 0 ? "over now" : `breaks in month ${s.breaks}`);

/**
 * The 12-month forecast of the most urgent budgets' use, against the budget line at 100%. Each
 * line's legend entry says when it breaks (no labels piled on the lines); a diamond marks the
 * month; the caption says how many budgets are not drawn.
 */
export function forecastChart(report: Report, workloads: readonly ReportWorkload[] = report.workloads): ChartSpec | null {
  // A $0 budget has no share to draw: its spend is a finding and a table row, not a point at infinity.
  const all = forecastSeries(report, workloads).filter((s) => !s.budget.isZero());
  const series = all.slice(0, MAX_FORECAST_LINES);
  if (series.length === 0) return null;
  const next = labeller();
  const points = series.flatMap((s) => {
    const label = next(`${s.label}: ${breakNote(s)}`);
    return s.months.map((m, month) => ({
      label,
      month,
      percent: toJsonMoney(m.div(s.budget).times(100)),
      text: formatUsd(m),
      breaks: month === s.breaks,
    }));
  });
  const breaking = points.filter((p) => p.breaks).length;
  const notDrawn = all.length - series.length;
  const name = labeller();
  const drawn =
    notDrawn > 0
      ? ` The ${series.length} most urgent of ${all.length} budgets are drawn; ${notDrawn} more are not drawn (see the table).`
      : "";
  const fates = series.map(
    (s) =>
      `${name(s.label)} ${s.breaks === null ? "stays within its budget" : s.breaks === 0 ? "is over its budget now" : `breaks its budget in month ${s.breaks}`}`,
  );
  return {
    id: "chart-forecast",
    title: "12-month forecast against each budget",
    description: `Line chart of each budget's projected use over the next 12 months at the declared growth, with the budget at 100%, over-budget first: ${fates.join("; ")}.${drawn}`,
    spec: { ...base(600, 280, points), layer: forecastLayers(Math.max(...points.map((p) => p.percent))) },
    markRole: "point",
    // One point per month per budget, plus a diamond where each breaks.
    marks: points.length + breaking,
    labels: 1,
    notDrawn,
  };
}

/** The forecast's layers: a line per budget, the budget's rule at 100% with its label, a diamond where a line breaks it. */
function forecastLayers(top: number): VegaLiteSpec[] {
  return [
    {
      mark: { type: "line", point: true },
      encoding: {
        x: {
          field: "month",
          type: "quantitative",
          title: "Months from now",
          scale: { domain: [0, 12] },
          axis: { tickCount: 12, format: "d" },
        },
        y: forecastAxis(top),
        color: {
          field: "label",
          type: "nominal",
          title: "Budget",
          sort: null,
          scale: { scheme: "tableau20" },
          legend: { orient: "bottom", columns: 2 },
        },
        strokeDash: { field: "label", type: "nominal", sort: null },
      },
    },
    {
      data: { values: [{ y: 100 }] },
      mark: { type: "rule", strokeDash: [6, 3], color: COLORS.over },
      encoding: { y: { field: "y", type: "quantitative" } },
    },
    {
      data: { values: [{ y: 100, text: "budget" }] },
      mark: { type: "text", align: "right", dy: -6, x: "width" },
      encoding: { y: { field: "y", type: "quantitative" }, text: { field: "text" } },
    },
    {
      transform: [{ filter: "datum.breaks" }],
      mark: { type: "point", shape: "diamond", size: 120, filled: true, color: COLORS.over },
      encoding: { x: { field: "month", type: "quantitative" }, y: { field: "percent", type: "quantitative" } },
    },
  ];
}

/** The share-of-budget axis up to `top` percent: linear, or past 10x a budget symlog, where a linear one would flatten every line near the budget. */
function forecastAxis(top: number): VegaLiteSpec {
  const wide = top > 1000;
  if (!wide) return { field: "percent", type: "quantitative", title: "Share of the budget (%)" };
  // Ticks a symlog axis would leave out: the budget and a few decades above it.
  const ticks = [0, 100, ...Array.from({ length: 12 }, (_, k) => 10 ** (k + 3))].filter((t) => t <= top);
  return {
    field: "percent",
    type: "quantitative",
    title: "Share of the budget (%, symlog scale)",
    scale: { type: "symlog", constant: 100 },
    axis: { values: ticks, format: ",d", labelOverlap: false },
  };
}

/** Each group budget's projected use, with the 100% line. */
export function groupBudgetChart(report: Report): ChartSpec | null {
  const budgets = report.budgets.flatMap((b) => (b.percentUsed ? [{ ...b, percentUsed: b.percentUsed }] : []));
  if (budgets.length === 0) return null;
  const next = labeller();
  const rows = budgets.map((b) => ({
    label: next(b.name),
    value: toJsonMoney(b.percentUsed),
    text: `${formatPercent(b.percentUsed)} of ${formatUsd(b.monthly)}`,
    status: b.status,
  }));
  const spec = {
    ...base(600, barHeight(rows.length), rows),
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y: { field: "label", type: "nominal", sort: null, title: null },
          x: { field: "value", type: "quantitative", title: "Share of the budget (%)" },
          color: categoryColor("status", "Status", { ok: COLORS.ok, near: COLORS.near, over: COLORS.over }),
        },
      },
      {
        mark: { type: "text", align: "left", dx: 4 },
        encoding: {
          y: { field: "label", type: "nominal", sort: null },
          x: { field: "value", type: "quantitative" },
          text: { field: "text" },
        },
      },
      {
        data: { values: [{ x: 100 }] },
        mark: { type: "rule", strokeDash: [6, 3], color: COLORS.over },
        encoding: { x: { field: "x", type: "quantitative" } },
      },
    ],
  };
  return {
    id: "chart-group-budgets",
    title: "Group budgets: projected use",
    description: `Bar chart of each group budget's projected use, with a line at 100%: ${rows.map((r) => `${r.label} ${r.text} (${r.status})`).join(", ")}.`,
    spec,
    markRole: "bar",
    marks: rows.length,
    labels: rows.length,
  };
}

/** Every chart of an estimate or check report, in page order. */
export function reportCharts(report: Report, workloads: readonly ReportWorkload[] = report.workloads): ChartSpec[] {
  return [
    ...breakdownCharts(breakdowns(workloads)),
    ...tagCharts(report),
    waterfallChart(report),
    driversChart(report),
    forecastChart(report, workloads),
    groupBudgetChart(report),
  ].filter((c): c is ChartSpec => c !== null);
}

export function optionLabel(option: CompareOption): string {
  if (!option.hardware) return option.mode;
  const replicas = option.replicas ? ` x${option.replicas.expected}` : "";
  return `${option.mode} ${option.hardware.id}${replicas}`;
}

/** Past this ratio of the dearest to the cheapest option, a linear axis draws the cheap ones as no bar at all. */
const LOG_SCALE_RATIO = 20;

/** compare: each option's monthly cost, the cheapest eligible one marked, the ineligible faded. */
export function optionsChart(c: WorkloadComparison, index: number): ChartSpec {
  const next = labeller();
  const rows = c.options.map((o, i) => ({
    label: next(optionLabel(o)),
    value: usd(o.monthlyCost),
    text: `${formatUsd(o.monthlyCost)}${i === c.cheapest ? " ★ cheapest" : o.eligible ? "" : " (not eligible)"}`,
    kind: i === c.cheapest ? "cheapest" : o.eligible ? "eligible" : "not eligible",
  }));
  const values = rows.map((r) => r.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  // A log axis keeps a $11 option visible beside a $10,950 one; it starts below the cheapest so every bar has length.
  const log = low > 0 && high / low >= LOG_SCALE_RATIO;
  const scale = log ? { type: "log", domainMin: low / 2, nice: false } : {};
  // Narrower than the other charts: the long option labels and amounts must fit the page unscaled (text at 12 px).
  const spec = {
    ...base(440, barHeight(rows.length), rows),
    encoding: { y: { field: "label", type: "nominal", sort: null, title: null } },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          x: {
            field: "value",
            type: "quantitative",
            title: log ? "USD per month (log scale)" : "USD per month",
            axis: { format: "$,.0f" },
            scale,
          },
          // A log axis has no zero: the bars start where the axis does.
          ...(log ? { x2: { datum: low / 2 } } : {}),
          color: categoryColor("kind", null, { cheapest: COLORS.ok, eligible: COLORS.bar, "not eligible": COLORS.total }),
        },
      },
      // The recommended option's amount in bold, the others plain.
      ...[false, true].map((cheapest) => ({
        transform: [{ filter: `datum.kind ${cheapest ? "===" : "!=="} 'cheapest'` }],
        mark: { type: "text", align: "left", dx: 4, fontWeight: cheapest ? "bold" : "normal" },
        encoding: { x: { field: "value", type: "quantitative", scale }, text: { field: "text" } },
      })),
    ],
  };
  return {
    id: `chart-options-${index + 1}`,
    title: `${c.workload.name}: monthly cost of each option`,
    description: `Bar chart of the monthly cost of each way to run the workload ${c.workload.name}${log ? " (on a log scale: the options differ by more than 20 times)" : ""}: ${rows.map((r) => `${r.label} ${r.text}`).join(", ")}.`,
    spec,
    markRole: "bar",
    marks: rows.length,
    labels: rows.length,
  };
}

/**
 * compare: serverless cost grows with volume while one dedicated replica costs the same at any
 * volume it can carry; the lines cross at the break-even volume, marked with today's volume.
 */
export function breakEvenChart(c: WorkloadComparison, index: number): ChartSpec | null {
  const b = c.breakEven;
  const perRequest = c.options.find((o) => o.mode === "serverless")?.perRequestCost;
  const hardware = c.options.find((o) => o.mode === "dedicated" && o.hardware?.id === b?.hardware)?.hardware;
  const breakEven = b && !b.never ? b.requestsPerMonth : undefined;
  if (!breakEven || !perRequest || !hardware) return null;
  const replica = hardware.hourly.times(hardware.gpusPerReplica).times(hardware.hours);
  const now = c.workload.requests.perMonth.expected;
  const top = (now.gt(breakEven) ? now : breakEven).times(2);
  const steps = 12;
  const line = Array.from({ length: steps + 1 }, (_, i) => top.times(i).div(steps));
  const series = [
    ...line.map((x) => ({ option: "serverless", requests: toJsonMoney(x), usd: usd(perRequest.times(x)) })),
    ...line.map((x) => ({ option: `dedicated ${hardware.id} (1 replica)`, requests: toJsonMoney(x), usd: usd(replica) })),
  ];
  const volume = `${formatNumber(breakEven.round())}/month`;
  const marks = [
    { requests: toJsonMoney(breakEven), text: `break-even ${volume}` },
    { requests: toJsonMoney(now), text: "today" },
  ];
  const spec = {
    ...base(600, 240, series),
    layer: [
      {
        mark: { type: "line" },
        encoding: {
          x: { field: "requests", type: "quantitative", title: "Requests per month", axis: { format: "~s" } },
          y: { field: "usd", type: "quantitative", title: "USD per month", axis: { format: "$,.0f" } },
          color: {
            field: "option",
            type: "nominal",
            title: null,
            scale: { range: [COLORS.bar, COLORS.increase] },
            legend: { orient: "bottom" },
          },
          strokeDash: { field: "option", type: "nominal" },
        },
      },
      {
        data: { values: marks },
        mark: { type: "rule", strokeDash: [4, 3], color: "currentColor" },
        encoding: { x: { field: "requests", type: "quantitative" } },
      },
      {
        data: { values: marks },
        mark: { type: "text", align: "left", dx: 4, y: 8, angle: 0 },
        encoding: { x: { field: "requests", type: "quantitative" }, text: { field: "text" } },
      },
    ],
  };
  return {
    id: `chart-break-even-${index + 1}`,
    title: `${c.workload.name}: break-even volume`,
    description: `Line chart of monthly cost against requests per month for serverless and one dedicated ${hardware.id} replica; they cross at ${volume} requests, and the workload runs ${formatNumber(now.round())} today.`,
    spec,
    markRole: "line mark",
    marks: 2,
    labels: 2,
  };
}

/** compare draws charts for this many workloads, those with the most money at stake; the rest get their tables only. */
export const MAX_COMPARE_CHARTS = 20;

/** The workloads (indexes into `comparisons`) that get charts: the largest current monthly cost first. */
export function chartedComparisons(comparisons: readonly WorkloadComparison[]): Set<number> {
  const cost = (c: WorkloadComparison) => c.current.monthlyCost ?? c.options[0]?.monthlyCost ?? ZERO;
  const order = comparisons.map((c, i) => ({ i, cost: cost(c) })).sort((a, b) => b.cost.comparedTo(a.cost) || a.i - b.i);
  return new Set(order.slice(0, MAX_COMPARE_CHARTS).map((o) => o.i));
}

/** Every chart of a compare run, in page order. */
export function compareCharts(comparisons: readonly WorkloadComparison[]): ChartSpec[] {
  const charted = chartedComparisons(comparisons);
  return comparisons.flatMap((c, i) =>
    charted.has(i) ? [optionsChart(c, i), breakEvenChart(c, i)].filter((x): x is ChartSpec => x !== null) : [],
  );
}
