import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  Decimal,
  MILLION,
  ZERO,
  escapeHtml,
  formatCount,
  formatNumber,
  formatPercent,
  formatPercentChange,
  formatUsd,
  formatUsdChange,
  formatUsdPrecise,
  sanitizePlain,
  toJsonMoney
} from "./chunk-2REODJWC.js";
import {
  own
} from "./chunk-2IK5AYSC.js";

// src/adapters/vega.ts
var TABLE = "table";
var MAX_SHAPES = 64;
var shapes = /* @__PURE__ */ new Map();
function runtimeOf(spec, vega, vegaLite) {
  const shape = JSON.stringify({ ...spec, data: { name: TABLE } });
  let runtime = shapes.get(shape);
  if (!runtime) {
    const logger = vega.logger(vega.None);
    const compiled = vegaLite.compile(JSON.parse(shape), { logger }).spec;
    runtime = vega.parse(compiled);
    if (shapes.size >= MAX_SHAPES) shapes.clear();
    shapes.set(shape, runtime);
  }
  return runtime;
}
async function renderCharts(charts) {
  const out = /* @__PURE__ */ new Map();
  if (charts.length === 0) return out;
  const [vega, vegaLite] = await Promise.all([import("./vega.module-PNH47AE6.js"), import("./build-IUHR73QM.js")]);
  const refuse = () => Promise.reject(new Error("tokenbudget charts load no external data"));
  const loader = { ...vega.loader(), load: refuse, sanitize: refuse, http: refuse, file: refuse };
  for (const chart of charts) {
    const rows = chart.spec.data.values;
    const view = new vega.View(runtimeOf(chart.spec, vega, vegaLite), { renderer: "none", loader, logLevel: vega.None });
    view.data(TABLE, rows);
    out.set(chart.id, await view.toSVG());
    view.finalize();
  }
  return out;
}

