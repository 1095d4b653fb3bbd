/**
 * One self-contained HTML file: inline CSS, finished SVG charts, a small inline script that only
 * sorts, filters and pages tables, and a Content-Security-Policy that lets nothing else run or load, so it can be
 * mailed, attached to a CI run or opened from disk. Every chart has a caption in words and the
 * same numbers in a table below it; states are written out, never shown by colour alone.
 * Pure: report and the charts' SVG in, text out, in pieces (a monorepo's page does not fit in one
 * string; the pieces are helpers the other pages, such as history and merge, share).
 */
import { createHash } from "node:crypto";
import {
  formatCount,
  formatNumber,
  formatPercent,
  formatPercentChange,
  formatUsd,
  formatUsdChange,
  formatUsdPrecise,
  toJsonMoney,
  Decimal,
} from "../money.js";
import type { Report, ReportWorkload, Status } from "../review/report.js";
import type { Finding } from "../manifest/types.js";
import type { ForecastMonth, WorkloadComparison } from "../plan/compare.js";
import {
  MAX_COMPARE_CHARTS,
  compareCharts,
  forecastSeries,
  optionLabel,
  reportCharts,
  type ChartSpec,
  type ForecastSeries,
} from "./charts.js";
import { breakdowns, kpis, type Dimension, type ShareRow } from "../finops/breakdown.js";
import { escapeHtml as esc } from "./escape.js";

/** The charts' SVG by chart id, drawn by the adapter; a missing one is said in words. */
export type ChartImages = ReadonlyMap<string, string>;

export const STYLE = `
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

/**
 * Sorts a table by the clicked column (by data-value when the cell has one, else by its text),
 * filters and pages the long ones (data-page-size), and opens every <details> for printing.
 * Without it the page shows every row, unsorted: nothing depends on it.
 */
const SCRIPT = `
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

const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text).digest("base64")}'`;
// Nothing may load or run but this file's own style and script; charts are inline SVG.
const CSP = `default-src 'none'; style-src ${sha256(STYLE)}; script-src ${sha256(SCRIPT)}; base-uri 'none'; form-action 'none'`;

const VERDICT: Record<Status, string> = { pass: "✓ pass", warn: "⚠ warn", fail: "✗ fail" };
const SEVERITY: Record<Finding["severity"], string> = { error: "✗ error", warning: "⚠ warning", notice: "ℹ notice" };

/** Pieces of about this many characters: a monorepo's page is far larger than one string may be. */
const CHUNK_CHARS = 1 << 16;

/** A long table shows this many rows; the rest are counted and left to the JSON report. */
export const MAX_TABLE_ROWS = 2000;

/** Where the page came from, as the adapters know it: the core reads no clock and no git. */
export interface PageMeta {
  /** When the page was made (ISO time or date). */
  generatedAt?: string;
  commit?: string;
  repository?: string;
}

