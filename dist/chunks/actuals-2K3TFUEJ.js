import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  BAD_REASON_TEXT,
  BadRecord,
  SOURCE_NAMES,
  readUsageFile,
  recordsOf
} from "./chunk-WUEFJHEF.js";
import {
  COLORS,
  MAX_BARS,
  base,
  figure,
  htmlPage,
  joinChunks,
  locationOf,
  money,
  moneyChange,
  renderCharts,
  table,
  uniqueLabels
} from "./chunk-BHAIR6YR.js";
import "./chunk-CTMNZPL6.js";
import {
  formatBytes,
  startProgress
} from "./chunk-EWH76XSK.js";
import {
  DEFAULT_USAGE_LIMITS,
  Decimal,
  HOURS_PER_MONTH,
  HttpError,
  LineLimitError,
  TOOL_VERSION,
  UsageError,
  ZERO,
  checkCredential,
  columns,
  createHttpClient,
  escapeHtml,
  escapeMarkdown,
  estimateWorkload,
  finding,
  formatCount,
  formatNumber,
  formatPercent,
  formatPercentChange,
  formatProblem,
  formatUsd,
  formatUsdChange,
  jsonText,
  loadManifests,
  noManifests,
  positiveInt,
  sanitizePlain,
  toJsonMoney
} from "./chunk-2REODJWC.js";
import {
  isNonEmpty,
  resolveOperatorPath
} from "./chunk-2IK5AYSC.js";
import "./chunk-LZQXQOPJ.js";

// src/cli/actuals.ts
import path from "node:path";

// src/adapters/usage-fetch.ts
var seconds = (ms) => String(Math.floor(ms / 1e3));
var rfc3339 = (ms) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, "Z");
var LIVE_APIS = {
  openai: {
    origin: "https://api.openai.com",
    keyEnv: "OPENAI_ADMIN_KEY",
    keyHeader: { header: "authorization", prefix: "Bearer " },
    headers: {},
    period: (since, until) => [
      ["start_time", seconds(since)],
      ["end_time", seconds(until)]
    ],
    endpoints: [
      {
        path: "/v1/organization/usage/completions",
        params: [
          ["bucket_width", "1d"],
          ["limit", "31"],
          ...["model", "project_id", "api_key_id", "batch", "service_tier"].map((g) => ["group_by", g])
        ]
      },
      {
        path: "/v1/organization/costs",
        params: [
          ["bucket_width", "1d"],
          ["limit", "31"],
          ["group_by", "line_item"],
          ["group_by", "project_id"]
        ]
      }
    ]
  },
  anthropic: {
    origin: "https://api.anthropic.com",
    keyEnv: "ANTHROPIC_ADMIN_KEY",
    keyHeader: { header: "x-api-key" },
    headers: { "anthropic-version": "2023-06-01" },
    period: (since, until) => [
      ["starting_at", rfc3339(since)],
      ["ending_at", rfc3339(until)]
    ],
    endpoints: [
      {
        path: "/v1/organizations/usage_report/messages",
        params: [
          ["bucket_width", "1d"],
          ["limit", "31"],
          ...["model", "workspace_id", "api_key_id", "service_tier"].map((g) => ["group_by[]", g])
        ]
      },
      {
        path: "/v1/organizations/cost_report",
        params: [
          ["bucket_width", "1d"],
          ["limit", "31"],
          ["group_by[]", "workspace_id"],
          ["group_by[]", "description"]
        ]
      }
    ]
  }
};
var MAX_PAGES = 200;
function apiOrigin(source, apiUrl) {
  if (apiUrl === void 0) return LIVE_APIS[source].origin;
  let url;
  try {
    url = new URL(apiUrl);
  } catch {
    throw new HttpError("--api-url must be an absolute URL");
  }
  const loopback = ["127.0.0.1", "localhost", "[::1]"].includes(url.hostname);
  if (url.protocol !== "https:" && !(url.protocol === "http:" && loopback))
    throw new HttpError("--api-url must use https (plain http only on loopback)");
  return url.origin;
}
async function* livePages(options) {
  const api = LIVE_APIS[options.source];
  const origin = apiOrigin(options.source, options.apiUrl);
  checkCredential(api.keyEnv, options.key);
  const credential = { name: api.keyEnv, value: options.key, ...api.keyHeader, origins: [origin], allowWith: "--api-url" };
  const client = createHttpClient({ ...options.http, maxPages: MAX_PAGES }, credential);
  for (const endpoint of api.endpoints) {
    let cursor;
    for (let n = 0; ; n++) {
      if (n === MAX_PAGES) throw new HttpError(`${origin}${endpoint.path} sent more than ${MAX_PAGES} pages; narrow --since`);
      const query = new URLSearchParams([
        ...api.period(options.since, options.until),
        ...endpoint.params,
        ...cursor ? [["page", cursor]] : []
      ]);
      const fetched = await client.getJson(`${origin}${endpoint.path}?${query.toString()}`, { headers: api.headers, keyName: api.keyEnv });
      yield { url: `${origin}${endpoint.path}`, page: fetched.data };
      const page = fetched.data;
      const next = typeof page === "object" && page !== null && "has_more" in page && page.has_more === true && "next_page" in page ? page.next_page : void 0;
      if (typeof next !== "string" || next === "" || next === cursor) break;
      cursor = next;
    }
  }
}

