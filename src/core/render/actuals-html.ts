/**
 * `actuals --format html`: one self-contained page (the estimate report's page, tables and
 * figure helpers) with a chart of each workload's projected, measured and billed monthly spend.
 * Pure: the report and the chart's SVG in, text out; usage and manifest strings are escaped.
 */
import { formatUsd, toJsonMoney, type Decimal } from "../money.js";
import type { ActualsOther, ActualsReport, ActualsWorkload } from "../actuals/report.js";
import { COLORS, MAX_BARS, base, uniqueLabels, type ChartSpec } from "./charts.js";
import { escapeHtml as esc } from "./escape.js";
import { figure, htmlPage, joinChunks, locationOf, money, moneyChange, table, type Column } from "./html.js";
import type { Finding } from "../manifest/types.js";
import { badText, periodText, totalText } from "./actuals.js";
import type { ChartImages } from "./html.js";

const SERIES = ["projected", "actual", "billed"] as const;
const SERIES_COLORS: Record<(typeof SERIES)[number], string> = { projected: COLORS.total, actual: COLORS.bar, billed: COLORS.near };

/** Projected against actual (and billed, when stated) monthly spend, per workload, largest first. */
export function actualsChart(report: ActualsReport): ChartSpec | null {
  const rows = report.workloads
    .flatMap((w) => {
      const largest = w.actualMonthly ?? w.projectedMonthly;
      return largest ? [{ w, largest }] : [];
    })
    .sort((a, b) => b.largest.comparedTo(a.largest))
    .slice(0, MAX_BARS);
  if (rows.length === 0) return null;
  const labels = uniqueLabels(rows.map(({ w }) => w.name));
  const values = rows.flatMap(({ w }, i) => {
    const label = labels[i] ?? w.name;
    const amounts: Record<(typeof SERIES)[number], Decimal | undefined> = {
      projected: w.projectedMonthly,
      actual: w.actualMonthly,
      billed: w.billedMonthly,
    };
    return SERIES.flatMap((series) => {
      const amount = amounts[series];
      return amount ? [{ label, series, value: toJsonMoney(amount), text: `${series} ${formatUsd(amount)}` }] : [];
    });
  });
  const present = SERIES.filter((s) => values.some((v) => v.series === s));
  const spec = {
    ...base(600, Math.max(60, values.length * 18), values),
    encoding: {
      y: { field: "label", type: "nominal", sort: null, title: null },
      yOffset: { field: "series", type: "nominal", sort: present },
    },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          x: { field: "value", type: "quantitative", title: "USD per month", axis: { format: "$,.0f" } },
          color: {
            field: "series",
            type: "nominal",
            title: null,
            scale: { domain: present, range: present.map((s) => SERIES_COLORS[s]) },
            legend: { orient: "bottom" },
          },
        },
      },
      {
        mark: { type: "text", align: "left", dx: 4, fontSize: 10 },
        encoding: { x: { field: "value", type: "quantitative" }, text: { field: "text" } },
      },
    ],
  };
  return {
    id: "chart-actuals",
    title: "Projected against actual monthly spend",
    description: `Bar chart, for each workload, of the manifest's projected monthly spend next to the measured one${values.some((v) => v.series === "billed") ? " and the billed amount" : ""}: ${values.map((v) => `${v.label} ${v.text}`).join(", ")}.`,
    spec,
    markRole: "bar",
    marks: values.length,
    labels: values.length,
  };
}

export function actualsCharts(report: ActualsReport): ChartSpec[] {
  const chart = actualsChart(report);
  return chart ? [chart] : [];
}

const count = (d: Decimal | undefined) =>
  d ? { html: d.toFixed(2).replace(/\.?0+$/, ""), value: toJsonMoney(d) } : { html: "-", value: "" as const };