/** The page around its body, in pieces of about CHUNK_CHARS; body pieces are joined by line breaks. */
export function* htmlPage(title: string, body: Iterable<string>): Generator<string, void, undefined> {
  let buffer = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${CSP}">
<meta name="color-scheme" content="light dark">
<meta name="generator" content="tokenbudget">
<title>${esc(title)}</title>
<style>${STYLE}</style>
</head>
<body>
`;
  for (const piece of body) {
    buffer += `${piece}\n`;
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

/** The whole page as one string, for pages known to be small. */
export function joinChunks(chunks: Iterable<string>): string {
  let text = "";
  for (const chunk of chunks) text += chunk;
  return text;
}

export interface Cell {
  html: string;
  /** A number to sort by; "" sorts last (unknown). Absent: sort by text. */
  value?: number | "";
}

export interface Column<T> {
  title: string;
  numeric?: boolean;
  cell(row: T): Cell | string;
}

export const money = (value: Decimal | null | undefined): Cell =>
  value === null || value === undefined ? { html: "unpriced", value: "" } : { html: formatUsd(value), value: toJsonMoney(value) };
export const moneyChange = (value: Decimal | null | undefined): Cell =>
  value === null || value === undefined ? { html: "n/a", value: "" } : { html: formatUsdChange(value), value: toJsonMoney(value) };
export const shareCell = (share: Decimal | null): Cell =>
  share === null ? { html: "-", value: "" } : { html: formatPercent(share, 1), value: toJsonMoney(share) };

export interface TableOptions {
  /** With more rows than this, the table is paged and filtered by the page's script. */
  pageSize?: number;
}

function row<T>(columns: ReadonlyArray<Column<T>>, item: T): string {
  const cells = columns.map((c, i) => {
    const raw = c.cell(item);
    const cell = typeof raw === "string" ? { html: raw } : raw;
    const value = cell.value === undefined ? "" : ` data-value="${cell.value}"`;
    const cls = c.numeric ? ' class="num"' : "";
    return i === 0 ? `<th scope="row"${cls}${value}>${cell.html}</th>` : `<td${cls}${value}>${cell.html}</td>`;
  });
  return `<tr>${cells.join("")}</tr>`;
}

/**
 * A sortable table, in pieces (one a row). Past MAX_TABLE_ROWS the rest are counted in the
 * table's footer and pointed to the JSON report; past `pageSize` a filter box and pages come first.
 */
export function* tableChunks<T>(
  id: string,
  caption: string,
  columns: ReadonlyArray<Column<T>>,
  rows: readonly T[],
  options: TableOptions = {},
): Generator<string, void, undefined> {
  const paged = options.pageSize !== undefined && rows.length > options.pageSize;
  if (paged) {
    yield `<div class="pager" data-for="${id}" hidden><label>Filter <input type="search" aria-controls="${id}" placeholder="any text in a row"></label> <button type="button" data-step="-1">Previous</button> <span class="pager-status" aria-live="polite"></span> <button type="button" data-step="1">Next</button></div>`;
  }
  const head = columns
    .map((c) => `<th scope="col"${c.numeric ? ' class="num"' : ""}><button type="button">${esc(c.title)}</button></th>`)
    .join("");
  yield `<div class="table-wrap"><table class="sortable" id="${id}"${paged ? ` data-page-size="${options.pageSize}"` : ""}><caption>${esc(caption)} <span class="muted">(select a column heading to sort)</span></caption><thead><tr>${head}</tr></thead><tbody>`;
  const shown = Math.min(rows.length, MAX_TABLE_ROWS);
  for (const r of rows.slice(0, shown)) yield row(columns, r);
  const more = rows.length - shown;
  yield `</tbody>${more > 0 ? `<tfoot><tr><td colspan="${columns.length}">${formatNumber(new Decimal(more))} more rows are not shown here: see the JSON report (--format json).</td></tr></tfoot>` : ""}</table></div>`;
}

/** tableChunks as one string, for the small tables. */
export function table<T>(
  id: string,
  caption: string,
  columns: ReadonlyArray<Column<T>>,
  rows: readonly T[],
  options: TableOptions = {},
): string {
  return [...tableChunks(id, caption, columns, rows, options)].join("\n");
}

export function figure(chart: ChartSpec, images: ChartImages): string {
  const svg = images.get(chart.id);
  const drawn = svg
    ? svg.replace(
        /^<svg /,
        `<svg role="graphics-document document" aria-labelledby="${chart.id}-title" aria-describedby="${chart.id}-desc" `,
      )
    : `<p class="muted">(chart not drawn)</p>`;
  const cut = chart.notDrawn ? `<span class="not-drawn">${chart.notDrawn} more not drawn: the table below lists every one.</span>` : "";
  return `<figure id="${chart.id}" data-mark-role="${chart.markRole}" data-marks="${chart.marks}" data-labels="${chart.labels}" data-not-drawn="${chart.notDrawn ?? 0}"><figcaption><strong id="${chart.id}-title">${esc(chart.title)}</strong><span id="${chart.id}-desc">${esc(chart.description)}</span>${cut}</figcaption><div class="chart">${drawn}</div></figure>`;
}

function statusCell(w: ReportWorkload): Cell {
  if (w.change === "removed") return { html: "removed" };
  if (w.status === "error" || w.status === "unpriced")
    return { html: `<span class="${w.status}">${w.status === "error" ? "✗ error" : "? unpriced"}</span>` };
  if (!w.budget) return { html: "no budget" };
  const pct = w.budget.percentUsed;
  const mark = w.status === "over" ? "✗ over" : w.status === "near" ? "⚠ near" : "✓ ok";
  return {
    html: `<span class="${w.status}">${mark}</span>${pct ? ` ${formatPercent(pct)} of ${formatUsd(w.budget.monthly)}` : ""}`,
    value: pct ? toJsonMoney(pct) : "",
  };
}

/** A path or model id, escaped, that may wrap after each `/` in a narrow column (and nowhere else mid-word). */
export const codePath = (text: string) => `<code>${esc(text).replaceAll("/", "/<wbr>")}</code>`;

/** `file:line`, `file:line:col`, or the file alone for a finding about all of it. */
export const locationOf = (file: string, line?: number, col?: number) =>
  `<code class="loc">${esc(file).replaceAll("/", "/<wbr>")}${line === undefined ? "" : `:${line}`}${col === undefined ? "" : `:${col}`}</code>`;

function workloadColumns(total: Decimal): Array<Column<ReportWorkload>> {
  return [
    // The file under the name: one column fewer, so the table fits a laptop screen without scrolling.
    { title: "Workload", cell: (w) => `${esc(w.name)}<br>${locationOf(w.file, w.line)}` },
    { title: "Model", cell: (w) => codePath(w.model) },
    { title: "Mode", cell: (w) => esc(w.mode + (w.hardware ? ` (${w.hardware})` : "")) },
    {
      title: "Tags",
      cell: (w) =>
        esc(
          Object.entries(w.tags)
            .map(([k, v]) => `${k}: ${v}`)
            .join(", "),
        ),
    },
    {
      title: "Requests per month",
      numeric: true,
      cell: (w) => ({ html: formatCount(w.requests.perMonth), value: toJsonMoney(w.requests.perMonth) }),
    },
    {
      title: "Per request",
      numeric: true,
      cell: (w) =>
        w.perRequestCost ? { html: formatUsdPrecise(w.perRequestCost), value: toJsonMoney(w.perRequestCost) } : { html: "-", value: "" },
    },
    { title: "Monthly", numeric: true, cell: (w) => money(w.monthlyCost) },
    {
      title: "Share",
      numeric: true,
      cell: (w) => shareCell(w.monthlyCost && !total.isZero() ? w.monthlyCost.div(total).times(100) : null),
    },
    { title: "Budget", cell: statusCell },
  ];
}

function headline(report: Report): { title: string; html: string[] } {
  const s = report.summary;
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;
  const total = `${formatUsd(s.monthlyCost)}/month${s.complete ? "" : ` (+ ${s.unpricedWorkloads} unpriced)`}`;
  const change =
    s.diffMonthlyCost !== undefined
      ? `, ${formatUsdChange(s.diffMonthlyCost)} (${s.diffPercent === null || s.diffPercent === undefined ? "new" : formatPercentChange(s.diffPercent, 1)})`
      : "";
  const lines = [
    `<header>`,
    `<h1>tokenbudget: ${esc(total)}${esc(change)}</h1>`,
    `<p><span class="verdict ${s.status}">${VERDICT[s.status]}</span> ${
      s.baseMonthlyCost !== undefined
        ? `Projected LLM inference spend ${formatUsd(s.baseMonthlyCost)} → <strong>${formatUsd(s.monthlyCost)}</strong> a month`
        : `Projected LLM inference spend <strong>${formatUsd(s.monthlyCost)}</strong> a month`
    } across ${plural(s.workloads, "workload")} in ${plural(s.files, "file")}; ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}, ${plural(s.notices, "notice")}.${
      s.invalidFiles > 0 ? ` ${plural(s.invalidFiles, "invalid file")} not counted.` : ""
    }</p>`,
    `</header>`,
  ];
  return { title: `tokenbudget: ${total}${change} · ${s.status}`, html: lines };
}

function summaryList(report: Report): string {
  const s = report.summary;
  const items: Array<[string, string]> = [
    ["Monthly spend", `${formatUsd(s.monthlyCost)}${s.complete ? "" : " (a lower bound: some workloads are unpriced)"}`],
  ];
  if (s.range)
    items.push(["Range", `low ${formatUsd(s.range.low)} / expected ${formatUsd(s.range.expected)} / high ${formatUsd(s.range.high)}`]);
  if (s.baseMonthlyCost !== undefined && s.diffMonthlyCost !== undefined)
    items.push(
      ["Base", formatUsd(s.baseMonthlyCost)],
      ["Change", `${formatUsdChange(s.diffMonthlyCost)}${s.diffPercent ? ` (${formatPercentChange(s.diffPercent, 1)})` : ""}`],
    );
  if (s.changes)
    items.push([
      "Workloads",
      `${s.changes.added} added, ${s.changes.removed} removed, ${s.changes.changed} changed, ${s.changes.unchanged} unchanged`,
    ]);
  else items.push(["Workloads", `${s.workloads} (${s.pricedWorkloads} priced)`]);
  items.push(["Status", `<span class="${s.status}">${VERDICT[s.status]}</span>`]);
  return `<dl class="summary">${items.map(([k, v]) => `<dt>${k}</dt><dd>${v}</dd>`).join("")}</dl>`;
}

/** One headline number with what it is and a line of context. */
export function tile(id: string, label: string, value: string, note: string, cls = ""): string {
  return `<div class="tile" id="${id}"><span class="tile-label">${esc(label)}</span><span class="tile-value${cls ? ` ${cls}` : ""}">${value}</span><span class="tile-note">${note}</span></div>`;
}

interface PageContext {
  report: Report;
  charts: Map<string, ChartSpec>;
  images: ChartImages;
  /** Every row of the run (a diff report keeps only the changed ones in report.workloads). */
  workloads: readonly ReportWorkload[];
  /** The budgets' forecasts, most urgent first: read once, for the navigation and the section. */
  series: ForecastSeries[];
}

function overviewSection({ report, workloads }: PageContext): string[] {
  const k = kpis(report, workloads);
  const s = report.summary;
  const change =
    s.diffMonthlyCost !== undefined
      ? `${formatUsdChange(s.diffMonthlyCost)} against ${esc(report.base?.ref ?? "the base")}`
      : `${s.pricedWorkloads} priced workloads`;
  const h = k.headroom;
  const tiles = [
    tile(
      "kpi-monthly",
      "Monthly spend",
      formatUsd(k.monthlyCost),
      s.complete ? change : `${change}; a lower bound, ${s.unpricedWorkloads} unpriced`,
    ),
    tile(
      "kpi-per-request",
      "Per request",
      k.perRequest ? formatUsdPrecise(k.perRequest) : "-",
      `${formatCount(k.requests)} requests a month`,
    ),
    tile(
      "kpi-per-million",
      "Per 1M tokens",
      k.perMillionTokens ? formatUsdPrecise(k.perMillionTokens) : "-",
      `${formatCount(k.tokens)} tokens a month`,
    ),
    h
      ? tile(
          "kpi-headroom",
          "Budget headroom",
          h.headroom.isNegative() ? `over by ${formatUsd(h.headroom.abs())}` : formatUsd(h.headroom),
          `${formatUsd(h.projected)} of ${formatUsd(h.monthly)} in ${h.budgets} budget${h.budgets === 1 ? "" : "s"}; ${h.over} over`,
          h.headroom.isNegative() ? "over" : "ok",
        )
      : tile("kpi-headroom", "Budget headroom", "-", "no budgets declared"),
  ];
  return [
    `<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">Overview</h2>`,
    `<div class="tiles">${tiles.join("")}</div>`,
    summaryList(report),
    `</section>`,
  ];
}

