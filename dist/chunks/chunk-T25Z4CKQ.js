import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  codePath,
  compareCharts,
  figure,
  historyCharts,
  htmlPage,
  madeLine,
  money,
  moneyChange,
  renderCharts,
  renderCompareHtml,
  renderHtmlChunks,
  reportCharts,
  rollupCharts,
  shareCell,
  tableChunks,
  tile
} from "./chunk-BHAIR6YR.js";
import {
  Decimal,
  columns,
  escapeHtml,
  escapeMarkdown,
  formatPercent,
  formatUsd,
  formatUsdChange,
  sanitizePlain,
  toJsonMoney
} from "./chunk-2REODJWC.js";
import {
  own,
  workTreeHead
} from "./chunk-2IK5AYSC.js";

// src/core/render/csv.ts
var FORMULA_START = /^[=+\-@\t\r]/;
function text(value) {
  return FORMULA_START.test(value) ? `'${value}` : value;
}
function field(value) {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
function amount(value) {
  return value === null || value === void 0 ? "" : value.toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN).toFixed();
}
function status(w) {
  if (w.change === "removed") return "removed";
  if (w.status !== "ok") return w.status;
  return w.budget ? "ok" : "no-budget";
}
var CHUNK_CHARS = 1 << 16;
function* csvChunks(report) {
  const diff = report.base !== null;
  const tagKeys = [...new Set(report.workloads.flatMap((w) => Object.keys(w.tags)))].sort();
  const header = [
    "file",
    "workload",
    "provider",
    "model",
    "mode",
    ...tagKeys.map((k) => `tag:${k}`),
    "requests_per_month",
    "input_tokens",
    "output_tokens",
    "cached_input_tokens",
    "per_request_usd",
    "monthly_usd",
    ...diff ? ["change", "base_monthly_usd", "change_usd"] : [],
    "budget_monthly_usd",
    "budget_percent_used",
    "status"
  ];
  const row = (w) => [
    text(w.file),
    text(w.name),
    text(w.provider),
    text(w.model),
    w.mode,
    ...tagKeys.map((k) => text((Object.hasOwn(w.tags, k) ? w.tags[k] : void 0) ?? "")),
    amount(w.requests.perMonth),
    amount(w.tokens.input),
    amount(w.tokens.output),
    amount(w.tokens.cachedInput),
    amount(w.perRequestCost),
    amount(w.monthlyCost),
    ...diff ? [w.change ?? "", amount(w.baseMonthlyCost), amount(w.diffMonthlyCost)] : [],
    amount(w.budget?.monthly),
    amount(w.budget?.percentUsed),
    status(w)
  ];
  let buffer = `${header.map(field).join(",")}\r
`;
  for (const w of report.workloads) {
    buffer += `${row(w).map(field).join(",")}\r
`;
    if (buffer.length >= CHUNK_CHARS) {
      yield buffer;
      buffer = "";
    }
  }
  yield buffer;
}