// src/core/finops/breakdown.ts
var Totals = class {
  byKey = /* @__PURE__ */ new Map();
  add(key, cost, workloads = 1) {
    let entry = this.byKey.get(key);
    if (!entry) this.byKey.set(key, entry = { workloads: 0, monthlyCost: ZERO, unpriced: 0 });
    entry.workloads += workloads;
    if (cost) entry.monthlyCost = entry.monthlyCost.plus(cost);
    else entry.unpriced += workloads;
  }
  /** Largest first; ties by key, so the order never depends on input order. */
  rows(total) {
    return [...this.byKey.entries()].map(([key, e]) => ({ key, ...e, share: total.isZero() ? null : e.monthlyCost.div(total).times(100) })).sort((a, b) => b.monthlyCost.comparedTo(a.monthlyCost) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
};
function liveWorkloads(workloads) {
  return workloads.filter((w) => w.change !== "removed");
}
function workloadKeys(rows) {
  const count = /* @__PURE__ */ new Map();
  for (const w of rows) count.set(w.name, (count.get(w.name) ?? 0) + 1);
  return (w) => (count.get(w.name) ?? 0) > 1 ? `${w.name} (${w.file})` : w.name;
}
function breakdowns(workloads) {
  const live = liveWorkloads(workloads);
  const totals = { model: new Totals(), provider: new Totals(), mode: new Totals(), workload: new Totals() };
  const keyOf = workloadKeys(live);
  let total = ZERO;
  live.forEach((w) => {
    const cost = w.monthlyCost;
    if (cost) total = total.plus(cost);
    totals.model.add(w.model, cost);
    totals.provider.add(w.provider, cost);
    totals.mode.add(w.hardware ? `${w.mode} (${w.hardware})` : w.mode, cost);
    totals.workload.add(keyOf(w), cost);
  });
  return Object.keys(totals).map((dimension) => ({ dimension, rows: totals[dimension].rows(total) }));
}
function headroomOf(report, live) {
  const grouped = /* @__PURE__ */ new Set();
  let monthly = ZERO;
  let projected = ZERO;
  let over = 0;
  for (const b of report.budgets) {
    for (const name of b.workloads) grouped.add(`${b.file}\0${name}`);
    monthly = monthly.plus(b.monthly);
    projected = projected.plus(b.projected);
    if (b.status === "over") over++;
  }
  let budgets = report.budgets.length;
  for (const w of live) {
    if (!w.budget || grouped.has(`${w.file}\0${w.name}`)) continue;
    budgets++;
    monthly = monthly.plus(w.budget.monthly);
    projected = projected.plus(w.monthlyCost ?? ZERO);
    if (w.budget.status === "over") over++;
  }
  return budgets === 0 ? null : { budgets, over, monthly, projected, headroom: monthly.minus(projected) };
}
function kpis(report, workloads) {
  const live = liveWorkloads(workloads);
  let requests = ZERO;
  let tokens = ZERO;
  let tokenCost = ZERO;
  let requestCost = ZERO;
  for (const w of live) {
    const cost = w.monthlyCost;
    if (!cost) continue;
    requests = requests.plus(w.requests.perMonth);
    requestCost = requestCost.plus(cost);
    const monthlyTokens = w.monthlyTokens;
    if (monthlyTokens && !monthlyTokens.isZero()) {
      tokens = tokens.plus(monthlyTokens);
      tokenCost = tokenCost.plus(cost);
    }
  }
  return {
    monthlyCost: report.summary.monthlyCost,
    requests,
    tokens,
    perRequest: requests.isZero() ? null : requestCost.div(requests),
    perMillionTokens: tokens.isZero() ? null : tokenCost.div(tokens).times(MILLION),
    headroom: headroomOf(report, live)
  };
}

// src/core/finops/history.ts
var UNTAGGED = "(untagged)";
function add(totals, key, amount) {
  totals.set(key, (totals.get(key) ?? ZERO).plus(amount));
}
function historyPoint(info, files, tags) {
  const team = /* @__PURE__ */ new Map();
  const model = /* @__PURE__ */ new Map();
  const byTag = [...new Set(tags)].map((tag) => ({ tag, totals: /* @__PURE__ */ new Map() }));
  let total = ZERO;
  let complete = true;
  let workloads = 0;
  for (const file of files) {
    if (!file.manifest) complete = false;
    for (const e of file.estimates) {
      workloads++;
      const cost = e.priced ? e.cost?.monthlyCost : void 0;
      if (!cost) {
        complete = false;
        continue;
      }
      total = total.plus(cost);
      const ownTags = e.workload.tags;
      add(team, own(ownTags, "team") ?? UNTAGGED, cost);
      add(model, e.workload.model, cost);
      for (const { tag, totals } of byTag) add(totals, own(ownTags, tag) ?? UNTAGGED, cost);
    }
  }
  const by = { team: Object.fromEntries(team), model: Object.fromEntries(model) };
  for (const { tag, totals } of byTag) by[`tag:${tag}`] = Object.fromEntries(totals);
  return { ...info, monthlyCost: total, complete, files: files.length, workloads, by };
}
function largestMove(before, after) {
  let best = null;
  for (const value of /* @__PURE__ */ new Set([...Object.keys(before), ...Object.keys(after)])) {
    const change = (own(after, value) ?? ZERO).minus(own(before, value) ?? ZERO);
    if (!change.isZero() && (!best || change.abs().gt(best.change.abs()))) best = { value, change };
  }
  return best;
}
function historyMovers(points, limit) {
  const moves = [];
  for (const [i, after] of points.entries()) {
    const before = points[i - 1];
    if (before === void 0) continue;
    const change = after.monthlyCost.minus(before.monthlyCost);
    if (change.isZero()) continue;
    moves.push({
      commit: after.commit,
      date: after.date,
      subject: after.subject,
      from: before.monthlyCost,
      to: after.monthlyCost,
      change,
      team: largestMove(before.by.team ?? {}, after.by.team ?? {}),
      model: largestMove(before.by.model ?? {}, after.by.model ?? {})
    });
  }
  return moves.sort((a, b) => b.change.abs().comparedTo(a.change.abs()) || (a.date < b.date ? -1 : 1)).slice(0, limit);
}
function sampleCommits(commits, every) {
  const last = commits.length - 1;
  return commits.filter((_, i) => (last - i) % every === 0);
}
function leadingValues(points, dimension, limit) {
  const newest = points[points.length - 1]?.by[dimension] ?? {};
  const seen = /* @__PURE__ */ new Set();
  for (const p of points) for (const key of Object.keys(p.by[dimension] ?? {})) seen.add(key);
  const at = (key) => own(newest, key) ?? ZERO;
  return [...seen].sort((a, b) => at(b).comparedTo(at(a)) || (a < b ? -1 : 1)).slice(0, limit);
}

// src/core/render/charts.ts
var MAX_BARS = 15;
var COLORS = {
  increase: "#c0392b",
  decrease: "#2874a6",
  total: "#7f8c8d",
  bar: "#2e86c1",
  over: "#c0392b",
  near: "#b9770e",
  ok: "#239b56"
};
var CONFIG = {
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
    labelLimit: 240
  },
  legend: { labelColor: "currentColor", titleColor: "currentColor", labelFontSize: 12, titleFontSize: 12, labelLimit: 360 },
  text: { color: "currentColor", fontSize: 12 }
};
var usd = (value) => toJsonMoney(value);
function base(width, height, values) {
  return { $schema: "https://vega.github.io/schema/vega-lite/v6.json", config: CONFIG, width, height, data: { values } };
}
function uniqueLabels(labels) {
  const next = labeller();
  return labels.map((label) => next(label));
}
function labeller() {
  const seen = /* @__PURE__ */ new Map();
  return (raw) => {
    const label = sanitizePlain(raw);
    const n = (seen.get(label) ?? 0) + 1;
    seen.set(label, n);
    return n === 1 ? label : `${label} (${n})`;
  };
}
function labelOf(w, clash) {
  return clash ? `${w.name} (${w.file})` : w.name;
}
function withWorkloadLabels(items) {
  const count = /* @__PURE__ */ new Map();
  for (const { row: row2 } of items) count.set(row2.name, (count.get(row2.name) ?? 0) + 1);
  const next = labeller();
  return items.map((item) => ({ ...item, label: next(labelOf(item.row, (count.get(item.row.name) ?? 0) > 1)) }));
}
var barHeight = (n) => Math.max(40, n * 24);
function categoryColor(field, title, colors) {
  return {
    field,
    type: "nominal",
    title,
    scale: { domain: Object.keys(colors), range: Object.values(colors) },
    legend: { orient: "bottom" }
  };
}
function barChart(rows, axisTitle) {
  return {
    ...base(600, barHeight(rows.length), rows),
    encoding: { y: { field: "label", type: "nominal", sort: null, title: null } },
    layer: [
      {
        mark: { type: "bar", color: COLORS.bar },
        encoding: {
          x: { field: "value", type: "quantitative", title: axisTitle, axis: { format: "$,.0f" } },
          ...rows.some((r) => r.color) ? { color: { field: "color", type: "nominal", scale: null } } : {}
        }
      },
      { mark: { type: "text", align: "left", dx: 4 }, encoding: { x: { field: "value", type: "quantitative" }, text: { field: "text" } } }
    ]
  };
}
function topBars(values, text = formatUsd) {
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
function tagCharts(report) {
  return report.groups.map((group, i) => {
    const rows = topBars(group.values.map((v) => ({ label: v.value, amount: v.monthlyCost })));
    return {
      id: `chart-tag-${i + 1}`,
      title: `Monthly spend by ${group.tag}`,
      description: `Bar chart of projected monthly spend for each value of the tag ${group.tag}, largest first: ${rows.map((r) => `${r.label} ${r.text}`).join(", ")}.`,
      spec: barChart(rows, "USD per month"),
      markRole: "bar",
      marks: rows.length,
      labels: rows.length
    };
  });
}
var DIMENSION_TITLE = { model: "model", provider: "provider", mode: "deployment mode", workload: "workload" };
function shareChart(id, what, values) {
  if (values.length === 0) return null;
  const total = values.reduce((a, r) => a.plus(r.amount), ZERO);
  const share = (amount) => `${formatUsd(amount)}${total.isZero() ? "" : ` (${formatPercent(amount.div(total).times(100), 1)})`}`;
  const rows = topBars(values, share);
  return {
    id,
    title: `Monthly spend by ${what}`,
    description: `Bar chart of projected monthly spend by ${what}, largest first, with each one's share of the total: ${rows.map((r) => `${r.label} ${r.text}`).join(", ")}.`,
    spec: barChart(rows, "USD per month"),
    markRole: "bar",
    marks: rows.length,
    labels: rows.length
  };
}
function breakdownCharts(list) {
  return list.flatMap(
    (b) => shareChart(
      `chart-by-${b.dimension}`,
      DIMENSION_TITLE[b.dimension],
      b.rows.map((r) => ({ label: r.key, amount: r.monthlyCost }))
    ) ?? []
  );
}
function rollupCharts(m) {
  const rows = (list) => list.map((r) => ({ label: r.key, amount: r.monthlyCost }));
  return [
    shareChart(
      "chart-rollup-repository",
      "repository",
      m.byRepository.map((r) => ({ label: r.repository, amount: r.monthlyCost }))
    ),
    shareChart("chart-rollup-team", "team", rows(m.byTeam)),
    shareChart("chart-rollup-model", "model", rows(m.byModel)),
    shareChart("chart-rollup-provider", "provider", rows(m.byProvider))
  ].filter((c) => c !== null);
}
var MAX_HISTORY_LINES = 8;
function historyChart(h, dimension) {
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
      ...lines.map(({ key, series }) => ({ date: p.date, series, usd: usd((by && Object.hasOwn(by, key) ? by[key] : void 0) ?? ZERO) }))
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
        axis: { format: "%Y-%m-%d", labelAngle: 0, labelOverlap: true }
      },
      y: { field: "usd", type: "quantitative", title: "USD per month", axis: { format: "$,.0f" } },
      color: {
        field: "series",
        type: "nominal",
        title: null,
        sort: null,
        scale: { scheme: "tableau10" },
        legend: { orient: "bottom", columns: 3 }
      },
      strokeDash: { field: "series", type: "nominal", sort: null }
    }
  };
  return {
    id: `chart-history-${dimension}`,
    title: `Projected monthly spend over time, by ${dimension}`,
    description: `Step chart of the projected monthly spend at each of ${h.points.length} commits: the total (${formatUsd(last.monthlyCost)} at the newest) and the ${shown.length} largest ${dimension}s at the newest commit${shown.length ? ` (${shown.join(", ")})` : ""}.${notDrawn > 0 ? ` ${notDrawn} more are not drawn.` : ""}`,
    spec,
    markRole: "line mark",
    marks: 1 + lines.length,
    labels: 0,
    notDrawn
  };
}
function historyCharts(h) {
  return [historyChart(h, "team"), historyChart(h, "model")].filter((c) => c !== null);
}
function changedRows(report) {
  return report.workloads.flatMap((row2) => {
    const { change, diffMonthlyCost: diff } = row2;
    return change !== void 0 && change !== "unchanged" && diff ? [{ row: row2, change, diff }] : [];
  }).sort((a, b) => b.diff.abs().comparedTo(a.diff.abs()));
}
function waterfallChart(report) {
  const s = report.summary;
  if (!report.base || s.baseMonthlyCost === void 0 || s.diffMonthlyCost === void 0) return null;
  const changed = changedRows(report);
  if (changed.length === 0) return null;
  const rest = changed.slice(MAX_BARS);
  const steps = withWorkloadLabels(changed.slice(0, MAX_BARS)).map((c) => ({
    label: c.label,
    amount: c.diff
  }));
  if (rest.length > 0) steps.push({ label: `${rest.length} other changes`, amount: rest.reduce((a, c) => a.plus(c.diff), ZERO) });
  const next = labeller();
  for (const step of steps) next(step.label);
  const baseLabel = next("Base total");
  const headLabel = next("Head total");
  let running = s.baseMonthlyCost;
  const rows = [{ label: baseLabel, start: 0, end: usd(running), kind: "total", text: formatUsd(running) }];
  for (const step of steps) {
    const next2 = running.plus(step.amount);
    rows.push({
      label: step.label,
      start: usd(running),
      end: usd(next2),
      kind: step.amount.isNegative() ? "decrease" : "increase",
      text: formatUsdChange(step.amount)
    });
    running = next2;
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
          color: categoryColor("kind", null, { total: COLORS.total, increase: COLORS.increase, decrease: COLORS.decrease })
        }
      },
      { mark: { type: "text", align: "left", dx: 4 }, encoding: { x: { field: "maxEnd", type: "quantitative" }, text: { field: "text" } } }
    ],
    transform: [{ calculate: "max(datum.start, datum.end)", as: "maxEnd" }]
  };
  return {
    id: "chart-waterfall",
    title: "From base to head: the change by workload",
    description: `Waterfall chart: the base total ${formatUsd(s.baseMonthlyCost)} a month, then each changed workload's step (${steps.map((x) => `${x.label} ${formatUsdChange(x.amount)}`).join(", ")}), ending at the head total ${formatUsd(s.monthlyCost)}.`,
    spec,
    markRole: "bar",
    marks: rows.length,
    labels: rows.length
  };
}
function driversChart(report) {
  if (!report.base) return null;
  const changed = withWorkloadLabels(changedRows(report).slice(0, MAX_BARS));
  if (changed.length === 0) return null;
  const rows = changed.flatMap(({ row: row2, change, diff, label }) => {
    const drivers = row2.drivers && row2.drivers.length > 0 ? row2.drivers : [{ cause: change, amount: diff }];
    return drivers.map((d) => ({ label, cause: d.cause, value: usd(d.amount), text: formatUsdChange(d.amount) }));
  });
  const spec = {
    ...base(600, barHeight(changed.length), rows),
    mark: { type: "bar", stroke: "currentColor", strokeWidth: 0.5 },
    encoding: {
      y: { field: "label", type: "nominal", sort: null, title: null },
      x: { field: "value", type: "quantitative", title: "Change in USD per month", axis: { format: "$,.0f" }, stack: "zero" },
      color: { field: "cause", type: "nominal", title: "Cause", scale: { scheme: "tableau10" }, legend: { orient: "bottom" } }
    }
  };
  return {
    id: "chart-drivers",
    title: "Why each workload changed",
    description: `Diverging stacked bar chart of each changed workload's change split into its causes: ${changed.map((c) => `${c.label} ${formatUsdChange(c.diff)}`).join(", ")}.`,
    spec,
    markRole: "bar",
    marks: rows.length,
    labels: 0
  };
}
function forecastOrder(a, b) {
  const at = (s) => s.breaks === null ? 99 : s.breaks;
  const peak = (s) => {
    const last = s.months.at(-1);
    return s.budget.isZero() || !last ? null : last.div(s.budget);
  };
  const pa = peak(a);
  const pb = peak(b);
  return at(a) - at(b) || (pa === null || pb === null ? (pa === null ? -1 : 0) - (pb === null ? -1 : 0) : pb.comparedTo(pa));
}
function forecastSeries(report, workloads = report.workloads) {
  const series = [];
  const breaks = (months, budget) => {
    const i = months.findIndex((m) => m.gt(budget));
    return i < 0 ? null : i;
  };
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
      breaks: breaks(months, w.budget.monthly)
    });
  }
  const byFile = /* @__PURE__ */ new Map();
  for (const row2 of workloads) {
    const cost = row2.monthlyCost;
    if (row2.change === "removed" || !cost) continue;
    const member = { row: row2, cost, forecast: forecasts.get(row2) };
    const rows = byFile.get(row2.file);
    if (rows) rows.push(member);
    else byFile.set(row2.file, [member]);
  }
  for (const b of report.budgets) {
    const names = new Set(b.workloads);
    const members = (byFile.get(b.file) ?? []).filter((m) => names.has(m.row.name));
    if (!members.some((m) => m.forecast)) continue;
    const months = Array.from(
      { length: 13 },
      (_, m) => members.reduce((a, { cost, forecast }) => {
        const grown = m === 0 ? void 0 : forecast?.[m - 1];
        return grown ? a.plus(grown).minus(cost) : a;
      }, b.projected)
    );
    series.push({ label: `${b.name} (group)`, kind: "group", file: b.file, budget: b.monthly, months, breaks: breaks(months, b.monthly) });
  }
  return series.sort(forecastOrder);
}
var MAX_FORECAST_LINES = 20;
var breakNote = (s) => s.breaks === null ? "stays within" : s.breaks === 0 ? "over now" : `breaks in month ${s.breaks}`;
function forecastChart(report, workloads = report.workloads) {
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
      breaks: month === s.breaks
    }));
  });
  const breaking = points.filter((p) => p.breaks).length;
  const notDrawn = all.length - series.length;
  const name = labeller();
  const drawn = notDrawn > 0 ? ` The ${series.length} most urgent of ${all.length} budgets are drawn; ${notDrawn} more are not drawn (see the table).` : "";
  const fates = series.map(
    (s) => `${name(s.label)} ${s.breaks === null ? "stays within its budget" : s.breaks === 0 ? "is over its budget now" : `breaks its budget in month ${s.breaks}`}`
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
    notDrawn
  };
}
function forecastLayers(top) {
  return [
    {
      mark: { type: "line", point: true },
      encoding: {
        x: {
          field: "month",
          type: "quantitative",
          title: "Months from now",
          scale: { domain: [0, 12] },
          axis: { tickCount: 12, format: "d" }
        },
        y: forecastAxis(top),
        color: {
          field: "label",
          type: "nominal",
          title: "Budget",
          sort: null,
          scale: { scheme: "tableau20" },
          legend: { orient: "bottom", columns: 2 }
        },
        strokeDash: { field: "label", type: "nominal", sort: null }
      }
    },
    {
      data: { values: [{ y: 100 }] },
      mark: { type: "rule", strokeDash: [6, 3], color: COLORS.over },
      encoding: { y: { field: "y", type: "quantitative" } }
    },
    {
      data: { values: [{ y: 100, text: "budget" }] },
      mark: { type: "text", align: "right", dy: -6, x: "width" },
      encoding: { y: { field: "y", type: "quantitative" }, text: { field: "text" } }
    },
    {
      transform: [{ filter: "datum.breaks" }],
      mark: { type: "point", shape: "diamond", size: 120, filled: true, color: COLORS.over },
      encoding: { x: { field: "month", type: "quantitative" }, y: { field: "percent", type: "quantitative" } }
    }
  ];
}
function forecastAxis(top) {
  const wide = top > 1e3;
  if (!wide) return { field: "percent", type: "quantitative", title: "Share of the budget (%)" };
  const ticks = [0, 100, ...Array.from({ length: 12 }, (_, k) => 10 ** (k + 3))].filter((t) => t <= top);
  return {
    field: "percent",
    type: "quantitative",
    title: "Share of the budget (%, symlog scale)",
    scale: { type: "symlog", constant: 100 },
    axis: { values: ticks, format: ",d", labelOverlap: false }
  };
}
function groupBudgetChart(report) {
  const budgets = report.budgets.flatMap((b) => b.percentUsed ? [{ ...b, percentUsed: b.percentUsed }] : []);
  if (budgets.length === 0) return null;
  const next = labeller();
  const rows = budgets.map((b) => ({
    label: next(b.name),
    value: toJsonMoney(b.percentUsed),
    text: `${formatPercent(b.percentUsed)} of ${formatUsd(b.monthly)}`,
    status: b.status
  }));
  const spec = {
    ...base(600, barHeight(rows.length), rows),
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          y: { field: "label", type: "nominal", sort: null, title: null },
          x: { field: "value", type: "quantitative", title: "Share of the budget (%)" },
          color: categoryColor("status", "Status", { ok: COLORS.ok, near: COLORS.near, over: COLORS.over })
        }
      },
      {
        mark: { type: "text", align: "left", dx: 4 },
        encoding: {
          y: { field: "label", type: "nominal", sort: null },
          x: { field: "value", type: "quantitative" },
          text: { field: "text" }
        }
      },
      {
        data: { values: [{ x: 100 }] },
        mark: { type: "rule", strokeDash: [6, 3], color: COLORS.over },
        encoding: { x: { field: "x", type: "quantitative" } }
      }
    ]
  };
  return {
    id: "chart-group-budgets",
    title: "Group budgets: projected use",
    description: `Bar chart of each group budget's projected use, with a line at 100%: ${rows.map((r) => `${r.label} ${r.text} (${r.status})`).join(", ")}.`,
    spec,
    markRole: "bar",
    marks: rows.length,
    labels: rows.length
  };
}
function reportCharts(report, workloads = report.workloads) {
  return [
    ...breakdownCharts(breakdowns(workloads)),
    ...tagCharts(report),
    waterfallChart(report),
    driversChart(report),
    forecastChart(report, workloads),
    groupBudgetChart(report)
  ].filter((c) => c !== null);
}
function optionLabel(option) {
  if (!option.hardware) return option.mode;
  const replicas = option.replicas ? ` x${option.replicas.expected}` : "";
  return `${option.mode} ${option.hardware.id}${replicas}`;
}
var LOG_SCALE_RATIO = 20;
function optionsChart(c, index) {
  const next = labeller();
  const rows = c.options.map((o, i) => ({
    label: next(optionLabel(o)),
    value: usd(o.monthlyCost),
    text: `${formatUsd(o.monthlyCost)}${i === c.cheapest ? " \u2605 cheapest" : o.eligible ? "" : " (not eligible)"}`,
    kind: i === c.cheapest ? "cheapest" : o.eligible ? "eligible" : "not eligible"
  }));
  const values = rows.map((r) => r.value);
  const low = Math.min(...values);
  const high = Math.max(...values);
  const log = low > 0 && high / low >= LOG_SCALE_RATIO;
  const scale = log ? { type: "log", domainMin: low / 2, nice: false } : {};
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
            scale
          },
          // A log axis has no zero: the bars start where the axis does.
          ...log ? { x2: { datum: low / 2 } } : {},
          color: categoryColor("kind", null, { cheapest: COLORS.ok, eligible: COLORS.bar, "not eligible": COLORS.total })
        }
      },
      // The recommended option's amount in bold, the others plain.
      ...[false, true].map((cheapest) => ({
        transform: [{ filter: `datum.kind ${cheapest ? "===" : "!=="} 'cheapest'` }],
        mark: { type: "text", align: "left", dx: 4, fontWeight: cheapest ? "bold" : "normal" },
        encoding: { x: { field: "value", type: "quantitative", scale }, text: { field: "text" } }
      }))
    ]
  };
  return {
    id: `chart-options-${index + 1}`,
    title: `${c.workload.name}: monthly cost of each option`,
    description: `Bar chart of the monthly cost of each way to run the workload ${c.workload.name}${log ? " (on a log scale: the options differ by more than 20 times)" : ""}: ${rows.map((r) => `${r.label} ${r.text}`).join(", ")}.`,
    spec,
    markRole: "bar",
    marks: rows.length,
    labels: rows.length
  };
}
function breakEvenChart(c, index) {
  const b = c.breakEven;
  const perRequest = c.options.find((o) => o.mode === "serverless")?.perRequestCost;
  const hardware = c.options.find((o) => o.mode === "dedicated" && o.hardware?.id === b?.hardware)?.hardware;
  const breakEven = b && !b.never ? b.requestsPerMonth : void 0;
  if (!breakEven || !perRequest || !hardware) return null;
  const replica = hardware.hourly.times(hardware.gpusPerReplica).times(hardware.hours);
  const now = c.workload.requests.perMonth.expected;
  const top = (now.gt(breakEven) ? now : breakEven).times(2);
  const steps = 12;
  const line = Array.from({ length: steps + 1 }, (_, i) => top.times(i).div(steps));
  const series = [
    ...line.map((x) => ({ option: "serverless", requests: toJsonMoney(x), usd: usd(perRequest.times(x)) })),
    ...line.map((x) => ({ option: `dedicated ${hardware.id} (1 replica)`, requests: toJsonMoney(x), usd: usd(replica) }))
  ];
  const volume = `${formatNumber(breakEven.round())}/month`;
  const marks = [
    { requests: toJsonMoney(breakEven), text: `break-even ${volume}` },
    { requests: toJsonMoney(now), text: "today" }
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
            legend: { orient: "bottom" }
          },
          strokeDash: { field: "option", type: "nominal" }
        }
      },
      {
        data: { values: marks },
        mark: { type: "rule", strokeDash: [4, 3], color: "currentColor" },
        encoding: { x: { field: "requests", type: "quantitative" } }
      },
      {
        data: { values: marks },
        mark: { type: "text", align: "left", dx: 4, y: 8, angle: 0 },
        encoding: { x: { field: "requests", type: "quantitative" }, text: { field: "text" } }
      }
    ]
  };
  return {
    id: `chart-break-even-${index + 1}`,
    title: `${c.workload.name}: break-even volume`,
    description: `Line chart of monthly cost against requests per month for serverless and one dedicated ${hardware.id} replica; they cross at ${volume} requests, and the workload runs ${formatNumber(now.round())} today.`,
    spec,
    markRole: "line mark",
    marks: 2,
    labels: 2
  };
}
var MAX_COMPARE_CHARTS = 20;
function chartedComparisons(comparisons) {
  const cost = (c) => c.current.monthlyCost ?? c.options[0]?.monthlyCost ?? ZERO;
  const order = comparisons.map((c, i) => ({ i, cost: cost(c) })).sort((a, b) => b.cost.comparedTo(a.cost) || a.i - b.i);
  return new Set(order.slice(0, MAX_COMPARE_CHARTS).map((o) => o.i));
}
function compareCharts(comparisons) {
  const charted = chartedComparisons(comparisons);
  return comparisons.flatMap(
    (c, i) => charted.has(i) ? [optionsChart(c, i), breakEvenChart(c, i)].filter((x) => x !== null) : []
  );
}