function* findingsSection({ report }: PageContext): Generator<string, void, undefined> {
  const findings = report.findings;
  if (findings.length === 0) return;
  const columns: Array<Column<Finding>> = [
    {
      title: "Severity",
      cell: (f) => ({
        html: `<span class="${f.severity}">${SEVERITY[f.severity]}</span>`,
        value: { error: 0, warning: 1, notice: 2 }[f.severity],
      }),
    },
    { title: "Rule", cell: (f) => `<code>${esc(f.rule)}</code>` },
    { title: "Location", cell: (f) => locationOf(f.file, f.line, f.col) },
    { title: "Message", cell: (f) => `${esc(f.message)}${f.path ? ` <code>[${esc(f.path)}]</code>` : ""}` },
  ];
  const s = report.summary;
  // Many findings would bury the overview: they wait behind their counts until asked for.
  const open = findings.length <= 10 ? " open" : "";
  yield `<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2><details${open}><summary>${findings.length} findings: ${s.errors} errors, ${s.warnings} warnings, ${s.notices} notices</summary>`;
  yield* tableChunks("table-findings", `${findings.length} findings, errors first`, columns, findings, { pageSize: 25 });
  yield `</details></section>`;
}

function changesSection({ report, charts, images }: PageContext): string[] {
  if (!report.base) return [];
  const rows = report.workloads.filter((w) => w.change !== "unchanged");
  const out = [`<section id="changes" aria-labelledby="changes-h"><h2 id="changes-h">What this change moves</h2>`];
  if (rows.length === 0) out.push(`<p>No workload's projected cost changed.</p>`);
  for (const id of ["chart-waterfall", "chart-drivers"]) {
    const chart = charts.get(id);
    if (chart) out.push(figure(chart, images));
  }
  if (rows.length > 0) {
    const columns: Array<Column<ReportWorkload>> = [
      { title: "Workload", cell: (w) => esc(w.name) },
      { title: "Kind", cell: (w) => w.change ?? "" },
      { title: "File", cell: (w) => locationOf(w.file, w.line) },
      { title: "Model", cell: (w) => codePath(w.model) },
      { title: "Base", numeric: true, cell: (w) => (w.change === "added" ? { html: "-", value: 0 } : money(w.baseMonthlyCost)) },
      { title: "Head", numeric: true, cell: (w) => money(w.monthlyCost) },
      { title: "Change", numeric: true, cell: (w) => moneyChange(w.diffMonthlyCost) },
      { title: "Budget", cell: statusCell },
      { title: "Why", cell: (w) => (w.drivers ?? []).map((d) => `${esc(d.detail)} (${formatUsdChange(d.amount)})`).join("; ") },
    ];
    out.push(
      ...tableChunks("table-changes", `${rows.length} changed workloads against ${report.base.ref}`, columns, rows, { pageSize: 50 }),
    );
  }
  if (report.notes.length) out.push(`<ul class="notes">${report.notes.map((n) => `<li>${esc(n)}</li>`).join("")}</ul>`);
  out.push(`</section>`);
  return out;
}

