/**
 * The org roll-up (`tokenbudget merge`) as Markdown and as one HTML page. Repository names come
 * from the operator's file names and everything else from the reports, which pull requests
 * wrote: all of it is escaped for its medium.
 */
import { formatPercent, formatUsd, formatUsdChange, toJsonMoney } from "../money.js";
import type { BudgetAtRisk, MergedReport, Mover, RepositoryTotal } from "../finops/merge.js";
import type { ShareRow } from "../finops/breakdown.js";
import { rollupCharts, type ChartSpec } from "./charts.js";
import { escapeHtml, escapeMarkdown } from "./escape.js";
import {
  codePath,
  figure,
  htmlPage,
  madeLine,
  money,
  moneyChange,
  shareCell,
  tableChunks,
  tile,
  type ChartImages,
  type Column,
  type PageMeta,
} from "./html.js";

const VERDICT = { pass: "✓ pass", warn: "⚠ warn", fail: "✗ fail" } as const;

function headlineText(m: MergedReport): string {
  const change = m.total.diffMonthlyCost === null ? "" : `, ${formatUsdChange(m.total.diffMonthlyCost)} against their bases`;
  return `${formatUsd(m.total.monthlyCost)}/month across ${m.reports} report${m.reports === 1 ? "" : "s"} (${m.total.workloads} workloads)${change}${m.total.complete ? "" : "; a lower bound: some workloads are unpriced"}`;
}

const use = (b: BudgetAtRisk) => (b.percentUsed === null ? "over" : formatPercent(b.percentUsed));

/** Markdown for a wiki page or an issue: the same sections as the HTML page, as tables. */
export function renderMergeMarkdown(m: MergedReport): string {
  // `text`: how many leading columns are text (left-aligned); the rest are amounts.
  const rows = (head: string[], body: string[][], text = 1) => [
    `| ${head.join(" | ")} |`,
    `|${head.map((_, i) => (i < text ? "---" : "---:")).join("|")}|`,
    ...body.map((r) => `| ${r.join(" | ")} |`),
  ];
  // A table, or the sentence saying why there is none; a blank line follows either.
  const tableOr = (none: string, head: string[], body: string[][], text: number) => [
    ...(body.length === 0 ? [none] : rows(head, body, text)),
    "",
  ];
  const shares = (title: string, list: ShareRow[]) => [
    `### By ${title}`,
    "",
    ...rows(
      [title.charAt(0).toUpperCase() + title.slice(1), "Workloads", "Monthly", "Share"],
      list.map((r) => [escapeMarkdown(r.key), String(r.workloads), formatUsd(r.monthlyCost), r.share ? formatPercent(r.share, 1) : "-"]),
    ),
    "",
  ];
  const out = [
    `## tokenbudget: org roll-up`,
    "",
    `**${headlineText(m)}**. Status: ${VERDICT[m.total.status]}.`,
    "",
    `### By repository`,
    "",
    ...rows(
      ["Repository", "Status", "Monthly", "Change", "Workloads"],
      m.byRepository.map((r) => [
        escapeMarkdown(r.repository),
        VERDICT[r.status],
        formatUsd(r.monthlyCost),
        r.diffMonthlyCost ? formatUsdChange(r.diffMonthlyCost) : "-",
        String(r.workloads),
      ]),
      2,
    ),
    "",
    ...shares("team", m.byTeam),
    ...shares("model", m.byModel),
    ...shares("provider", m.byProvider),
    `### Budgets at risk`,
    "",
    ...tableOr(
      "No budget is over or near its limit.",
      ["Repository", "Budget", "Kind", "Projected", "Budget/month", "Use"],
      m.budgetsAtRisk.map((b) => [
        escapeMarkdown(b.repository),
        escapeMarkdown(b.name),
        b.kind,
        formatUsd(b.projected),
        formatUsd(b.monthly),
        `${b.status === "over" ? "✗" : "⚠"} ${use(b)}`,
      ]),
      3,
    ),
    `### Top movers`,
    "",
    ...tableOr(
      "No report has a base to compare with (write them with check --base).",
      ["Repository", "Workload", "Kind", "Base", "Head", "Change"],
      m.topMovers.map((v) => [
        escapeMarkdown(v.repository),
        escapeMarkdown(v.workload),
        v.change,
        v.baseMonthlyCost ? formatUsd(v.baseMonthlyCost) : "-",
        v.monthlyCost ? formatUsd(v.monthlyCost) : "-",
        formatUsdChange(v.diffMonthlyCost),
      ]),
      3,
    ),
  ];
  return `${out.join("\n")}\n`;
}

