import { formatPercent, formatPercentChange, formatUsd, formatUsdChange } from "../money.js";
import type { Report, ReportWorkload, Status } from "../review/report.js";

/**
 * A Slack Block Kit message for an incoming webhook (`curl -d @message.json $SLACK_WEBHOOK_URL`):
 * the headline, the largest changes, the budgets that fail, and a link to the full report.
 */

export interface SlackOptions {
  /** Where the full report is (the pull request, the pipeline); shown as a link when given. */
  link?: string;
}

const VERDICT: Record<Status, string> = { pass: "✅ pass", warn: "⚠️ warn", fail: "❌ fail" };
const TOP_CHANGES = 5;
const MAX_BUDGET_LINES = 10;
/** Slack refuses a section text over 3,000 characters; names are cut well before that. */
const MAX_NAME = 80;

/** Slack's mrkdwn gives meaning to &, < and > only (links, mentions such as <!channel>): escape them. */
function mrkdwn(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this strips
  const plain = text.replace(/[\u0000-\u001f\u007f\u200b-\u200f\u202a-\u202e\u2066-\u2069]/g, "");
  const short = plain.length > MAX_NAME ? `${plain.slice(0, MAX_NAME - 1)}…` : plain;
  return short.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? "" : "s"}`;

function headline(report: Report): string {
  const s = report.summary;
  const total = `*${formatUsd(s.monthlyCost)}/month*${s.complete ? "" : ` (+ ${s.unpricedWorkloads} unpriced)`}`;
  const change =
    s.diffMonthlyCost === undefined || s.baseMonthlyCost === undefined
      ? ""
      : `, ${formatUsdChange(s.diffMonthlyCost)} (${s.diffPercent === null || s.diffPercent === undefined ? "new" : formatPercentChange(s.diffPercent, 1)}) from ${formatUsd(s.baseMonthlyCost)}`;
  return `${total}${change} · ${plural(s.workloads, "workload")} in ${plural(s.files, "file")} · ${plural(s.errors, "error")}, ${plural(s.warnings, "warning")}`;
}

function changeLine(w: ReportWorkload): string {
  const base = w.change === "added" ? "new" : w.baseMonthlyCost ? formatUsd(w.baseMonthlyCost) : "unpriced";
  const head = w.change === "removed" ? "removed" : w.monthlyCost ? formatUsd(w.monthlyCost) : "unpriced";
  const diff = w.diffMonthlyCost ? ` (${formatUsdChange(w.diffMonthlyCost)})` : "";
  return `• *${mrkdwn(w.name)}* (${mrkdwn(w.file)}): ${base} → ${head}${diff}`;
}

function failingBudgets(report: Report): string[] {
  const lines = [
    ...report.workloads.flatMap(({ change, status, budget, monthlyCost, name, file }) =>
      change !== "removed" && status === "over" && budget && monthlyCost
        ? [
            `• workload *${mrkdwn(name)}* (${mrkdwn(file)}): ${formatUsd(monthlyCost)} of ${formatUsd(budget.monthly)}${budget.percentUsed ? ` (${formatPercent(budget.percentUsed)})` : ""}`,
          ]
        : [],
    ),
    ...report.budgets
      .filter((b) => b.status === "over")
      .map(
        (b) =>
          `• group *${mrkdwn(b.name)}* (${mrkdwn(b.file)}): ${formatUsd(b.projected)} of ${formatUsd(b.monthly)}${b.percentUsed ? ` (${formatPercent(b.percentUsed)})` : ""}`,
      ),
  ];
  if (lines.length <= MAX_BUDGET_LINES) return lines;
  return [...lines.slice(0, MAX_BUDGET_LINES), `…and ${lines.length - MAX_BUDGET_LINES} more`];
}

/** A link target inside <url|text>: the characters that would end it are percent-encoded. */
function linkTarget(url: string): string {
  return url.replace(/[|<>\s]/g, (c) => encodeURIComponent(c));
}

export function renderSlack(report: Report, options: SlackOptions = {}): string {
  const s = report.summary;
  const section = (text: string) => ({ type: "section", text: { type: "mrkdwn", text } });
  const blocks: unknown[] = [
    { type: "header", text: { type: "plain_text", text: `tokenbudget: ${VERDICT[s.status]}`, emoji: true } },
    section(headline(report)),
  ];
  if (report.base) {
    const changed = report.workloads
      .flatMap((w) => (w.change !== "unchanged" && w.diffMonthlyCost ? [{ w, size: w.diffMonthlyCost.abs() }] : []))
      .sort((a, b) => b.size.comparedTo(a.size));
    if (changed.length > 0) {
      const more = changed.length > TOP_CHANGES ? `\n…and ${changed.length - TOP_CHANGES} smaller` : "";
      const lines = changed.slice(0, TOP_CHANGES).map(({ w }) => changeLine(w));
      blocks.push(section(`*Top changes*\n${lines.join("\n")}${more}`));
    } else blocks.push(section("No workload's projected cost changed."));
  }
  const failing = failingBudgets(report);
  if (failing.length > 0) blocks.push(section(`*Failing budgets*\n${failing.join("\n")}`));
  if (options.link) blocks.push(section(`<${linkTarget(options.link)}|Open the full report>`));
  blocks.push({
    type: "context",
    elements: [
      {
        type: "mrkdwn",
        text: `Prices: catalog ${mrkdwn(report.catalog.version)}, as of ${mrkdwn(report.catalog.asOf)} · tokenbudget ${mrkdwn(report.tool.version)}`,
      },
    ],
  });
  // `text` is what notifications and clients without Block Kit show.
  const text = `tokenbudget: ${formatUsd(s.monthlyCost)}/month${s.diffMonthlyCost === undefined ? "" : `, ${formatUsdChange(s.diffMonthlyCost)}`} · ${s.status}`;
  return `${JSON.stringify({ text, blocks }, null, 2)}\n`;
}