const DIMENSION_HEADINGS: Record<Dimension, string> = { model: "Model", provider: "Provider", mode: "Mode", workload: "Workload" };

/** Where the money goes: by model, provider and mode (a chart and a table each), and the largest workloads. */
/** A spend table's workload count and monthly spend, with the workloads left unpriced beside the amount. */
function spendColumns<Row extends { workloads: number; monthlyCost: Decimal; unpriced: number }>(): Array<Column<Row>> {
  return [
    { title: "Workloads", numeric: true, cell: (r) => ({ html: String(r.workloads), value: r.workloads }) },
    {
      title: "Monthly",
      numeric: true,
      cell: (r) => ({
        html: `${formatUsd(r.monthlyCost)}${r.unpriced ? ` (+${r.unpriced} unpriced)` : ""}`,
        value: toJsonMoney(r.monthlyCost),
      }),
    },
  ];
}

function breakdownSection({ charts, images, workloads }: PageContext): string[] {
  const list = breakdowns(workloads);
  if (list.every((b) => b.rows.length === 0)) return [];
  const out = [`<section id="breakdown" aria-labelledby="breakdown-h"><h2 id="breakdown-h">Where the money goes</h2>`];
  for (const b of list) {
    const heading = DIMENSION_HEADINGS[b.dimension];
    out.push(`<h3>By ${heading.toLowerCase()}</h3>`);
    const chart = charts.get(`chart-by-${b.dimension}`);
    if (chart) out.push(figure(chart, images));
    // Every workload has its row, with its share, in the workloads table.
    if (b.dimension === "workload") continue;
    const columns: Array<Column<ShareRow>> = [
      { title: heading, cell: (r) => (b.dimension === "model" ? `<code>${esc(r.key)}</code>` : esc(r.key)) },
      ...spendColumns<ShareRow>(),
      { title: "Share", numeric: true, cell: (r) => shareCell(r.share) },
    ];
    out.push(
      ...tableChunks(
        `table-by-${b.dimension}`,
        `Monthly spend by ${heading.toLowerCase()}, with each one's share of the total`,
        columns,
        b.rows,
        { pageSize: 25 },
      ),
    );
  }
  out.push(`</section>`);
  return out;
}

