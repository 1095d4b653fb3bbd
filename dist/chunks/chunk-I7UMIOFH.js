import { createRequire as __createRequire } from "node:module"; const require = __createRequire(import.meta.url);
import {
  escapeMarkdown,
  formatPercent,
  formatPercentChange,
  formatUsd,
  formatUsdChange,
  formatUsdPrecise,
  positionText
} from "./chunk-2REODJWC.js";

// src/core/render/markdown.ts
var MAX_COMMENT_CHARS = 6e4;
var VERDICT = { pass: "\u2705 pass", warn: "\u26A0\uFE0F warn", fail: "\u274C fail" };
var SEVERITY_MARK = { error: "\u274C", warning: "\u26A0\uFE0F", notice: "\u2139\uFE0F" };
var STATUS_MARK = { ok: "\u2705", near: "\u26A0\uFE0F", over: "\u274C", unpriced: "\u2753", error: "\u274C" };
function money(value) {
  return value === null || value === void 0 ? "unpriced" : formatUsd(value);
}
function change(value) {
  return value === null || value === void 0 ? "n/a" : formatUsdChange(value);
}
function budgetCell(w) {
  if (w.status === "unpriced" || w.status === "error") return `${STATUS_MARK[w.status]} ${w.status}`;
  if (!w.budget) return "-";
  return `${STATUS_MARK[w.status]} ${w.budget.percentUsed ? `${formatPercent(w.budget.percentUsed)} of` : "over"} ${formatUsd(w.budget.monthly)}`;
}
function modelCell(w) {
  return `\`${escapeMarkdown(w.model).replace(/&#96;/g, "")}\``;
}
function headline(report) {
  const s = report.summary;
  const invalid = s.invalidFiles > 0 ? ` (+ ${s.invalidFiles} invalid file${s.invalidFiles === 1 ? "" : "s"} not counted)` : "";
  const total = `${formatUsd(s.monthlyCost)}/month${s.unpricedWorkloads === 0 ? "" : ` (+ ${s.unpricedWorkloads} unpriced)`}${invalid}`;
  if (s.diffMonthlyCost !== void 0 && s.baseMonthlyCost !== void 0) {
    const pct = s.diffPercent === null || s.diffPercent === void 0 ? "new" : formatPercentChange(s.diffPercent, 1);
    return [
      `## tokenbudget: ${total}, ${formatUsdChange(s.diffMonthlyCost)} (${pct}) \xB7 ${VERDICT[s.status]}`,
      "",
      `Projected LLM inference spend ${formatUsd(s.baseMonthlyCost)} \u2192 **${formatUsd(s.monthlyCost)}** a month across ${s.workloads} workload${s.workloads === 1 ? "" : "s"} in ${s.files} file${s.files === 1 ? "" : "s"}; ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}.`
    ];
  }
  return [
    `## tokenbudget: ${total} \xB7 ${VERDICT[s.status]}`,
    "",
    `Projected LLM inference spend across ${s.workloads} workload${s.workloads === 1 ? "" : "s"} in ${s.files} file${s.files === 1 ? "" : "s"}; ${s.errors} error${s.errors === 1 ? "" : "s"}, ${s.warnings} warning${s.warnings === 1 ? "" : "s"}.`
  ];
}
function why(w) {
  if (!w.drivers || w.drivers.length === 0) return "";
  return w.drivers.map((d) => `${escapeMarkdown(d.detail)} (${formatUsdChange(d.amount)})`).join("; ");
}
var Lines = class {
  constructor(limit) {
    this.limit = limit;
  }
  limit;
  lines = [];
  /** True once a line was refused: the document is incomplete and over the limit. */
  cut = false;
  length = 0;
  push(...lines) {
    for (const line of lines) {
      if (this.length > this.limit) {
        this.cut = true;
        return false;
      }
      this.lines.push(line);
      this.length += line.length + 1;
    }
    return this.length <= this.limit;
  }
};
function changesTable(out, rows) {
  out.push("| | Workload | Model | Mode | Base | Head | Change | Budget | Why |", "|---|---|---|---|---:|---:|---:|---|---|");
  const mark = { added: "\u{1F195}", removed: "\u{1F5D1}\uFE0F", changed: "\u270F\uFE0F", unchanged: "" };
  for (const w of rows) {
    const pushed = out.push(
      `| ${mark[w.change ?? "unchanged"]} | ${escapeMarkdown(w.name)} | ${modelCell(w)} | ${w.mode} | ${w.change === "added" ? "-" : money(w.baseMonthlyCost)} | ${money(w.monthlyCost)} | ${change(w.diffMonthlyCost)} | ${w.change === "removed" ? "-" : budgetCell(w)} | ${why(w)} |`
    );
    if (!pushed) return;
  }
}
function workloadsTable(out, rows) {
  out.push("| Workload | Model | Mode | Per request | Monthly | Budget |", "|---|---|---|---:|---:|---|");
  for (const w of rows) {
    const pushed = out.push(
      `| ${escapeMarkdown(w.name)} | ${modelCell(w)} | ${w.mode} | ${w.perRequestCost ? formatUsdPrecise(w.perRequestCost) : "-"} | ${money(w.monthlyCost)} | ${budgetCell(w)} |`
    );
    if (!pushed) return;
  }
}
function mathBlock(out, rows) {
  let opened = false;
  for (const w of rows) {
    const components = w.costComponents;
    if (components.length === 0) continue;
    if (!opened) out.push("<details><summary>The math</summary>", "");
    opened = true;
    const price = w.price?.kind === "override" ? " (price override)" : "";
    if (!out.push(`**${escapeMarkdown(w.name)}**${price}: ${components.map((c) => escapeMarkdown(c.math)).join(" + ")}`, "")) return;
  }
  if (opened) out.push("</details>", "");
}
function findingsList(out, findings, limit) {
  if (findings.length === 0) return;
  out.push("### Findings", "");
  for (const f of findings.slice(0, limit)) {
    if (!out.push(`- ${SEVERITY_MARK[f.severity]} \`${f.rule}\` ${escapeMarkdown(f.file)}${positionText(f)}: ${escapeMarkdown(f.message)}`)) return;
  }
  if (findings.length > limit) out.push(`- \u2026and ${findings.length - limit} more (left out to fit; see the job summary or the JSON report)`);
  out.push("");
}
var UNDECLARED = "model.undeclared";
function places(findings) {
  const shown = findings.slice(0, 5).map((f) => `${escapeMarkdown(f.file)}${positionText(f)}`);
  return findings.length > 5 ? `${shown.join(", ")} and ${findings.length - 5} more` : shown.join(", ");
}
function undeclaredList(out, findings, limit) {
  const byModel = /* @__PURE__ */ new Map();
  for (const f of findings) if (f.rule === UNDECLARED) byModel.set(f.model ?? f.message, [...byModel.get(f.model ?? f.message) ?? [], f]);
  if (byModel.size === 0) return;
  out.push("### Models used in code but not declared", "");
  for (const [model, uses] of [...byModel].slice(0, limit)) {
    const added = uses.filter((f) => f.severity !== "notice");
    const kept = uses.filter((f) => f.severity === "notice");
    const where = [added.length ? places(added) : "", kept.length ? `already at the base: ${places(kept)}` : ""].filter(Boolean).join("; ");
    const first = added[0] ?? uses[0];
    if (!first) continue;
    if (!out.push(`- ${SEVERITY_MARK[first.severity]} \`${escapeMarkdown(model).replace(/&#96;/g, "")}\`: ${where}`)) return;
  }
  if (byModel.size > limit) out.push(`- \u2026and ${byModel.size - limit} more models (see the job summary or the JSON report)`);
  out.push("", "Declare each in a workload of an `ai-workloads.yaml` so its spend is projected and budgeted.", "");
}
function budgetsTable(out, report) {
  if (report.budgets.length === 0) return;
  out.push("### Group budgets", "", "| Budget | File | Projected | Budget | Use |", "|---|---|---:|---:|---|");
  const mark = { ok: "\u2705", near: "\u26A0\uFE0F", over: "\u274C" };
  for (const b of report.budgets) {
    if (!out.push(
      `| ${escapeMarkdown(b.name)} | ${escapeMarkdown(b.file)} | ${formatUsd(b.projected)} | ${formatUsd(b.monthly)} | ${mark[b.status]} ${b.percentUsed ? formatPercent(b.percentUsed) : "-"} |`
    ))
      return;
  }
  out.push("");
}
function sections(report) {
  const live = report.workloads;
  if (report.base === null) return { live, changed: live, unchanged: [] };
  return { live, changed: live.filter((w) => w.change !== "unchanged"), unchanged: live.filter((w) => w.change === "unchanged") };
}
function render(report, { live, changed, unchanged }, detail, limit) {
  const out = new Lines(limit);
  out.push(...headline(report), "");
  const isDiff = report.base !== null;
  if (isDiff) {
    if (changed.length === 0) out.push("No workload's projected cost changed.", "");
    else {
      changesTable(out, changed.slice(0, detail.rows));
      if (changed.length > detail.rows) out.push("", `\u2026${changed.length - detail.rows} smaller changes left out to fit the comment.`);
      out.push("");
    }
  } else if (live.length > 0) {
    workloadsTable(out, live.slice(0, detail.rows));
    if (live.length > detail.rows) out.push("", `\u2026${live.length - detail.rows} more workloads left out to fit.`);
    out.push("");
  }
  findingsList(
    out,
    report.findings.filter((f) => f.rule !== UNDECLARED),
    detail.findings
  );
  undeclaredList(out, report.findings, detail.findings);
  budgetsTable(out, report);
  if (detail.math) mathBlock(out, changed.filter((w) => w.change !== "removed").slice(0, detail.rows));
  if (unchanged.length > 0) {
    if (detail.unchanged) {
      out.push(`<details><summary>${unchanged.length} unchanged workload${unchanged.length === 1 ? "" : "s"}</summary>`, "");
      workloadsTable(out, unchanged);
      out.push("", "</details>", "");
    } else {
      out.push(`${unchanged.length} unchanged workloads (list left out to fit).`, "");
    }
  }
  if (detail.groups && report.groups.length > 0) {
    out.push("<details><summary>Spend by tag</summary>", "");
    for (const g of report.groups) {
      out.push(
        `**${escapeMarkdown(g.tag)}**: ${g.values.map((v) => `${escapeMarkdown(v.value)} ${formatUsd(v.monthlyCost)}${v.unpriced ? ` (+${v.unpriced} unpriced)` : ""}`).join(" \xB7 ")}`,
        ""
      );
    }
    out.push("</details>", "");
  }
  if (report.notes.length) out.push(...report.notes.map((n) => `> ${escapeMarkdown(n)}`), "");
  out.push(
    `<sub>Prices: catalog ${escapeMarkdown(report.catalog.version)}, as of ${escapeMarkdown(report.catalog.asOf)}. A month is 730 hours. ${report.base ? `Base: ${escapeMarkdown(report.base.ref)}, budgets from the ${report.base.trust}.` : ""} tokenbudget ${escapeMarkdown(report.tool.version)}</sub>`
  );
  return out;
}
function renderMarkdown(report, maxChars = MAX_COMMENT_CHARS) {
  const levels = [
    { rows: Infinity, findings: Infinity, math: true, unchanged: true, groups: true },
    { rows: Infinity, findings: Infinity, math: true, unchanged: false, groups: true },
    { rows: Infinity, findings: 200, math: false, unchanged: false, groups: false },
    { rows: 100, findings: 50, math: false, unchanged: false, groups: false },
    { rows: 25, findings: 20, math: false, unchanged: false, groups: false },
    { rows: 10, findings: 10, math: false, unchanged: false, groups: false }
  ];
  const parts = sections(report);
  let text = "";
  for (const detail of levels) {
    const out = render(report, parts, detail, maxChars);
    text = `${out.lines.join("\n").trimEnd()}
`;
    if (!out.cut && text.length <= maxChars) return text;
  }
  const note = "\n\n\u2026comment cut to fit; see the job summary or the JSON report.\n";
  return text.slice(0, maxChars - note.length) + note;
}
function workingDirectoryFooter(workingDirectory) {
  return workingDirectory === "." ? "" : `
<sub>Working directory: ${escapeMarkdown(workingDirectory)}</sub>
`;
}
function renderComment(report, options) {
  const footer = workingDirectoryFooter(options.workingDirectory);
  return renderMarkdown(report, (options.maxChars ?? MAX_COMMENT_CHARS) - footer.length) + footer;
}
function renderBelowThreshold(report, reason, options) {
  const lines = [
    headline(report)[0],
    "",
    `No longer over the comment threshold: ${escapeMarkdown(reason)}. The job summary and the JSON report have the details.`
  ];
  return `${lines.join("\n")}
${workingDirectoryFooter(options.workingDirectory)}`;
}

export {
  MAX_COMMENT_CHARS,
  renderMarkdown,
  renderComment,
  renderBelowThreshold
};