const WORKLOAD_COLUMNS: Array<Column<ActualsWorkload>> = [
  { title: "Workload", cell: (w) => `${esc(w.name)} <code class="loc">${esc(w.file)}</code>` },
  { title: "Model", cell: (w) => `<code>${esc(w.model)}</code> ${w.mode}` },
  { title: "Requests/month", numeric: true, cell: (w) => count(w.requestsPerMonth) },
  { title: "Input/req", numeric: true, cell: (w) => count(w.perRequest?.input) },
  { title: "Cached/req", numeric: true, cell: (w) => count(w.perRequest?.cachedInput) },
  { title: "Output/req", numeric: true, cell: (w) => count(w.perRequest?.output) },
  { title: "Actual", numeric: true, cell: (w) => money(w.actualMonthly) },
  { title: "Billed", numeric: true, cell: (w) => (w.billedMonthly ? money(w.billedMonthly) : { html: "-", value: "" }) },
  { title: "Projected", numeric: true, cell: (w) => money(w.projectedMonthly) },
  { title: "Variance", numeric: true, cell: (w) => moneyChange(w.variance) },
  { title: "Notes", cell: (w) => esc(w.notes.join("; ")) },
];

const OTHER_COLUMNS: Array<Column<ActualsOther>> = [
  { title: "Model", cell: (o) => `<code>${esc(o.model)}</code>` },
  { title: "Why", cell: (o) => (o.kind === "ambiguous" ? `ambiguous: ${esc(o.workloads.join(", "))}` : "unattributed") },
  { title: "Mode", cell: (o) => (o.batch ? "batch" : "standard") },
  { title: "Requests/month", numeric: true, cell: (o) => count(o.requestsPerMonth) },
  { title: "Cost/month", numeric: true, cell: (o) => money(o.actualMonthly) },
  { title: "Billed", numeric: true, cell: (o) => (o.billedMonthly ? money(o.billedMonthly) : { html: "-", value: "" }) },
];

const FINDING_COLUMNS: Array<Column<Finding>> = [
  {
    title: "Severity",
    cell: (f) => ({ html: `<span class="${f.severity}">${f.severity}</span>`, value: { error: 0, warning: 1, notice: 2 }[f.severity] }),
  },
  { title: "Rule", cell: (f) => `<code>${esc(f.rule)}</code>` },
  { title: "Where", cell: (f) => `${locationOf(f.file, f.line, f.col)}${f.workload ? ` ${esc(f.workload)}` : ""}` },
  { title: "Message", cell: (f) => esc(f.message) },
];

export function renderActualsHtml(report: ActualsReport, images: ChartImages, toolVersion: string): string {
  const chart = actualsChart(report);
  const title = `tokenbudget actuals: ${report.status}`;
  const bad = badText(report);
  const body = [
    `<header><h1>${esc(title)}</h1><p>${esc(totalText(report))}</p><p>Usage: ${esc(periodText(report))}.</p></header>`,
    `<main>`,
    ...(chart
      ? [`<section id="chart" aria-labelledby="chart-h"><h2 id="chart-h">Projected and actual</h2>${figure(chart, images)}</section>`]
      : []),
    ...(report.findings.length
      ? [
          `<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>${table("table-findings", `${report.findings.length} findings, errors first`, FINDING_COLUMNS, report.findings)}</section>`,
        ]
      : []),
    `<section id="workloads" aria-labelledby="workloads-h"><h2 id="workloads-h">Workloads</h2>${table("table-actuals", `${report.workloads.length} workloads`, WORKLOAD_COLUMNS, report.workloads)}</section>`,
    ...(report.other.length
      ? [
          `<section id="other" aria-labelledby="other-h"><h2 id="other-h">Usage no single workload owns</h2>${table("table-other", `${report.other.length} models`, OTHER_COLUMNS, report.other)}</section>`,
        ]
      : []),
    ...(bad || report.notes.length
      ? [
          `<section id="notes" aria-labelledby="notes-h"><h2 id="notes-h">Notes</h2><ul>${[...(bad ? [bad] : []), ...report.notes].map((n) => `<li>${esc(n)}</li>`).join("")}</ul></section>`,
        ]
      : []),
    `</main>`,
    `<footer><p>A month is 730 hours. tokenbudget ${esc(toolVersion)}</p></footer>`,
  ];
  return joinChunks(htmlPage(title, body));
}