// src/core/render/actuals.ts
function iso(ms) {
  return new Date(ms).toISOString().replace(/(:00)?\.000Z$/, "Z");
}
function periodText(report) {
  const p = report.period;
  if (!p) return "no usage read";
  return `${iso(p.start)} to ${iso(p.end)} (${formatNumber(p.hours)} hours), normalised to a 730-hour month`;
}
var money2 = (d) => d ? formatUsd(d) : "unpriced";
var count = (d) => d ? formatCount(d.toDecimalPlaces(2, Decimal.ROUND_HALF_EVEN)) : "-";
function varianceText(w) {
  if (!w.variance) return "-";
  return `${formatUsdChange(w.variance)}${w.variancePercent ? ` (${formatPercentChange(w.variancePercent, 1)})` : ""}`;
}
function volumeCells(f, format) {
  const r = f.perRequest;
  return [format(f.requestsPerMonth), format(r?.input), format(r?.cachedInput), format(r?.output)];
}
function workloadCells(w) {
  return [
    w.name,
    w.model,
    w.mode,
    ...volumeCells(w, count),
    money2(w.actualMonthly),
    w.billedMonthly ? formatUsd(w.billedMonthly) : "-",
    money2(w.projectedMonthly),
    varianceText(w)
  ];
}
var WORKLOAD_HEADER = [
  "WORKLOAD",
  "MODEL",
  "MODE",
  "REQUESTS/MONTH",
  "INPUT/REQ",
  "CACHED/REQ",
  "OUTPUT/REQ",
  "ACTUAL/MONTH",
  "BILLED/MONTH",
  "PROJECTED",
  "VARIANCE"
];
function otherCells(o) {
  const what = o.kind === "ambiguous" ? `ambiguous: ${o.workloads.join(", ")}` : "unattributed";
  const tokens = o.monthlyTokens.uncachedInput.plus(o.monthlyTokens.cachedInput).plus(o.monthlyTokens.cacheWrite5m).plus(o.monthlyTokens.cacheWrite1h);
  return [
    o.model,
    o.batch ? "batch" : "standard",
    what,
    count(o.requestsPerMonth),
    count(tokens),
    count(o.monthlyTokens.output),
    money2(o.actualMonthly),
    o.billedMonthly ? formatUsd(o.billedMonthly) : "-"
  ];
}
var OTHER_HEADER = ["MODEL", "MODE", "WHY", "REQUESTS/MONTH", "INPUT TOK/MONTH", "OUTPUT TOK/MONTH", "COST/MONTH", "BILLED/MONTH"];
function badText(report) {
  const parts = Object.entries(report.bad).map(([reason, n]) => `${n} ${BAD_REASON_TEXT[reason]}`);
  return parts.length ? `Records not counted: ${parts.join(", ")}` : void 0;
}
function totalText(report) {
  const t = report.totals;
  const change = t.actualMonthly.minus(t.projectedMonthly);
  const pct = t.projectedMonthly.isZero() ? "" : ` (${formatPercentChange(change.div(t.projectedMonthly).times(100), 1)})`;
  const billed = t.billedMonthly ? `; billed ${formatUsd(t.billedMonthly)}` : "";
  const other = t.otherMonthly.isZero() ? "" : `; unattributed or ambiguous usage ${formatUsd(t.otherMonthly)}`;
  return `Total: ${formatUsd(t.actualMonthly)} a month measured against ${formatUsd(t.projectedMonthly)} projected, ${formatUsdChange(change)}${pct}${billed}${other}`;
}
function renderActualsTable(report) {
  const out = [`Usage: ${periodText(report)}`, ""];
  out.push(...columns([WORKLOAD_HEADER, ...report.workloads.map((w) => workloadCells(w).map(sanitizePlain))]));
  for (const w of report.workloads) for (const note of w.notes) out.push(`  ${sanitizePlain(w.name)}: ${sanitizePlain(note)}`);
  if (report.other.length)
    out.push("", "Usage no single workload owns:", ...columns([OTHER_HEADER, ...report.other.map((o) => otherCells(o).map(sanitizePlain))]));
  const bad = badText(report);
  out.push("", totalText(report));
  if (bad) out.push(bad);
  for (const note of report.notes) out.push(`note: ${sanitizePlain(note)}`);
  if (report.findings.length) out.push("", ...report.findings.map(formatProblem));
  out.push("", `Status: ${report.status}`);
  return `${out.join("\n")}
`;
}
function markdownTable(header, rows) {
  return [
    `| ${header.join(" | ")} |`,
    `|${header.map(() => "---").join("|")}|`,
    ...rows.map((r) => `| ${r.map(escapeMarkdown).join(" | ")} |`)
  ];
}
function renderActualsMarkdown(report) {
  const out = [
    "## tokenbudget actuals",
    "",
    `**${report.status}**: ${escapeMarkdown(totalText(report))}`,
    "",
    `Usage: ${periodText(report)}.`,
    ""
  ];
  out.push(...markdownTable(WORKLOAD_HEADER, report.workloads.map(workloadCells)));
  if (report.other.length)
    out.push("", "### Usage no single workload owns", "", ...markdownTable(OTHER_HEADER, report.other.map(otherCells)));
  const bad = badText(report);
  if (bad) out.push("", escapeMarkdown(bad));
  if (report.findings.length) {
    out.push("", "### Findings", "");
    for (const f of report.findings)
      out.push(
        `- **${f.severity}** \`${f.rule}\` ${escapeMarkdown(f.file)}${f.line === void 0 ? "" : `:${f.line}`}: ${escapeMarkdown(f.message)}`
      );
  }
  for (const note of report.notes) out.push("", `_${escapeMarkdown(note)}_`);
  return `${out.join("\n")}
`;
}
var usd = (d) => d ? toJsonMoney(d) : null;
var num = (d) => d ? d.toRoundedNumber(6) : null;
function figuresJson(f) {
  const t = f.monthlyTokens;
  return {
    sources: f.sources.map((s) => ({ id: s, name: SOURCE_NAMES[s] })),
    usageRecords: f.usageRecords,
    costRecords: f.costRecords,
    requests: num(f.requests),
    requestsPerMonth: num(f.requestsPerMonth),
    perRequest: f.perRequest ? {
      input: num(f.perRequest.input),
      cachedInput: num(f.perRequest.cachedInput),
      cacheWrite: num(f.perRequest.cacheWrite),
      output: num(f.perRequest.output)
    } : null,
    monthlyTokens: {
      uncachedInput: num(t.uncachedInput),
      cachedInput: num(t.cachedInput),
      cacheWrite5m: num(t.cacheWrite5m),
      cacheWrite1h: num(t.cacheWrite1h),
      output: num(t.output)
    },
    actualMonthly: usd(f.actualMonthly),
    billedMonthly: usd(f.billedMonthly),
    notes: f.notes
  };
}
function actualsJson(report) {
  return {
    status: report.status,
    period: report.period ? {
      start: new Date(report.period.start).toISOString(),
      end: new Date(report.period.end).toISOString(),
      hours: num(report.period.hours)
    } : null,
    workloads: report.workloads.map((w) => ({
      file: w.file,
      name: w.name,
      provider: w.provider,
      model: w.model,
      mode: w.mode,
      ...figuresJson(w),
      projectedMonthly: usd(w.projectedMonthly),
      variance: usd(w.variance),
      variancePercent: num(w.variancePercent),
      budgetMonthly: usd(w.budgetMonthly)
    })),
    other: report.other.map((o) => ({
      kind: o.kind,
      model: o.model,
      provider: o.provider ?? null,
      batch: o.batch,
      workloads: o.workloads,
      ...figuresJson(o)
    })),
    totals: {
      actualMonthly: usd(report.totals.actualMonthly),
      projectedMonthly: usd(report.totals.projectedMonthly),
      billedMonthly: usd(report.totals.billedMonthly),
      otherMonthly: usd(report.totals.otherMonthly),
      unpriced: report.totals.unpriced
    },
    badRecords: { total: Object.values(report.bad).reduce((a, b) => a + b, 0), byReason: report.bad, samples: report.badSamples },
    skipped: report.skipped,
    overlaps: report.overlaps,
    findings: report.findings,
    notes: report.notes
  };
}
var FORMULA_START = /^[=+\-@\t\r]/;
function csvField(value, index) {
  const safe = index < 5 && FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
var plainNumber = (d) => d ? d.toDecimalPlaces(9, Decimal.ROUND_HALF_EVEN).toFixed() : "";
function renderActualsCsv(report) {
  const header = [
    "kind",
    "file",
    "workload",
    "model",
    "mode",
    "requests_per_month",
    "input_per_request",
    "cached_per_request",
    "output_per_request",
    "actual_monthly_usd",
    "billed_monthly_usd",
    "projected_monthly_usd",
    "variance_usd",
    "variance_percent"
  ];
  const rows = report.workloads.map((w) => [
    "workload",
    w.file,
    w.name,
    w.model,
    w.mode,
    ...volumeCells(w, plainNumber),
    plainNumber(w.actualMonthly),
    plainNumber(w.billedMonthly),
    plainNumber(w.projectedMonthly),
    plainNumber(w.variance),
    plainNumber(w.variancePercent)
  ]);
  for (const o of report.other) {
    rows.push([
      o.kind,
      "",
      o.workloads.join(" "),
      o.model,
      o.batch ? "batch" : "standard",
      ...volumeCells(o, plainNumber),
      plainNumber(o.actualMonthly),
      plainNumber(o.billedMonthly),
      "",
      "",
      ""
    ]);
  }
  return [header, ...rows].map((row) => row.map((cell, i) => csvField(cell, i)).join(",")).join("\r\n") + "\r\n";
}

// src/core/render/actuals-html.ts
var SERIES = ["projected", "actual", "billed"];
var SERIES_COLORS = { projected: COLORS.total, actual: COLORS.bar, billed: COLORS.near };
function actualsChart(report) {
  const rows = report.workloads.flatMap((w) => {
    const largest = w.actualMonthly ?? w.projectedMonthly;
    return largest ? [{ w, largest }] : [];
  }).sort((a, b) => b.largest.comparedTo(a.largest)).slice(0, MAX_BARS);
  if (rows.length === 0) return null;
  const labels = uniqueLabels(rows.map(({ w }) => w.name));
  const values = rows.flatMap(({ w }, i) => {
    const label = labels[i] ?? w.name;
    const amounts = {
      projected: w.projectedMonthly,
      actual: w.actualMonthly,
      billed: w.billedMonthly
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
      yOffset: { field: "series", type: "nominal", sort: present }
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
            legend: { orient: "bottom" }
          }
        }
      },
      {
        mark: { type: "text", align: "left", dx: 4, fontSize: 10 },
        encoding: { x: { field: "value", type: "quantitative" }, text: { field: "text" } }
      }
    ]
  };
  return {
    id: "chart-actuals",
    title: "Projected against actual monthly spend",
    description: `Bar chart, for each workload, of the manifest's projected monthly spend next to the measured one${values.some((v) => v.series === "billed") ? " and the billed amount" : ""}: ${values.map((v) => `${v.label} ${v.text}`).join(", ")}.`,
    spec,
    markRole: "bar",
    marks: values.length,
    labels: values.length
  };
}
function actualsCharts(report) {
  const chart = actualsChart(report);
  return chart ? [chart] : [];
}
var count2 = (d) => d ? { html: d.toFixed(2).replace(/\.?0+$/, ""), value: toJsonMoney(d) } : { html: "-", value: "" };
var WORKLOAD_COLUMNS = [
  { title: "Workload", cell: (w) => `${escapeHtml(w.name)} <code class="loc">${escapeHtml(w.file)}</code>` },
  { title: "Model", cell: (w) => `<code>${escapeHtml(w.model)}</code> ${w.mode}` },
  { title: "Requests/month", numeric: true, cell: (w) => count2(w.requestsPerMonth) },
  { title: "Input/req", numeric: true, cell: (w) => count2(w.perRequest?.input) },
  { title: "Cached/req", numeric: true, cell: (w) => count2(w.perRequest?.cachedInput) },
  { title: "Output/req", numeric: true, cell: (w) => count2(w.perRequest?.output) },
  { title: "Actual", numeric: true, cell: (w) => money(w.actualMonthly) },
  { title: "Billed", numeric: true, cell: (w) => w.billedMonthly ? money(w.billedMonthly) : { html: "-", value: "" } },
  { title: "Projected", numeric: true, cell: (w) => money(w.projectedMonthly) },
  { title: "Variance", numeric: true, cell: (w) => moneyChange(w.variance) },
  { title: "Notes", cell: (w) => escapeHtml(w.notes.join("; ")) }
];
var OTHER_COLUMNS = [
  { title: "Model", cell: (o) => `<code>${escapeHtml(o.model)}</code>` },
  { title: "Why", cell: (o) => o.kind === "ambiguous" ? `ambiguous: ${escapeHtml(o.workloads.join(", "))}` : "unattributed" },
  { title: "Mode", cell: (o) => o.batch ? "batch" : "standard" },
  { title: "Requests/month", numeric: true, cell: (o) => count2(o.requestsPerMonth) },
  { title: "Cost/month", numeric: true, cell: (o) => money(o.actualMonthly) },
  { title: "Billed", numeric: true, cell: (o) => o.billedMonthly ? money(o.billedMonthly) : { html: "-", value: "" } }
];
var FINDING_COLUMNS = [
  {
    title: "Severity",
    cell: (f) => ({ html: `<span class="${f.severity}">${f.severity}</span>`, value: { error: 0, warning: 1, notice: 2 }[f.severity] })
  },
  { title: "Rule", cell: (f) => `<code>${escapeHtml(f.rule)}</code>` },
  { title: "Where", cell: (f) => `${locationOf(f.file, f.line, f.col)}${f.workload ? ` ${escapeHtml(f.workload)}` : ""}` },
  { title: "Message", cell: (f) => escapeHtml(f.message) }
];
function renderActualsHtml(report, images, toolVersion) {
  const chart = actualsChart(report);
  const title = `tokenbudget actuals: ${report.status}`;
  const bad = badText(report);
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p>${escapeHtml(totalText(report))}</p><p>Usage: ${escapeHtml(periodText(report))}.</p></header>`,
    `<main>`,
    ...chart ? [`<section id="chart" aria-labelledby="chart-h"><h2 id="chart-h">Projected and actual</h2>${figure(chart, images)}</section>`] : [],
    ...report.findings.length ? [
      `<section id="findings" aria-labelledby="findings-h"><h2 id="findings-h">Findings</h2>${table("table-findings", `${report.findings.length} findings, errors first`, FINDING_COLUMNS, report.findings)}</section>`
    ] : [],
    `<section id="workloads" aria-labelledby="workloads-h"><h2 id="workloads-h">Workloads</h2>${table("table-actuals", `${report.workloads.length} workloads`, WORKLOAD_COLUMNS, report.workloads)}</section>`,
    ...report.other.length ? [
      `<section id="other" aria-labelledby="other-h"><h2 id="other-h">Usage no single workload owns</h2>${table("table-other", `${report.other.length} models`, OTHER_COLUMNS, report.other)}</section>`
    ] : [],
    ...bad || report.notes.length ? [
      `<section id="notes" aria-labelledby="notes-h"><h2 id="notes-h">Notes</h2><ul>${[...bad ? [bad] : [], ...report.notes].map((n) => `<li>${escapeHtml(n)}</li>`).join("")}</ul></section>`
    ] : [],
    `</main>`,
    `<footer><p>A month is 730 hours. tokenbudget ${escapeHtml(toolVersion)}</p></footer>`
  ];
  return joinChunks(htmlPage(title, body));
}

// src/app/actuals-html.ts
async function actualsHtml(report, toolVersion) {
  return renderActualsHtml(report, await renderCharts(actualsCharts(report)), toolVersion);
}

// src/core/actuals/aggregate.ts
var DEFAULT_MAX_IDENTITIES = 1e6;
var MAX_SAMPLES = 20;
var MAX_OVERLAPS = 20;
var MAX_INTERVALS = 1e4;
var EARLIEST = Date.UTC(2015, 0, 1);
function emptyTotals() {
  return {
    usageRecords: 0,
    costRecords: 0,
    requests: 0n,
    uncountedRecords: 0,
    uncachedInput: 0n,
    cachedInput: 0n,
    cacheWrite5m: 0n,
    cacheWrite1h: 0n,
    output: 0n,
    billed: ZERO,
    billedUsageRecords: 0,
    sources: /* @__PURE__ */ new Set()
  };
}
function addTo(t, r) {
  t.sources.add(r.source);
  if (r.billed) t.billed = t.billed.plus(r.billed);
  if (r.kind === "cost") {
    t.costRecords++;
    return;
  }
  t.usageRecords++;
  if (r.requests === void 0) t.uncountedRecords++;
  else t.requests += BigInt(r.requests);
  t.uncachedInput += BigInt(r.uncachedInput);
  t.cachedInput += BigInt(r.cachedInput);
  t.cacheWrite5m += BigInt(r.cacheWrite5m);
  t.cacheWrite1h += BigInt(r.cacheWrite1h);
  t.output += BigInt(r.output);
  if (r.billed) t.billedUsageRecords++;
}
var ActualsAccumulator = class {
  constructor(attributor, options) {
    this.attributor = attributor;
    this.options = options;
  }
  attributor;
  options;
  targets = /* @__PURE__ */ new Map();
  /** Buckets' identities, exactly (they are few). */
  buckets = /* @__PURE__ */ new Set();
  /** Requests' and spans' identities as 52-bit hashes, up to `maxIdentities` (bounded memory). */
  requests = /* @__PURE__ */ new Set();
  intervals = /* @__PURE__ */ new Map();
  data = {
    bad: {},
    badSamples: [],
    skipped: {},
    overlaps: [],
    overlapCount: 0,
    identitiesSaturated: false
  };
  covered = /* @__PURE__ */ new Map();
  usagePeriod;
  costPeriod;
  reject(error, where) {
    this.data.bad[error.reason] = (this.data.bad[error.reason] ?? 0) + 1;
    if (this.data.badSamples.length < MAX_SAMPLES) this.data.badSamples.push({ where, reason: error.reason, message: error.message });
  }
  skip(what) {
    this.data.skipped[what] = (this.data.skipped[what] ?? 0) + 1;
  }
  add(record, where) {
    const earliest = this.options.earliest ?? EARLIEST;
    if (!(record.start >= earliest && record.end <= this.options.now && record.end >= record.start)) {
      return this.reject(
        new BadRecord(
          "time-out-of-range",
          `period ${iso2(record.start)} to ${iso2(record.end)} is before ${iso2(earliest)}, after ${iso2(this.options.now)} or ends before it starts`
        ),
        where
      );
    }
    if (!this.firstReading(record))
      return this.reject(new BadRecord("duplicate", "the same record (period and group, or request id) was already read"), where);
    if (record.group !== void 0) this.checkOverlap(record, record.group, where);
    const period2 = record.kind === "usage" ? "usagePeriod" : "costPeriod";
    const p = this[period2];
    this[period2] = p ? { start: Math.min(p.start, record.start), end: Math.max(p.end, record.end) } : { start: record.start, end: record.end };
    const target = this.targetOf(record, where);
    addTo(target.totals, record);
    if (record.kind === "usage") this.coverSource(target.model, record, where);
  }
  firstReading(record) {
    if (!record.identity) return true;
    if (record.group !== void 0) {
      if (this.buckets.has(record.identity)) return false;
      this.buckets.add(record.identity);
      return true;
    }
    const hash = identityHash(record.identity);
    if (this.requests.has(hash)) return false;
    if (this.requests.size < (this.options.maxIdentities ?? DEFAULT_MAX_IDENTITIES)) this.requests.add(hash);
    else this.data.identitiesSaturated = true;
    return true;
  }
  /** A bucket whose period overlaps another of the same source and group (not the same period: that is a duplicate). */
  checkOverlap(record, group, where) {
    const list = this.intervals.get(group) ?? [];
    const clash = list.find(([s, e]) => record.start < e && s < record.end);
    if (clash) {
      this.data.overlapCount++;
      if (this.data.overlaps.length < MAX_OVERLAPS) {
        this.data.overlaps.push({
          where,
          source: record.source,
          message: `the bucket ${iso2(record.start)} to ${iso2(record.end)} overlaps ${iso2(clash[0])} to ${iso2(clash[1])} of the same group: the usage in both may be counted twice`
        });
      }
    }
    if (list.length < MAX_INTERVALS) list.push([record.start, record.end]);
    this.intervals.set(group, list);
  }
  targetOf(record, where) {
    const { workloads, model } = this.attributor.match(record);
    const kind = workloads.length === 1 ? "workload" : workloads.length === 0 ? "unattributed" : "ambiguous";
    const batch = record.mode === "batch";
    const [only] = workloads;
    const key = kind === "workload" && only !== void 0 ? `w\0${only.id}` : `${kind}\0${model}\0${batch}\0${workloads.map((w) => w.id).join("\0")}`;
    let target = this.targets.get(key);
    if (!target) {
      target = { kind, workloads, model, written: record.model ?? "(no model)", batch, firstSeen: where, totals: emptyTotals() };
      if (record.provider) target.provider = record.provider;
      this.targets.set(key, target);
    }
    return target;
  }
  /** The period each source covers per model, to tell when two sources may report the same requests. */
  coverSource(model, record, where) {
    const bySource = this.covered.get(model) ?? /* @__PURE__ */ new Map();
    const seen = bySource.get(record.source);
    if (seen) {
      seen.start = Math.min(seen.start, record.start);
      seen.end = Math.max(seen.end, record.end);
    } else bySource.set(record.source, { start: record.start, end: record.end, where });
    this.covered.set(model, bySource);
  }
  /** Two sources with usage of one model in overlapping periods: likely the same requests read twice. */
  sourceOverlaps() {
    const out = [];
    for (const [model, bySource] of this.covered) {
      const sources = [...bySource.entries()];
      for (const [i, [a, pa]] of sources.entries()) {
        for (const [b, pb] of sources.slice(i + 1)) {
          if (pa.start < pb.end && pb.start < pa.end)
            out.push({
              where: pb.where,
              source: b,
              message: `${model || "(no model)"} is in both ${SOURCE_NAMES[a]} and ${SOURCE_NAMES[b]} over the same days: if they record the same requests, those are counted twice`
            });
        }
      }
    }
    return out;
  }
  result() {
    const period2 = this.usagePeriod ?? this.costPeriod;
    const across = this.sourceOverlaps();
    const overlaps = [...this.data.overlaps, ...across].slice(0, MAX_OVERLAPS);
    return {
      ...this.data,
      overlaps,
      overlapCount: this.data.overlapCount + across.length,
      targets: [...this.targets.values()],
      hasUsage: this.usagePeriod !== void 0,
      ...period2 ? { period: period2 } : {}
    };
  }
};
function iso2(ms) {
  return Number.isFinite(ms) && Math.abs(ms) < 864e13 ? new Date(ms).toISOString().replace(".000Z", "Z") : String(ms);
}
function identityHash(text) {
  let a = 2166136261;
  let b = 16777619 ^ 1540483477;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 16777619);
    b = Math.imul(b ^ c, 1540483477);
  }
  return (a >>> 0) * 1048576 + (b >>> 0 & 1048575);
}

// src/core/actuals/attribute.ts
function catalogResolver(book) {
  return (written, provider) => {
    const first = provider ? book.resolve(written, provider) : void 0;
    const found = first?.kind === "found" ? first : book.resolve(written);
    return found.kind === "found" ? found.id.toLowerCase() : void 0;
  };
}
var ID_SELECTORS = ["project_id", "api_key_id", "workspace_id", "service.name"];
var MAX_REMEMBERED = 1e4;
var Attributor = class {
  constructor(workloads, resolve) {
    this.resolve = resolve;
    this.candidates = workloads.map((workload) => {
      const candidate = {
        workload,
        model: this.key(workload.model, workload.provider),
        written: workload.model.toLowerCase(),
        batch: workload.mode === "batch"
      };
      if (workload.match) {
        candidate.match = workload.match;
        if (workload.match.model) candidate.matchModels = new Set(workload.match.model.map((m) => this.key(m, workload.provider)));
      }
      return candidate;
    });
  }
  resolve;
  candidates;
  resolved = /* @__PURE__ */ new Map();
  /** The comparable key of a spelling: its catalog id when the catalog knows it, else itself in lower case. */
  key(written, provider) {
    const memo = `${provider ?? ""}\0${written}`;
    const known = this.resolved.get(memo);
    if (known !== void 0) return known;
    const key = this.resolve(written, provider) ?? written.toLowerCase();
    if (this.resolved.size < MAX_REMEMBERED) this.resolved.set(memo, key);
    return key;
  }
  /** The workloads a record belongs to (0, 1 or several), and its model key. */
  match(record) {
    const model = record.model === void 0 ? "" : this.key(record.model, record.provider);
    const workloads = [];
    for (const c of this.candidates) {
      if (record.mode !== void 0 && record.mode === "batch" !== c.batch) continue;
      const ok = c.match ? selectorsMatch(c, c.match, record, model) : model !== "" && (model === c.model || record.model?.toLowerCase() === c.written);
      if (ok) workloads.push(c.workload);
    }
    return { workloads, model };
  }
};
function selectorsMatch(c, m, record, model) {
  if (c.matchModels && !c.matchModels.has(model)) return false;
  const a = record.attributes;
  for (const key of ID_SELECTORS) {
    const wanted = m[key];
    if (wanted && (a[key] === void 0 || !wanted.includes(a[key]))) return false;
  }
  if (m.tags && !m.tags.every((tag) => a.tags?.includes(tag))) return false;
  if (m.metadata) {
    for (const [key, value] of Object.entries(m.metadata)) if (a.metadata?.[key] !== value) return false;
  }
  return true;
}

// src/core/actuals/report.ts
var DEFAULT_VARIANCE_PERCENT = 25;
var PRICE_MISMATCH_PERCENT = 2;
var MS_PER_HOUR = 36e5;
function flat(value) {
  return { low: value, expected: value, high: value };
}
function monthlyTokens(t, factor) {
  const m = (n) => new Decimal(n).times(factor);
  return {
    uncachedInput: m(t.uncachedInput),
    cachedInput: m(t.cachedInput),
    cacheWrite5m: m(t.cacheWrite5m),
    cacheWrite1h: m(t.cacheWrite1h),
    output: m(t.output)
  };
}
function volume(t, tokens, factor, fallbackRequests, workload) {
  if (t.usageRecords === 0) return { perRequest: zeroRequest(workload), requestsPerMonth: ZERO, counted: true };
  const counted = t.uncountedRecords === 0;
  const requestsPerMonth = counted ? new Decimal(t.requests).times(factor) : fallbackRequests;
  const per = (d) => requestsPerMonth.isZero() ? ZERO : d.div(requestsPerMonth);
  const writes = tokens.cacheWrite5m.plus(tokens.cacheWrite1h);
  return {
    perRequest: {
      input: per(tokens.uncachedInput.plus(tokens.cachedInput).plus(writes)),
      cachedInput: per(tokens.cachedInput),
      cacheWrite: per(writes),
      output: per(tokens.output)
    },
    requestsPerMonth,
    counted
  };
}
function measured(workload, perRequest, requestsPerMonth) {
  return {
    ...workload,
    tokens: {
      input: flat(perRequest.input),
      output: flat(perRequest.output),
      cachedInput: flat(perRequest.cachedInput),
      cacheWrite: flat(perRequest.cacheWrite)
    },
    requests: { ...workload.requests, unit: "per_month", declared: flat(requestsPerMonth), perMonth: flat(requestsPerMonth) }
  };
}
function priced(workload, manifest, book) {
  const estimate = estimateWorkload(workload, manifest, book);
  return estimate.priced ? estimate.cost?.monthlyCost : void 0;
}
function figures(t, factor, workload, fallbackRequests, pricing) {
  const tokens = monthlyTokens(t, factor);
  const notes = [];
  const { perRequest, requestsPerMonth, counted } = volume(t, tokens, factor, fallbackRequests, workload);
  if (!counted)
    notes.push(
      `the data has no request counts (${t.uncountedRecords} record(s)): the volume is taken as ${requestsPerMonth.toFixed(0)} a month to price the measured tokens`
    );
  if (t.cacheWrite1h > 0n) notes.push("1-hour cache writes are priced at the catalog's cache-write rate, as 5-minute ones");
  const fig = {
    usageRecords: t.usageRecords,
    costRecords: t.costRecords,
    sources: [...t.sources].sort(),
    monthlyTokens: tokens,
    notes
  };
  if (counted) {
    fig.requests = new Decimal(t.requests);
    fig.requestsPerMonth = requestsPerMonth;
    fig.perRequest = perRequest;
  }
  const actual = priced(measured(workload, perRequest, requestsPerMonth), pricing.manifest, pricing.book);
  if (actual) fig.actualMonthly = actual;
  if (t.costRecords > 0 || t.usageRecords > 0 && t.billedUsageRecords === t.usageRecords) fig.billedMonthly = t.billed.times(factor);
  return fig;
}
function zeroRequest(workload) {
  const t = workload.tokens;
  return { input: t.input.expected, cachedInput: t.cachedInput.expected, cacheWrite: t.cacheWrite.expected, output: t.output.expected };
}
function locate(book, written, provider) {
  const first = provider ? book.resolve(written, provider) : void 0;
  const found = first?.kind === "found" ? first : book.resolve(written);
  return found.kind === "found" ? { provider: found.provider, model: found.id } : { provider: provider ?? "unknown", model: written };
}
function usageWorkload(target, book, file) {
  const { provider, model } = locate(book, target.written, target.provider);
  const zero = flat(ZERO);
  return {
    id: `${file}#(usage) ${model}`,
    file,
    name: target.written,
    index: 0,
    line: 1,
    col: 1,
    at: {},
    provider,
    model,
    mode: target.batch ? "batch" : "serverless",
    tokens: { input: zero, output: zero, cachedInput: zero, cacheWrite: zero },
    requests: { unit: "per_month", declared: zero, perMonth: zero },
    tags: {}
  };
}
function workloadRow(workload, totals, factor, pricing) {
  const projected = priced(workload, pricing.manifest, pricing.book);
  const fig = figures(totals, factor, workload, workload.requests.perMonth.expected, pricing);
  const row = {
    ...fig,
    file: workload.file,
    name: workload.name,
    provider: workload.provider,
    model: workload.model,
    mode: workload.mode
  };
  if (workload.budgetMonthly) row.budgetMonthly = workload.budgetMonthly;
  if (projected) row.projectedMonthly = projected;
  if (projected && fig.actualMonthly) {
    row.variance = fig.actualMonthly.minus(projected);
    if (!projected.isZero()) row.variancePercent = row.variance.div(projected).times(100);
  }
  return row;
}
function otherRow(target, factor, pricing) {
  const workload = usageWorkload(target, pricing.book, pricing.manifest.file);
  const fig = figures(target.totals, factor, workload, new Decimal(1), pricing);
  const row = {
    ...fig,
    kind: target.kind === "ambiguous" ? "ambiguous" : "unattributed",
    model: target.written,
    batch: target.batch,
    workloads: target.workloads.map((w) => w.name)
  };
  if (target.provider) row.provider = target.provider;
  return row;
}
function buildActualsReport(data, manifests, options) {
  const ms = data.period ? data.period.end - data.period.start : 0;
  const factor = ms > 0 ? HOURS_PER_MONTH.times(MS_PER_HOUR).div(ms) : ZERO;
  const byWorkload = new Map(data.targets.flatMap((t) => t.kind === "workload" ? t.workloads.map((w) => [w.id, t]) : []));
  const rows = manifests.flatMap(
    (p) => p.manifest.workloads.map((w, index) => ({
      w,
      index,
      manifest: p.manifest,
      row: workloadRow(w, byWorkload.get(w.id)?.totals ?? emptyTotals(), factor, p)
    }))
  );
  const workloads = rows.map((r) => r.row);
  const [firstManifest] = manifests;
  const others = firstManifest === void 0 ? [] : data.targets.filter((t) => t.kind !== "workload").map((target) => ({ target, row: otherRow(target, factor, firstManifest) }));
  const other = others.map((o) => o.row);
  const findings = [
    ...ms > 0 && data.hasUsage ? rows.flatMap(({ w, row, manifest, index }) => workloadFindings(w, row, manifest, index)) : [],
    ...otherFindings(others, options),
    ...dataFindings(data)
  ];
  const add = (values) => values.reduce((a, b) => b ? a.plus(b) : a, ZERO);
  const billed = [...workloads, ...other].filter((r) => r.billedMonthly);
  const report = {
    workloads,
    other,
    totals: {
      actualMonthly: add(workloads.map((r) => r.actualMonthly)),
      projectedMonthly: add(workloads.map((r) => r.projectedMonthly)),
      otherMonthly: add(other.map((r) => r.actualMonthly)),
      unpriced: [...workloads, ...other].filter((r) => !r.actualMonthly).length,
      ...billed.length ? { billedMonthly: add(billed.map((r) => r.billedMonthly)) } : {}
    },
    bad: data.bad,
    badSamples: data.badSamples,
    skipped: data.skipped,
    overlaps: data.overlaps,
    findings,
    notes: reportNotes(data, ms),
    status: findings.some((f) => f.severity === "error") ? "fail" : findings.some((f) => f.severity === "warning") ? "warn" : "pass"
  };
  if (data.period) report.period = { ...data.period, hours: new Decimal(ms).div(MS_PER_HOUR) };
  return report;
}
function reportNotes(data, ms) {
  const notes = [];
  if (!data.period) notes.push("no usage was read: nothing to compare");
  else if (!data.hasUsage)
    notes.push("only cost lines were read, no token usage: the billed amounts are shown, the projections not judged");
  else if (ms === 0) notes.push("the usage covers a single instant: it cannot be normalised to a month");
  else if (ms < 864e5) notes.push("the usage covers less than a day: the monthly figures extrapolate it");
  for (const [what, n] of Object.entries(data.skipped)) notes.push(`${n} ${what} skipped`);
  if (data.identitiesSaturated)
    notes.push("more requests than duplicate detection remembers: later duplicates of requests or spans are not detected");
  return notes;
}
function dataPlace(where) {
  return where.line > 0 ? { file: where.file, line: where.line, col: 1 } : { file: where.file };
}
function workloadFindings(w, row, manifest, index) {
  const place = { file: w.file, line: w.line, col: w.col, path: `workloads[${index}]`, workload: w.name };
  const at = (rule, message) => finding(rule, place, message);
  const out = [];
  const limit = manifest.policy.actualsVariancePercent ?? new Decimal(DEFAULT_VARIANCE_PERCENT);
  const pct = row.variancePercent;
  const { actualMonthly, projectedMonthly } = row;
  if (pct && actualMonthly && projectedMonthly && pct.abs().gt(limit)) {
    const over = pct.isPositive();
    out.push(
      at(
        over ? "actuals.over-projection" : "actuals.under-projection",
        `${w.name} spends ${formatUsd(actualMonthly)} a month, ${formatPercent(pct.abs())} ${over ? "over" : "under"} its projection of ${formatUsd(projectedMonthly)} (policy.actuals_variance_percent ${limit.toString()})`
      )
    );
  }
  if (row.budgetMonthly && row.actualMonthly?.gt(row.budgetMonthly)) {
    out.push(
      at(
        "actuals.over-budget",
        `${w.name} spends ${formatUsd(row.actualMonthly)} a month, over its budget of ${formatUsd(row.budgetMonthly)}`
      )
    );
  }
  const mismatch = (w.mode === "serverless" || w.mode === "batch") && row.usageRecords > 0 ? priceMismatch(row) : void 0;
  if (mismatch) out.push(at("actuals.price-mismatch", `${w.name}: ${mismatch}`));
  return out;
}
function priceMismatch(row) {
  const { actualMonthly: priced2, billedMonthly: billed } = row;
  if (!priced2 || !billed || billed.isZero()) return void 0;
  const pct = priced2.minus(billed).div(billed).times(100);
  if (pct.abs().lte(PRICE_MISMATCH_PERCENT)) return void 0;
  return `the catalog prices the usage at ${formatUsd(priced2)} a month but ${formatUsd(billed)} was billed (${formatPercent(pct.abs(), 1)} ${pct.isPositive() ? "more" : "less"}): check the price book against the invoice`;
}
function otherFindings(others, options) {
  return others.map(({ target: t, row }) => {
    const cost = row.actualMonthly ? `${formatUsd(row.actualMonthly)} a month` : "unpriced";
    const f = (rule, message) => finding(rule, dataPlace(t.firstSeen), message);
    if (row.kind === "ambiguous")
      return f(
        "actuals.ambiguous",
        `usage of ${row.model} (${cost}) matches ${row.workloads.join(", ")}: give them match: selectors that tell them apart`
      );
    if (!options.declaredModels.has(t.model))
      return finding(
        "actuals.undeclared-model",
        { ...dataPlace(t.firstSeen), model: row.model },
        `${row.model} is used (${cost}) but no workload declares it`
      );
    return f(
      "actuals.unattributed",
      `usage of ${row.model}${row.batch ? " (batch)" : ""} (${cost}) matches no workload's model, mode and match: selectors`
    );
  });
}
function dataFindings(data) {
  const out = [];
  const total = Object.values(data.bad).reduce((a, b) => a + b, 0);
  const [first] = data.badSamples;
  if (total > 0 && first !== void 0) {
    const counts = Object.entries(data.bad).map(([reason, n]) => `${n} ${BAD_REASON_TEXT[reason]}`);
    out.push(
      finding(
        "actuals.bad-records",
        dataPlace(first.where),
        `${total} usage record(s) not counted: ${counts.join(", ")}; first: ${first.message}`
      )
    );
  }
  const [overlap] = data.overlaps;
  if (data.overlapCount > 0 && overlap !== void 0) {
    out.push(
      finding(
        "actuals.overlap",
        dataPlace(overlap.where),
        `${data.overlapCount} overlap(s) in time: buckets of one group, or one model in two sources; first: ${overlap.message}`
      )
    );
  }
  return out;
}