// src/core/render/history.ts
var short = (commit) => commit.slice(0, 12);
var day = (date) => date.slice(0, 10);
function moveCause(m) {
  const parts = [
    m.team ? `team ${m.team.value} ${formatUsdChange(m.team.change)}` : "",
    m.model ? `model ${m.model.value} ${formatUsdChange(m.model.change)}` : ""
  ].filter(Boolean);
  return parts.join("; ");
}
function scopeText(h, scope) {
  const first = h.points[0];
  const last = h.points[h.points.length - 1];
  const range = first && last ? ` from ${day(first.date)} to ${day(last.date)}` : "";
  const sampled = scope.every > 1 ? `, every ${scope.every}th of ${scope.commits}` : "";
  return `${h.points.length} commit${h.points.length === 1 ? "" : "s"} of ${scope.ref}${range}${sampled}${scope.since ? ` (since ${scope.since})` : ""}`;
}
function renderHistoryTable(h, scope) {
  const rows = [["DATE", "COMMIT", "MONTHLY", "CHANGE", "WORKLOADS", "SUBJECT"]];
  h.points.forEach((p, i) => {
    const before = h.points[i - 1];
    const change = before === void 0 ? "-" : formatUsdChange(p.monthlyCost.minus(before.monthlyCost));
    rows.push([
      day(p.date),
      short(p.commit),
      `${formatUsd(p.monthlyCost)}${p.complete ? "" : "+"}`,
      change,
      String(p.workloads),
      sanitizePlain(p.subject)
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
      sanitizePlain(m.subject)
    ]);
    out.push(...columns(moves).map((l) => `  ${l}`));
  }
  if (h.points.some((p) => !p.complete))
    out.push("", "+ a lower bound: some workload was unpriced or some manifest invalid at that commit");
  return `${out.join("\n")}
`;
}
function dimensionColumns(points) {
  const keys = /* @__PURE__ */ new Set();
  for (const p of points)
    for (const [dimension, totals] of Object.entries(p.by)) for (const value of Object.keys(totals)) keys.add(`${dimension}:${value}`);
  return [...keys].sort();
}
function renderHistoryCsv(h) {
  const extra = dimensionColumns(h.points);
  const lines = [
    ["date", "commit", "subject", "monthly_usd", "complete", "workloads", ...extra].map((c) => field(text(c))).join(",")
  ];
  for (const p of h.points) {
    const cells = extra.map((key) => {
      const at = key.indexOf(":", key.startsWith("tag:") ? 4 : 0);
      const totals = p.by[key.slice(0, at)] ?? {};
      const amount2 = own(totals, key.slice(at + 1));
      return amount2 ? amount(amount2) : "0";
    });
    lines.push(
      [p.date, p.commit, field(text(p.subject)), amount(p.monthlyCost), String(p.complete), String(p.workloads), ...cells].join(
        ","
      )
    );
  }
  return `${lines.join("\r\n")}\r
`;
}
var POINT_COLUMNS = [
  { title: "Date", cell: ({ p }) => ({ html: escapeHtml(day(p.date)), value: Date.parse(p.date) }) },
  { title: "Commit", cell: ({ p }) => `<code title="${escapeHtml(p.commit)}">${escapeHtml(short(p.commit))}</code>` },
  { title: "Monthly", numeric: true, cell: ({ p }) => money(p.monthlyCost) },
  { title: "Change", numeric: true, cell: ({ change }) => change ? moneyChange(change) : { html: "-", value: "" } },
  { title: "Workloads", numeric: true, cell: ({ p }) => ({ html: String(p.workloads), value: p.workloads }) },
  { title: "Subject", cell: ({ p }) => escapeHtml(p.subject) }
];
var MOVE_COLUMNS = [
  { title: "Commit", cell: (m) => `<code title="${escapeHtml(m.commit)}">${escapeHtml(short(m.commit))}</code>` },
  { title: "Date", cell: (m) => escapeHtml(day(m.date)) },
  { title: "Change", numeric: true, cell: (m) => moneyChange(m.change) },
  { title: "From", numeric: true, cell: (m) => money(m.from) },
  { title: "To", numeric: true, cell: (m) => money(m.to) },
  { title: "Moved most", cell: (m) => escapeHtml(moveCause(m)) },
  { title: "Subject", cell: (m) => escapeHtml(m.subject) }
];
function* historyBody(h, scope, charts, images, meta) {
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
        `at ${escapeHtml(short(last.commit))}, ${escapeHtml(day(last.date))}`
      ),
      tile(
        "kpi-then",
        "At the first commit",
        formatUsd(first.monthlyCost),
        `at ${escapeHtml(short(first.commit))}, ${escapeHtml(day(first.date))}`
      ),
      tile("kpi-change", "Change", formatUsdChange(change), `over ${h.points.length} commits`, change.isPositive() ? "over" : "ok")
    ].join("")}</div></section>`;
  }
  yield `<section id="over-time" aria-labelledby="over-time-h"><h2 id="over-time-h">Spend over time</h2>`;
  for (const id of ["chart-history-team", "chart-history-model"]) {
    const chart = charts.get(id);
    if (chart) yield figure(chart, images);
  }
  const rows = h.points.map((p, i) => {
    const before = h.points[i - 1];
    return { p, change: before === void 0 ? null : p.monthlyCost.minus(before.monthlyCost) };
  });
  yield* tableChunks("table-history", `${h.points.length} commits, oldest first`, POINT_COLUMNS, rows, { pageSize: 50 });
  yield `</section><section id="movers" aria-labelledby="movers-h"><h2 id="movers-h">Commits that moved it most</h2>`;
  if (h.movers.length === 0) yield `<p>No commit changed the projected spend.</p>`;
  else
    yield* tableChunks("table-movers", `The ${h.movers.length} largest moves, each against the commit before it`, MOVE_COLUMNS, h.movers);
  yield `</section></main>`;
  yield `<footer><p>${madeLine(meta)}Every commit priced with today's price books; a month is 730 hours.</p></footer>`;
}
function renderHistoryHtml(h, scope, images, meta = {}) {
  const charts = new Map(historyCharts(h).map((c) => [c.id, c]));
  return htmlPage(`tokenbudget history of ${scope.ref}`, historyBody(h, scope, charts, images, meta));
}

