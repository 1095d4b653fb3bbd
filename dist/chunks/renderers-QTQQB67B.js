import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  csvChunks,
  pageMeta,
  reportHtml
} from "./chunk-T25Z4CKQ.js";
import "./chunk-BHAIR6YR.js";
import {
  fingerprints,
  renderSarif
} from "./chunk-WXS7NR3S.js";
import {
  renderMarkdown
} from "./chunk-I7UMIOFH.js";
import {
  formatPercent,
  formatPercentChange,
  formatUsd,
  formatUsdChange,
  sanitizePlain
} from "./chunk-2REODJWC.js";
import "./chunk-2IK5AYSC.js";
import "./chunk-LZQXQOPJ.js";

// src/core/render/codequality.ts
var SEVERITY = { error: "major", warning: "minor", notice: "info" };
function renderCodeQuality(report) {
  const prints = fingerprints(report.findings);
  const issues = report.findings.map((f, i) => ({
    description: sanitizePlain(`${f.message}${f.path ? ` [${f.path}]` : ""}`),
    check_name: f.rule,
    fingerprint: prints[i],
    severity: SEVERITY[f.severity],
    // GitLab requires a line (an issue without one fails the whole report): a finding about a whole file sits on its first.
    location: { path: f.file, lines: { begin: f.line ?? 1 } }
  }));
  return `${JSON.stringify(issues, null, 2)}
`;
}

// src/core/render/slack.ts
var VERDICT = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail" };
var TOP_CHANGES = 5;
var MAX_BUDGET_LINES = 10;
var MAX_NAME = 80;
function mrkdwn(text) {
  const plain = text.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "");
  const short = plain.length > MAX_NAME ? `${plain.slice(0, MAX_NAME - 1)}\u2026` : plain;
  return short.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}
var plural = (n, word) => `${n} ${word}${n === 1 ? "" : "s"}`;
function headline(report) {
  const s = report.summary;
  const total = `*${formatUsd(s.monthlyCost)}/month*${s.complete ? "" : ` (+ ${s.unpricedWorkloads} unpriced)`}`;
  const change = s.diffMonthlyCost === void 0 || s.baseMonthlyCost === void 0 ? "" : `, ${formatUsdChange(s.diffMonthlyCost)} (${s.diffPercent === null || s.diffPercent === void 0 ? "new" : formatPercentChange(s.diffPercent, 1)}) from ${formatUsd(s.baseMonthlyCost)}`;
  return `${total}${change} \xB7 ${plural(s.workloads, "workload")} in ${plural(s.files, "file")} \xB7 ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}`;
}
function changeLine(w) {
  const base = w.change === "added" ? "new" : w.baseMonthlyCost ? formatUsd(w.baseMonthlyCost) : "unpriced";
  const head = w.change === "removed" ? "removed" : w.monthlyCost ? formatUsd(w.monthlyCost) : "unpriced";
  const diff = w.diffMonthlyCost ? ` (${formatUsdChange(w.diffMonthlyCost)})` : "";
  return `\u2022 *${mrkdwn(w.name)}* (${mrkdwn(w.file)}): ${base} \u2192 ${head}${diff}`;
}
function failingBudgets(report) {
  const lines = [
    ...report.workloads.flatMap(
      ({ change, status, budget, monthlyCost, name, file }) => change !== "removed" && status === "over" && budget && monthlyCost ? [
        `\u2022 workload *${mrkdwn(name)}* (${mrkdwn(file)}): ${formatUsd(monthlyCost)} of ${formatUsd(budget.monthly)}${budget.percentUsed ? ` (${formatPercent(budget.percentUsed)})` : ""}`
      ] : []
    ),
    ...report.budgets.filter((b) => b.status === "over").map(
      (b) => `\u2022 group *${mrkdwn(b.name)}* (${mrkdwn(b.file)}): ${formatUsd(b.projected)} of ${formatUsd(b.monthly)}${b.percentUsed ? ` (${formatPercent(b.percentUsed)})` : ""}`
    )
  ];
  if (lines.length <= MAX_BUDGET_LINES) return lines;
  return [...lines.slice(0, MAX_BUDGET_LINES), `\u2026and ${lines.length - MAX_BUDGET_LINES} more`];
}
function linkTarget(url) {
  return url.replace(/[|<>\s]/g, (c) => encodeURIComponent(c));
}
function renderSlack(report, options = {}) {
  const s = report.summary;
  const section = (text2) => ({ type: "section", text: { type: "mrkdwn", text: text2 } });
  const blocks = [
    { type: "header", text: { type: "plain_text", text: `tokenbudget: ${VERDICT[s.status]}`, emoji: true } },
    section(headline(report))
  ];
  if (report.base) {
    const changed = report.workloads.flatMap((w) => w.change !== "unchanged" && w.diffMonthlyCost ? [{ w, size: w.diffMonthlyCost.abs() }] : []).sort((a, b) => b.size.comparedTo(a.size));
    if (changed.length > 0) {
      const more = changed.length > TOP_CHANGES ? `
\u2026and ${changed.length - TOP_CHANGES} smaller` : "";
      const lines = changed.slice(0, TOP_CHANGES).map(({ w }) => changeLine(w));
      blocks.push(section(`*Top changes*
${lines.join("\n")}${more}`));
    } else blocks.push(section("No workload's projected cost changed."));
  }
  const failing = failingBudgets(report);
  if (failing.length > 0) blocks.push(section(`*Failing budgets*
${failing.join("\n")}`));
  if (options.link) blocks.push(section(`<${linkTarget(options.link)}|Open the full report>`));
  blocks.push({
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: `Prices: catalog ${mrkdwn(report.catalog.version)}, as of ${mrkdwn(report.catalog.asOf)} \xB7 tokenbudget ${mrkdwn(report.tool.version)}`
      }
    ]
  });
  const text = `tokenbudget: ${formatUsd(s.monthlyCost)}/month${s.diffMonthlyCost === void 0 ? "" : `, ${formatUsdChange(s.diffMonthlyCost)}`} \xB7 ${s.status}`;
  return `${JSON.stringify({ text, blocks }, null, 2)}
`;
}
export {
  csvChunks,
  pageMeta,
  renderCodeQuality,
  renderMarkdown,
  renderSarif,
  renderSlack,
  reportHtml
};