function tagSection({ report, charts, images }: PageContext): string[] {
  if (report.groups.length === 0) return [];
  const out = [`<section id="spend-by-tag" aria-labelledby="tags-h"><h2 id="tags-h">Spend by tag</h2>`];
  report.groups.forEach((group, i) => {
    const chart = charts.get(`chart-tag-${i + 1}`);
    out.push(`<h3>${esc(group.tag)}</h3>`);
    if (chart) out.push(figure(chart, images));
    type Row = (typeof group.values)[number];
    const columns: Array<Column<Row>> = [{ title: group.tag, cell: (v) => esc(v.value) }, ...spendColumns<Row>()];
    out.push(...tableChunks(`table-tag-${i + 1}`, `Monthly spend by ${group.tag}`, columns, group.values, { pageSize: 25 }));
  });
  out.push(`</section>`);
  return out;
}

function forecastSection({ charts, images, series }: PageContext): string[] {
  if (series.length === 0) return [];
  const chart = charts.get("chart-forecast");
  type Row = (typeof series)[number];
  const columns: Array<Column<Row>> = [
    { title: "Budget", cell: (s) => esc(s.label) },
    { title: "File", cell: (s) => codePath(s.file) },
    { title: "Budget/month", numeric: true, cell: (s) => money(s.budget) },
    { title: "Now", numeric: true, cell: (s) => money(s.months[0]) },
    { title: "Month 6", numeric: true, cell: (s) => money(s.months[6]) },
    { title: "Month 12", numeric: true, cell: (s) => money(s.months[12]) },
    {
      title: "Breaks",
      cell: (s) =>
        s.breaks === null
          ? { html: `<span class="ok">✓ stays within</span>`, value: "" }
          : { html: `<span class="over">✗ ${s.breaks === 0 ? "over now" : `month ${s.breaks}`}</span>`, value: s.breaks },
    },
  ];
  return [
    `<section id="forecast" aria-labelledby="forecast-h"><h2 id="forecast-h">Growth against budgets</h2>`,
    ...(chart ? [figure(chart, images)] : []),
    ...tableChunks("table-forecast", `12-month forecast per budget at the declared growth, over-budget first`, columns, series, {
      pageSize: 25,
    }),
    `</section>`,
  ];
}