// src/core/render/merge.ts
var VERDICT = { pass: "\u2713 pass", warn: "\u26A0 warn", fail: "\u2717 fail" };
function headlineText(m) {
  const change = m.total.diffMonthlyCost === null ? "" : `, ${formatUsdChange(m.total.diffMonthlyCost)} against their bases`;
  return `${formatUsd(m.total.monthlyCost)}/month across ${m.reports} report${m.reports === 1 ? "" : "s"} (${m.total.workloads} workloads)${change}${m.total.complete ? "" : "; a lower bound: some workloads are unpriced"}`;
}
var use = (b) => b.percentUsed === null ? "over" : formatPercent(b.percentUsed);
function renderMergeMarkdown(m) {
  const rows = (head, body, text2 = 1) => [
    `| ${head.join(" | ")} |`,
    `|${head.map((_, i) => i < text2 ? "---" : "---:").join("|")}|`,
    ...body.map((r) => `| ${r.join(" | ")} |`)
  ];
  const tableOr = (none, head, body, text2) => [
    ...body.length === 0 ? [none] : rows(head, body, text2),
    ""
  ];
  const shares = (title, list) => [
    `### By ${title}`,
    "",
    ...rows(
      [title.charAt(0).toUpperCase() + title.slice(1), "Workloads", "Monthly", "Share"],
      list.map((r) => [escapeMarkdown(r.key), String(r.workloads), formatUsd(r.monthlyCost), r.share ? formatPercent(r.share, 1) : "-"])
    ),
    ""
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
        String(r.workloads)
      ]),
      2
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
        `${b.status === "over" ? "\u2717" : "\u26A0"} ${use(b)}`
      ]),
      3
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
        formatUsdChange(v.diffMonthlyCost)
      ]),
      3
    )
  ];
  return `${out.join("\n")}
`;
}
var shareColumns = (title) => [
  { title, cell: (r) => escapeHtml(r.key) },
  { title: "Workloads", numeric: true, cell: (r) => ({ html: String(r.workloads), value: r.workloads }) },
  { title: "Monthly", numeric: true, cell: (r) => money(r.monthlyCost) },
  { title: "Share", numeric: true, cell: (r) => shareCell(r.share) }
];
var REPOSITORY_COLUMNS = [
  { title: "Repository", cell: (r) => escapeHtml(r.repository) },
  { title: "Status", cell: (r) => `<span class="${r.status}">${VERDICT[r.status]}</span>` },
  { title: "Monthly", numeric: true, cell: (r) => money(r.monthlyCost) },
  { title: "Base", numeric: true, cell: (r) => r.baseMonthlyCost ? money(r.baseMonthlyCost) : { html: "no base", value: "" } },
  { title: "Change", numeric: true, cell: (r) => r.diffMonthlyCost ? moneyChange(r.diffMonthlyCost) : { html: "-", value: "" } },
  { title: "Workloads", numeric: true, cell: (r) => ({ html: String(r.workloads), value: r.workloads }) },
  { title: "Errors", numeric: true, cell: (r) => ({ html: String(r.errors), value: r.errors }) }
];
var RISK_COLUMNS = [
  { title: "Budget", cell: (b) => escapeHtml(b.name) },
  { title: "Repository", cell: (b) => escapeHtml(b.repository) },
  { title: "Kind", cell: (b) => b.kind },
  { title: "File", cell: (b) => codePath(b.file) },
  { title: "Projected", numeric: true, cell: (b) => money(b.projected) },
  { title: "Budget/month", numeric: true, cell: (b) => money(b.monthly) },
  {
    title: "Use",
    cell: (b) => ({
      html: `<span class="${b.status}">${b.status === "over" ? "\u2717 over" : "\u26A0 near"}</span> ${use(b)}`,
      value: b.percentUsed ? toJsonMoney(b.percentUsed) : ""
    })
  }
];
var MOVER_COLUMNS = [
  { title: "Workload", cell: (v) => escapeHtml(v.workload) },
  { title: "Repository", cell: (v) => escapeHtml(v.repository) },
  { title: "Kind", cell: (v) => v.change },
  { title: "Base", numeric: true, cell: (v) => money(v.baseMonthlyCost) },
  { title: "Head", numeric: true, cell: (v) => money(v.monthlyCost) },
  { title: "Change", numeric: true, cell: (v) => moneyChange(v.diffMonthlyCost) }
];
function tiles(m) {
  const over = m.budgetsAtRisk.filter((b) => b.status === "over").length;
  const biggest = m.topMovers[0];
  return `<div class="tiles">${[
    tile("kpi-monthly", "Monthly spend", formatUsd(m.total.monthlyCost), `${m.reports} repositories, ${m.total.workloads} workloads`),
    tile(
      "kpi-change",
      "Change",
      m.total.diffMonthlyCost ? formatUsdChange(m.total.diffMonthlyCost) : "-",
      m.total.diffMonthlyCost ? "against the reports' bases" : "some report has no base"
    ),
    tile(
      "kpi-at-risk",
      "Budgets at risk",
      String(m.budgetsAtRisk.length),
      `${over} over, ${m.budgetsAtRisk.length - over} near`,
      over > 0 ? "over" : "ok"
    ),
    tile(
      "kpi-mover",
      "Largest move",
      biggest ? formatUsdChange(biggest.diffMonthlyCost) : "-",
      biggest ? escapeHtml(`${biggest.workload} in ${biggest.repository}`) : "no report has a base"
    )
  ].join("")}</div>`;
}
function* mergeBody(m, charts, images, meta) {
  const chart = (id) => {
    const spec = charts.get(id);
    return spec ? [figure(spec, images)] : [];
  };
  const section = (id, title) => `<section id="${id}" aria-labelledby="${id}-h"><h2 id="${id}-h">${title}</h2>`;
  yield `<header><h1>tokenbudget: org roll-up</h1><p><span class="verdict ${m.total.status}">${VERDICT[m.total.status]}</span> ${escapeHtml(headlineText(m))}.</p></header>`;
  yield `<main>`;
  yield `<nav aria-label="Sections"><ul><li><a href="#repositories">Repositories</a></li><li><a href="#at-risk">Budgets at risk</a></li><li><a href="#movers">Top movers</a></li><li><a href="#teams">Teams</a></li><li><a href="#models">Models</a></li><li><a href="#providers">Providers</a></li></ul></nav>`;
  yield `${section("overview", "Overview")}${tiles(m)}</section>`;
  yield section("repositories", "By repository");
  yield* chart("chart-rollup-repository");
  yield* tableChunks("table-repositories", `${m.byRepository.length} repositories, largest first`, REPOSITORY_COLUMNS, m.byRepository, {
    pageSize: 50
  });
  yield `</section>${section("at-risk", "Budgets at risk")}`;
  if (m.budgetsAtRisk.length === 0) yield `<p>No budget is over or near its limit.</p>`;
  else
    yield* tableChunks(
      "table-at-risk",
      `${m.budgetsAtRisk.length} budgets over or near their limit, over first`,
      RISK_COLUMNS,
      m.budgetsAtRisk,
      { pageSize: 25 }
    );
  yield `</section>${section("movers", "Top movers")}`;
  if (m.topMovers.length === 0) yield `<p>No report has a base to compare with (write them with check --base).</p>`;
  else
    yield* tableChunks("table-movers", `The ${m.topMovers.length} largest changes against the reports' bases`, MOVER_COLUMNS, m.topMovers);
  yield `</section>`;
  for (const [id, title, rows] of [
    ["teams", "team", m.byTeam],
    ["models", "model", m.byModel],
    ["providers", "provider", m.byProvider]
  ]) {
    yield section(id, `By ${title}`);
    yield* chart(`chart-rollup-${title}`);
    yield* tableChunks(
      `table-${id}`,
      `Monthly spend by ${title}, with each one's share`,
      shareColumns(title.charAt(0).toUpperCase() + title.slice(1)),
      rows,
      { pageSize: 25 }
    );
    yield `</section>`;
  }
  yield `</main>`;
  yield `<footer><p>${madeLine(meta)}Combined from ${m.reports} JSON reports. A month is 730 hours.</p></footer>`;
}
function renderMergeHtml(m, images, meta = {}) {
  const charts = new Map(rollupCharts(m).map((c) => [c.id, c]));
  return htmlPage(`tokenbudget roll-up: ${headlineText(m)}`, mergeBody(m, charts, images, meta));
}