// src/core/render/html.ts
import { createHash } from "node:crypto";
var STYLE = `
:root { color-scheme: light dark; --bg: #fff; --fg: #1b1f24; --muted: #57606a; --line: #d0d7de; --head: #f6f8fa;
  --fail: #b42318; --warn: #8a5a00; --pass: #1a7f37; --focus: #0969da; }
@media (prefers-color-scheme: dark) { :root { --bg: #0d1117; --fg: #e6edf3; --muted: #9da7b3; --line: #30363d; --head: #161b22;
  --fail: #ff7b72; --warn: #e3b341; --pass: #56d364; --focus: #58a6ff; } }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 72rem; padding: 1.5rem; background: var(--bg); color: var(--fg);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, Helvetica, Arial, sans-serif; }
h1 { font-size: 1.6rem; margin: 0 0 .25rem; } h2 { font-size: 1.25rem; margin: 2rem 0 .5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; }
p, dl { margin: .5rem 0; } .muted, figcaption, caption, footer { color: var(--muted); }
nav ul { display: flex; flex-wrap: wrap; gap: .25rem 1rem; list-style: none; padding: 0; margin: .5rem 0; }
a { color: var(--focus); } :focus-visible { outline: 2px solid var(--focus); outline-offset: 2px; }
.verdict { display: inline-block; font-weight: 600; padding: .1rem .6rem; border: 2px solid currentColor; border-radius: 1rem; }
.fail, .over, .error { color: var(--fail); } .warn, .near, .warning { color: var(--warn); } .pass, .ok { color: var(--pass); }
dl.summary { display: grid; grid-template-columns: max-content 1fr; gap: .15rem 1rem; } dl.summary dt { color: var(--muted); } dl.summary dd { margin: 0; }
.tiles { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: .75rem; margin: 1rem 0; }
.tile { border: 1px solid var(--line); border-radius: .5rem; padding: .6rem .8rem; background: var(--head); break-inside: avoid; }
.tile-label { display: block; color: var(--muted); font-size: .85rem; } .tile-value { display: block; font-size: 1.5rem; font-weight: 600; font-variant-numeric: tabular-nums; }
.tile-note { display: block; font-size: .85rem; }
figure { margin: 1rem 0; break-inside: avoid; } figcaption { font-size: .9rem; max-width: 60rem; }
figcaption strong { color: var(--fg); display: block; font-size: 1rem; } figcaption .not-drawn { display: block; color: var(--fg); }
.chart { overflow-x: auto; } .chart svg { max-width: 100%; height: auto; }
.table-wrap { overflow-x: auto; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
caption { text-align: left; padding: .25rem 0; }
th, td { border: 1px solid var(--line); padding: .3rem .55rem; text-align: left; vertical-align: top; overflow-wrap: break-word; }
th { background: var(--head); } td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; } thead th.num { white-space: normal; }
th button { all: inherit; border: 0; padding: 0; cursor: pointer; }
th button::after { content: " \\2195"; color: var(--muted); }
th[aria-sort=ascending] button::after { content: " \\2191"; } th[aria-sort=descending] button::after { content: " \\2193"; }
tr.off, tr.out { display: none; } tfoot td { color: var(--muted); }
.pager { display: flex; flex-wrap: wrap; align-items: center; gap: .5rem 1rem; margin: .5rem 0; }
.pager[hidden] { display: none; } .pager input { font: inherit; padding: .2rem .4rem; min-width: 16rem; } .pager button { font: inherit; }
details > summary { cursor: pointer; font-weight: 600; }
code { font: .85em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
@page { size: A4; margin: 12mm; }
@media print { body { max-width: none; padding: 0; background: #fff; color: #000; font-size: 10pt; } nav, .pager, th button::after { display: none; }
  :root { --bg: #fff; --fg: #000; --muted: #333; --line: #999; --head: #eee; --fail: #a00; --warn: #750; --pass: #060; }
  h2 { break-after: avoid; } tr { break-inside: avoid; } a { color: inherit; text-decoration: none; }
  .table-wrap, .chart { overflow: visible; } table { width: 100%; font-size: 7pt; } th, td { padding: .1rem .2rem; }
  td.num, th.num { white-space: normal; } tr.off { display: table-row; } }
`;
var SCRIPT = `
const state = new Map();
function refresh(table) {
  const s = state.get(table);
  if (!s) return;
  const query = s.input.value.trim().toLowerCase();
  const rows = Array.from(table.tBodies[0].rows);
  const shown = [];
  for (const row of rows) {
    const match = !query || row.textContent.toLowerCase().includes(query);
    row.classList.toggle("out", !match);
    if (match) shown.push(row);
  }
  const pages = Math.max(1, Math.ceil(shown.length / s.size));
  s.page = Math.min(Math.max(s.page, 0), pages - 1);
  const first = s.page * s.size;
  shown.forEach((row, i) => row.classList.toggle("off", i < first || i >= first + s.size));
  const last = Math.min(first + s.size, shown.length);
  s.status.textContent = shown.length === 0 ? "No row matches" : \`Rows \${first + 1}-\${last} of \${shown.length}\${query ? \` matching (of \${rows.length})\` : ""}, page \${s.page + 1} of \${pages}\`;
  s.previous.disabled = s.page === 0;
  s.next.disabled = s.page >= pages - 1;
}
for (const pager of document.querySelectorAll(".pager[data-for]")) {
  const table = document.getElementById(pager.dataset.for);
  if (!table) continue;
  const s = { size: Number(table.dataset.pageSize), page: 0, input: pager.querySelector("input"), status: pager.querySelector(".pager-status"),
    previous: pager.querySelector("[data-step='-1']"), next: pager.querySelector("[data-step='1']") };
  state.set(table, s);
  s.input.addEventListener("input", () => { s.page = 0; refresh(table); });
  s.previous.addEventListener("click", () => { s.page--; refresh(table); });
  s.next.addEventListener("click", () => { s.page++; refresh(table); });
  pager.hidden = false;
  refresh(table);
}
for (const table of document.querySelectorAll("table.sortable")) {
  table.querySelectorAll("thead th").forEach((th, col) => {
    const button = th.querySelector("button");
    if (!button) return;
    button.addEventListener("click", () => {
      const ascending = th.getAttribute("aria-sort") !== "ascending";
      for (const other of table.querySelectorAll("thead th")) other.removeAttribute("aria-sort");
      th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
      const key = (row) => {
        const cell = row.cells[col];
        if (!cell) return "";
        if (cell.dataset.value === undefined) return cell.textContent.trim().toLowerCase();
        return cell.dataset.value === "" ? null : Number(cell.dataset.value);
      };
      // Reordered while detached: one layout for the whole table instead of one per moved row.
      const body = table.tBodies[0];
      const next = body.nextSibling;
      body.remove();
      const rows = Array.from(body.rows).map((row, i) => ({ row, i, key: key(row) }));
      rows.sort((a, b) => {
        if (a.key === null || b.key === null) return a.key === b.key ? a.i - b.i : a.key === null ? 1 : -1;
        const d = typeof a.key === "number" && typeof b.key === "number" ? a.key - b.key : String(a.key).localeCompare(String(b.key));
        return (ascending ? d : -d) || a.i - b.i;
      });
      const ordered = document.createDocumentFragment();
      for (const r of rows) ordered.append(r.row);
      body.append(ordered);
      table.insertBefore(body, next);
      refresh(table);
    });
  });
}
addEventListener("beforeprint", () => { for (const d of document.querySelectorAll("details")) d.open = true; });
`;
var sha256 = (text) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
var CSP = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; base-uri 'none'; form-action 'none'`;
var VERDICT = { pass: "\u2713 pass", warn: "\u26A0 warn", fail: "\u2717 fail" };
var SEVERITY = { error: "\u2717 error", warning: "\u26A0 warning", notice: "\u2139 notice" };
var CHUNK_CHARS = 1 << 16;
var MAX_TABLE_ROWS = 2e3;
function* htmlPage(title, body) {
  let buffer = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="tokenbudget">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
`;
  for (const piece of body) {
    buffer += `${piece}
`;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = "";
    }
  }
  yield `${buffer}<script>${SCRIPT}</script>
</body>
</html>
`;
}
function joinChunks(chunks) {
  let text = "";
  for (const chunk of chunks) text += chunk;
  return text;
}
var money = (value) => value === null || value === void 0 ? { html: "unpriced", value: "" } : { html: formatUsd(value), value: toJsonMoney(value) };
var moneyChange = (value) => value === null || value === void 0 ? { html: "n/a", value: "" } : { html: formatUsdChange(value), value: toJsonMoney(value) };
var shareCell = (share) => share === null ? { html: "-", value: "" } : { html: formatPercent(share, 1), value: toJsonMoney(share) };
function row(columns, item) {
  const cells = columns.map((c, i) => {
    const raw = c.cell(item);
    const cell = typeof raw === "string" ? { html: raw } : raw;
    const value = cell.value === void 0 ? "" : ` data-value="${cell.value}"`;
    const cls = c.numeric ? ' class="num"' : "";
    return i === 0 ? `<th scope="row"${cls}${value}>${cell.html}</th>` : `<td${cls}${value}>${cell.html}</td>`;
  });
  return `<tr>${cells.join("")}</tr>`;
}
function* tableChunks(id, caption, columns, rows, options = {}) {
  const paged = options.pageSize !== void 0 && rows.length > options.pageSize;
  if (paged) {
    yield `<div class="pager" data-for="${id}" hidden><label>Filter <input type="search" aria-controls="${id}" placeholder="any text in a row"></label> <button type="button" data-step="-1">Previous</button> <span class="pager-status" aria-live="polite"></span> <button type="button" data-step="1">Next</button></div>`;
  }
  const head = columns.map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ""}><button type="button">${escapeHtml(c.title)}</button></th>`).join("");
  yield `<div class="table-wrap"><table class="sortable" id="${id}"${paged ? ` data-page-size="${options.pageSize}"` : ""}><caption>${escapeHtml(caption)} <span class="muted">(select a column heading to sort)</span></caption><thead><tr>${head}</tr></thead><tbody>`;
  const shown = Math.min(rows.length, MAX_TABLE_ROWS);
  for (const r of rows.slice(0, shown)) yield row(columns, r);
  const more = rows.length - shown;
  yield `</tbody>${more > 0 ? `<tfoot><tr><td colspan="${columns.length}">${formatNumber(new Decimal(more))} more rows are not shown here: see the JSON report (--format json).</td></tr></tfoot>` : ""}</table></div>`;
}
function table(id, caption, columns, rows, options = {}) {
  return [...tableChunks(id, caption, columns, rows, options)].join("\n");
}
function figure(chart, images) {
  const svg = images.get(chart.id);
  const drawn = svg ? svg.replace(
    /^<svg /,
    `<svg role="graphics-document document" aria-labelledby="${chart.id}-title" aria-describedby="${chart.id}-desc" `
  ) : `<p class="muted">(chart not drawn)</p>`;
  const cut = chart.notDrawn ? `<span class="not-drawn">${chart.notDrawn} more not drawn: the table below lists every one.</span>` : "";
  return `<figure id="${chart.id}" data-mark-role="${chart.markRole}" data-marks="${chart.marks}" data-labels="${chart.labels}" data-not-drawn="${chart.notDrawn ?? 0}"><figcaption><strong id="${chart.id}-title">${escapeHtml(chart.title)}</strong><span id="${chart.id}-desc">${escapeHtml(chart.description)}</span>${cut}</figcaption><div class="chart">${drawn}</div></figure>`;
}
function statusCell(w) {
  if (w.change === "removed") return { html: "removed" };
  if (w.status === "error" || w.status === "unpriced")
    return { html: `<span class="${w.status}">${w.status === "error" ? "\u2717 error" : "? unpriced"}</span>` };
  if (!w.budget) return { html: "no budget" };
  const pct = w.budget.percentUsed;
  const mark = w.status === "over" ? "\u2717 over" : w.status === "near" ? "\u26A0 near" : "\u2713 ok";
  return {
    html: `<span class="${w.status}">${mark}</span>${pct ? ` ${formatPercent(pct)} of ${formatUsd(w.budget.monthly)}` : ""}`,
    value: pct ? toJsonMoney(pct) : ""
  };
}
var codePath = (text) => `<code>${escapeHtml(text).replaceAll("/", "/<wbr>")}</code>`;
var locationOf = (file, line, col) => `<code class="loc">${escapeHtml(file).replaceAll("/", "/<wbr>")}${line === void 0 ? "" : `:${line}`}${col === void 0 ? "" : `:${col}`}</code>`;
function workloadColumns(total) {
  return [
    // The file under the name: one column fewer, so the table fits a laptop screen without scrolling.
    { title: "Workload", cell: (w) => `${escapeHtml(w.name)}<br>${locationOf(w.file, w.line)}` },
    { title: "Model", cell: (w) => codePath(w.model) },
    { title: "Mode", cell: (w) => escapeHtml(w.mode + (w.hardware ? ` (${w.hardware})` : "")) },
    {
      title: "Tags",
      cell: (w) => escapeHtml(
        Object.entries(w.tags).map(([k, v]) => `${k}: ${v}`).join(", ")
      )
    },
    {
      title: "Requests per month",
      numeric: true,
      cell: (w) => ({ html: formatCount(w.requests.perMonth), value: toJsonMoney(w.requests.perMonth) })
    },
    {
      title: "Per request",
      numeric: true,
      cell: (w) => w.perRequestCost ? { html: formatUsdPrecise(w.perRequestCost), value: toJsonMoney(w.perRequestCost) } : { html: "-", value: "" }
    },
    { title: "Monthly", numeric: true, cell: (w) => money(w.monthlyCost) },
    {
      title: "Share",
      numeric: true,
      cell: (w) => shareCell(w.monthlyCost && !total.isZero() ? w.monthlyCost.div(total).times(100) : null)
    },
    { title: "Budget", cell: statusCell }
  ];
}
function headline(report) {
  const s = report.summary;
  const plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const total = `${formatUsd(s.monthlyCost)}/month${s.complete ? "" : ` (+ ${s.unpricedWorkloads} unpriced)`}`;
  const change = s.diffMonthlyCost !== void 0 ? `, ${formatUsdChange(s.diffMonthlyCost)} (${s.diffPercent === null || s.diffPercent === void 0 ? "new" : formatPercentChange(s.diffPercent, 1)})` : "";
  const lines = [
    `<header>`,
    `<h1>tokenbudget: ${escapeHtml(total)}${escapeHtml(change)}</h1>`,
    `<p><span class="verdict ${s.status}">${VERDICT[s.status]}</span> ${s.baseMonthlyCost !== void 0 ? `Projected LLM inference spend ${formatUsd(s.baseMonthlyCost)} \u2192 <strong>${formatUsd(s.monthlyCost)}</strong> a month` : `Projected LLM inference spend <strong>${formatUsd(s.monthlyCost)}</strong> a month`} across ${plural(s.workloads, "workload")} in ${plural(s.files, "file")}; ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notices, "notice")}.${s.invalidFiles > 0 ? ` ${plural(s.invalidFiles, "invalid file")} not counted.` : ""}</p>`,
    `</header>`
  ];
  return { title: `tokenbudget: ${total}${change} \xB7 ${s.status}`, html: lines };
}
function summaryList(report) {
  const s = report.summary;
  const items = [
    ["Monthly spend", `${formatUsd(s.monthlyCost)}${s.complete ? "" : " (a lower bound: some workloads are unpriced)"}`]
  ];
  if (s.range)
    items.push(["Range", `low ${formatUsd(s.range.low)} / expected ${formatUsd(s.range.expected)} / high ${formatUsd(s.range.high)}`]);
  if (s.baseMonthlyCost !== void 0 && s.diffMonthlyCost !== void 0)
    items.push(
      ["Base", formatUsd(s.baseMonthlyCost)],
      ["Change", `${formatUsdChange(s.diffMonthlyCost)}${s.diffPercent ? ` (${formatPercentChange(s.diffPercent, 1)})` : ""}`]
    );
  if (s.changes)
    items.push([
      "Workloads",
      `${s.changes.added} added, ${s.changes.removed} removed, ${s.changes.changed} changed, ${s.changes.unchanged} unchanged`
    ]);
  else items.push(["Workloads", `${s.workloads} (${s.pricedWorkloads} priced)`]);
  items.push(["Status", `<span class="${s.status}">${VERDICT[s.status]}</span>`]);
  return `<dl class="summary">${items.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`;
}
function tile(id, label, value, note, cls = "") {
  return `<div class="tile" id="${id}"><span class="tile-label">${escapeHtml(label)}</span><span class="tile-value${cls ? ` ${cls}` : ""}">${value}</span><span class="tile-note">${note}</span></div>`;
}
function overviewSection({ report, workloads }) {
  const k = kpis(report, workloads);
  const s = report.summary;
  const change = s.diffMonthlyCost !== void 0 ? `${formatUsdChange(s.diffMonthlyCost)} against ${escapeHtml(report.base?.ref ?? "the base")}` : `${s.pricedWorkloads} priced workloads`;
  const h = k.headroom;
  const tiles = [
    tile(
      "kpi-monthly",
      "Monthly spend",
      formatUsd(k.monthlyCost),
      s.complete ? change : `${change}; a lower bound, ${s.unpricedWorkloads} unpriced`
    ),
    tile(
      "kpi-per-request",
      "Per request",
      k.perRequest ? formatUsdPrecise(k.perRequest) : "-",
      `${formatCount(k.requests)} requests a month`
    ),
    tile(
      "kpi-per-million",
      "Per 1M tokens",
      k.perMillionTokens ? formatUsdPrecise(k.perMillionTokens) : "-",
      `${formatCount(k.tokens)} tokens a month`
    ),
    h ? tile(
      "kpi-headroom",
      "Budget headroom",
      h.headroom.isNegative() ? `over by ${formatUsd(h.headroom.abs())}` : formatUsd(h.headroom),
      `${formatUsd(h.projected)} of ${formatUsd(h.monthly)} in ${h.budgets} budget${h.budgets === 1 ? "" : "s"}; ${h.over} over`,
      h.headroom.isNegative() ? "over" : "ok"
    ) : tile("kpi-headroom", "Budget headroom", "-", "no budgets declared")
  ];
  return [
    `<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">Overview</h2>`,
    `<div class="tiles">${tiles.join("")}</div>`,
    summaryList(report),
    `</section>`
  ];
}
function* findingsSection({ report }) {
  const findings = report.findings;
  if (findings.length === 0) return;
  const columns = [
    {
      title: "Severity",
      cell: (f) => ({
        html: `<span class="${f.severity}">${SEVERITY[f.severity]}</span>`,
        value: { error: 0, warning: 1, notice: 2 }[f.severity]
      })
    },
    { title: "Rule", cell: (f) => `<code>${escapeHtml(f.rule)}</code>` },
    { title: "Location", cell: (f) => locationOf(f.file, f.line, f.col) },
    { title: "Message", cell: (f) => `${escapeHtml(f.message)}${f.path ? ` <code>[${escapeHtml(f.path)}]</code>` : ""}` }
  ];
  const s = report.summary;
  const open = findings.length <= 10 ? " open" : "";
  yield `<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2><details${open}><summary>${findings.length} findings: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices</summary>`;
  yield* tableChunks("table-findings", `${findings.length} findings, errors first`, columns, findings, { pageSize: 25 });
  yield `</details></section>`;
}
function changesSection({ report, charts, images }) {
  if (!report.base) return [];
  const rows = report.workloads.filter((w) => w.change !== "unchanged");
  const out = [`<section id="changes" aria-labelledby="changes-h"><h2 id="changes-h">What this change moves</h2>`];
  if (rows.length === 0) out.push(`<p>No workload's projected cost changed.</p>`);
  for (const id of ["chart-waterfall", "chart-drivers"]) {
    const chart = charts.get(id);
    if (chart) out.push(figure(chart, images));
  }
  if (rows.length > 0) {
    const columns = [
      { title: "Workload", cell: (w) => escapeHtml(w.name) },
      { title: "Kind", cell: (w) => w.change ?? "" },
      { title: "File", cell: (w) => locationOf(w.file, w.line) },
      { title: "Model", cell: (w) => codePath(w.model) },
      { title: "Base", numeric: true, cell: (w) => w.change === "added" ? { html: "-", value: 0 } : money(w.baseMonthlyCost) },
      { title: "Head", numeric: true, cell: (w) => money(w.monthlyCost) },
      { title: "Change", numeric: true, cell: (w) => moneyChange(w.diffMonthlyCost) },
      { title: "Budget", cell: statusCell },
      { title: "Why", cell: (w) => (w.drivers ?? []).map((d) => `${escapeHtml(d.detail)} (${formatUsdChange(d.amount)})`).join("; ") }
    ];
    out.push(
      ...tableChunks("table-changes", `${rows.length} changed workloads against ${report.base.ref}`, columns, rows, { pageSize: 50 })
    );
  }
  if (report.notes.length) out.push(`<ul class="notes">${report.notes.map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul>`);
  out.push(`</section>`);
  return out;
}
var DIMENSION_HEADINGS = { model: "Model", provider: "Provider", mode: "Mode", workload: "Workload" };
function spendColumns() {
  return [
    { title: "Workloads", numeric: true, cell: (r) => ({ html: String(r.workloads), value: r.workloads }) },
    {
      title: "Monthly",
      numeric: true,
      cell: (r) => ({
        html: `${formatUsd(r.monthlyCost)}${r.unpriced ? ` (+${r.unpriced} unpriced)` : ""}`,
        value: toJsonMoney(r.monthlyCost)
      })
    }
  ];
}
function breakdownSection({ charts, images, workloads }) {
  const list = breakdowns(workloads);
  if (list.every((b) => b.rows.length === 0)) return [];
  const out = [`<section id="breakdown" aria-labelledby="breakdown-h"><h2 id="breakdown-h">Where the money goes</h2>`];
  for (const b of list) {
    const heading = DIMENSION_HEADINGS[b.dimension];
    out.push(`<h3>By ${heading.toLowerCase()}</h3>`);
    const chart = charts.get(`chart-by-${b.dimension}`);
    if (chart) out.push(figure(chart, images));
    if (b.dimension === "workload") continue;
    const columns = [
      { title: heading, cell: (r) => b.dimension === "model" ? `<code>${escapeHtml(r.key)}</code>` : escapeHtml(r.key) },
      ...spendColumns(),
      { title: "Share", numeric: true, cell: (r) => shareCell(r.share) }
    ];
    out.push(
      ...tableChunks(
        `table-by-${b.dimension}`,
        `Monthly spend by ${heading.toLowerCase()}, with each one's share of the total`,
        columns,
        b.rows,
        { pageSize: 25 }
      )
    );
  }
  out.push(`</section>`);
  return out;
}
function tagSection({ report, charts, images }) {
  if (report.groups.length === 0) return [];
  const out = [`<section id="spend-by-tag" aria-labelledby="tags-h"><h2 id="tags-h">Spend by tag</h2>`];
  report.groups.forEach((group, i) => {
    const chart = charts.get(`chart-tag-${i + 1}`);
    out.push(`<h3>${escapeHtml(group.tag)}</h3>`);
    if (chart) out.push(figure(chart, images));
    const columns = [{ title: group.tag, cell: (v) => escapeHtml(v.value) }, ...spendColumns()];
    out.push(...tableChunks(`table-tag-${i + 1}`, `Monthly spend by ${group.tag}`, columns, group.values, { pageSize: 25 }));
  });
  out.push(`</section>`);
  return out;
}
function forecastSection({ charts, images, series }) {
  if (series.length === 0) return [];
  const chart = charts.get("chart-forecast");
  const columns = [
    { title: "Budget", cell: (s) => escapeHtml(s.label) },
    { title: "File", cell: (s) => codePath(s.file) },
    { title: "Budget/month", numeric: true, cell: (s) => money(s.budget) },
    { title: "Now", numeric: true, cell: (s) => money(s.months[0]) },
    { title: "Month 6", numeric: true, cell: (s) => money(s.months[6]) },
    { title: "Month 12", numeric: true, cell: (s) => money(s.months[12]) },
    {
      title: "Breaks",
      cell: (s) => s.breaks === null ? { html: `<span class="ok">\u2713 stays within</span>`, value: "" } : { html: `<span class="over">\u2717 ${s.breaks === 0 ? "over now" : `month ${s.breaks}`}</span>`, value: s.breaks }
    }
  ];
  return [
    `<section id="forecast" aria-labelledby="forecast-h"><h2 id="forecast-h">Growth against budgets</h2>`,
    ...chart ? [figure(chart, images)] : [],
    ...tableChunks("table-forecast", `12-month forecast per budget at the declared growth, over-budget first`, columns, series, {
      pageSize: 25
    }),
    `</section>`
  ];
}
function budgetsSection({ report, charts, images }) {
  if (report.budgets.length === 0) return [];
  const chart = charts.get("chart-group-budgets");
  const mark = { ok: "\u2713 ok", near: "\u26A0 near", over: "\u2717 over" };
  const columns = [
    { title: "Budget", cell: (b) => escapeHtml(b.name) },
    { title: "File", cell: (b) => locationOf(b.file, b.line) },
    {
      title: "Match",
      cell: (b) => escapeHtml(
        Object.entries(b.match).map(([k, v]) => `${k}: ${v}`).join(", ") || "every workload"
      )
    },
    { title: "Workloads", numeric: true, cell: (b) => ({ html: String(b.workloads.length), value: b.workloads.length }) },
    { title: "Projected", numeric: true, cell: (b) => money(b.projected) },
    { title: "Budget", numeric: true, cell: (b) => money(b.monthly) },
    {
      title: "Use",
      cell: (b) => ({
        html: `<span class="${b.status}">${mark[b.status]}</span> ${b.percentUsed ? formatPercent(b.percentUsed) : "-"}`,
        value: b.percentUsed ? toJsonMoney(b.percentUsed) : ""
      })
    }
  ];
  return [
    `<section id="group-budgets" aria-labelledby="budgets-h"><h2 id="budgets-h">Group budgets</h2>`,
    ...chart ? [figure(chart, images)] : [],
    ...tableChunks("table-group-budgets", "Group budgets and their projected use", columns, report.budgets, { pageSize: 25 }),
    `</section>`
  ];
}
function* workloadsSection({ report }) {
  const rows = report.workloads.filter((w) => w.change !== "removed");
  yield `<section id="workloads" aria-labelledby="workloads-h"><h2 id="workloads-h">Workloads</h2>`;
  if (rows.length === 0) yield "<p>No workloads.</p>";
  else {
    const costs = new Map(rows.map((w) => [w, w.monthlyCost]));
    const order = rows.map((w, i) => ({ w, i, cost: costs.get(w) ?? null }));
    order.sort(
      (a, b) => (a.cost === null || b.cost === null ? (a.cost === null ? 1 : 0) - (b.cost === null ? 1 : 0) : b.cost.comparedTo(a.cost)) || a.i - b.i
    );
    yield* tableChunks(
      "table-workloads",
      `${rows.length} workloads, largest first`,
      workloadColumns(report.summary.monthlyCost),
      order.map((o) => o.w),
      { pageSize: 50 }
    );
  }
  yield `</section>`;
}
function* mathSection({ report }) {
  let shown = 0;
  let more = 0;
  for (const w of report.workloads) {
    if (shown >= MAX_TABLE_ROWS) {
      if (w.monthlyCost) more++;
      continue;
    }
    const components = w.costComponents;
    if (components.length === 0) continue;
    if (shown === 0)
      yield `<section id="math" aria-labelledby="math-h"><h2 id="math-h">The math</h2><details><summary>How each monthly cost is computed</summary><ul>`;
    shown++;
    yield `<li><strong>${escapeHtml(w.name)}</strong>${w.price?.kind === "override" ? " (price override)" : ""}: ${components.map((c) => escapeHtml(c.math)).join(" + ")}</li>`;
  }
  if (shown === 0) return;
  if (more > 0) yield `<li>${formatNumber(new Decimal(more))} more workloads: see the JSON report (--format json).</li>`;
  yield `</ul></details></section>`;
}
function madeLine(meta) {
  if (!meta.generatedAt && !meta.repository && !meta.commit) return "";
  return `${[
    meta.generatedAt ? `Generated <time id="meta-generated">${escapeHtml(meta.generatedAt)}</time>` : "Generated",
    meta.repository ? ` for <code id="meta-repository">${escapeHtml(meta.repository)}</code>` : "",
    meta.commit ? ` at commit <code id="meta-commit" title="${escapeHtml(meta.commit)}">${escapeHtml(meta.commit.slice(0, 12))}</code>` : ""
  ].join("")}. `;
}
function footer(report, meta = {}) {
  const made = madeLine(meta);
  const base2 = report.base ? ` Base: <code>${escapeHtml(report.base.ref)}</code>, budgets from the ${report.base.trust}.` : "";
  return `<footer><p>${made}Prices: catalog <span id="meta-catalog">${escapeHtml(report.catalog.version)}</span>, as of ${escapeHtml(report.catalog.asOf)}. A month is 730 hours.${base2} tokenbudget ${escapeHtml(report.tool.version)}</p></footer>`;
}
var SECTIONS = [
  { id: "overview", name: "Overview", render: overviewSection },
  { id: "changes", name: "Changes", render: changesSection },
  { id: "group-budgets", name: "Group budgets", render: budgetsSection },
  { id: "forecast", name: "Growth", render: forecastSection },
  { id: "breakdown", name: "Where the money goes", render: breakdownSection },
  { id: "spend-by-tag", name: "Spend by tag", render: tagSection },
  { id: "findings", name: "Findings", render: findingsSection },
  { id: "workloads", name: "Workloads", render: workloadsSection },
  { id: "math", name: "The math", render: mathSection }
];
function* reportBody(context, meta, head) {
  const { report } = context;
  yield* head;
  yield `<main>`;
  const present = SECTIONS.filter((s) => {
    if (s.id === "changes") return report.base !== null;
    if (s.id === "group-budgets") return report.budgets.length > 0;
    if (s.id === "spend-by-tag") return report.groups.length > 0;
    if (s.id === "findings") return report.findings.length > 0;
    if (s.id === "math") return report.workloads.some((w) => w.monthlyCost && w.change !== "removed");
    if (s.id === "forecast") return context.series.length > 0;
    return true;
  });
  yield `<nav aria-label="Sections"><ul>${present.map((s) => `<li><a href="#${s.id}">${s.name}</a></li>`).join("")}</ul></nav>`;
  for (const section of SECTIONS) yield* section.render(context);
  yield `</main>`;
  yield footer(report, meta);
}
function renderHtmlChunks(report, images, options = {}) {
  const workloads = options.workloads ?? report.workloads;
  const charts = new Map(reportCharts(report, workloads).map((c) => [c.id, c]));
  const { title, html } = headline(report);
  const series = forecastSeries(report, workloads);
  return htmlPage(title, reportBody({ report, charts, images, workloads, series }, options.meta ?? {}, html));
}
function comparisonSection(c, index, charts, images) {
  const w = c.workload;
  const n = index + 1;
  const out = [
    `<section id="workload-${n}" aria-labelledby="workload-${n}-h"><h2 id="workload-${n}-h">${escapeHtml(w.name)}</h2>`,
    `<p>${locationOf(w.file, w.line)}: ${escapeHtml(w.provider)} <code>${escapeHtml(w.model)}</code>, ${w.mode}${c.current.hardware ? ` on ${escapeHtml(c.current.hardware)}` : ""}, latency ${w.latency ?? "not declared"}, ${formatNumber(w.requests.perMonth.expected.round())} requests/month.</p>`
  ];
  const options = charts.get(`chart-options-${n}`);
  if (options) out.push(figure(options, images));
  out.push(optionsTable(c, n));
  const breakEven = charts.get(`chart-break-even-${n}`);
  if (breakEven) out.push(figure(breakEven, images));
  out.push(
    `<ul>${comparisonFacts(c).map((f) => `<li>${f}</li>`).join("")}</ul>`
  );
  if (c.forecast) out.push(growthTable(c, c.forecast, n));
  out.push(`</section>`);
  return out;
}
function optionsTable(c, n) {
  const columns = [
    { title: "Option", cell: ({ option }) => escapeHtml(optionLabel(option)) },
    { title: "Monthly", numeric: true, cell: ({ option }) => money(option.monthlyCost) },
    {
      title: "Low .. high",
      numeric: true,
      cell: ({ option }) => ({
        html: `${formatUsd(option.range.low)} .. ${formatUsd(option.range.high)}`,
        value: toJsonMoney(option.range.high)
      })
    },
    {
      title: "Per request",
      numeric: true,
      cell: ({ option }) => option.perRequestCost ? { html: formatUsdPrecise(option.perRequestCost), value: toJsonMoney(option.perRequestCost) } : { html: "-", value: "" }
    },
    {
      title: "Utilization",
      numeric: true,
      cell: ({ option }) => option.utilization ? { html: formatPercent(option.utilization.times(100), 1), value: toJsonMoney(option.utilization) } : { html: "-", value: "" }
    },
    {
      title: "Verdict",
      cell: ({ option, i }) => i === c.cheapest ? `<span class="ok">\u2713 cheapest</span>` : option.eligible ? "eligible" : `<span class="warn">\u2717 not eligible</span>`
    },
    { title: "Notes", cell: ({ option }) => escapeHtml(option.notes.join("; ")) }
  ];
  return table(
    `table-options-${n}`,
    `Ways to run ${c.workload.name}`,
    columns,
    c.options.map((option, i) => ({ option, i }))
  );
}
function comparisonFacts(c) {
  const facts = [];
  const current = c.current.monthlyCost ? `${formatUsd(c.current.monthlyCost)} as declared (${c.current.mode}${c.current.hardware ? ` ${escapeHtml(c.current.hardware)}` : ""})` : "unpriced as declared";
  const best = c.cheapest === void 0 ? void 0 : c.options[c.cheapest];
  if (!best) facts.push(`Cheapest: no option meets the constraints; now ${current}.`);
  else {
    const saving = c.savings && !c.savings.isZero() ? `, ${c.savings.isPositive() ? "saves" : "costs"} ${formatUsd(c.savings.abs())} a month` : "";
    facts.push(`Cheapest: <strong>${escapeHtml(optionLabel(best))}</strong> at ${formatUsd(best.monthlyCost)}/month; now ${current}${saving}.`);
  }
  const b = c.breakEven;
  if (b) {
    facts.push(
      b.never || !b.requestsPerMonth ? `Break-even: none; even a fully used dedicated ${escapeHtml(b.hardware)} replica costs more per request than serverless.` : `Break-even: dedicated ${escapeHtml(b.hardware)} beats serverless above ${formatNumber(b.requestsPerMonth.round())} requests/month${b.assumesOneReplica ? ", if one replica carries that volume (capacity unknown)" : ""}.`
    );
  }
  for (const a of c.assumptions) facts.push(`Dedicated sizing: ${escapeHtml(a)}.`);
  for (const u of c.unavailable) facts.push(`Not available: ${u.mode}${u.hardware ? ` ${escapeHtml(u.hardware)}` : ""}: ${escapeHtml(u.reason)}.`);
  return facts;
}
function growthTable(c, forecast, n) {
  const monthColumns = [
    { title: "Month", numeric: true, cell: (m) => ({ html: String(m.month), value: m.month }) },
    {
      title: "Requests/month",
      numeric: true,
      cell: (m) => ({ html: formatNumber(m.requestsPerMonth.round()), value: toJsonMoney(m.requestsPerMonth) })
    },
    ...c.options.map((o, i) => ({ title: optionLabel(o), numeric: true, cell: (m) => money(m.costs[i]) })),
    {
      title: "Cheapest",
      cell: (m) => {
        const best = m.cheapest === void 0 ? void 0 : c.options[m.cheapest];
        return best ? escapeHtml(optionLabel(best)) : "-";
      }
    }
  ];
  return table(
    `table-growth-${n}`,
    `Growth ${c.workload.requests.growthPercentPerMonth}%/month over the next 12 months`,
    monthColumns,
    forecast
  );
}
function renderCompareHtml(comparisons, images, toolVersion, meta = {}) {
  const charts = new Map(compareCharts(comparisons).map((c) => [c.id, c]));
  const title = `tokenbudget compare: ${comparisons.length} workload${comparisons.length === 1 ? "" : "s"}`;
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p>What each workload would cost in every mode its model supports, the cheapest option that meets its constraints, and the volume at which a dedicated endpoint beats serverless.</p></header>`,
    `<main>`,
    `<nav aria-label="Workloads"><ul>${comparisons.map((c, i) => `<li><a href="#workload-${i + 1}">${escapeHtml(c.workload.name)}</a></li>`).join("")}</ul></nav>`,
    ...comparisons.length > MAX_COMPARE_CHARTS ? [`<p>Charts for the ${MAX_COMPARE_CHARTS} workloads with the largest monthly cost; every workload has its tables.</p>`] : [],
    ...comparisons.flatMap((c, i) => comparisonSection(c, i, charts, images)),
    `</main>`,
    `<footer><p>${madeLine(meta)}A month is 730 hours. tokenbudget ${escapeHtml(toolVersion)}</p></footer>`
  ];
  return joinChunks(htmlPage(title, body));
}

export {
  renderCharts,
  Totals,
  liveWorkloads,
  historyPoint,
  historyMovers,
  sampleCommits,
  MAX_BARS,
  COLORS,
  base,
  uniqueLabels,
  rollupCharts,
  historyCharts,
  reportCharts,
  optionLabel,
  compareCharts,
  htmlPage,
  joinChunks,
  money,
  moneyChange,
  shareCell,
  tableChunks,
  table,
  figure,
  codePath,
  locationOf,
  tile,
  madeLine,
  renderHtmlChunks,
  renderCompareHtml
};