function budgetsSection({ report, charts, images }: PageContext): string[] {
  if (report.budgets.length === 0) return [];
  const chart = charts.get("chart-group-budgets");
  type Row = Report["budgets"][number];
  const mark = { ok: "✓ ok", near: "⚠ near", over: "✗ over" } as const;
  const columns: Array<Column<Row>> = [
    { title: "Budget", cell: (b) => esc(b.name) },
    { title: "File", cell: (b) => locationOf(b.file, b.line) },
    {
      title: "Match",
      cell: (b) =>
        esc(
          Object.entries(b.match)
            .map(([k, v]) => `${k}: ${v}`)
            .join(", ") || "every workload",
        ),
    },
    { title: "Workloads", numeric: true, cell: (b) => ({ html: String(b.workloads.length), value: b.workloads.length }) },
    { title: "Projected", numeric: true, cell: (b) => money(b.projected) },
    { title: "Budget", numeric: true, cell: (b) => money(b.monthly) },
    {
      title: "Use",
      cell: (b) => ({
        html: `<span class="${b.status}">${mark[b.status]}</span> ${b.percentUsed ? formatPercent(b.percentUsed) : "-"}`,
        value: b.percentUsed ? toJsonMoney(b.percentUsed) : "",
      }),
    },
  ];
  return [
    `<section id="group-budgets" aria-labelledby="budgets-h"><h2 id="budgets-h">Group budgets</h2>`,
    ...(chart ? [figure(chart, images)] : []),
    ...tableChunks("table-group-budgets", "Group budgets and their projected use", columns, report.budgets, { pageSize: 25 }),
    `</section>`,
  ];
}

function* workloadsSection({ report }: PageContext): Generator<string, void, undefined> {
  const rows = report.workloads.filter((w) => w.change !== "removed");
  yield `<section id="workloads" aria-labelledby="workloads-h"><h2 id="workloads-h">Workloads</h2>`;
  if (rows.length === 0) yield "<p>No workloads.</p>";
  else {
    // Largest first, unpriced last: the rows a FinOps reader looks for, and those kept when the table is cut.
    const costs = new Map(rows.map((w) => [w, w.monthlyCost]));
    const order = rows.map((w, i) => ({ w, i, cost: costs.get(w) ?? null }));
    order.sort(
      (a, b) =>
        (a.cost === null || b.cost === null ? (a.cost === null ? 1 : 0) - (b.cost === null ? 1 : 0) : b.cost.comparedTo(a.cost)) ||
        a.i - b.i,
    );
    yield* tableChunks(
      "table-workloads",
      `${rows.length} workloads, largest first`,
      workloadColumns(report.summary.monthlyCost),
      order.map((o) => o.w),
      { pageSize: 50 },
    );
  }
  yield `</section>`;
}

function* mathSection({ report }: PageContext): Generator<string, void, undefined> {
  let shown = 0;
  let more = 0;
  for (const w of report.workloads) {
    // A row's math is built when read: once per workload, and not at all past the cut.
    if (shown >= MAX_TABLE_ROWS) {
      if (w.monthlyCost) more++;
      continue;
    }
    const components = w.costComponents;
    if (components.length === 0) continue;
    if (shown === 0)
      yield `<section id="math" aria-labelledby="math-h"><h2 id="math-h">The math</h2><details><summary>How each monthly cost is computed</summary><ul>`;
    shown++;
    yield `<li><strong>${esc(w.name)}</strong>${w.price?.kind === "override" ? " (price override)" : ""}: ${components.map((c) => esc(c.math)).join(" + ")}</li>`;
  }
  if (shown === 0) return;
  if (more > 0) yield `<li>${formatNumber(new Decimal(more))} more workloads: see the JSON report (--format json).</li>`;
  yield `</ul></details></section>`;
}

/** Where the page came from: the run's commit, repository and time (from the adapters), prices and tool. */
/** "Generated TIME for REPOSITORY at commit COMMIT. ", as much of it as the adapters told; empty without any. */
export function madeLine(meta: PageMeta): string {
  if (!meta.generatedAt && !meta.repository && !meta.commit) return "";
  return `${[
    meta.generatedAt ? `Generated <time id="meta-generated">${esc(meta.generatedAt)}</time>` : "Generated",
    meta.repository ? ` for <code id="meta-repository">${esc(meta.repository)}</code>` : "",
    meta.commit ? ` at commit <code id="meta-commit" title="${esc(meta.commit)}">${esc(meta.commit.slice(0, 12))}</code>` : "",
  ].join("")}. `;
}

export function footer(report: Pick<Report, "catalog" | "base" | "tool">, meta: PageMeta = {}): string {
  const made = madeLine(meta);
  const base = report.base ? ` Base: <code>${esc(report.base.ref)}</code>, budgets from the ${report.base.trust}.` : "";
  return `<footer><p>${made}Prices: catalog <span id="meta-catalog">${esc(report.catalog.version)}</span>, as of ${esc(report.catalog.asOf)}. A month is 730 hours.${base} tokenbudget ${esc(report.tool.version)}</p></footer>`;
}