const shareColumns = (title: string): Array<Column<ShareRow>> => [
  { title, cell: (r) => escapeHtml(r.key) },
  { title: "Workloads", numeric: true, cell: (r) => ({ html: String(r.workloads), value: r.workloads }) },
  { title: "Monthly", numeric: true, cell: (r) => money(r.monthlyCost) },
  { title: "Share", numeric: true, cell: (r) => shareCell(r.share) },
];

const REPOSITORY_COLUMNS: Array<Column<RepositoryTotal>> = [
  { title: "Repository", cell: (r) => escapeHtml(r.repository) },
  { title: "Status", cell: (r) => `<span class="${r.status}">${VERDICT[r.status]}</span>` },
  { title: "Monthly", numeric: true, cell: (r) => money(r.monthlyCost) },
  { title: "Base", numeric: true, cell: (r) => (r.baseMonthlyCost ? money(r.baseMonthlyCost) : { html: "no base", value: "" }) },
  { title: "Change", numeric: true, cell: (r) => (r.diffMonthlyCost ? moneyChange(r.diffMonthlyCost) : { html: "-", value: "" }) },
  { title: "Workloads", numeric: true, cell: (r) => ({ html: String(r.workloads), value: r.workloads }) },
  { title: "Errors", numeric: true, cell: (r) => ({ html: String(r.errors), value: r.errors }) },
];

const RISK_COLUMNS: Array<Column<BudgetAtRisk>> = [
  { title: "Budget", cell: (b) => escapeHtml(b.name) },
  { title: "Repository", cell: (b) => escapeHtml(b.repository) },
  { title: "Kind", cell: (b) => b.kind },
  { title: "File", cell: (b) => codePath(b.file) },
  { title: "Projected", numeric: true, cell: (b) => money(b.projected) },
  { title: "Budget/month", numeric: true, cell: (b) => money(b.monthly) },
  {
    title: "Use",
    cell: (b) => ({
      html: `<span class="${b.status}">${b.status === "over" ? "✗ over" : "⚠ near"}</span> ${use(b)}`,
      value: b.percentUsed ? toJsonMoney(b.percentUsed) : "",
    }),
  },
];

const MOVER_COLUMNS: Array<Column<Mover>> = [
  { title: "Workload", cell: (v) => escapeHtml(v.workload) },
  { title: "Repository", cell: (v) => escapeHtml(v.repository) },
  { title: "Kind", cell: (v) => v.change },
  { title: "Base", numeric: true, cell: (v) => money(v.baseMonthlyCost) },
  { title: "Head", numeric: true, cell: (v) => money(v.monthlyCost) },
  { title: "Change", numeric: true, cell: (v) => moneyChange(v.diffMonthlyCost) },
];