// src/app/html.ts
import path from "node:path";
async function pageMeta({ cwd, env, now }) {
  const fromCi = { commit: env.GITHUB_SHA || env.CI_COMMIT_SHA, repository: env.GITHUB_REPOSITORY || env.CI_PROJECT_PATH };
  const local = fromCi.commit && fromCi.repository ? void 0 : await workTreeHead(cwd);
  const commit = fromCi.commit || local?.commit;
  const repository = fromCi.repository || (local?.top ? path.basename(local.top) : null);
  return { generatedAt: now, ...commit ? { commit } : {}, ...repository ? { repository } : {} };
}
async function reportHtml(report, options = {}) {
  return renderHtmlChunks(report, await renderCharts(reportCharts(report, options.workloads ?? report.workloads)), options);
}
async function compareHtml(comparisons, toolVersion, meta = {}) {
  return renderCompareHtml(comparisons, await renderCharts(compareCharts(comparisons)), toolVersion, meta);
}
async function mergeHtml(merged, meta) {
  return renderMergeHtml(merged, await renderCharts(rollupCharts(merged)), meta);
}
async function historyHtml(h, scope, meta) {
  return renderHistoryHtml(h, scope, await renderCharts(historyCharts(h)), meta);
}

export {
  csvChunks,
  renderHistoryTable,
  renderHistoryCsv,
  renderMergeMarkdown,
  pageMeta,
  reportHtml,
  compareHtml,
  mergeHtml,
  historyHtml
};