const SECTIONS: Array<{ id: string; name: string; render(context: PageContext): Iterable<string> }> = [
  { id: "overview", name: "Overview", render: overviewSection },
  { id: "changes", name: "Changes", render: changesSection },
  { id: "group-budgets", name: "Group budgets", render: budgetsSection },
  { id: "forecast", name: "Growth", render: forecastSection },
  { id: "breakdown", name: "Where the money goes", render: breakdownSection },
  { id: "spend-by-tag", name: "Spend by tag", render: tagSection },
  { id: "findings", name: "Findings", render: findingsSection },
  { id: "workloads", name: "Workloads", render: workloadsSection },
  { id: "math", name: "The math", render: mathSection },
];

function* reportBody(context: PageContext, meta: PageMeta, head: string[]): Generator<string, void, undefined> {
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

export interface ReportPageOptions {
  meta?: PageMeta;
  /** Every row of the run, when report.workloads holds only some (diff): totals, budgets and forecasts need them all. */
  workloads?: readonly ReportWorkload[];
}

/** `estimate`, `check` and `diff` as one HTML page, in pieces. `images` holds the SVG of `reportCharts(report, workloads)` by id. */
export function renderHtmlChunks(report: Report, images: ChartImages, options: ReportPageOptions = {}): Generator<string, void, undefined> {
  const workloads = options.workloads ?? report.workloads;
  const charts = new Map(reportCharts(report, workloads).map((c) => [c.id, c]));
  const { title, html } = headline(report);
  const series = forecastSeries(report, workloads);
  return htmlPage(title, reportBody({ report, charts, images, workloads, series }, options.meta ?? {}, html));
}

/** renderHtmlChunks as one string (tests and small reports). */
export function renderHtml(report: Report, images: ChartImages, options: ReportPageOptions = {}): string {
  return joinChunks(renderHtmlChunks(report, images, options));
}

function comparisonSection(c: WorkloadComparison, index: number, charts: Map<string, ChartSpec>, images: ChartImages): string[] {
  const w = c.workload;
  const n = index + 1;
  const out = [
    `<section id="workload-${n}" aria-labelledby="workload-${n}-h"><h2 id="workload-${n}-h">${esc(w.name)}</h2>`,
    `<p>${locationOf(w.file, w.line)}: ${esc(w.provider)} <code>${esc(w.model)}</code>, ${w.mode}${c.current.hardware ? ` on ${esc(c.current.hardware)}` : ""}, latency ${w.latency ?? "not declared"}, ${formatNumber(w.requests.perMonth.expected.round())} requests/month.</p>`,
  ];
  const options = charts.get(`chart-options-${n}`);
  if (options) out.push(figure(options, images));
  out.push(optionsTable(c, n));
  const breakEven = charts.get(`chart-break-even-${n}`);
  if (breakEven) out.push(figure(breakEven, images));
  out.push(
    `<ul>${comparisonFacts(c)
      .map((f) => `<li>${f}</li>`)
      .join("")}</ul>`,
  );
  if (c.forecast) out.push(growthTable(c, c.forecast, n));
  out.push(`</section>`);
  return out;
}

/** Every way to run the workload: cost, range, per request, utilization and whether it may be recommended. */
function optionsTable(c: WorkloadComparison, n: number): string {
  type Row = { option: (typeof c.options)[number]; i: number };
  const columns: Array<Column<Row>> = [
    { title: "Option", cell: ({ option }) => esc(optionLabel(option)) },
    { title: "Monthly", numeric: true, cell: ({ option }) => money(option.monthlyCost) },
    {
      title: "Low .. high",
      numeric: true,
      cell: ({ option }) => ({
        html: `${formatUsd(option.range.low)} .. ${formatUsd(option.range.high)}`,
        value: toJsonMoney(option.range.high),
      }),
    },
    {
      title: "Per request",
      numeric: true,
      cell: ({ option }) =>
        option.perRequestCost
          ? { html: formatUsdPrecise(option.perRequestCost), value: toJsonMoney(option.perRequestCost) }
          : { html: "-", value: "" },
    },
    {
      title: "Utilization",
      numeric: true,
      cell: ({ option }) =>
        option.utilization
          ? { html: formatPercent(option.utilization.times(100), 1), value: toJsonMoney(option.utilization) }
          : { html: "-", value: "" },
    },
    {
      title: "Verdict",
      cell: ({ option, i }) =>
        i === c.cheapest ? `<span class="ok">✓ cheapest</span>` : option.eligible ? "eligible" : `<span class="warn">✗ not eligible</span>`,
    },
    { title: "Notes", cell: ({ option }) => esc(option.notes.join("; ")) },
  ];
  return table(
    `table-options-${n}`,
    `Ways to run ${c.workload.name}`,
    columns,
    c.options.map((option, i) => ({ option, i })),
  );
}

/** The comparison in sentences: the cheapest option, the break-even, how replicas were sized, what is not available. */
function comparisonFacts(c: WorkloadComparison): string[] {
  const facts: string[] = [];
  const current = c.current.monthlyCost
    ? `${formatUsd(c.current.monthlyCost)} as declared (${c.current.mode}${c.current.hardware ? ` ${esc(c.current.hardware)}` : ""})`
    : "unpriced as declared";
  const best = c.cheapest === undefined ? undefined : c.options[c.cheapest];
  if (!best) facts.push(`Cheapest: no option meets the constraints; now ${current}.`);
  else {
    const saving =
      c.savings && !c.savings.isZero() ? `, ${c.savings.isPositive() ? "saves" : "costs"} ${formatUsd(c.savings.abs())} a month` : "";
    facts.push(`Cheapest: <strong>${esc(optionLabel(best))}</strong> at ${formatUsd(best.monthlyCost)}/month; now ${current}${saving}.`);
  }
  const b = c.breakEven;
  if (b) {
    facts.push(
      b.never || !b.requestsPerMonth
        ? `Break-even: none; even a fully used dedicated ${esc(b.hardware)} replica costs more per request than serverless.`
        : `Break-even: dedicated ${esc(b.hardware)} beats serverless above ${formatNumber(b.requestsPerMonth.round())} requests/month${b.assumesOneReplica ? ", if one replica carries that volume (capacity unknown)" : ""}.`,
    );
  }
  for (const a of c.assumptions) facts.push(`Dedicated sizing: ${esc(a)}.`);
  for (const u of c.unavailable) facts.push(`Not available: ${u.mode}${u.hardware ? ` ${esc(u.hardware)}` : ""}: ${esc(u.reason)}.`);
  return facts;
}

/** Twelve months of the declared growth: every option's cost and the cheapest, month by month. */
function growthTable(c: WorkloadComparison, forecast: ForecastMonth[], n: number): string {
  type Month = ForecastMonth;
  const monthColumns: Array<Column<Month>> = [
    { title: "Month", numeric: true, cell: (m) => ({ html: String(m.month), value: m.month }) },
    {
      title: "Requests/month",
      numeric: true,
      cell: (m) => ({ html: formatNumber(m.requestsPerMonth.round()), value: toJsonMoney(m.requestsPerMonth) }),
    },
    ...c.options.map((o, i): Column<Month> => ({ title: optionLabel(o), numeric: true, cell: (m) => money(m.costs[i]) })),
    {
      title: "Cheapest",
      cell: (m) => {
        const best = m.cheapest === undefined ? undefined : c.options[m.cheapest];
        return best ? esc(optionLabel(best)) : "-";
      },
    },
  ];
  return table(
    `table-growth-${n}`,
    `Growth ${c.workload.requests.growthPercentPerMonth}%/month over the next 12 months`,
    monthColumns,
    forecast,
  );
}

/** `compare` as one HTML page. `images` holds the SVG of `compareCharts(comparisons)` by id. */
export function renderCompareHtml(
  comparisons: readonly WorkloadComparison[],
  images: ChartImages,
  toolVersion: string,
  meta: PageMeta = {},
): string {
  const charts = new Map(compareCharts(comparisons).map((c) => [c.id, c]));
  const title = `tokenbudget compare: ${comparisons.length} workload${comparisons.length === 1 ? "" : "s"}`;
  const body = [
    `<header><h1>${esc(title)}</h1><p>What each workload would cost in every mode its model supports, the cheapest option that meets its constraints, and the volume at which a dedicated endpoint beats serverless.</p></header>`,
    `<main>`,
    `<nav aria-label="Workloads"><ul>${comparisons.map((c, i) => `<li><a href="#workload-${i + 1}">${esc(c.workload.name)}</a></li>`).join("")}</ul></nav>`,
    ...(comparisons.length > MAX_COMPARE_CHARTS
      ? [`<p>Charts for the ${MAX_COMPARE_CHARTS} workloads with the largest monthly cost; every workload has its tables.</p>`]
      : []),
    ...comparisons.flatMap((c, i) => comparisonSection(c, i, charts, images)),
    `</main>`,
    `<footer><p>${madeLine(meta)}A month is 730 hours. tokenbudget ${esc(toolVersion)}</p></footer>`,
  ];
  return joinChunks(htmlPage(title, body));
}