function tiles(m: MergedReport): string {
  const over = m.budgetsAtRisk.filter((b) => b.status === "over").length;
  const biggest = m.topMovers[0];
  return `<div class="tiles">${[
    tile("kpi-monthly", "Monthly spend", formatUsd(m.total.monthlyCost), `${m.reports} repositories, ${m.total.workloads} workloads`),
    tile(
      "kpi-change",
      "Change",
      m.total.diffMonthlyCost ? formatUsdChange(m.total.diffMonthlyCost) : "-",
      m.total.diffMonthlyCost ? "against the reports' bases" : "some report has no base",
    ),
    tile(
      "kpi-at-risk",
      "Budgets at risk",
      String(m.budgetsAtRisk.length),
      `${over} over, ${m.budgetsAtRisk.length - over} near`,
      over > 0 ? "over" : "ok",
    ),
    tile(
      "kpi-mover",
      "Largest move",
      biggest ? formatUsdChange(biggest.diffMonthlyCost) : "-",
      biggest ? escapeHtml(`${biggest.workload} in ${biggest.repository}`) : "no report has a base",
    ),
  ].join("")}</div>`;
}

function* mergeBody(
  m: MergedReport,
  charts: Map<string, ChartSpec>,
  images: ChartImages,
  meta: PageMeta,
): Generator<string, void, undefined> {
  const chart = (id: string) => {
    const spec = charts.get(id);
    return spec ? [figure(spec, images)] : [];
  };
  const section = (id: string, title: string) => `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>`;
  yield `<header><h1>tokenbudget: org roll-up</h1><p><span class="verdict ${m.total.status}">${VERDICT[m.total.status]}</span> ${escapeHtml(headlineText(m))}.</p></header>`;
  yield `<main>`;
  yield `<nav aria-label="Sections"><ul><li><a href="#repositories">Repositories</a></li><li><a href="#at-risk">Budgets at risk</a></li><li><a href="#movers">Top movers</a></li><li><a href="#teams">Teams</a></li><li><a href="#models">Models</a></li><li><a href="#providers">Providers</a></li></ul></nav>`;
  yield `${section("overview", "Overview")}${tiles(m)}</section>`;
  yield section("repositories", "By repository");
  yield* chart("chart-rollup-repository");
  yield* tableChunks("table-repositories", `${m.byRepository.length} repositories, largest first`, REPOSITORY_COLUMNS, m.byRepository, {
    pageSize: 50,
  });
  yield `</section>${section("at-risk", "Budgets at risk")}`;
  if (m.budgetsAtRisk.length === 0) yield `<p>No budget is over or near its limit.</p>`;
  else
    yield* tableChunks(
      "table-at-risk",
      `${m.budgetsAtRisk.length} budgets over or near their limit, over first`,
      RISK_COLUMNS,
      m.budgetsAtRisk,
      { pageSize: 25 },
    );
  yield `</section>${section("movers", "Top movers")}`;
  if (m.topMovers.length === 0) yield `<p>No report has a base to compare with (write them with check --base).</p>`;
  else
    yield* tableChunks("table-movers", `The ${m.topMovers.length} largest changes against the reports' bases`, MOVER_COLUMNS, m.topMovers);
  yield `</section>`;
  for (const [id, title, rows] of [
    ["teams", "team", m.byTeam],
    ["models", "model", m.byModel],
    ["providers", "provider", m.byProvider],
  ] as const) {
    yield section(id, `By ${title}`);
    yield* chart(`chart-rollup-${title}`);
    yield* tableChunks(
      `table-${id}`,
      `Monthly spend by ${title}, with each one's share`,
      shareColumns(title.charAt(0).toUpperCase() + title.slice(1)),
      rows,
      { pageSize: 25 },
    );
    yield `</section>`;
  }
  yield `</main>`;
  yield `<footer><p>${madeLine(meta)}Combined from ${m.reports} JSON reports. A month is 730 hours.</p></footer>`;
}

/** The roll-up as one page, in pieces; `images` holds the SVG of `rollupCharts(m)` by id. */
export function renderMergeHtml(m: MergedReport, images: ChartImages, meta: PageMeta = {}): Generator<string, void, undefined> {
  const charts = new Map(rollupCharts(m).map((c) => [c.id, c]));
  return htmlPage(`tokenbudget roll-up: ${headlineText(m)}`, mergeBody(m, charts, images, meta));
}
