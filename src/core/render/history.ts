/**
 * `tokenbudget history` as a terminal table, CSV and one HTML page. Commit subjects and tag
 * values were written by anyone with push access: escaped for each medium, defused in CSV.
 */
import { formatUsd, formatUsdChange } from "../money.js";
import { own } from "../collections.js";
import type { History, HistoryMove, HistoryPoint } from "../finops/history.js";
import { historyCharts, type ChartSpec } from "./charts.js";
import { csvAmount, csvField, csvText } from "./csv.js";
import { escapeHtml, sanitizePlain } from "./escape.js";
import { figure, htmlPage, madeLine, money, moneyChange, tableChunks, tile, type ChartImages, type Column, type PageMeta } from "./html.js";
import { columns } from "./table.js";

const short = (commit: string) => commit.slice(0, 12);
const day = (date: string) => date.slice(0, 10);

function moveCause(m: HistoryMove): string {
  const parts = [
    m.team ? `team ${m.team.value} ${formatUsdChange(m.team.change)}` : "",
    m.model ? `model ${m.model.value} ${formatUsdChange(m.model.change)}` : "",
  ].filter(Boolean);
  return parts.join("; ");
}

export interface HistoryScope {
  ref: string;
  every: number;
  since?: string;
  /** Commits on the branch in the range, before sampling. */
  commits: number;
}

function scopeText(h: History, scope: HistoryScope): string {
  const first = h.points[0];
  const last = h.points[h.points.length - 1];
  const range = first && last ? ` from ${day(first.date)} to ${day(last.date)}` : "";
  const sampled = scope.every > 1 ? `, every ${scope.every}th of ${scope.commits}` : "";
  return `${h.points.length} commit${h.points.length === 1 ? "" : "s"} of ${scope.ref}${range}${sampled}${scope.since ? ` (since ${scope.since})` : ""}`;
}

/** The terminal form: one line a commit, oldest first, then the commits that moved spend most. */
export function renderHistoryTable(h: History, scope: HistoryScope): string {
  const rows = [["DATE", "COMMIT", "MONTHLY", "CHANGE", "WORKLOADS", "SUBJECT"]];
  h.points.forEach((p, i) => {
    const before = h.points[i - 1];
    const change = before === undefined ? "-" : formatUsdChange(p.monthlyCost.minus(before.monthlyCost));
    rows.push([
      day(p.date),
      short(p.commit),
      `${formatUsd(p.monthlyCost)}${p.complete ? "" : "+"}`,
      change,
      String(p.workloads),
      sanitizePlain(p.subject),
    ]);
  });
  const out = [`Projected monthly spend over ${sanitizePlain(scopeText(h, scope))}:`, ...columns(rows).map((l) => `  ${l}`)];
  if (h.movers.length > 0) {
    out.push("", "Commits that moved it most:");
    const moves = h.movers.map((m) => [
      day(m.date),
      short(m.commit),
      formatUsdChange(m.change),
      `${formatUsd(m.from)} -> ${formatUsd(m.to)}`,
      sanitizePlain(moveCause(m)),
      sanitizePlain(m.subject),
    ]);
    out.push(...columns(moves).map((l) => `  ${l}`));
  }
  if (h.points.some((p) => !p.complete))
    out.push("", "+ a lower bound: some workload was unpriced or some manifest invalid at that commit");
  return `${out.join("\n")}\n`;
}

/** Every dimension value any point has, in a stable order: the CSV's columns. */
function dimensionColumns(points: readonly HistoryPoint[]): string[] {
  const keys = new Set<string>();
  for (const p of points)
    for (const [dimension, totals] of Object.entries(p.by)) for (const value of Object.keys(totals)) keys.add(`${dimension}:${value}`);
  return [...keys].sort();
}