// src/cli/actuals.ts
async function pricedManifests(io, positionals, values) {
  const loaded = await loadManifests(io, positionals, values.catalog, values["stdin-name"]);
  if (loaded.inputErrors.length > 0) {
    throw new UsageError(loaded.inputErrors.map(formatProblem).join("\n"));
  }
  const priced2 = loaded.files.flatMap((f) => f.manifest && f.book ? [{ manifest: f.manifest, book: f.book }] : []);
  if (!isNonEmpty(priced2)) throw noManifests("actuals", positionals);
  return priced2;
}
async function usageFiles(io, written) {
  const refusals = [];
  for (const p of written) {
    const resolved = await resolveOperatorPath(io.cwd, p);
    if ("problem" in resolved) refusals.push(`usage file ${sanitizePlain(p)} ${resolved.problem.message}`);
  }
  if (refusals.length > 0) throw new UsageError(refusals.join("\n"));
  return written.map((p) => path.resolve(io.cwd, p));
}
async function readAll(io, files, sink, values) {
  const limits = {
    ...DEFAULT_USAGE_LIMITS,
    maxBytes: positiveInt("max-usage-bytes", values["max-usage-bytes"], DEFAULT_USAGE_LIMITS.maxBytes)
  };
  const counter = { bytes: 0 };
  const progress = startProgress(io);
  let records = 0;
  const counting = {
    add: (record, where) => {
      sink.add(record, where);
      records++;
      progress.update(() => `reading usage: ${formatBytes(counter.bytes)}, ${formatNumber(new Decimal(records))} records`);
    },
    reject: (error, where) => sink.reject(error, where),
    skip: (what) => sink.skip(what)
  };
  try {
    for (const file of files) {
      const display = path.relative(io.cwd, file) || file;
      try {
        await readUsageFile(file, display, counting, counter, limits);
      } catch (error) {
        const code = error.code;
        const why = error instanceof LineLimitError ? error.message : code ? `cannot be read (${code})` : `is not JSON, JSON Lines or CSV usage data (${error.message})`;
        throw new UsageError(`usage file ${sanitizePlain(display)}: ${sanitizePlain(why)}`);
      }
    }
  } finally {
    progress.done();
  }
}
function period(since, today) {
  const m = /^(\d{1,4})d$/.exec(since);
  if (!m || Number(m[1]) === 0) throw new UsageError(`--since must be a number of days such as 30d, got "${since}"`);
  const until = Date.parse(today);
  return { since: until - Number(m[1]) * 864e5, until };
}
async function readLive(io, source, values, sink) {
  const keyEnv = LIVE_APIS[source].keyEnv;
  const key = io.env[keyEnv];
  if (!key) throw new UsageError(`--from ${source} needs ${keyEnv}: an admin API key of the organization`);
  const http = {
    timeoutMs: positiveInt("timeout", values.timeout, 30) * 1e3,
    retries: Number(values.retries),
    backoffMs: 500,
    maxRetryAfterMs: 6e4,
    maxBytes: 64 * 1024 * 1024
  };
  if (!Number.isSafeInteger(http.retries) || http.retries < 0 || http.retries > 10)
    throw new UsageError(`--retries must be a whole number from 0 to 10, got "${values.retries}"`);
  let n = 0;
  try {
    for await (const { url, page } of livePages({
      source,
      key,
      ...period(values.since, io.today),
      ...values["api-url"] ? { apiUrl: values["api-url"] } : {},
      http
    })) {
      const where = { file: url, line: 0 };
      recordsOf(
        page,
        { record: (r) => sink.add(r, where), reject: (e) => sink.reject(e, where), skip: (w) => sink.skip(w) },
        `${url}#${n++}`
      );
    }
  } catch (error) {
    if (error instanceof HttpError) throw new UsageError(error.message);
    throw error;
  }
}
async function render(report, format) {
  switch (format) {
    case "html":
      return actualsHtml(report, TOOL_VERSION);
    case "json":
      return jsonText(actualsJson(report));
    case "markdown":
      return renderActualsMarkdown(report);
    case "csv":
      return renderActualsCsv(report);
    default:
      return renderActualsTable(report);
  }
}
async function actuals({ values, positionals }, io) {
  if (values.usage.length === 0 && !values.from)
    throw new UsageError("actuals needs usage data: --usage FILE (repeatable) or --from openai|anthropic");
  const files = await usageFiles(io, values.usage);
  const manifests = await pricedManifests(io, positionals, values);
  const workloads = manifests.flatMap((m) => m.manifest.workloads);
  const attributor = new Attributor(workloads, catalogResolver(manifests[0].book));
  const accumulator = new ActualsAccumulator(attributor, { now: Date.parse(io.today) + 864e5 });
  await readAll(io, files, accumulator, values);
  if (values.from) await readLive(io, values.from, values, accumulator);
  const declaredModels = new Set(workloads.map((w) => attributor.key(w.model, w.provider)));
  const report = buildActualsReport(accumulator.result(), manifests, { declaredModels });
  io.stdout.write(await render(report, values.format));
  if (values["fail-on"] === "never") return 0;
  return report.status === "fail" || values["fail-on"] === "warning" && report.status === "warn" ? 1 : 0;
}
export {
  actuals
};