/** One row a commit (RFC 4180, CRLF), with a column for each team, model and tag value. */
export function renderHistoryCsv(h: History): string {
  const extra = dimensionColumns(h.points);
  const lines = [
    ["date", "commit", "subject", "monthly_usd", "complete", "workloads", ...extra].map((c) => csvField(csvText(c))).join(","),
  ];
  for (const p of h.points) {
    const cells = extra.map((key) => {
      const at = key.indexOf(":", key.startsWith("tag:") ? 4 : 0);
      const totals = p.by[key.slice(0, at)] ?? {};
      const amount = own(totals, key.slice(at + 1));
      return amount ? csvAmount(amount) : "0";
    });
    lines.push(
      [p.date, p.commit, csvField(csvText(p.subject)), csvAmount(p.monthlyCost), String(p.complete), String(p.workloads), ...cells].join(
        ",",
      ),
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}

const POINT_COLUMNS: Array<Column<{ p: HistoryPoint; change: HistoryPoint["monthlyCost"] | null }>> = [
  { title: "Date", cell: ({ p }) => ({ html: escapeHtml(day(p.date)), value: Date.parse(p.date) }) },
  { title: "Commit", cell: ({ p }) => `<code title="${escapeHtml(p.commit)}">${escapeHtml(short(p.commit))}</code>` },
  { title: "Monthly", numeric: true, cell: ({ p }) => money(p.monthlyCost) },
  { title: "Change", numeric: true, cell: ({ change }) => (change ? moneyChange(change) : { html: "-", value: "" }) },
  { title: "Workloads", numeric: true, cell: ({ p }) => ({ html: String(p.workloads), value: p.workloads }) },
  { title: "Subject", cell: ({ p }) => escapeHtml(p.subject) },
];

const MOVE_COLUMNS: Array<Column<HistoryMove>> = [
  { title: "Commit", cell: (m) => `<code title="${escapeHtml(m.commit)}">${escapeHtml(short(m.commit))}</code>` },
  { title: "Date", cell: (m) => escapeHtml(day(m.date)) },
  { title: "Change", numeric: true, cell: (m) => moneyChange(m.change) },
  { title: "From", numeric: true, cell: (m) => money(m.from) },
  { title: "To", numeric: true, cell: (m) => money(m.to) },
  { title: "Moved most", cell: (m) => escapeHtml(moveCause(m)) },
  { title: "Subject", cell: (m) => escapeHtml(m.subject) },
];

function* historyBody(
  h: History,
  scope: HistoryScope,
  charts: Map<string, ChartSpec>,
  images: ChartImages,
  meta: PageMeta,
): Generator<string, void, undefined> {
  const first = h.points[0];
  const last = h.points[h.points.length - 1];
  yield `<header><h1>tokenbudget history: ${escapeHtml(last ? formatUsd(last.monthlyCost) : "$0.00")}/month now</h1><p>Projected monthly spend over ${escapeHtml(scopeText(h, scope))}.</p></header>`;
  yield `<main>`;
  if (first && last) {
    const change = last.monthlyCost.minus(first.monthlyCost);
    yield `<section id="overview" aria-labelledby="overview-h"><h2 id="overview-h">Overview</h2><div class="tiles">${[
      tile(
        "kpi-now",
        "Monthly spend now",
        formatUsd(last.monthlyCost),
        `at ${escapeHtml(short(last.commit))}, ${escapeHtml(day(last.date))}`,
      ),
      tile(
        "kpi-then",
        "At the first commit",
        formatUsd(first.monthlyCost),
        `at ${escapeHtml(short(first.commit))}, ${escapeHtml(day(first.date))}`,
      ),
      tile("kpi-change", "Change", formatUsdChange(change), `over ${h.points.length} commits`, change.isPositive() ? "over" : "ok"),
    ].join("")}</div></section>`;
  }
  yield `<section id="over-time" aria-labelledby="over-time-h"><h2 id="over-time-h">Spend over time</h2>`;
  for (const id of ["chart-history-team", "chart-history-model"]) {
    const chart = charts.get(id);
    if (chart) yield figure(chart, images);
  }
  const rows = h.points.map((p, i) => {
    const before = h.points[i - 1];
    return { p, change: before === undefined ? null : p.monthlyCost.minus(before.monthlyCost) };
  });
  yield* tableChunks("table-history", `${h.points.length} commits, oldest first`, POINT_COLUMNS, rows, { pageSize: 50 });
  yield `</section><section id="movers" aria-labelledby="movers-h"><h2 id="movers-h">Commits that moved it most</h2>`;
  if (h.movers.length === 0) yield `<p>No commit changed the projected spend.</p>`;
  else
    yield* tableChunks("table-movers", `The ${h.movers.length} largest moves, each against the commit before it`, MOVE_COLUMNS, h.movers);
  yield `</section></main>`;
  yield `<footer><p>${madeLine(meta)}Every commit priced with today's price books; a month is 730 hours.</p></footer>`;
}

/** The history as one page, in pieces; `images` holds the SVG of `historyCharts(h)` by id. */
export function renderHistoryHtml(
  h: History,
  scope: HistoryScope,
  images: ChartImages,
  meta: PageMeta = {},
): Generator<string, void, undefined> {
  const charts = new Map(historyCharts(h).map((c) => [c.id, c]));
  return htmlPage(`tokenbudget history of ${scope.ref}`, historyBody(h, scope, charts, images, meta));
}
